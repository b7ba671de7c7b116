"""``paperlens_task_phrases``: tasks the knowledge base cannot list, named the way the field names
tasks, by what is done to what: "crystal stability prediction", "promoter detection",
"unconditional backbone generation", "Drug–Target Interaction Prediction".

The knowledge base holds the common tasks; a paper's own task is often a new combination of a
thing and a task noun. Without a tagger, the phrase is read off the words before the task noun:
one to three content words, all in lowercase (or all capitalised, as in a title), that are no
stop word, no verb form and no evaluative or generic adjective ("efficient retrieval", "iterative
denoising" name how, not what). A phrase is taken only where the sentence uses it as a task: done
"for" it, evaluated "on" or "in" it, or called a task, problem or benchmark; elsewhere such phrases
("excellent generation quality", "removing page-state retrieval") were wrong more often than right.
Only free tokens are read, so a name another component found keeps its label.
"""
import re

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS

from .base import BatchComponent, named
from .candidates import merge_ents, taken
from .word_screen import HYPHEN_ORTH, word_screen

# The nouns a task's name ends in: what a system does to its input. ("search", "design",
# "planning", "reasoning", "alignment" and the like name methods and settings as often as tasks.)
TASK_NOUNS = {
    "prediction", "generation", "detection", "classification", "segmentation", "forecasting", "estimation",
    "recognition", "retrieval", "translation", "summarization", "summarisation", "answering", "captioning",
    "tracking", "localization", "localisation", "restoration", "enhancement", "imputation", "denoising",
    "deblurring", "inpainting", "dehazing", "deraining", "separation", "diarization", "diarisation",
    "transcription", "completion", "parsing", "tagging", "verification", "identification", "extraction",
}
# Words before a task noun that say how well, how or how much, not what: "accurate detection",
# "iterative denoising", "single retrieval".
NOT_MODIFIERS = {
    "efficient", "accurate", "robust", "fast", "faster", "better", "best", "improved", "existing", "previous",
    "prior", "standard", "downstream", "various", "multiple", "different", "new", "novel", "effective",
    "reliable", "high", "low", "large", "small", "simple", "strong", "stronger", "general", "generic", "final",
    "initial", "joint", "overall", "precise", "real-time", "end-to-end", "state-of-the-art", "sota", "such",
    "other", "many", "several", "good", "poor", "scalable", "superior", "competitive", "challenging", "difficult",
    "hard", "easy", "key", "important", "critical", "current", "recent", "future", "first", "second", "next",
    "single", "extra", "additional", "iterative", "multi-step", "one-step", "few-step", "step", "direct",
    "explicit", "implicit", "naive", "vanilla", "conventional", "traditional", "classical", "typical", "further",
    "parallel", "sequential", "online", "offline", "fixed", "adaptive", "dynamic", "static", "full", "partial",
    "complete", "exact", "approximate", "fine", "coarse", "fine-grained", "coarse-grained", "plus", "per",
    "synthetic", "own", "whole", "entire", "proposed", "baseline", "based", "aware", "guided", "driven",
    "learned", "learnable", "trainable", "neural", "deep", "contrastive", "supervised", "unsupervised",
    "self-supervised", "weakly", "semi-supervised", "non-causal", "causal", "marginal", "extensive", "remove",
    "interleave",
    # comparatives: "fewer retrieval calls", "harder denoising steps"
    "fewer", "higher", "lower", "more", "less", "harder", "easier", "larger", "smaller", "longer", "shorter",
    "slower", "cheaper", "weaker", "bigger", "deeper", "wider", "stricter", "tighter", "coarser", "finer",
}
# The words that show a phrase is used as a task's name: a task is done "for", evaluated "on", compared
# "in", or called a task, problem or benchmark.
TASK_BEFORE = {"for", "on", "in"}
TASK_AFTER = {"task", "tasks", "problem", "problems", "benchmark", "benchmarks", "challenge", "setting", "settings"}
# Verbs in their base form, which no ending tells from a noun: "we study crystal stability prediction".
VERBS = {"study", "use", "improve", "enable", "perform", "address", "tackle", "consider", "evaluate", "propose",
         "introduce", "achieve", "support", "boost", "handle", "solve", "combine", "unify", "require", "allow",
         "hurt", "affect", "apply", "extend", "adapt", "outperform", "surpass", "beat", "yield", "show",
         "demonstrate", "reach", "attain", "obtain", "accompany", "dominate", "enhance", "facilitate", "simplify",
         "accelerate"}
# Word endings that mark a verb or an adverb ("curbs shortcut reasoning", "removing retrieval",
# "strongly affects segmentation"); the -ing nouns of task names are let through.
ING_NOUNS = {"sensing", "modeling", "modelling", "computing", "engineering", "learning", "tracking", "mapping",
             "reasoning", "matching", "ranking", "speaking", "reading", "writing", "driving", "parsing", "tagging",
             "answering", "captioning", "forecasting", "recording", "imaging", "processing", "editing", "coding"}


@Language.factory("paperlens_task_phrases", default_config={"max_words": 3})
def make_task_phrases(nlp, name, max_words):
    return named(TaskPhrases(nlp.vocab, max_words), name)


class TaskPhrases(BatchComponent):
    """A task noun after one to three words that say what it is done to, as a TASK."""

    def __init__(self, vocab, max_words):
        self.max_words = max_words
        self.screen = word_screen(vocab)
        (self._noun,) = self.screen.register(lambda text: text.lower() in TASK_NOUNS)

    def __call__(self, doc):
        bit = self._noun
        heads = [i for i, kind, _ in self.screen.hits(doc) if kind & bit]
        if not heads:
            return doc
        flags = taken(doc)
        screen = self.screen
        orths, texts, lowers = screen.orths(doc), screen.texts, screen.lowers
        n = len(doc)
        found = []
        for i in heads:
            if flags[i] or i == 0:
                continue
            if i + 1 < n and (lowers[orths[i + 1]] == "of" or orths[i + 1] == HYPHEN_ORTH
                              and not screen.space_after(doc, i)):
                continue  # "the prediction of X", "detection-based": not the task's name
            start = self._start(doc, i, flags, orths, texts, lowers)
            if start is None:
                continue
            # only where the sentence uses it as a task: "for crystal stability prediction", "on promoter
            # detection", "the clinical prediction task" (not "excellent generation quality", "removing
            # page-state retrieval costs 5.2 points")
            if (start == 0 or lowers[orths[start - 1]] not in TASK_BEFORE) \
                    and (i + 1 == n or lowers[orths[i + 1]] not in TASK_AFTER):
                continue
            found.append((start, i + 1, "TASK", canonical_task([texts[o] for o in orths[start : i + 1]])))
        if found:
            merge_ents(doc, found)
        return doc

    def _start(self, doc, i, flags, orths, texts, lowers):
        """Where the task's name that ends at the task noun ``i`` starts, or None when no word before it
        names what the task is done to."""
        titled = texts[orths[i]][:1].isupper()
        start = i
        count = 0
        k = i - 1
        while k >= 0 and count < self.max_words and not flags[k]:
            if orths[k] == HYPHEN_ORTH or texts[orths[k]] == "–":
                # a compound joined by a hyphen with no spaces: "drug–target", "long-term"
                if k == 0 or flags[k - 1] or self.screen.space_after(doc, k - 1) or self.screen.space_after(doc, k) \
                        or start != k + 1:
                    break
                k -= 1
                continue
            word = texts[orths[k]]
            low = lowers[orths[k]]
            if not self._modifier(word, low, titled):
                break
            start = k
            count += 1
            k -= 1
        if start == i:
            return None
        if orths[start] == HYPHEN_ORTH:
            return None
        return start

    @staticmethod
    def _modifier(word, low, titled):
        """Whether a word can say what a task is done to: a content word in the task noun's case."""
        if not (word[:1].isalpha() and word.replace("-", "").replace("–", "").isalnum()):
            return False
        if low in STOP_WORDS or low in NOT_MODIFIERS or low in VERBS or len(word) < 2:
            return False
        if low.endswith(("ed", "ly")) or low.endswith("ing") and low not in ING_NOUNS:
            return False
        if low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")) and not word.isupper():
            return False  # a verb ("curbs", "affects") or a plural, which does not qualify a task noun
        if titled:
            return word[:1].isupper()
        return word.islower() or word.isupper() or word[:1].islower()  # "eQTL", "CT": written as named


def canonical_task(words):
    """A task's name in lowercase, as the knowledge base writes tasks, whatever case a title gave it:
    "Drug–Target Interaction Prediction" is "drug–target interaction prediction"; a word written with
    capitals of its own keeps them ("eQTL fine-mapping", "CT segmentation")."""
    parts = re.split(r"([-– ])", " ".join(words).replace(" - ", "-").replace(" – ", "–"))
    return "".join(p.lower() if p[:1].isupper() and p[1:].islower() else p for p in parts)
