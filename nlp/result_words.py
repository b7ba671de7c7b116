"""The words and patterns the result rules read: the verbs that report a figure, the nouns that
name a measure, the words that make a figure a setting rather than a result, and the shapes
of figures themselves. Kept apart from the rules (``results.py``), which name them."""
import re


# A figure, with its unit written on ("2.9x", "3.18times") or standing after it.
NUMBER = re.compile(r"^[~≈]?([+\-−±]?)(\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:[.,]\d+)?)(x|X|×|times|%|\\%|dB)?$")
DOLLARS = re.compile(r"^\$(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$")  # "$0.19", "$3,000": an amount of money
RATIO = re.compile(r"^1:(\d+(?:\.\d+)?)$")
# "!" ends no sentence here: abstracts hardly exclaim, and names do ("Yahoo! R3").
# (a sentence may open in lower case after a figure's full stop: "... to 78.5%. k-NN accuracy is 76.4%")
# A sentence opens with a capital, a bracket, or a Greek letter, which a measure's name may start with in
# either case ("α-Precision and β-Recall are 99.1 and 53.4", "κ reaches 0.71").
_OPENS = "A-Z(\\[\u0391-\u03a9\u03b1-\u03c9"
SENTENCE_END = re.compile(rf"[.?](?=\s+[{_OPENS}])|(?<=[0-9%])\.(?=\s+[a-z])")
# What follows a "." or "?" that ends a sentence (SENTENCE_END's lookahead).
AFTER_SENTENCE_END = re.compile(rf"\s+[{_OPENS}]")
AFTER_FIGURE_END = re.compile(r"\s+[a-z]")
UNITS = {"%": "%", "\\%": "%", "×": "×", "x": "×", "X": "×", "x.": "×", "times": "×", "dB": "dB", "db": "dB", "ms": "ms", "s": "s", "GB": "GB",
         "MB": "MB", "points": "points", "pp": "points", "M": "M", "B": "B", "K": "K", "G": "G", "T": "T",
         "fps": "fps", "FPS": "fps", "mm": "mm", "cm": "cm", "m": "m", "h": "h", "min": "min", "eV": "eV", "meV": "meV",
         "°": "°", "W": "W", "mW": "mW", "kW": "kW", "mJ": "mJ", "J": "J"}
# Words that tie a metric to the figure after it: "an FID of 2.11", "PSNR = 32.1", "accuracy reaching 80%".
LINKS = {"of", "=", ":", "at", "by", "reaching", "reaches", "achieves", "achieving", "to", "is", "was", "approximately",
         "about", "around", "roughly", "nearly", "only", "up", "over", "than", "improvement", "gain", "gains",
         "increase", "reduction", "drop", "score", "scores", "(", "just", "~", "≈", "a", "an", "the", "with", "and",
         "respectively", ",", "<", ">", "≤", "≥", "vs", "vs.", "below", "under", "from", "stays", "remains",
         "falls", "drops", "rises", "constant", "within", "more", "rates", "values", "range", "ranges", "ranging",
         "between", "are", "were", "savings", "saving", "stay", "remain", "stayed", "remained", "averages", "averaged", "absolute",
         "climbs", "climbed", "recovers", "recovered", "grows", "grew", "jumps", "jumped", "declines", "declined", "rose",
         "fell", "dropped", "changes", "changed", "goes", "went", "moves", "moved", "shifts", "shifted", "improves",
         "improved", "increases", "increased", "decreases", "decreased", "±", "+/-", "unchanged"}
AFTER_FIGURE = {"on", "in", "across", "for", "the", "%", "×", "x", "times", "points", "pp", "dB", "improvement",
                "gain", "gains", "accuracy", "higher", "lower", "better", "point", "-", "average"}
COMPARISON = {"versus", "vs", "vs.", "compared", "whereas", "while", "where", "against", "than", "but", "yet", "for",
              "and", "over", "below", "above"}
# Words between a list of metrics and the figures listed after them: "RMSE and accuracy are 0.441 and 73.9%".
LIST_LINKS = {"are", "were", "is", "of", ":", "=", "reach", "reaches", "reached", "achieve", "achieves", "achieved",
              "respectively", ",", "scores", "score", "at", "to", "by"}
# The words that set a baseline's figures against a method's: "versus 0.811 and 0.769 for BIOT".
CONTRASTS = {"versus", "vs", "vs.", "compared", "against", "whereas", "while", "than"}
COORDINATION = {"and", ",", "/", "or", "respectively", "vs", "vs.", "versus"}
REDUCTION_WORDS = {"smaller", "fewer", "less", "lower", "reduction", "cut", "cheaper"}
# "13.17x longer context lengths", "1.9x higher throughput": a multiple of the measure named after it.
# "18% shorter", "35% fewer steps", "12% lower than": by how much something is smaller.
# Verbs of what a method spends: "in 35% fewer steps", "takes 27% less time", "requires 4x less data".
SPENDS = {"in", "takes", "take", "took", "requires", "requiring", "required", "needs", "needing", "uses", "using",
          "used", "consumes", "consuming"}
SMALLER_WORDS = {"shorter", "smaller", "fewer", "less", "lower", "cheaper"}
COMPARATIVES = {"higher", "longer", "larger", "greater", "bigger", "more"}
SPEEDUP_WORDS = {"faster", "speedup", "speed-up", "acceleration", "accelerates", "quicker"}
ACCELERATE_WORDS = {"accelerates", "accelerate", "accelerated", "accelerating", "speeds", "speeding"}
# "outperforms Sputnik and SparTA by an average of 2.9x": a bare multiple over other systems is a speed-up.
THRESHOLD_WORDS = {"within", "below", "under", "<", "≤"}
RESOLVE_VERBS = {"resolves", "resolved", "resolve"}
PROVE_VERBS = {"proves", "proved", "prove"}
TRIAL_WORDS = {"trials", "episodes", "attempts", "runs", "rollouts", "cases"}
SUCCESS_VERBS = {"succeeds", "succeed", "succeeded", "solves", "solved", "completes", "completed"}
# The last word of a measure a change names in plain words (``_changed_phrase``).
CHANGED_HEADS = {"cost", "costs", "size", "tokens", "errors", "error", "memory", "footprint", "usage", "calls",
                 "steps", "overhead", "rate", "accuracy", "loss", "length", "latency", "time", "consumption", "volume",
                 "ratio", "parameters", "variance", "forgetting", "hallucinations", "hallucination",
                 "toxicity", "gap"}
# Words for a model, whose size "is 6.2x smaller" reports.
MODEL_WORDS = {"model", "models", "student", "students", "network", "networks", "variant", "variants", "version",
               "backbone", "encoder", "decoder", "detector", "classifier", "transformer", "llm", "checkpoint"}
# Things whose size is reported on its own, not a model's: "its index is 3.2x smaller".
SIZED_THINGS = {"index", "cache", "checkpoint", "file", "files", "vocabulary", "codebook", "dictionary", "adapter",
                "adapters", "footprint", "bitstream"}
# What a named part takes up: "KV cache memory", "adapter storage".
MEMORY_HEADS = {"memory", "footprint", "storage", "traffic"}
# "exceeding GPT-4o (65.3%)": words that set a method's figure in brackets against the result before it.
EXCEED_WORDS = {"exceeding", "exceeds", "exceeded", "exceed", "beating", "beats", "beat", "above", "over", "ahead"}
OUTPERFORM_WORDS = {"outperforms", "outperform", "outperformed", "outperforming", "surpasses", "surpassing", "surpass",
                    "surpassed"}
# Verbs of ``EXCEED_WORDS`` that outperform on their own: "exceeds RepQ-ViT by 6.7 points", "beats LESS by 0.7".
BEAT_WORDS = {"exceeding", "exceeds", "exceeded", "exceed", "beating", "beats", "beat"}
# "improves over the best baseline by 4.2 points": a verb that, with "over", "on" or "upon", outperforms.
IMPROVE_VERBS = {"improves", "improve", "improved", "improving"}
IMPROVE_PREPOSITIONS = {"over", "on", "upon"}
# A possessive's token: "RND's 6,700", "the teacher's 3.87".
POSSESSIVES = {"'s", "’s"}
# The words before "by" and a margin over another method: "outperforming MAPPO by 9.1", "improves Restormer by 0.29 dB".
SURPASS_WORDS = OUTPERFORM_WORDS | EXCEED_WORDS | IMPROVE_VERBS
TAKES = {"takes", "take", "took", "requires", "needs", "runs", "in", "within", "only", "about", "under", "just", "adds", "add", "added",
         "costs", "cost"}
# The words of a duration: "takes 31 hours", "trains in 5.2 hours", "96 GPU hours".
TIME_WORDS = {"seconds", "second", "sec", "secs", "minutes", "minute", "min", "mins", "hours", "hour", "days", "day"}
# Count nouns that stand as a measure's unit after its figure ("from 3,410 tokens for IC-DST to 620"), read
# like TIME_WORDS where a start is said of another method.
COUNT_UNITS = {"tokens", "token", "steps", "calls", "queries", "turns", "words", "frames", "iterations", "epochs",
               "samples", "evaluations"}
# The words a start said of another method may be counted in, after its figure: "from 12 minutes with
# FlashAttention-2", "from 3,410 tokens for IC-DST".
START_UNIT_WORDS = TIME_WORDS | COUNT_UNITS
# What a process is called when its time is reported: "Generating ... takes" is a generation time.
GERUND_NOUNS = {"generating": "generation", "producing": "generation", "creating": "generation",
                "reviewing": "review", "predicting": "prediction", "decoding": "decoding",
                "synthesising": "synthesis", "synthesizing": "synthesis", "rendering": "rendering",
                "classifying": "classification", "transcribing": "transcription", "reconstructing": "reconstruction",
                "registering": "registration", "retrieving": "retrieval", "searching": "search",
                "compressing": "compression", "detecting": "detection", "segmenting": "segmentation",
                "restoring": "restoration", "verifying": "verification", "localizing": "localization",
                "distilling": "distillation", "enhancing": "enhancement", "interpolating": "interpolation",
                "computing": "computation", "calibrating": "calibration", "optimizing": "optimization",
                "optimising": "optimisation", "explaining": "explanation", "evaluating": "evaluation",
                "quantizing": "quantization", "quantising": "quantisation", "summarizing": "summarization",
                "summarising": "summarisation", "tokenizing": "tokenization", "inferring": "inference",
                "imputing": "imputation", "ingesting": "ingestion", "compiling": "compilation", "adapting": "adaptation",
                "translating": "translation", "annotating": "annotation", "simulating": "simulation",
                "validating": "validation", "aligning": "alignment", "indexing": "indexing", "encoding": "encoding",
                "separating": "separation", "purifying": "purification", "refining": "refinement",
                "certifying": "certification", "designing": "design"}
# Verbs that say only that something is done: "Computing an explanation takes 23 ms" times the explanation.
GENERIC_GERUNDS = {"computing", "running", "performing", "doing", "obtaining", "producing"}
# Verbs whose subject is the method and that name the process a time is taken by (guideline decision 14):
# "transcribes a page in 1.4 s" is a transcription time; "runs in 12 ms" names nothing, a latency.
# ("segments" is left out: "scores 1,000 segments in 9 seconds" counts segments.)
VERB_PROCESSES = {"transcribes": "transcription", "decodes": "decoding", "reranks": "reranking",
                  "restores": "restoration", "generates": "generation", "renders": "rendering",
                  "retrieves": "retrieval", "scores": "scoring", "classifies": "classification",
                  "reconstructs": "reconstruction", "registers": "registration", "compresses": "compression",
                  "synthesizes": "synthesis", "synthesises": "synthesis", "indexes": "indexing",
                  "encodes": "encoding", "distills": "distillation", "distils": "distillation",
                  "enhances": "enhancement", "calibrates": "calibration", "prunes": "pruning", "ranks": "ranking",
                  "solves": "solving", "explains": "explanation", "summarizes": "summarization",
                  "separates": "separation", "purifies": "purification", "certifies": "certification"}
# The same verbs after "can", "to" or a plural subject: "it can rerank 100 passages in under 40 ms".
# (Forms that are nouns as often, "segment", "index", "register", are left out.)
VERB_PROCESSES.update({"transcribe": "transcription", "decode": "decoding", "rerank": "reranking",
                       "restore": "restoration", "generate": "generation", "render": "rendering",
                       "retrieve": "retrieval", "classify": "classification", "reconstruct": "reconstruction",
                       "compress": "compression", "synthesize": "synthesis", "synthesise": "synthesis",
                       "encode": "encoding", "summarize": "summarization", "separate": "separation",
                       "purify": "purification", "certify": "certification"})
# "The detector adds 60 ms per screenshot", "the encoder runs in 48 ms": the part that is timed,
# named by what it does.
AGENT_PROCESSES = {"encoder": "encoding", "decoder": "decoding", "detector": "detection", "verifier": "verification",
                   "reranker": "reranking", "retriever": "retrieval", "generator": "generation",
                   "renderer": "rendering", "classifier": "classification", "tokenizer": "tokenization",
                   "compressor": "compression", "planner": "planning", "segmenter": "segmentation",
                   "tracker": "tracking"}
# "Rotations are fitted in 25 minutes": a participle before "in" names the process a time is taken by.
PASSIVE_PROCESSES = {"fitted": "fitting", "trained": "training", "pruned": "pruning", "encoded": "encoding",
                     "decoded": "decoding", "rendered": "rendering", "indexed": "indexing", "calibrated": "calibration",
                     "distilled": "distillation", "compressed": "compression", "solved": "solving"}
# "A 30-second excerpt is produced in 0.8 s": the time it takes to generate something.
MADE_WORDS = {"produced", "generated", "synthesised", "synthesized", "created", "sampled"}
# "ranks first on 41 datasets", "outperforms EVE on 61% of assays", "loses on 18": outcomes counted
# over the units a study is evaluated on.
WIN_WORDS = {"outperforms", "outperform", "outperformed", "outperforming", "beats", "beat", "beating", "surpasses",
             "surpassing", "wins", "win", "won", "winning"}
IMPROVE_WORDS = {"improves", "improved", "improving"}  # "improves over greedy selection on 47 datasets"
LOSE_WORDS = {"loses", "lose", "lost", "losing", "trails", "trailing"}
# Verbs by which a method falls behind another by a margin: "trails GPT-4o by 0.6 chrF++", "lags behind X by 2%".
TRAIL_WORDS = {"trails", "trail", "trailed", "trailing", "lags", "lag", "lagged", "lagging", "behind",
               "underperforms", "underperform", "underperformed", "underperforming"}
# Outcome counts (guideline decision 12): the outcome a verb right before the count names ("solves 112 of
# 580 issues"), the words that make a method best among all ("ranks first", "the lowest MSE on"), and
# comparisons that make it better than a baseline on a count written "N of M" ("lower WER on 27 of 32 languages").
COUNT_VERBS = {"unlocks": "unlocked", "unlocked": "unlocked", "solves": "solved", "solve": "solved", "solved": "solved", "solving": "solved", "detects": "detected",
               "detect": "detected", "detected": "detected", "detecting": "detected", "fixes": "fixed", "fix": "fixed",
               "fixed": "fixed", "fixing": "fixed", "passes": "passed", "pass": "passed", "passed": "passed",
               "resolves": "resolved", "resolve": "resolved", "resolved": "resolved", "recovers": "recovered",
               "recover": "recovered", "recovered": "recovered", "recovering": "recovered",
               "wins": "won", "win": "won", "won": "won", "winning": "won",
               "completes": "completed", "complete": "completed", "completed": "completed", "completing": "completed",
               "identifies": "identified", "identify": "identified", "identified": "identified",
               "identifying": "identified", "proves": "proved", "prove": "proved", "proved": "proved",
               "proving": "proved", "rotates": "rotated", "rotating": "rotated", "rotated": "rotated",
               "finds": "found", "find": "found", "found": "found", "finding": "found"}
# "diverges in 2 of the 3 runs", "fails on 3 of 20 episodes": an outcome the verb names, counted over items.
OUTCOME_VERBS = {"diverges": "diverged", "diverge": "diverged", "diverged": "diverged", "fails": "failed",
                 "fail": "failed", "failed": "failed", "succeeds": "succeeded", "succeed": "succeeded",
                 "succeeded": "succeeded", "crashes": "crashed", "crashed": "crashed", "collapses": "collapsed",
                 "collapsed": "collapsed"}
# "achieve 17 of 20 successes": a count whose items are the outcome itself.
OUTCOME_NOUNS = {"successes", "failures", "wins", "losses", "solves"}
# What a counting verb counts when the count has no total: "correctly fixes 142 bugs", "detects 31 vulnerabilities"
# (a setting counts other things: "solves it with 8 GPUs").
COUNTED_OUTCOMES = {"bugs", "issues", "problems", "vulnerabilities", "puzzles", "theorems", "faults", "defects",
                    "crashes", "challenges", "tasks", "instances", "levels", "goals", "cves", "exploits"}
# Words between a counting verb and its count: "passes more than 5 of the 68 tasks", "solves only 12 of 50".
COUNT_HEDGES = {"only", "just", "nearly", "almost", "over", "about", "roughly", "all", "than", "more", "fewer", "at",
                "least", "most", "up", "to"}
DOMINATE_WORDS = {"dominates", "dominate", "dominated", "dominating"}
FIRST_WORDS = {"first", "best", "top", "highest"}
SUPERLATIVES = {"best", "lowest", "highest", "fastest", "top"}
OUTCOME_COMPARATIVES = {"lower", "higher", "better", "above", "stronger", "faster"}
# "more accurate than Whisper large-v3 on 87 of the 102 languages": comparatives written with "more" that win.
MORE_WINS = {"accurate", "robust", "efficient", "faithful", "reliable", "precise", "preferred"}
# Words that end the items of an outcome count ("on 8 of the 11 directions despite ...").
ITEMS_END = {"of", "on", "in", "with", "for", "at", "from", "to", "than", "despite", "while", "when", "where", "which",
             "that", "but", "compared", "against", "versus", "by", "under", "over"}
# Items named by their kind, which keep the word before: "fault types", "function categories".
KIND_WORDS = {"types", "kinds", "classes", "categories"}
EVALUATION_UNITS = {"datasets", "tasks", "benchmarks", "languages", "assays", "games", "environments", "problems",
                    "domains", "scenarios", "targets", "settings", "splits", "categories", "subjects", "instances",
                    "queries", "proteins", "series", "subsets"}
# The words that name a split of a dataset: "the forget set", "the held-out split".
SPLIT_WORDS = {"forget", "retain", "test", "validation", "val", "dev", "development", "held-out", "heldout", "evaluation",
               "hidden", "training"}
# The nouns of a dataset named without a name: "on a proprietary dataset", "on our in-house test set".
UNNAMED_DATA = {"dataset", "datasets", "set", "sets", "corpus", "collection", "split", "benchmark"}
# Words that open a noun phrase of their own: a figure before one does not measure what the phrase names.
PHRASE_OPENERS = frozenset({"its", "their", "our", "the", "this", "these", "that", "his", "her", "whose", "each"})
# The words of a change named after its figure: "a 12.5% relative improvement in WER".
CHANGE_WORDS = {"relative", "absolute", "average", "overall", "improvement", "improvements", "gain", "gains",
                "increase", "reduction", "decrease", "drop", "boost", "cut", "rise", "decline"}
# Measures a test is run at rather than scores: "with noise at 0 dB SNR", "at 1% FPR".
CONDITION_METRICS = {"SNR", "false positive rate", "SLO attainment"}  # (" ... at 90% SLO attainment")
# Measures usually written as the budget a result is reached with: "an FID of 2.87 at 5 NFEs".
BUDGET_METRICS = {"NFE"}
# The words before a dataset a model was pretrained on, which is not where it is then measured: "pre-trained on
# ImageNet-21K" (a model fine-tuned or trained on a dataset is often measured on it).
MODEL_TRAINED_ON = re.compile(r"\b(?:pre-?|fine-?)?(?:trained|tuned)\s+(?:only\s+|solely\s+|exclusively\s+)?on\s+(?:the\s+)?$")
TRAINED_ON = re.compile(r"\b(?:pre-?trained|fine-?tuning)\s+(?:[\w.-]+\s+){0,2}?on\s+(?:the\s+)?$")
# Costs are never reported in points: "0.4 points better" is not a latency however recently one was named.
COST_METRICS = {"latency", "throughput", "memory", "speedup", "FLOPs", "MACs", "model size", "parameter count",
                "training time", "runtime", "energy consumption", "inference speed", "training speed", "generation speed"}
# A word that names a rate on its own: "success rises from 45% to 90%" reports a success rate.
BARE_NAMES = {"success": "success rate", "validity": "validity", "uniqueness": "uniqueness", "novelty": "novelty"}
CHANGE_NOUNS = {"loss", "drop", "gain", "gains", "degradation", "improvement", "increase", "decrease", "reduction"}
# Words that set a figure beside the one before it: "4.21, close to the 4.24 of ...", "89.4, above X at 86.5".
NEAR_WORDS = {"close", "closer", "comparable", "similar", "near", "above", "below", "behind", "exceeding", "surpassing", "par",
              "approaching", "matching", "versus", "against"}
NEAR_INTENSIFIERS = {"far", "well", "just", "slightly", "much", "only", "still", "considerably", "substantially"}
# Prepositions that end the noun a comparative is said of: "3.1x less compute on average".
PHRASE_END_PREPOSITIONS = {"on", "in", "at", "for", "with", "across", "over", "under", "from", "to", "by", "of", "per",
                           "during"}
# Words for a share of things: "the percentage of folded voxels is only 0.003%".
SHARE_WORDS = {"percentage", "fraction", "proportion", "share", "percent"}
# The units of a time a process takes ("takes 1.9 s", "in 22 min", "5.8 h").
TIME_UNITS = {"ms", "s", "min", "h"}
# Nouns that name a process whose time a clause reports (guideline decision 14).
PROCESS_NOUNS = {"inference", "training", "decoding", "generation", "calibration", "reconstruction", "registration",
                 "retrieval", "indexing", "preprocessing", "planning", "scoring", "sampling", "search", "alignment",
                 "rendering", "compilation", "pruning", "quantization", "quantisation", "distillation", "fine-tuning",
                 "pre-training", "pretraining", "prediction", "evaluation", "transcription", "synthesis", "encoding",
                 "diarization", "segmentation", "detection", "tracking", "optimization", "optimisation", "simulation",
                 "screening", "verification", "fitting", "docking", "downscaling", "aggregation", "reranking",
                 "compression", "decompression", "profiling", "scheduling", "serving", "prefill", "adaptation"}
PROCESS_ALIASES = {"finetuning": "fine-tuning", "pre-training": "pretraining"}
ARROWS = {"→", "->", "⟶", "➝"}
# Measures whose figures run into the thousands, where a figure such as 1941 is no year: "a Codeforces rating of 1941".
RATING_WORDS = {"rating", "elo", "score"}
# Metric heads in the plural, which follow a verb with no article: "obtains average scores of 88.2 and 49.7"
PLURAL_HEADS = {"scores", "accuracies", "rates", "distances", "similarities", "ratios"}
GAIN_WORDS = {"improvement", "improvements", "gain", "gains", "boost", "increase"}
# The last word of a phrase that names what a figure measures, when the phrase is
# not a known metric: "an edit efficacy of 96.1%", "reduces exposure disparity by 63%".
METRIC_HEADS = {"accuracy", "score", "scores", "rate", "error", "errors", "loss", "f1", "recall", "precision",
                "coverage", "efficacy", "correlation", "distance", "similarity", "ratio", "gap", "time", "latency",
                "throughput", "utility", "premium", "cost", "costs", "length", "perplexity", "auc", "ap", "map",
                "miou", "iou", "kappa", "reward", "return", "fidelity", "agreement", "specificity", "sensitivity",
                "generalisation", "generalization", "violations", "disparity", "usage", "overhead", "footprint",
                "consumption", "success", "bleu", "rouge", "wer", "cer", "mae", "mse", "rmse", "ndcg", "mrr", "hits",
                "fid", "psnr", "ssim", "lpips", "mos", "efficiency", "robustness", "calibration", "regret", "memory", "size",
                "speed", "parameters", "energy", "r", "r2", "r²", "rho", "ρ", "utilization", "utilisation", "bias",
                "performance", "delay", "depth", "entropy", "diversity", "frequency"}
# Verbs that report a change in what the figure measures: "reduces X by 63%", "X rises from 65.3 to 67.8".
CHANGE_VERBS = {"degrades", "degraded", "worsens", "worsened", "saves", "save", "reduces", "reduce", "reduced", "reducing", "cuts", "cut", "lowers", "lowered", "improves", "improve",
                "improved", "improving", "raises", "raised", "increases", "increased", "boosts", "boosted",
                "decreases", "decreased", "rises", "rose", "drops", "dropped", "falls", "fell", "halves", "grows",
                "goes", "climbs", "declines", "lifts", "lifted", "doubles", "doubled", "triples", "tripled",
                "lowering", "cutting", "raising", "boosting", "increasing", "decreasing", "shrinks", "shrinking",
                "moves", "moved", "decrease"}
# Plain forms of those verbs, nouns too ("the fall rate"): verbs only right before "by"/"from"/"to".
CHANGE_BASES = {"fall", "drop", "rise", "decline", "climb"}
# Words between "by" and the figure: "by up to 2.1x", "by a relative 7%", "by an average of 2.9x".
BY_FILLERS = {"up", "to", "a", "an", "relative", "absolute", "average", "of", "over", "more", "than", "about", "nearly",
              "roughly", "around", "approximately", "almost", "only", "just", "~", "≈", "further", "another",
              "factor"}
# Words that may precede a figure after the phrase naming its metric: "an efficacy of (about) 96.1%", "X is 0.263".
PHRASE_LINKS = {"of", "is", "are", "was", "were", "=", ":", "about", "approximately", "around", "roughly", "nearly",
                "only", "just", "~", "≈", "reaches", "reached", "remains", "stays", "averages", "exceeds",
                "remained", "stayed", "below", "to", "at"}
# The words right before a figure that ``_phrase_metric`` reads a phrase from.
PHRASE_TRIGGERS = PHRASE_LINKS | BY_FILLERS | {"by"} | CHANGE_VERBS | {"to", "from"}
# "the index shrinks by a factor of 4": verbs that say a thing changed in size.
SIZE_VERBS = {"shrinks", "shrank", "shrink", "grows", "grew", "grow"}
# "Column recall of the pruning stage is 97.5%": the verbs that say what a metric's subject is, the words
# that open its qualifier, and the words that would start another clause inside it.
SUBJECT_COPULAS = {"is", "was", "are", "were", "remains", "stays", "averages", "equals", "reaches", "reached", "exceeds",
                   "remained", "stayed"}
SUBJECT_PREPOSITIONS = {"of", "over", "across", "for", "on", "in", "at", "under", "per", "after", "with", "between",
                        "among", "against"}
CLAUSE_WORDS = {"and", "but", "which", "that", "while", "whereas", "or", "where", "when", "because", "yet"}
# Words that qualify a metric without naming a different one: "an average Spearman correlation".
OPERATING_WORDS = {"fixed", "target", "given"}  # "at a fixed recall of 80%"
LOOSE_MODIFIERS = {"fixed", "target", "average", "mean", "overall", "best", "final", "higher", "lower", "better", "worse", "new",
                   "highest", "lowest", "near-perfect", "perfect", "worst",
                   "relative", "absolute", "strong", "high", "low", "reported", "resulting", "total", "similar",
                   "comparable", "competitive", "equal", "matched"}
SENTENCE_PUNCT = {".", ";", "!", "?", ":", "\n\n"}
TRIALS = {"trials", "attempts"}  # "succeeds in 17 of 20 trials"
# Verbs that say a thing got smaller: "Peak contact forces fall by 43%".
DECREASE_VERBS = {"reduces", "reduce", "reduced", "reducing", "cuts", "cut", "cutting", "lowers", "lowered", "lowering",
                  "decreases", "decreased", "drops", "dropped", "falls", "fell", "fall", "shrinks", "shrank", "halves",
                  "shortens", "shortened", "trims", "trimmed"}
# A short name in capitals, perhaps after one lowercase or Greek letter: "SRCC", "rFVD", "κSRME", "VUS-PR".
ACRONYM_METRIC = re.compile(r"^[a-zα-ω]?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]$")
NOT_METRIC_ACRONYMS = {"GPU", "GPUs", "CPU", "TPU", "RAM", "LLM", "API", "GB", "MB", "TB", "FP16", "FP32", "BF16", "INT8",
                       "INT4", "USD", "HBM", "SSD", "NPU", "DSP", "FPGA", "ASIC", "SoC"}
# Verbs that report a figure and so start no metric's name: "achieving speedups of 2.4x".
REPORT_VERBS = {"achieving", "achieves", "achieve", "achieved", "reaching", "reaches", "obtaining", "obtains",
                "yielding", "yields", "attaining", "attains", "showing", "shows", "delivering", "delivers",
                "providing", "provides", "offering", "offers", "giving", "gives", "boasts", "retains", "retaining",
                "maintaining", "maintains", "sustains", "matching", "matches", "doubles", "triples", "keeping",
                "keeps", "leaving", "leaves", "with", "reach", "reached", "attain", "attained", "obtain", "obtained",
                "yield", "yielded", "deliver", "delivered", "show", "showed", "report", "reports", "reported",
                "observe", "observes", "observed", "demonstrate", "demonstrates", "demonstrated", "exhibit", "exhibits",
                "exhibited", "enable", "enables", "enabled", "bring", "brings", "incur", "incurs", "incurred"}
# Items counted out of a dataset to train on ("3 million images from CC3M"); not tokens or hours,
# which a model is trained on where it is also measured ("on 20B tokens of C4").
SOURCE_ITEMS = {"images", "trajectories", "examples", "queries", "pairs", "samples", "videos", "documents",
                "sentences", "questions", "prompts", "problems", "clips", "utterances", "molecules", "demonstrations",
                "episodes", "dialogues", "conversations", "instructions", "captions", "passages", "structures"}
TRAINING = re.compile(r"\b(?:train|pretrain|pre-train|fine-tun|finetun|distill)", re.I)
# (Every word TRAINING matches holds "train", "fine" or "distill", lowercase; in ASCII text no
# other character folds into them: ``_counted_source`` tests those first.)
_COUNT = r"(?:\d[\d,.]*[kKM]?|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)"
_ITEMS = "|".join(sorted(SOURCE_ITEMS))
COUNTED_FROM = re.compile(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}(?:{_ITEMS})\s+from\s+(?:the\s+)?$", re.I)
COUNTED_NAME = re.compile(rf"\b{_COUNT}\s+$", re.I)  # "two million ZINC15 molecules"
SOURCE_ITEMS_AFTER = re.compile(rf"\s+(?:{_ITEMS})\b", re.I)
AT_K_FIGURE = re.compile(r"@\d")
# A software or model name a version number may follow: "pyannote.audio 3.1", "Gemini 1.5", "Python 3.11".
VERSIONED_NAME = re.compile(r"^(?:[a-z]+\.[a-z]+|[A-Z][A-Za-z]*[a-z][A-Za-z]*|v)$")
# Plural words after a whole number that still make it a result: "41 BLEU points", "2 dB gains".
NOT_COUNTS = {"points", "gains", "improvements", "percent", "wins"}
# Words after a decimal figure's "K" that make it the figure's unit, not a count of a setting's thousands ("1.5 K
# samples"): kelvins, "reduces RMSE from 1.92 K (bicubic) to 0.98 K", or thousands of what is measured, "lowers the
# number of generated tokens from 11.9K to 6.3K." (punctuation after the K says the same).
KELVIN_FOLLOWERS = {"to", "and", "versus", "vs", "for", "against", "than", "at", "on", "in", "lower", "higher", "below"}
# What a rate counts per second: "2,140 images/s", "412 clips per second".
RATE_ITEMS = {"images", "tokens", "samples", "frames", "clips", "requests", "queries", "sequences", "documents"}
# A month written as a decimal, "2024.08", in a span of months a benchmark's problems date from.
YEAR_MONTH = re.compile(r"^(?:19|20)\d\d\.(?:0[1-9]|1[0-2])$")
SETTING_WORDS = {"km", "cm", "kg", "layer", "member", "members", "shot", "way", "billion-parameter", "parameters", "params", "epochs", "iterations", "steps", "images", "samples", "tokens", "layers",
                 "hours", "days", "gpus", "bits", "bit", "billion", "million", "k", "context", "sparsity",
                 "pruning", "of", "step", "epoch", "iteration", "head", "token", "dimensional", "node", "hour",
                 "minute", "second", "day", "frame", "view", "channel", "block", "class", "language"}


# The participles whose duration "for N hours" gives, and the process each names (decision 14).
TRAINED_FOR = {"trained": "training", "distilled": "distillation", "fine-tuned": "fine-tuning",
               "finetuned": "fine-tuning", "pre-trained": "pretraining", "pretrained": "pretraining"}
# An accelerator's model name before "GPU": "1,150 A100 GPU hours", "on 8 H800 GPUs".
ACCELERATOR = re.compile(r"^(?:[A-Z]{1,2}\d{2,4}[A-Z]?|RTX)$")
# The scale a measure's figures are written in, in brackets after its name: "CD-ℓ2 (×10³)", "(x10^3)".
SCALE_MARK = re.compile(r"^[×xX]10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*$")
# A name written right before a baseline's figure in brackets: "(Binoculars: 91.2; DetectGPT: 83.5)", "(GRIT 0.059)".
BASELINE_NAME = re.compile(r"^[A-Z][\w.+-]*[A-Za-z0-9+]$")
# A measure's name as one word, written in a slashed list of measures: "BEq@10", "F1", "mAP50".
SLASHED_MEASURE = re.compile(r"[A-Za-z][A-Za-z0-9@+.-]*[A-Za-z0-9]$")
# Words that name the reference a compressed model is compared with: "(full precision: 4.53)", "(dense: 71.2)".
REFERENCE_NAMES = {"precision", "baseline", "teacher", "dense", "original", "uncompressed", "unpruned", "unquantized",
                   "fp16", "bf16", "fp32"}
# What a baseline the text does not name is called by its role: "64.5% for a convolutional baseline", "52.4 for the
# original model" give the figure to no method.
ROLE_NOUNS = {"baseline", "baselines", "model", "models", "teacher", "student", "policy", "detector", "system",
              "classifier", "agent", "pipeline", "network", "variant", "recipe"}
# The verbs whose subject, a list of methods, gives their figures in order: "AWQ and SmoothQuant retain 93.4% and 90.8%".
SUBJECT_LIST_VERBS = {"reach", "obtain", "achieve", "attain", "retain", "score", "get", "yield", "keep", "record"}
# The words of a spread reported beside a result: "standard deviations below 0.0003".
SPREAD_WORDS = {"deviation", "deviations", "std", "stdev", "s.d.", "sd"}
# Devices counted in a setting: "on 32 A100 GPUs".
DEVICES = {"gpus", "gpu", "tpus", "tpu", "cpus", "cores", "nodes", "chips"}
# A setting's name right before its value: "at a batch size of 8", "with batch size 1".
SETTING_PAIRS = {("batch", "size"), ("beam", "size"), ("window", "size"), ("group", "size"), ("learning", "rate"),
                 ("mini-batch", "size"), ("minibatch", "size"), ("embedding", "size"), ("hidden", "size"),
                 ("patch", "size"), ("kernel", "size"), ("chunk", "size"), ("bottleneck", "ratio"), ("replay", "ratio"),
                 ("mask", "ratio"), ("masking", "ratio"), ("dropout", "rate"), ("weight", "decay"), ("voxel", "size"),
                 ("detection", "range"), ("perception", "range"), ("keep", "ratio")}
# The word right before a figure that may end such a pair, or stand between it and the figure
# ("batch size of 8"): no other word before a figure needs the pair looked for.
SETTING_PAIR_ENDS = {second for _, second in SETTING_PAIRS} | {"of", "=", "is"}

# "by" and the words that may stand between it and the figure: "by up to 2.1x".
BY_AND_FILLERS = BY_FILLERS | {"by"}

# The unions and differences of the sets above that the rules test words against, made
# once here: written in a rule's condition, a union is built anew (a hundred-word set
# for REPORT_VERBS) each time the condition is tested.
BY_FILLERS_BUT_OF = BY_FILLERS - {"of"}
BY_FACTOR = BY_FILLERS | {"by", "factor"}
SIZE_COMPARATIVES = SMALLER_WORDS | COMPARATIVES
SIZE_COMPARATIVES_OR_BETTER = SIZE_COMPARATIVES | {"better", "faster"}
CLAUSE_WORDS_BUT_AND = CLAUSE_WORDS - {"and"}
TAKES_BUT_WITHIN = TAKES - {"within", "runs"}
# Words before a duration that spend it, besides ``TAKES``: "Training uses 96 H100 GPU hours", "Pretraining
# required 1,150 GPU-hours", "train it ... for 1,100 A100 GPU hours" (a duration's words, not a time unit, follow)
SPENDS_TIME = SPENDS | {"for", "after", "consumed"}
GERUND_STOPS = {"on", "of", "for", "over", "with", "in", "at", "from", "by", "under", "across"}
# Words after a dataset's name that say which part of it: "on the COCO-2017 captions at 31.2"
AFTER_DATASET_WORDS = {"captions", "prompts", "images", "questions", "split", "subset", "set", "test", "val",
                       "validation", "benchmark", "dataset", "tasks", "suite", "track"}
# Measures a time reports ("decoding time", "TTFT", "speed-up"), and counts no share reports
# One metric's variants in one word: "ROUGE-1/2/L", "R@1/5/10", "Recall@1/5".
COMPACT_VARIANTS = re.compile(r"^([A-Za-z][A-Za-z]*[-@])([A-Za-z0-9]+)((?:/[A-Za-z0-9]+)+)$")
# A split written onto a benchmark's name: "MMMU-val", "GPQA-Diamond" is no split.
SPLIT_SUFFIX = re.compile(r"[- ](?:val|validation|test|dev|testmini|test-dev)$", re.I)
# "a 3-fold reduction", "by a factor of 4.2", "7 out of 8": written forms of a multiple or a count so rare
# that a doc is looked at for each once (``Tokens``), as its words would read them, in any case and spacing.
# Each is looked for in the lowercased text, and only where its word occurs at all: a case-insensitive
# search of a whole abstract cost a twentieth of the extractor's time.
RARELY_WRITTEN = (("fold", re.compile(r"-\s*fold")), ("factor", re.compile(r"factor\s+of")),
                  ("out", re.compile(r"out\s+of")))
# A direction word that ends a change's name: "latency reduction" names the change of a latency.
DIRECTION_SUFFIX = re.compile(r"\s+(?:reduction|improvement|increase|decrease|gain|drop)s?$")
# Words after "the gap" that make it the gap to a reference a figure measures: "the gap to the dense model
# shrinks to 2.7 points", "the gap in F1 between ... falls to 3.1".
GAP_FOLLOWERS = {"to", "between", "in", "with", "from", "relative", "is", "was", "narrows", "shrinks", "widens",
                 "falls", "drops", "closes", "of"}
# What a run costs, by the words of its name: "per-image latency", "peak memory reduction", "tokens per second".
COST_MEASURE = re.compile(r"latency|throughput|time|speed|memory|param|FLOPs|MACs|model size|overhead|tokens/s|FPS", re.I)


def is_cost(metric):
    """Whether a measure is what a run costs (a time, memory, speed, size), by name or by its words."""
    return metric in COST_METRICS or COST_MEASURE.search(metric) is not None


TIME_MEASURE = re.compile(r"time|latency|delay|duration|lag|TTFT|TPOT|speed|overhead|reduction|improvement|gain|"
                          r"increase|gap|drop|cost|period|budget|runtime|horizon|throughput", re.I)
COUNT_MEASURE = re.compile(r"G?MACs|[GT]?FLOPs|parameters|parameter count|params", re.I)
# Measures reported as shares: "Coppice achieves 55.1% on MMLU" after "average accuracy" was named
SHARE_MEASURE = re.compile(r"accuracy|success rate|pass@|exact match|win rate|F1|recall|precision", re.I)
# The measures a figure in dB reports (and the changes named after one)
DECIBEL_MEASURE = re.compile(r"PSNR|SNR|SDR|SI-S|dB|loudness|improvement|gain|reduction|drop|gap|noise", re.I)
# "adds 0.21 dB to IMDN", "gains 0.3 dB": a verb of gain before a figure
GAIN_VERBS = {"adds", "add", "added", "gains", "gain", "gained", "contributes", "contribute", "brings", "yields"}
# "FrameSieve attains 67.4% on Video-MME": a subject reaching a share on a dataset
BARE_SHARE_VERBS = {"reaches", "reached", "reaching", "attains", "attained", "attaining", "achieves", "achieved", "achieving",
                    "obtains", "obtained", "obtaining", "scores", "scoring",
                    "scored", "hits", "reach", "attain", "achieve", "obtain", "score"}
MAGNITUDES = {"K", "k", "M", "B", "G", "T"}  # "31M parameters" is read as 31 and M
TIMED_VERBS = {"takes", "take", "took", "adds", "add", "added", "requires", "require", "required", "needs", "need"}
REPORT_OR_JOIN = REPORT_VERBS | {"and", ","}
SCORE_VERBS = REPORT_VERBS | {"scores", "scored", "score"}  # "scores 48.7 ..., whereas SnapKV reaches 45.2"
REPORTS_SCORE = PHRASE_LINKS | SCORE_VERBS
NOT_NAMED_HEADS = CHANGE_NOUNS | {"gap", "cost", "costs", "time", "size", "memory"}
# Verbs by which a method keeps a share of a reference's own figure: "retains 97.4% of the full-cache
# average score" (guideline decision 15), and the words that name the reference, not the measure.
REMOVE_VERBS = {"removing", "removes", "removed", "remove", "eliminating", "eliminates", "eliminated", "saving", "saves",
                "saved", "cutting", "cuts", "shaving", "shaves", "trimming", "trims", "pruning", "prunes", "pruned"}
# Words that judge a figure rather than say which measure it is: "a negligible accuracy drop of 0.1%".
APPRAISALS = {"negligible", "slight", "small", "marginal", "minor", "modest", "significant", "substantial", "notable",
              "remarkable", "considerable", "competitive", "impressive", "superior", "comparable", "consistent",
              "remarkably", "notably", "state-of-the-art",
              # words that point back to a measure already named: "the corresponding R@1 is 21.8"
              "corresponding", "respective", "resulting", "achieved", "reported", "obtained", "same"}
# Words before a range of settings a study sweeps: "at compression ratios from 20% to 60%".
SWEEP_WORDS = {"at", "covering", "covers", "cover", "span", "spans", "spanning", "across"}
GAIN_SAYING = IMPROVE_VERBS | {"improvement", "improvements", "gain", "gains", "advantage", "boosts", "boost", "raises",
                               "lifts"}
GAIN_AFTER = {"better", "higher", "above", "more"}
NO_MEASURE_WORDS = {"efficiency", "efficient", "performance", "quality"}  # guideline: "performance" ... on their own
# The first words of an opening phrase that frames a sentence's figures: "On Urban100, ...", "Trained on X, ...".
FRAME_OPENERS = {"on", "in", "for", "across", "trained", "pretrained", "pre-trained", "pretraining", "pre-training",
                 "training", "evaluated", "tested", "fine-tuned", "fine-tuning", "finetuned", "with", "using", "at", "when"}
# The repetitions a figure is averaged over: "over five seeds", "across 3 runs".
REPEAT_NOUNS = {"seeds", "runs", "trials", "folds", "repetitions", "repeats"}
# Verbs that make an opening phrase the subject of its clause, not a frame: "Training on X takes 4 minutes, and".
FRAME_ENDING_VERBS = {"takes", "took", "reaches", "achieves", "attains", "obtains", "improves", "yields", "gives",
                      "costs", "lasts", "finishes", "completes"}
# Verbs of a clause that states a figure of its own: "... and peak GPU memory falls by 40%".
CLAUSE_VERBS = {"is", "are", "was", "were", "falls", "fall", "drops", "drop", "grows", "rises", "rise", "reduced",
                "reduces", "takes", "take", "completes", "runs", "becomes", "shrinks", "increases", "decreases",
                "uses", "needs", "requires", "consumes", "cuts", "lowers", "trains", "converges", "decodes",
                "processes", "fits"}
# Words that present a list of datasets as the members of the collection named before it.
COLLECTION_WORDS = {"tasks", "datasets", "benchmarks", "subsets", "domains", "with", "including", "namely"}
# The signs of a bound: "an accuracy (R² > 0.99) of 87.4%" sets one on the measure in its brackets
BOUND_SIGNS = {">", "<", "≥", "≤", ">=", "<="}
# A setting and what it does in a clause of condition: "when the length grows to 4,096", "as the context is
# extended to 128K": the figure is where the setting is turned to, not a result
KNOB_NOUNS = {"length", "lengths", "context", "window", "budget", "size", "horizon", "resolution", "steps", "batch",
              "rank", "depth", "width", "shots", "history", "histories", "sequence"}
KNOB_MOVES = {"grows", "grow", "increases", "increase", "rises", "rise", "goes", "go", "extends", "extend",
              "shrinks", "shrink", "decreases", "decrease", "drops", "falls", "reaches", "reach"}
# The settings a list of figures gives after "at ... of": "at target noise levels of 0, 0.001 and 0.01"
LEVEL_NOUNS = {"levels", "level", "ratios", "rates", "sizes", "budgets", "thresholds", "temperatures", "lengths",
               "intensities", "strengths", "values", "resolutions", "bitrates", "sparsities", "densities"}
KNOB_MOVES_PASSIVE = {"increased", "extended", "raised", "scaled", "reduced", "decreased", "set", "doubled"}
# The nouns that say the datasets before them are parts of the one after: "the SOTS indoor and SOTS outdoor subsets of
# RESIDE" (a figure of the list is on a part, not on the collection)
PARTS_OF = {"subsets", "subset", "splits", "split", "partitions", "parts", "portions", "sets", "tracks"}
# The nouns that say a dataset named before "of" is a part of the one named after, and the figure is on the part:
# "the iWildCam subset of WILDS", "the 119 Feynman problems of SRBench", "the OASIS task of Learn2Reg 2021".
PART_NOUNS = {"subset", "split", "portion", "part", "partition", "track", "problems", "task"}
# Words that open a condition a bound after them sets: "At bitrates below 0.05 bpp", "whose WER exceeds 10%".
CONDITION_WORDS = {"at", "whose", "demand", "demands", "require", "requires", "requiring", "if", "when", "unless"}
RATE_UNIT_METRICS = {"FPS"}  # a measure a figure's unit can be written as ("8 frames per second")
COST_HEADS = {"time", "latency", "memory", "cost", "costs", "overhead", "footprint", "size", "usage", "consumption"}
PASSED_LEVEL_WORDS = {"exceed", "exceeds", "exceeding", "above", "below", "over", "under", "than"}
# The words that make a distance after them a bound or a setting, not a measured value: "within 2 cm", "at 5 cm".
DISTANCE_BOUNDS = {"within", "below", "under", "at", "beyond", "over", "above", "than", "<", "≤", ">", "≥", "a", "an", "per"}
KEEP_VERBS = {"retains", "retain", "retained", "retaining", "keeps", "keep", "kept", "keeping", "preserves", "preserve",
              "preserved", "preserving", "recovers", "recover", "recovered", "recovering", "maintains", "maintaining"}
KEPT_HEDGES = {"only", "about", "roughly", "nearly", "almost", "over", "up", "to", "around", "approximately", "at", "least",
               "more", "than", "still", "as", "much"}
REFERENCE_WORDS = {"the", "its", "their", "his", "her", "original", "full", "dense", "uncompressed", "unpruned",
                   "unquantized", "full-precision", "full-cache", "full-data", "full-model", "in-domain", "in-distribution",
                   "teacher", "baseline", "base", "fp16", "bf16", "fp32", "16-bit", "32-bit", "reference", "oracle",
                   "upper-bound", "supervised", "full-attention", "full-size", "unmerged", "vanilla",
                   "centralized", "centralised", "non-private", "full-rank", "fully"}
KEPT_MEASURES = {"gain", "gains", "improvement", "improvements", "performance", "effectiveness", "difference"}
# Words before a figure that write it as a difference (``_said_as_difference``).
DIFFERENCE_BEFORE = frozenset({"by", "of", "with", "than", "to", "vs", "vs.", "versus", "against", "is", "are", "was", "within",
                               "were", ",", "(", "and"})


def singular(word):
    """A plural noun's singular, as a measure's name wants it: "queries" → "query", "batches" →
    "batch", "parameters" → "parameter"; "loss", "series", "analysis" and "corpus" stay."""
    if word.endswith(("ss", "is", "us")) or word in NO_SINGULAR or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


NO_SINGULAR = {"series", "species", "gas", "bias", "always", "across", "whereas"}


# Numbers written as words, read as figures only in a multiple ("three times faster", ``Tokens.figure``).
NUMBER_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
                "nine": 9.0, "ten": 10.0}
# Words that count what reaching a level costs, before "to reach" it: "needs 3.1x fewer rounds to reach 80%".
TARGET_COSTS = {"needs", "need", "needed", "requires", "require", "required", "takes", "take", "took", "fewer", "less",
                "rounds", "steps", "epochs", "iterations", "hours", "samples"}
# Words before a method that set a figure against it: "0.52 dB above DRSformer", "preferred over GSAD".
COMPARED_WORDS = {"above", "over", "than", "vs", "vs.", "versus", "against", "outperforming", "outperforms", "outperform",
                  "surpassing", "surpasses", "beating", "beats", "exceeding", "exceeds", "without", "w/o"}
# Words before a baseline's figure that set it against the result before: "against 41% for uniform sampling".
SET_AGAINST = {"against", "than", "vs", "vs.", "versus"}
# Participles between a baseline's figure and "for": "1,600 reported for DMD2".
REPORTED_WORDS = {"reported", "obtained", "achieved", "attained", "measured"}
# Verbs whose subject is a method and whose object the model it works on: "FacetPrune compresses DeiT-B to ...".
TRANSFORM_VERBS = {"compresses", "compress", "prunes", "prune", "quantizes", "quantises", "quantize", "quantise",
                   "accelerates", "accelerate", "distills", "distils", "sparsifies", "speeds", "improves", "boosts",
                   "lifts", "raises", "applies", "adapts", "converts", "shrinks",
                   # what a system does to a model it serves: "CalyxMoE decodes Mixtral-8x7B at 11.8 tokens per second"
                   "decodes", "serves", "runs", "trains", "deploys", "executes"}
# A figure after a name that is a score, not the name's version: "ConPLex 0.803" (no version has three decimals),
# "LucidDreamer 32.1" (nor a major number of two digits).
VERSION_LIKE_SCORE = re.compile(r"^\d*\.\d{3,}$|^\d{2,}\.")
# Words after a method that make it a part another method is run with: "BEVLantern with a ResNet-50 backbone".
COMPONENT_NOUNS = {"backbone", "backbones", "features", "encoder", "encoders", "decoder", "head", "heads", "tokenizer",
                   "vocoder", "embeddings"}
# Words between a beaten method, "by" and its margin: "outperforms DPO by up to 2.1", "by a margin of 3.4".
MARGIN_FILLERS = {"up", "to", "about", "roughly", "nearly", "around", "margin", "a", "of"}
# A hedge right before a figure: "roughly 5× that of olmOCR-7B".
APPROXIMATELY = {"about", "roughly", "nearly", "around", "approximately", "almost", "~", "≈"}
