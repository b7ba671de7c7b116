"""Text to measure with: the seed corpus, and as many realistic abstracts never seen before as a part needs.

A synthetic abstract is built from real sentences (the seed corpus and the
gold abstracts, which span NLP, vision, speech, RL, biology...), re-mixed and
with fresh figures, so each one is new text with the vocabulary, names and
length of a real abstract; some carry a coined name no knowledge base knows.
"""
import json
import random
import re

from . import GOLD, SEED

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])")
# Reported figures only (decimals, percentages), not sizes or versions ("ViT-B/16", "BraTS 2021", "Recall@1").
FIGURE = re.compile(r"(?<![\w./@-])\d+\.\d+(?![\w./])|(?<![\w./@-])\d+(?=%)")
COINED_PARTS = (["Zor", "Vex", "Lumi", "Quar", "Fle", "Brio", "Kal", "Nimb", "Oru", "Tesse", "Ply", "Sarn"],
                ["Net", "Former", "Diff", "LoRA", "GAN", "Mix", "Seg", "Bench", "QA", "Flow", "VLM", "Gen"])


def seed_records():
    with SEED.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_records():
    records = []
    for path in GOLD:
        with path.open(encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    return records


def sentence_pool():
    texts = [r["text"] for r in seed_records()] + [r["text"] for r in gold_records()]
    titles = [r["title"] for r in seed_records() + gold_records() if r.get("title")]
    sentences = [s.strip() for t in texts for s in SENTENCE.split(t) if len(s.split()) >= 4]
    lengths = [len(SENTENCE.split(t)) for t in texts]
    return sentences, titles, lengths


class AbstractFactory:
    """Unique, realistic abstracts on demand; deterministic for a given seed."""

    def __init__(self, seed=7):
        self.rng = random.Random(seed)
        self.sentences, self.titles, self.lengths = sentence_pool()
        self.made = set()
        self.count = 0

    def _figure(self, match):
        text = match.group(0)
        if "." in text:
            decimals = len(text.split(".")[1])
            return f"{self.rng.uniform(0.1, 99.9):.{decimals}f}"
        return str(self.rng.randint(1, 99))

    def coined(self):
        first, second = COINED_PARTS
        name = self.rng.choice(first) + self.rng.choice(second)
        return name + (f"-{self.rng.randint(1, 70)}B" if self.rng.random() < 0.3 else "")

    def abstract(self):
        """(title, text): a new abstract, different from every one this factory made before."""
        while True:
            self.count += 1
            n = max(3, min(12, self.rng.choice(self.lengths)))
            picked = self.rng.sample(self.sentences, n)
            text = " ".join(FIGURE.sub(self._figure, s) for s in picked)
            title = self.rng.choice(self.titles)
            if self.rng.random() < 0.35:
                name = self.coined()
                text = f"We propose {name}, a novel framework. " + text + f" {name} is publicly available."
                title = f"{name}: {title}"
            if text not in self.made:
                self.made.add(text)
                return title, text

    def abstracts(self, n):
        return [self.abstract() for _ in range(n)]


def synthetic_mix(n, seed=11):
    """The larger corpus for pipeline throughput: ``n`` new abstracts (texts only)."""
    return [text for _, text in AbstractFactory(seed).abstracts(n)]


def words(texts):
    return sum(len(t.split()) for t in texts)
