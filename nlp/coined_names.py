"""``paperlens_coined_names``: the names the knowledge base cannot know, found by how papers
coin them: "we propose X", "termed X", "X, a novel ...", "X achieves ...", a title's "X: ..."."""
import functools
import re

from spacy.strings import hash_string
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from .base import BatchComponent, UsesKnowledgeBase, named
from .candidates import candidates, merge_ents, taken
from .kb_matcher import SIZED_USE, SIZED_VARIANT
from .tokenizer import text_of
from .word_screen import (
    CLAUSE_END_ORTHS, COLON_ORTH, COMMA_ORTH, COORDINATION_ORTHS, HYPHEN_ORTH, OPEN_PAREN_ORTH, WordTable, text_uses,
    word_screen,
)


# What sets a name off right after the verb that proposes it: "We propose Xorvane, a ...", "Xorvane (...)", "Xorvane:".
APPOSITION_ORTHS = {hash_string(","), hash_string("("), hash_string(":")}


def coined_shape(text):
    """Whether a word is shaped like a coined name: capitals inside the word
    (LowDiff, TSPulse, McQuic, DSCLoRA), an all-capitals word of three or more
    letters (OSCAR, U-REPA), or capitals with digits (T5X, YOLOv8)."""
    core = text.replace("-", "")
    if "/" in core:
        core = SIZE_SLASH.sub("", core)  # "EMOv2-1M/2M/5M": sizes listed with slashes
    if "^" in core:
        core = LATEX_MARKS.sub("", core)  # "S^{2}FT", "E^2-LLM": a power written in LaTeX is part of the name
    if "." in core:
        core = DECIMAL_POINT.sub("", core)  # "RankSkim-1.5B", "VoxQuill-0.6B": a size with a decimal point
    if not core.isalnum() or not text[0].isalpha() or not core.isascii():
        return False
    if "-" in text:
        # Capitalised words joined by hyphens ("Low-Rank", "Time-Shift") are not
        # a coined name; one coined part ("U-REPA", "Lumina-mGPT") makes it one.
        parts = [part for part in text.split("-") if part]
        if any(coined_shape(part) or any(c.isdigit() for c in part) for part in parts):
            return True
        # acronyms joined by a hyphen ("MG-NO", "LLM-TS"): capitals enough for an acronym's name
        return len(parts) > 1 and all(part.isupper() for part in parts) and sum(map(len, parts)) >= 4
    upper = sum(c.isupper() for c in core)
    lower = sum(c.islower() for c in core)
    digits = sum(c.isdigit() for c in core)
    return (upper >= 2 and lower >= 1) or (upper >= 3 and lower == 0) or (upper >= 1 and digits >= 1 and len(core) >= 3)


SIZE_SLASH = re.compile(r"/(?=\d)")
# An acronym joined to capitalised words, which the shape test leaves out as a title's compound ("LLM-Based"):
# "DR-Shift", "GS-Route".
ACRONYM_WORD = re.compile(r"^[A-Z]{2,}(?:-[A-Z][a-z]+)+$")
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
LATEX_MARKS = re.compile(r"\^\{?|\}")
# Words shaped like coined names that name no method: hardware, interconnects, libraries, formats, languages.
NOT_COINED = set(
    """LLM LLMs CNN CNNs GPU GPUs CPU CPUs TPU AI NLP RGB SOTA API APIs URL HTTP JSON PDF PyTorch TensorFlow
    GitHub HuggingFace JAX CUDA DNN DNNs RNN RNNs MLP MLPs FPS IoT LiDAR ArXiv OpenAI DeepMind Google Meta
    NVIDIA Microsoft YouTube iPhone MacBook FLOP FLOPs TOPS GFLOPs TFLOPs MB GB KB TB ML DL RL CV ASR TTS
    DeepSpeed FasterTransformer vLLM SGLang TensorRT TensorRT-LLM Megatron-LM ONNX OpenVINO
    FP16 FP32 FP8 BF16 INT8 INT4 A100 H100 H200 V100 A6000 RTX3090 RTX4090
    PCIe NVMe NVLink NPU NPUs RDMA InfiniBand HBM SRAM DRAM SSD SSDs FPGA FPGAs ASIC ASICs MPI NCCL cuBLAS cuDNN
    cuSPARSE IDs HTML XML SLO SLOs English Chinese NVFP4 MXFP4 MXFP6 MXFP8 FP4 FP6 T1ce""".split()
)
# Words after which a name is what a result is set against: "outperforms EDAtt", "faster than EmerNeRF".
COMPARED_AFTER = {"than", "outperforms", "outperforming", "outperform", "surpasses", "surpassing", "surpass", "beats",
                  "beating", "versus", "vs", "vs.", "against", "over"}
# A figure a name follows with "for": "0.93 for AudioSR", "41.2% for OpenHands-LM-32B".
FIGURE = re.compile(r"^[+\-−]?\d[\d,.]*(?:%|×|x)?$")
TRIGGER_WORDS = {"propose", "proposes", "proposed", "introduce", "introduces", "introduced", "present", "presents",
                 "presented", "develop", "develops", "developed", "design", "designs", "designed", "termed",
                 "dubbed", "named", "called", "coined", "call", "annotate"}
# Words after a collection word that make it the name of a task: "dataset distillation", "benchmark design".
COLLECTION_COMPOUNDS = {"distillation", "condensation", "pruning", "curation", "construction", "creation", "selection",
                        "generation", "synthesis", "design", "collection", "shift", "shifts", "bias", "biases"}
COLLECTION_WORDS = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "leaderboard", "suite", "trace",
                    "traces"}


def is_name_word(tok):
    """A word that can be part of a dataset's name: capitalised or with digits, not a common word."""
    text = tok.text
    return (text[:1].isupper() or any(c.isdigit() for c in text)) and any(c.isalpha() for c in text) \
        and not tok.is_stop and not tok.is_punct and text not in NOT_DATASET_WORDS


ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
NOT_DATASET_WORDS = {"The", "Our", "This", "These", "We", "Existing", "Standard", "Public", "New", "Large", "Several",
                     "Multiple", "Real", "Synthetic", "Benchmark", "Extensive", "Experiments", "Results", "On", "In",
                     "Unseen", "Seen", "2D", "3D", "4D"}
# A size or variant written onto a model's name: "-S", "-XL", "-7B", "-Base", "-M".
SIZE_SUFFIX = re.compile(r"(?:XXL|XL|XS|S|B|L|H|G|T|M|Ti|Tiny|Small|Base|Large|Huge|\d+(?:\.\d+)?[KMBT])$")
# A paper's own name before its title's colon that the shape test misses: "R-Sparse", "Video-LLaMA".
TITLE_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$")
BENCHMARK_NAME = re.compile(r"(?:Bench|Benchmark|Arena|Eval)$")
# Words after a name that say it is a system, not data: "the TransferQA baseline", "the FinQA model".
SYSTEM_WORDS = {"baseline", "baselines", "model", "models", "method", "methods", "system", "systems", "agent", "agents"}
# A name that is a benchmark's by its shape: "ZedBench", "Foo-Bench", "FinTabQA", "DocArena-2".
BENCHMARK_SHAPE = re.compile(r"[A-Za-z0-9]{2,}-?(?:Bench|Benchmark|Arena|QA)(?:-?\d+(?:\.\d+)?)?$")
CLAIM_VERBS = {"achieves", "outperforms", "surpasses", "improves", "reaches", "attains", "delivers", "yields",
               "reduces", "enables", "matches", "sets", "establishes", "beats", "exceeds", "obtains"}
NAMING_WORDS = {"named", "called", "termed", "dubbed", "coined", "call"}
# The words a claim's subject may follow inside a sentence: "Averaged over 27 datasets, Verdigraph obtains ...".
CLAIM_OPENERS = {"and", "but", "while", "whereas", "then", "thus", "hence", "here", "overall", "consequently"}
VERSION = re.compile(r"^v?\d+(?:\.\d+)+$|^v\d+$")
APPOSITIVE_WORDS = {"novel", "new", "simple", "unified", "lightweight", "efficient", "general", "generalist",
                    "framework", "method", "model", "approach", "architecture", "technique", "benchmark", "dataset",
                    "family", "suite", "system", "algorithm", "pipeline", "paradigm", "toolkit", "library"}
DATASET_WORDS = {"dataset", "benchmark", "corpus", "suite", "leaderboard", "challenge", "benchmarking", "datasets",
                 "benchmarks"}
# What a collection of data is counted in: "PatentMatch-X, 5,200 examiner-verified query-document pairs".
DATA_ITEMS = {"pairs", "examples", "questions", "images", "videos", "clips", "utterances", "dialogues", "dialogs",
              "documents", "instances", "problems", "samples", "sentences", "hours", "annotations", "queries",
              "recordings", "prompts", "tasks", "items", "articles", "conversations", "passages", "scenes",
              "episodes", "trajectories", "demonstrations", "papers", "programs", "captions", "transcripts",
              "triples", "puzzles", "repositories", "games", "photos", "tables", "charts", "molecules", "proteins"}
# Words between a name's comma and the count of what it holds: "X, a set of 1,200 documents".
COUNT_FILLERS = {"a", "an", "the", "new", "set", "collection", "of", "comprising", "containing", "with", "over",
                 "more", "than", "about", "nearly", "roughly", "some", "which", "contains", "comprises", "consisting"}
COUNT = re.compile(r"^\d[\d,.]*[kKM]?$")


# Words that make a name a part of the dataset named after "of": "the PB_T50_RS variant of ScanObjectNN".
PART_WORDS = frozenset({"variant", "subset", "split", "version", "part", "portion", "partition", "track", "setting"})
SNAKE_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


# The words the coined-name detector looks at (see ``WordScreen``).
def is_snake_identifier(text):
    """A name written with underscores, as benchmarks name their tasks and scenarios ("protoss_10_vs_11",
    "matbench_mp_gap", "LongMemEval_S"); not a measure's subscript ("CHAIR_S", "AP_r") or a variable ("x_t")."""
    if SNAKE_IDENTIFIER.fullmatch(text) is None:
        return False
    head, last = text.rsplit("_", 1)
    return len(last) > 2 or "_" in head or len(head) > 3 and not head.isupper()  # ("LongMemEval_S")


def may_be_coined(text):
    return text not in NOT_COINED and coined_shape(text) and QUALIFIED_ACRONYM.match(text) is None


# An acronym under an English prefix is the thing qualified, no name: "near-OOD", "far-OOD", "non-IID",
# "single-GPU" (but "score-MRI", "multi-ACCDOA" are methods).
QUALIFIED_ACRONYM = re.compile(r"^(?:near|far|non|single|semi|pre|post|anti|pseudo|quasi|sub|super)-[A-Z]")


def is_claim(text):
    """ "achieves", "outperforms": the subject before it may be the paper's own name."""
    return text in CLAIM_VERBS


def is_trigger(text):
    """ "propose", "introduce", "dubbed": a name may follow."""
    return text.lower() in TRIGGER_WORDS


def is_collection(text):
    """ "dataset", "benchmarks": a name may come before."""
    return text.lower() in COLLECTION_WORDS


# Capitalised words before a capitalised method name that describe it rather than name it, or open a title.
NOT_NAME_MODIFIERS = set(
    """efficient lightweight light-weight fast faster scalable robust simple novel new improved better large larger
    small smaller tiny deep deeper shallow pretrained pre-trained modern recent existing current standard conventional
    traditional vanilla popular prior previous typical classic classical generic general unified universal accurate
    practical powerful strong stronger effective compact towards toward rethinking revisiting beyond via using with
    when how why what which do does can are is on in for from of and or the a an our we this these those""".split()
)
SENTENCE_OPENERS = {".", "!", "?", ";", "\n\n"}


@functools.lru_cache(maxsize=65536)
def titled_modifier(word):
    """A capitalised word that may be part of a method's name before a capitalised name
    ("Wavelet", "Rank-Aware", "Non-scaling"): not a gerund opening a title ("Improving"),
    not a descriptive or common word."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
        return False
    lower = word.lower()
    if lower in NOT_NAME_MODIFIERS or lower in STOP_WORDS:
        return False
    return "-" in word or not lower.endswith("ing")


@Language.factory("paperlens_coined_names", default_config={"window": 8})
def make_coined_names(nlp, name, window):
    return named(CoinedNameDetector(nlp, window), name)


class CoinedNameDetector(UsesKnowledgeBase, BatchComponent):
    """Names a paper coins for its own method or dataset, which no knowledge base can know.

    Evidence: "we propose X", "termed/dubbed/named X", "X, a novel ...", a title
    that starts with "X:". Once a name is found, every use of it in the text is marked.
    Tokens are screened by the shared lexeme flag (``WordScreen``: shaped like
    ``XxxXxxx``, or a trigger or collection word), so only a handful are looked at one by one.
    """

    def __init__(self, nlp, window):
        self.nlp = nlp  # for the knowledge base (``UsesKnowledgeBase``)
        vocab = self.vocab = nlp.vocab
        self.window = window
        self.screen = word_screen(vocab)
        self._coined, self._trigger, self._collection, self._claim, self._snake, self._sized_model = \
            self.screen.register(may_be_coined, is_trigger, is_collection, is_claim, is_snake_identifier,
                                 self._unknown_sized_model)
        # Words are read by position off the word screen's ORTH list and these tables (orth ->
        # the answer for the word), not as spaCy Tokens: a Token and its text cost more than a look-up.
        self._name_words = WordTable(vocab, is_name_word)
        self._punct = WordTable(vocab, lambda lex: lex.is_punct)
        self._capitalised = WordTable(vocab, lambda lex: lex.orth_[:1].isupper())
        self._titled_modifiers = WordTable(vocab, lambda lex: titled_modifier(lex.orth_))

    def _unknown_sized_model(self, text):
        kb = self._kb()
        return kb is not None and kb.unknown_sized_model(text)

    def _identifiers_evaluated_on(self, doc, positions):
        """ "the largest gain is on protoss_10_vs_11", "On matbench_perovskites, the MAE falls ...", "on the
        DIV2K_LSDIR validation set": an identifier written with underscores that a result is reported on names the
        task, scenario or split of a benchmark, a dataset; each of its uses is marked."""
        busy = taken(doc)
        orths, lowers = self.screen.orths(doc), self.screen.lowers
        spans, marked = [], set()  # (the orths whose every use is marked already)
        for k in positions:
            if busy[k] or k == 0 or orths[k] in marked:
                continue
            before = lowers[orths[k - 1]]
            if before == "the" and k > 1:
                before = lowers[orths[k - 2]]
            if k + 1 < len(orths) and lowers[orths[k + 1]] in PART_WORDS and (
                    k + 2 >= len(orths) or lowers[orths[k + 2]] in {"of", "split", "splits", "set"}
                    or lowers[orths[k + 1]] in {"split", "subset"}):
                # "on the PB_T50_RS variant of ScanObjectNN", "42.7% on novel_premises split": a part of a dataset
                continue
            if before in {"on", "across"}:
                word = self.screen.texts[orths[k]]
                spans += [(i, i + 1, "DATASET", word) for i in self.screen.uses(doc, orths[k]) if not busy[i]]
                marked.add(orths[k])
        if spans:
            merge_ents(doc, spans)

    def _named_collections(self, doc, positions, max_words=3):
        """ "the MSP-Podcast corpus", "on the DocVQA and ChartQA benchmarks": capitalised
        names right before a collection word are datasets."""
        busy = taken(doc)
        orths, name_words, lowers = self.screen.orths(doc), self._name_words, self.screen.lowers
        doc_text = text_of(doc)
        spans = []
        for k in positions:
            named = self._named_after_collection(orths, busy, k)
            if named is not None:
                spans.append(named)
                continue
            end = k
            while end > 0 and orths[end - 1] in COORDINATION_ORTHS and spans and spans[-1][0] == end:
                end -= 1  # "A and B benchmarks": B found, step over "and" to A
            start = end
            while start > 0 and end - start < max_words and not busy[start - 1] and name_words[orths[start - 1]]:
                start -= 1
            if start == end:
                start, end = self._described_name(orths, busy, end)
            if start == end:
                start, end = self._beside_known_dataset(doc, orths, busy, end)
            if start < end and start > 0 and lowers[orths[start - 1]] in {"a", "an"}:
                continue  # "A Compact Benchmark for ...", "a Billion-Edge Benchmark": what it is like, not its name
            if start < end and k + 1 < len(orths) and lowers[orths[k + 1]] in COLLECTION_COMPOUNDS:
                continue  # "Trajectory-Free Dataset Distillation": the collection word names a task
            if start < end:
                text = self.screen.offsets(doc).text(doc_text, start, end)
                if end - start == 1 and defines_a_thing(doc_text, text):
                    continue  # "multivariate time series (TS) ... public TS datasets": data of a kind, not a name
                known = self._dataset_ending_at(doc, start) if start > 0 and busy[start - 1] else None
                if known is not None:  # "the Synapse multi-organ CT benchmark": one name, the known one's and more
                    start, text = known[0], f"{known[3]} {text}"
                spans.append((start, end, "DATASET", text))
                # the name before a coordination: "the DocVQA and ChartQA benchmarks"
                j = start - 1
                if j > 0 and orths[j] in COORDINATION_ORTHS and name_words[orths[j - 1]] and not busy[j - 1]:
                    spans.append((j - 1, j, "DATASET", self.screen.texts[orths[j - 1]]))
        if spans:
            merge_ents(doc, spans)

    def _described_name(self, orths, busy, k, max_words=3):
        """ "the PAM human activity dataset": a name in capitals (PAM) after "the", with up to
        ``max_words`` lowercase words between it and the collection word at ``k``. Returns the
        name's (start, end), or (k, k) where there is none."""
        lowers = self.screen.lowers
        j = k
        while j > 0 and k - j < max_words and not busy[j - 1] and lowers[orths[j - 1]] == self.screen.texts[orths[j - 1]] \
                and lowers[orths[j - 1]].replace("-", "").isalpha() and lowers[orths[j - 1]] not in STOP_WORDS:
            j -= 1
        if j == k or j < 2 or busy[j - 1] or lowers[orths[j - 2]] != "the":
            return k, k
        name = self.screen.texts[orths[j - 1]]
        return (j - 1, j) if may_be_coined(name) and name.isupper() else (k, k)

    def _named_after_collection(self, orths, busy, k):
        """ "on the financial sentiment benchmark FPB, ...": a name in capitals right after a singular
        collection word, closing the phrase, is that dataset's. Returns the span, or None."""
        texts, lowers = self.screen.texts, self.screen.lowers
        n = len(orths)
        if k + 1 >= n or busy[k + 1] or lowers[orths[k]] not in {"benchmark", "dataset", "corpus", "suite"}:
            return None
        name = texts[orths[k + 1]]
        if not (len(name) > 1 and name[0].isupper() and sum(c.isupper() for c in name) > 1 and name.isalnum()) \
                or name in NOT_DATASET_WORDS or ROMAN_NUMERAL.match(name):
            return None  # (not "the Chronos zero-shot benchmark II": the collection's part)
        if k + 2 < n and texts[orths[k + 2]] not in {",", ".", ";", ":", ")"} and lowers[orths[k + 2]] not in {"and", "or"}:
            return None  # "the benchmark MMLU-Pro ...", "the dataset DIV2K images": not a name standing alone
        return k + 1, k + 2, "DATASET", name

    def _beside_known_dataset(self, doc, orths, busy, k, max_words=3):
        """ "the public YelpChi and Amazon fraud datasets", "the arXiv and PubMed summarization datasets": a
        name joined to a known dataset before a collection word (past lowercase words and a task's name that
        say what kind) is a dataset too. Returns the name's (start, end), or (k, k) where there is none."""
        lowers, texts = self.screen.lowers, self.screen.texts
        by_end = {c[1]: c for c in candidates(doc)}  # (start, end, label, canonical)
        j = k
        while j > 0 and k - j < max_words:
            e = by_end.get(j)
            if e is not None and e[2] == "TASK":
                j = e[0]
            elif not busy[j - 1] and lowers[orths[j - 1]] == texts[orths[j - 1]] \
                    and lowers[orths[j - 1]].isalpha() and lowers[orths[j - 1]] not in STOP_WORDS:
                j -= 1
            else:
                break
        known = by_end.get(j)
        if known is not None and known[2] == "DATASET":  # "arXiv and [PubMed] summarization datasets"
            name = known[0] - 2
            if name < 0 or orths[name + 1] not in COORDINATION_ORTHS:
                return k, k
        elif j > 2 and orths[j - 2] in COORDINATION_ORTHS and by_end.get(j - 2, (0, 0, None))[2] == "DATASET":
            name = j - 1  # "[YelpChi] and Amazon fraud datasets"
        else:
            return k, k
        if busy[name]:
            return k, k
        text = texts[orths[name]]
        if not (text.isalpha() and text.lower() not in STOP_WORDS and text != text.lower()) or text in NOT_DATASET_WORDS:
            return k, k
        return name, name + 1

    def _dataset_variant(self, name):
        """Whether a hyphenated name is a known dataset's with a part written onto it: "Criteo-1TB"."""
        head = name.split("-", 1)[0]
        if head == name or len(head) < 3:
            return False
        kb = self._kb()
        entry = kb.lookup(head) if kb is not None else None
        return entry is not None and entry.label == "DATASET"

    @staticmethod
    def _listed_with_datasets(doc, orths):
        """The positions of the words joined by "and", "or" or a comma to a dataset found already, on either
        side: "on Yelp, PubMed and OpenReview" (OpenReview)."""
        found = candidates(doc)
        ends = {c[1] for c in found if c[2] == "DATASET"}
        starts = {c[0] for c in found if c[2] == "DATASET"}
        n = len(orths)
        left = {i for i in range(1, n) if orths[i - 1] in COORDINATION_ORTHS and i - 1 in ends}
        right = {i for i in range(n - 2) if orths[i + 1] in COORDINATION_ORTHS and i + 2 in starts}
        # (a comma alone is no list: "the English subset of Emilia, ProsoFlow is compared with")
        return {i for i in left | right if i in left and i in right
                or i in left and orths[i - 1] != COMMA_ORTH or i in right and orths[i + 1] != COMMA_ORTH}

    @staticmethod
    def _dataset_ending_at(doc, end):
        """The dataset candidate that ends at token ``end``, if any."""
        for cand in candidates(doc):
            if cand[1] == end:
                return cand if cand[2] == "DATASET" else None
        return None

    def __call__(self, doc):
        self._coin(doc)
        self._extend_titled_names(doc)
        self._sized_models(doc)
        return doc

    def _sized_models(self, doc):
        """A model the knowledge base does not know, named by its parameter count ("MM-Eureka-7B",
        "Qwen2.5-Math-72B-Instruct"; ``KnowledgeBaseMatcher.unknown_sized_model``), where nothing
        else was found: a paper's own "TxGraph-1B, a temporal graph of 1.1 billion ..." stays a dataset."""
        sized = self._sized_model
        hits = [i for i, kind, _ in self.screen.hits(doc) if kind & sized]
        if hits:
            busy = taken(doc)
            texts, orths = self.screen.texts, self.screen.orths(doc)
            merge_ents(doc, [(i, i + 1, "METHOD", texts[orths[i]]) for i in hits if not busy[i]])

    def _compared(self, doc, i, cands, busy):
        """ "outperforms EDAtt and AlignAtt", "0.93 for AudioSR and 1.05 for NVSR", "3.5x faster than
        EmerNeRF", "such as UniAD and VAD": a name a result is set against is a method's (or, by the
        words after it, a dataset's), though the paper names it only once."""
        orths, lowers = self.screen.orths(doc), self.screen.lowers
        k = i - 1
        while k > 0 and (orths[k] in COORDINATION_ORTHS or lowers[orths[k]] == "the") and (
                k - 1 in cands or busy[k - 1] or lowers[orths[k]] == "the"):
            k -= 2 if lowers[orths[k]] != "the" else 1  # "EDAtt and AlignAtt": past the name before "and"
        if k < 0:
            return False
        word = lowers[orths[k]]
        if word in COMPARED_AFTER:
            return True
        if word == "as" and k > 1 and lowers[orths[k - 1]] == "such":
            return lowers[orths[k - 2]] not in COLLECTION_WORDS  # "benchmarks such as X": the collection says
        if word != "for" or k == 0:
            return False
        before = self.screen.texts[orths[k - 1]]
        if before in {"%", "×", "x", "dB", "ms"} and k > 1:
            before = self.screen.texts[orths[k - 2]]  # "65.2% for InternLM2.5-StepProver": past the figure's unit
        return FIGURE.match(before) is not None

    def _sized_uses(self, doc, name, busy):
        """The positions of the name's sizes or variants in the abstract ("Junco-S (21M), Junco-L (503M)"): a
        paper that lists its sizes names a model, where a word opening a title ("Scaling: ...") has none."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        prefix = name + "-"
        return [i for i in range(2, len(doc)) if not busy[i] and texts[orths[i]].startswith(prefix)
                and SIZE_SUFFIX.match(texts[orths[i]], len(prefix))]

    def _extend_titled_names(self, doc, max_words=3):
        """A capitalised method name keeps the capitalised words written before it as part of
        the name: "Wavelet Latent Diffusion", "Rank-Aware Activation Sparsity", "a Query State
        Space Model". Only before a name that is capitalised itself, so "hierarchical local
        attention" in prose is left alone; descriptive words ("Efficient", "Lightweight") and
        words that open a title ("Improving", "Towards") are not part of a name."""
        found = candidates(doc)
        if not found:
            return
        texts, orths = self.screen.texts, self.screen.orths(doc)
        capitalised, modifiers = self._capitalised, self._titled_modifiers
        busy = offsets = text = lowered = None
        new = []
        for start, end, label, _ in found:
            if label != "METHOD" or start == 0 or not capitalised[orths[start]]:
                continue
            k = start
            while k > 0 and start - k < max_words and modifiers[orths[k - 1]]:
                if busy is None:
                    busy = taken(doc)
                if busy[k - 1]:
                    break
                k -= 1
            if k == start:
                continue
            if offsets is None:
                offsets, text = self.screen.offsets(doc), text_of(doc)
            if k > 0 and texts[orths[k - 1]] in SENTENCE_OPENERS and offsets.starts[k - 1] > 0:
                continue  # "... . Modern Transformers": the first word of a sentence, not of a name
            name = offsets.text(text, k, end)
            if lowered is None:
                lowered = text.lower()
            # a title that opens on one plain word before the name: "Tactile Diffusion Policy for ..."
            title_head = k == 0 and start == 1 and "-" not in texts[orths[0]]
            if lowered.count(name.lower()) < 2 and not (end + 2 < len(doc) and orths[end] == OPEN_PAREN_ORTH) \
                    and not title_head:
                continue  # used once and not defined: "Low-Bit Diffusion Models" says which, it does not name
            # the canonical of the same name found whole elsewhere ("... Adaptation (DSCLoRA)")
            canonical = next((c[3] for c in found if c[2] == "METHOD" and c[1] - c[0] == end - k
                              and offsets.text(text, c[0], c[1]).lower() == name.lower()), name)
            new.append((k, end, "METHOD", canonical))
        if new:
            merge_ents(doc, new)

    def _coin(self, doc):
        # Lexeme flags are computed once per word in the vocabulary, so picking
        # the candidates is a C-level array read, not a Python loop over tokens.
        collections, triggers, cand_list, text_at, claims, snakes = [], [], [], {}, [], []
        coined, trigger, collection, claim, snake = self._coined, self._trigger, self._collection, self._claim, self._snake
        for i, kind, word in self.screen.hits(doc):
            if kind & coined:
                cand_list.append(i)
                text_at[i] = word
            if kind & trigger:
                triggers.append(i)
            if kind & collection:
                collections.append(i)
            if kind & claim:
                claims.append(i)
            if kind & snake:
                snakes.append(i)
        if snakes:
            self._identifiers_evaluated_on(doc, snakes)
        if collections:
            self._named_collections(doc, collections)
        if not cand_list and not triggers and not (len(doc) > 2 and self.screen.orths(doc)[1] == COLON_ORTH):
            if claims:
                self._claiming_names(doc, claims)
            return doc
        cands = set(cand_list)
        busy = taken(doc)
        n = len(doc)
        found = {}
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        first = texts[orths[0]]
        if n > 2 and orths[1] == COLON_ORTH and not busy[0] and TITLE_PREFIX.match(first):
            # "R-Sparse: Rank-Aware Activation Sparsity": a hyphenated name before the title's colon
            found[first] = self._label_after(doc, 0)
        elif n > 2 and orths[1] == COLON_ORTH and not busy[0] and first.isalpha() and (
                titled_modifier(first) or first[1:].islower() and first.lower() not in NOT_NAME_MODIFIERS
                and first.lower() not in STOP_WORDS):
            # "Cadenza: Fast Text-to-Music Generation": one plain word before the title's colon is
            # the paper's name when the abstract uses it again inside a sentence (which a gerund opening a
            # title, "Scaling: ...", would not be, written with its capital: so "Glasswing: ..." is a name too)
            uses = self.screen.uses(doc, orths[0])
            if any(i > 2 and texts[orths[i - 1]] not in SENTENCE_OPENERS and not busy[i] for i in uses) \
                    or self._sized_uses(doc, first, busy) or self._acting_subject(doc, first, uses, busy):
                found[first] = self._label_after(doc, 0)
        for t in triggers:
            if lowers[orths[t]] in NAMING_WORDS:
                phrase = self._title_case_run(doc, t + 1, busy)
                if phrase is not None:
                    found.setdefault(self.screen.offsets(doc).text(text_of(doc), *phrase),
                                     self._label_after(doc, phrase[1] - 1))
                    continue
            j = t + 1
            if j + 1 < n and j not in cands and not busy[j] \
                    and (self._plain_name(texts[orths[j]]) or ACRONYM_WORD.match(texts[orths[j]])) \
                    and orths[j + 1] in APPOSITION_ORTHS \
                    and len(self.screen.uses(doc, orths[j])) > 1:
                # "We propose Xorvane, a cross network ...", "We propose DR-Shift, a doubly robust ...": a plain
                # capitalised word, or an acronym and a word, that the shape test passes over, named right after the
                # verb and set off as a name, and used again
                found.setdefault(texts[orths[j]], self._label_after(doc, j))
            for j in range(t + 1, min(t + 1 + self.window, n)):
                if busy[j] or orths[j] in CLAUSE_END_ORTHS:
                    break
                if j in cands:
                    name, label = self._with_version(doc, j), self._label_after(doc, j)
                    if name not in found or label == "DATASET":
                        found[name] = label  # "HalluLens-QA: ..." in the title, then "We introduce HalluLens-QA, a benchmark"
                    break
        for i in cand_list:
            name = text_at[i]
            if name in found or busy[i]:
                continue
            if i + 3 < n and orths[i + 1] == COMMA_ORTH and lowers[orths[i + 2]] in {"a", "an"}:
                if any(lowers[orth] in APPOSITIVE_WORDS for orth in orths[i + 3 : i + 7]):
                    found[self._with_version(doc, i)] = self._label_after(doc, i)
            elif i == 0 and n > 1 and (orths[1] == COLON_ORTH or VERSION.match(texts[orths[1]]) and n > 2
                                       and orths[2] == COLON_ORTH):
                found[self._with_version(doc, i)] = self._label_after(doc, i)
            elif BENCHMARK_SHAPE.search(name):
                # "ZedBench", "FinTabQA": shaped as a benchmark's name wherever it stands, unless the word after
                # says it is a system ("the full-data TransferQA baseline")
                found[name] = "METHOD" if i + 1 < n and lowers[orths[i + 1]] in SYSTEM_WORDS else "DATASET"
            elif i + 1 < n and lowers[orths[i + 1]] in CLAIM_VERBS:
                found[self._with_version(doc, i)] = self._label_after(doc, i)  # "PromptSeg outperforms ..."
            elif self._compared(doc, i, cands, busy):
                # "outperforms EDAtt and AlignAtt": a method, unless a dataset word follows the name at once
                # ("than the ReCoRD benchmark"), not further on ("outperforms EDAtt on the MuST-C benchmark")
                found[self._with_version(doc, i)] = self._label_after(doc, i, window=2)
        # A CamelCase name used again and again (AfroFuse, PromptSeg) is the paper's own.
        counts = {}  # a plain dict: Counter costs more than the counting for a few words
        for i in cands:
            if not busy[i]:
                counts[text_at[i]] = counts.get(text_at[i], 0) + 1
        listed = None
        for name, count in counts.items():
            if count >= 2 and name not in found and any(c.islower() for c in name) and not name[0].islower():
                if listed is None:
                    listed = self._listed_with_datasets(doc, orths)
                # ("on Yelp, PubMed and OpenReview": a name listed with known datasets is one; so is a known
                # dataset's variant, "Criteo-1TB", "KuaiRand-Pure")
                found[name] = "DATASET" if any(text_at.get(i) == name for i in listed) \
                    or self._dataset_variant(name) else "METHOD"
        if found:
            # a size written onto the paper's own name is that name too: "EMOv2-1M/2M/5M", "TSPulse-1M"
            for name in {text_at[i] for i in cand_list} - found.keys():
                sized = SIZED_VARIANT.match(name)
                if sized and sized.group(1) in found:
                    found[name] = found[sized.group(1)]
            text = text_of(doc)
            cand_texts = set(text_at.values())
            offsets = None
            spans = []
            for name in [name for name in found if " " not in name]:
                # "Cadenzor-L", "Jadeloom-Large": a size written onto the paper's own name that the shape test
                # does not flag (one capital, then a size word)
                for m in SIZED_USE.finditer(text, 0) if name + "-" in text else ():
                    if m.group(1) == name and SIZED_VARIANT.match(m.group(0)) and m.group(0) not in found:
                        if offsets is None:
                            offsets = self.screen.offsets(doc)
                        span = offsets.char_span(m.start(), m.end())
                        if span is not None and not any(busy[span[0] : span[1]]):
                            spans.append((span[0], span[1], found[name], m.group(0)))
            for name, label in found.items():
                if " " not in name:  # one token: find its uses by ORTH
                    if name in cand_texts:
                        # a flagged word: the flag is per lexeme, so every use is a candidate
                        uses = [i for i in cand_list if text_at[i] == name]
                    else:  # the ORTH column the word screen read for this doc
                        uses = self.screen.uses(doc, hash_string(name))
                    for i in uses:
                        if not busy[i]:
                            spans.append((i, i + 1, label, name))
                    continue
                for at in text_uses(text, name):
                    if offsets is None:
                        offsets = self.screen.offsets(doc)
                    span = offsets.char_span(at, at + len(name))
                    if span is not None and not any(busy[span[0] : span[1]]):
                        spans.append((span[0], span[1], label, name))
            merge_ents(doc, spans)
        if claims:
            self._claiming_names(doc, claims)
        return doc

    def _claiming_names(self, doc, claims):
        """ "Averaged over 27 inductive datasets, Verdigraph obtains an MRR of 0.401": a plain capitalised word
        that the shape test passes over ("Verdigraph", "Pallaswick") is a method's name when it is the subject
        of a claim after a comma or a conjunction (not a sentence's first word, where "Pruning reduces" stands),
        and the text uses it again. Every use is marked; names found otherwise are left as found."""
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        busy = taken(doc)
        spans = []
        for v in claims:
            i = v - 1
            if i < 0 or busy[i]:
                continue
            opens = i == 0 or texts[orths[i - 1]] in SENTENCE_OPENERS
            if not opens and not (orths[i - 1] == COMMA_ORTH or lowers[orths[i - 1]] in CLAIM_OPENERS):
                continue  # (not "pretrained on Waymo improves": the object of a preposition)
            word = texts[orths[i]]
            if not self._plain_name(word):
                continue
            uses = self.screen.uses(doc, orths[i])
            if len(uses) < 2 or any(span[3] == word for span in spans):
                continue
            if opens and not self._only_a_name(doc, word, uses, busy):
                continue  # "Pruning reduces ...": a sentence's first word is a name only if it reads as one
            spans += [(k, k + 1, "METHOD", word) for k in uses if not busy[k]]
        if spans:
            merge_ents(doc, spans)

    def _only_a_name(self, doc, word, uses, busy):
        """ "Quernstone reaches 0.391 MRR ... Quernstone lifts Hits@1 ...": a plain word opening a claim of
        the abstract is the paper's name when two sentences open with it as the subject of a verb, it is no
        -ing or -ed word ("Pruning reduces", "Scaling improves"), no word of English as the knowledge base's
        descriptions write it ("Performance improves ... Performance reaches ..."), and the text never writes it
        in lower case."""
        kb = self._kb()
        return not word.endswith(("ing", "ed")) and not self.screen.uses(doc, hash_string(word.lower())) \
            and (kb is None or word.lower() not in kb.description_words) and self._acting_subject(doc, word, uses, busy)

    def _acting_subject(self, doc, first, uses, busy):
        """ "Xandoril: Rank-Heterogeneous LoRA Aggregation ..." then "Xandoril aggregates ... Xandoril improves over
        HetLoRA": a plain word before the title's colon that opens two sentences of the abstract as the subject of
        a verb ("aggregates", "fine-tunes") or with its possessive is the paper's name; a word that opens a
        title and a sentence as a word ("Scaling: ...", "Scaling matters") is a gerund, which this leaves out."""
        if not self._plain_name(first) or first.endswith(("ing", "ed")):
            return False
        orths, texts = self.screen.orths(doc), self.screen.texts
        acting = 0
        for i in uses:
            if i > 2 and i + 1 < len(doc) and not busy[i] and texts[orths[i - 1]] in SENTENCE_OPENERS:
                after = texts[orths[i + 1]]
                if i + 3 < len(doc) and orths[i + 2] == HYPHEN_ORTH and after.isalpha() and after.islower():
                    after = texts[orths[i + 3]]  # "Vespelin fine-tunes ...", split at its hyphen
                if after == "'s" or after.isalpha() and after.islower() and after.endswith("s") and len(after) > 3:
                    acting += 1
        return acting >= 2

    @staticmethod
    def _plain_name(word):
        """Whether a word could be a paper's plain capitalised name ("Verdigraph", "Xorvane"): four letters or
        more, capitalised, not a word that opens sentences or names no method."""
        return len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower() \
            and word not in NOT_COINED and word.lower() not in STOP_WORDS

    def _with_version(self, doc, i):
        """A name and the version written after it ("Lumina-mGPT 2.0")."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        if i + 1 < len(doc) and VERSION.match(texts[orths[i + 1]]):
            offsets = self.screen.offsets(doc)
            if offsets.space_after(i):
                return offsets.text(text_of(doc), i, i + 2)
        return texts[orths[i]]

    def _title_case_run(self, doc, i, busy, max_words=5):
        """ "named Time-Shift Sampler": (start, end) of the capitalised words after a naming verb."""
        orths, texts = self.screen.orths(doc), self.screen.texts
        end = i
        while end < len(doc) and end - i < max_words and not busy[end] and texts[orths[end]][:1].isupper() \
                and texts[orths[end]].isalpha() | ("-" in texts[orths[end]]):
            end += 1
        if end - i >= 2 or (end - i == 1 and coined_shape(texts[orths[i]])):
            return i, end
        return None

    def _counted_after(self, doc, i):
        """ "PatentMatch-X, 5,200 examiner-verified query-document pairs", "DocSpan, a set of 1,200
        documents": a name set beside a count of data items names a collection of data."""
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        if i + 3 >= len(doc) or orths[i + 1] != COMMA_ORTH:
            return False
        k = i + 2
        while k < min(len(doc), i + 7) and lowers[orths[k]] in COUNT_FILLERS:
            k += 1
        if k >= len(doc) or not COUNT.match(texts[orths[k]]):
            return False
        for orth in orths[k + 1 : k + 9]:  # "5,200 examiner-verified query-document pairs": hyphens are tokens
            if lowers[orth] in DATA_ITEMS:
                return True
            if self._punct[orth] and orth != HYPHEN_ORTH:
                return False
        return False

    def _label_after(self, doc, i, window=None):
        """DATASET when the name says so ("scGPT-Bench", "LiveArena") or a dataset word follows it
        (within ``window`` words, the component's own by default)."""
        if BENCHMARK_NAME.search(self.screen.texts[self.screen.orths(doc)[i]]) or self._counted_after(doc, i):
            return "DATASET"
        lowers = self.screen.lowers
        following = self.screen.orths(doc)[i + 1 : min(i + 1 + (window or self.window), len(doc))]
        return "DATASET" if any(lowers[orth] in DATASET_WORDS for orth in following) else "METHOD"


def defines_a_thing(text, short):
    """Whether the text defines ``short`` as the short form of a thing written in lowercase: "multivariate
    time series (TS)", "electronic health records (EHRs)" (the abbreviation step gives such forms no label)."""
    at = text.find(f" ({short})")
    return at > 0 and text[at - 1].islower()
