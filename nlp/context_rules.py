"""``paperlens_context``: ambiguous short names (IS, SPAN, SAM, CLIP, GAN) kept or relabelled
by the words around them, as ``nlp/kb/context.json`` describes."""
import json
from pathlib import Path

from spacy.language import Language

from .abbreviations import SENTENCE_PUNCT
from .base import BatchComponent, named
from .candidates import CANDIDATES_KEY, candidates
from .kb import KB_DIR
from .tokenizer import text_of
from .word_screen import WordTable, word_screen


@Language.factory("paperlens_context", default_config={"rules_path": None})
def make_context_rules(nlp, name, rules_path):
    return named(ContextRules(nlp.vocab, rules_path or KB_DIR / "context.json"), name)


class ContextRules(BatchComponent):
    """Short names that mean different things, decided by the words around them:
    MAE near "pretraining" is the masked autoencoder, not mean absolute error; IS is
    the Inception Score only next to a figure or another metric. Rules are data
    (nlp/kb/context.json); only mentions with a ruled surface are looked at."""

    def __init__(self, vocab, path):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.window = data["window"]
        self.rules = {rule["surface"]: rule for rule in data["rules"]}
        for rule in self.rules.values():
            # a name with two other senses has a relabelling for each ("SAM": sharpness-aware minimization
            # near an optimizer, the spectral angle mapper near pansharpening), tried in order
            relabels = rule.get("relabel_near", [])
            rule["relabels"] = [{**r, "words": set(r["words"])}
                                for r in (relabels if isinstance(relabels, list) else [relabels])]
        if len(self.rules) != len(data["rules"]):
            raise ValueError("context.json: a surface has two rules; only the last would apply, so join them")
        # A rule on a name of several words ("inference speed") holds in any case; the screen
        # flags its first word, and only candidates starting on a flagged word are looked at.
        self._first_words = {s.split()[0].lower() for s in self.rules if " " in s}
        self.screen = word_screen(vocab)
        (self._ruled,) = self.screen.register(
            lambda text: text in self.rules or text.lower() in self._first_words)
        # orth -> whether the word is a figure ("3.1", "12%"): the words near a ruled name are read
        # by position off the word screen's ORTH list and tables, not as Tokens
        self._figures = WordTable(vocab, lambda lex: lex.like_num and not lex.is_alpha)

    def __call__(self, doc):
        found = candidates(doc)
        if not found:
            return doc
        # The tokens with a ruled surface come from the shared word screen, read once per doc.
        ruled_bit = self._ruled
        ruled = {i for i, kind, _ in self.screen.hits(doc) if kind & ruled_bit}
        if not ruled or not any(s in ruled for s, _, _, _ in found):
            return doc
        orths, texts, lowers = self.screen.orths(doc), self.screen.texts, self.screen.lowers
        kept = []
        relabelled = {}  # one-word surface -> the relabelling its rule gave it somewhere in the doc
        doc_words = None  # every word of the doc, for a rule that asks anywhere in it
        for cand in found:
            start, end, label, canonical = cand
            # only a candidate that starts on a token the screen flagged reads as a ruled surface
            rule = None
            if start in ruled:
                if end - start == 1:
                    rule = self.rules.get(texts[orths[start]])
                else:
                    written = self.screen.offsets(doc).text(text_of(doc), start, end)
                    rule = self.rules.get(written.lower())
                    if rule is not None and "written" in rule and written != rule["written"]:
                        rule = None  # ("Scene Flow", the stereo dataset, but not "scene flow", the task)
            if rule is None:
                kept.append(cand)
                continue
            lo, hi = self._sentence_window(orths, texts, start, end)
            window = orths[lo:hi]
            near = {texts[orth] for orth in window} | {lowers[orth] for orth in window}
            has_figure = any(self._figures[orth] for orth in window)
            relabel = next((r for r in rule["relabels"] if self._relabels(r, orths, lowers, end, near, has_figure)),
                           None)
            if relabel is None and any(r.get("anywhere") for r in rule["relabels"]):
                if doc_words is None:
                    doc_words = {texts[orth] for orth in set(orths)}
                relabel = next((r for r in rule["relabels"] if r.get("anywhere") and self._relabels(
                    r, orths, lowers, end, doc_words, has_figure)), None)
            if relabel is not None:
                # relabelled, the mention is the other entry's, whatever the rule asks of this one's
                # ("AP by 2.0 points and AR by 1.5 points": average recall, not an autoregressive model; "reaches
                # 54.1 PQ, compared with 51.9 PQ for Mask2Former" in an abstract on panoptic segmentation)
                kept.append((start, end, relabel["label"], relabel["canonical"]))
                if end - start == 1:
                    relabelled[texts[orths[start]]] = relabel
                continue
            if "require_next" in rule and (end >= len(doc) or texts[orths[end]] not in rule["require_next"]):
                continue
            if "unless_prev" in rule and start > 0 and lowers[orths[start - 1]] in rule["unless_prev"] \
                    or "unless_next" in rule and end < len(doc) and texts[orths[end]] in rule["unless_next"]:
                continue  # "90% nominal coverage" is a target; "coverage-guided" names no measure
            if "require_near" in rule:
                need = rule["require_near"]
                ok = bool(near & set(need["words"]))
                ok = ok or (need.get("figures") and has_figure)
                ok = ok or (need.get("metrics") and any(
                    c is not cand and c[2] == "METRIC" and c[1] > lo and c[0] < hi for c in found))
                if not ok and need.get("anywhere") and start > 0 and texts[orths[start - 1]] not in SENTENCE_PUNCT:
                    # "Training on Electricity takes 4 minutes" in an abstract that names ETTh1 and Traffic too (but
                    # not a sentence's first word: "Traffic speed on a road ...")
                    if doc_words is None:
                        doc_words = {texts[orth] for orth in set(orths)}
                    ok = bool(doc_words & set(need["words"]))
                if not ok:
                    continue
            kept.append(cand)
        if relabelled:
            # One sense per abstract: a short name the context showed to be the other entry's once ("pixel-reconstruction
            # targets, as in MAE") is that entry's where nothing near decides, as in a baseline's brackets ("(MAE: 83.6%)"),
            # unless a figure right after it makes it a measure; so a name the context showed to be a measure stays one
            # ("on Cityscapes a PQ of 67.2" in an abstract on panoptic quality)
            kept = [(c[0], c[1], relabelled[w]["label"], relabelled[w]["canonical"])
                    if c[1] - c[0] == 1 and (w := texts[orths[c[0]]]) in relabelled and c[2] != relabelled[w]["label"]
                    and not (relabelled[w]["label"] != "METRIC" and self._measured_right_after(orths, texts, c[1]))
                    else c for c in kept]
        doc.user_data[CANDIDATES_KEY] = kept
        return doc

    @staticmethod
    def _relabels(relabel, orths, lowers, end, near, has_figure):
        """Whether a relabelling holds for a mention ending at ``end`` among the words ``near`` (its window's,
        or with ``anywhere`` the doc's): a word of ``next_words`` right after it decides whatever figures stand
        near ("from MAE pretraining"); else one of its words, unless ``unless_figure`` and a figure is near."""
        if end < len(orths) and lowers[orths[end]] in relabel.get("next_words", ()):
            return True
        return bool(near & relabel["words"]) and not (relabel.get("unless_figure") and has_figure)

    @staticmethod
    def _measured_right_after(orths, texts, end):
        """Whether the name is given a figure right after it as a measure: "an MAE of 0.41", "MAE = 0.41"."""
        return end < len(orths) and texts[orths[end]] in {"of", "=", "is", "was", "drops", "falls", "rises"}

    def _sentence_window(self, orths, texts, start, end):
        """Up to ``window`` tokens each side, not past the end of the sentence (the doc's ORTH list
        and the word screen's texts)."""
        lo = start
        while lo > 0 and start - lo < self.window and texts[orths[lo - 1]] not in SENTENCE_PUNCT:
            lo -= 1
        hi = end
        while hi < len(orths) and hi - end < self.window and texts[orths[hi]] not in SENTENCE_PUNCT:
            hi += 1
        return lo, hi
