"""The result rules that name what a figure measures: a metric the knowledge base knows, linked
before the figure or standing after it, qualified ("strict entity F1"), or one a phrase names in
plain words ("the percentage of folded voxels", "calibration takes 3 s"). Part of
``results.ResultExtractor``."""
import re

from spacy.lang.en.stop_words import STOP_WORDS

from .candidates import candidates, merge_ents
from .result_lists import ListedFigures
from .result_screening import FigureScreening
from .result_tokens import Word, _compound_names
from .result_words import (
    ACCELERATE_WORDS, ACCELERATOR, ACRONYM_METRIC, AFTER_DATASET_WORDS, AFTER_FIGURE, AGENT_PROCESSES,
    APPRAISALS, AT_K_FIGURE, BARE_NAMES, BARE_SHARE_VERBS, BY_AND_FILLERS, BY_FILLERS, BY_FILLERS_BUT_OF,
    CHANGED_HEADS, CHANGE_BASES, CHANGE_NOUNS, CHANGE_VERBS, CHANGE_WORDS, CLAUSE_WORDS, COMPARATIVES,
    CONTRASTS, COST_HEADS, COST_METRICS, COUNT_MEASURE, DECIBEL_MEASURE, DECREASE_VERBS, DEVICES,
    DIFFERENCE_BEFORE, EXCEED_WORDS, GAIN_AFTER, GAIN_SAYING, GAIN_VERBS, GAIN_WORDS, GENERIC_GERUNDS,
    GERUND_NOUNS, GERUND_STOPS, KEEP_VERBS, KEPT_HEDGES, KEPT_MEASURES, LINKS, LOOSE_MODIFIERS, MADE_WORDS,
    MAGNITUDES, MEMORY_HEADS, METRIC_HEADS, MODEL_WORDS, NOT_COUNTS, NOT_METRIC_ACRONYMS, NOT_NAMED_HEADS,
    NO_MEASURE_WORDS, OUTPERFORM_WORDS, PASSIVE_PROCESSES, PHRASE_END_PREPOSITIONS, PHRASE_LINKS,
    PHRASE_OPENERS, PHRASE_TRIGGERS, PLURAL_HEADS, POSSESSIVES, PROCESS_ALIASES, PROCESS_NOUNS, PROVE_VERBS,
    RATE_UNIT_METRICS, REDUCTION_WORDS, REFERENCE_WORDS, REMOVE_VERBS, REPORT_OR_JOIN, REPORT_VERBS,
    RESOLVE_VERBS, SCALE_MARK, SENTENCE_PUNCT, SETTING_PAIRS, SHARE_MEASURE, SHARE_WORDS, SIZED_THINGS,
    SIZE_COMPARATIVES, SIZE_COMPARATIVES_OR_BETTER, SIZE_VERBS, SMALLER_WORDS, SPEEDUP_WORDS, SPENDS,
    SPENDS_TIME, SPLIT_SUFFIX, SUBJECT_COPULAS, SUBJECT_PREPOSITIONS, SUCCESS_VERBS, SURPASS_WORDS, TAKES,
    TIMED_VERBS, TIME_MEASURE, TIME_UNITS, TIME_WORDS, TRIAL_WORDS, UNITS, VERB_PROCESSES, WIN_WORDS, singular,
)


class MeasureRules:
    """Rules for the measure a figure reports.

    A part of ``results.ResultExtractor``, which mixes it in: its rules call each
    other, and the other parts' rules, through ``self``."""

    @staticmethod
    def _phrases_as_entities(doc, toks, found, sentences):
        """A metric read off a phrase ("an edit efficacy of 96.1%", "a RadGraph F1 of 0.287")
        is highlighted like a known one, where it reports a figure and overlaps no other name."""
        spans = set()
        for _, _, _, metric_span, metric, _ in found:
            phrase = toks.phrases.get(metric_span) if metric is not None else None
            if phrase is not None:
                start, end, name = phrase
                overlapping = [c for c in sentences.found if c[0] < end and start < c[1]]
                if all(c[2] == "METRIC" and start <= c[0] and c[1] <= end for c in overlapping):
                    spans.add((start, end, "METRIC", BARE_NAMES.get(name, name)))
                    short = toks.short_forms.get(metric_span)  # "(OP)": the short form names it too
                    if short is not None and not any(c[0] <= short < c[1] for c in sentences.found):
                        spans.add((short, short + 1, "METRIC", BARE_NAMES.get(name, name)))
        if spans:
            merge_ents(doc, sorted(spans))

    @staticmethod
    def _verb_before(toks, i):
        """The verb a figure is the object of, past "by", "in" and the words that qualify the figure: "solves"
        for "solves 9", "drops" for "drops by only 6", "succeeds" for "succeeds in 83"; None if no word there
        could be one."""
        words = toks.words
        k = i - 1
        while k > 0 and words[k].lower_ in BY_FILLERS_BUT_OF:
            k -= 1
        if k > 0 and words[k].lower_ in {"by", "in"}:
            k -= 1
        w = words[k]
        return w.lower_ if w.is_alpha and w.lower_ not in STOP_WORDS else None

    @staticmethod
    def _noun_after(toks, f):
        """Whether a content word follows the figure (and its unit): "30% fewer parameters"."""
        k = toks.after[f[0]]
        if k >= toks.n:
            return False
        w = toks.words[k]
        return w.is_alpha and not w.is_stop and w.lower_ not in AFTER_FIGURE and w.lower_ not in {"respectively", "versus", "vs"}

    @staticmethod
    def _said_as_difference(toks, f):
        """Whether a figure is written as a difference: "by 7.3 points", "an improvement of 5.8",
        "4.3 points above GAT", "compared with 2.16" (not "at 1° resolution")."""
        words = toks.words
        before = DIFFERENCE_BEFORE
        k = f[0] - 1
        if words[k].lower_ not in before:
            while k > 0 and words[k].lower_ in BY_FILLERS_BUT_OF:
                k -= 1
        after = toks.after[f[0]]
        return f[1][2] == "points" or words[k].lower_ in before \
            or after < toks.n and words[after].lower_ in {"points", "higher", "lower", "above", "below", "better",
                                                          "worse", "more", "less", "for"}

    @staticmethod
    def _measure_after_list(toks, found, k):
        """Whether figure ``k`` opens a list of figures whose measure is named right after its last one:
        "scores 40.31, 36.22, 30.93 and 25.61 dB PSNR"."""
        run = next(ListedFigures._runs_of(toks, found[k:], ListedFigures._and_joined))
        return len(run) > 1 and run[0][2].metric_starting_at(toks.after[run[-1][0]]) is not None

    def _bare_scores(self, toks, found, sentences):
        """ "On MT-Bench the model scores 7.9", "while on AntMaze it scores 79.3": a figure a subject scores, with
        no metric of its own, is the score the abstract named last before it, else the score of the benchmark
        its sentence names."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is None and f[1][2] is None and i > 3 and words[i - 1].lower_ == "of" \
                    and words[i - 2].lower_ == "average" and words[i - 3].lower_ == "an" \
                    and words[i - 4].lower_ in {"scores", "scored"}:
                f[4] = "average score"  # "Ossivane-T scores an average of 52.1"
                continue
            v = i - 1
            while v > 0 and words[v].lower_ in {"only", "just", "about", "roughly", "nearly", "around"}:
                v -= 1  # "scores only 41.3%"
            if f[4] is not None or f[1][2] not in {None, "%"} or i < 1 or words[v].lower_ not in {"scores", "scored"}:
                continue
            after = toks.after[i]
            if after + 1 < toks.n and words[after].lower_ == "on" and words[after + 1].lower_ == "average":
                f[4] = "average score"  # "EvictNest scores 48.7 on average"
                continue
            if self._measure_after_list(toks, found, k):
                continue  # "Qylume scores 40.31, 36.22 and 30.93 dB PSNR": the list's own measure, shared later
            scores = [c for c in sentences.labelled("METRIC") if c[1] <= i]
            measures = list(map(toks.ent, scores))
            scores = [e for e in measures if e.canonical.lower().endswith("score")]
            if scores:
                f[3], f[4] = (scores[-1].start_char, scores[-1].end_char), self._metric_name(scores[-1])
                continue
            own = self._sentence_measures(f[2], i)
            if own:
                # "Measured by FENSE, which penalizes disfluent captions, Kethra scores 0.559 on Clotho"; "a PSDS1 of
                # 0.571 and a PSDS2 of 0.836, whereas the CRNN baseline scores 0.359 and 0.562": the measures its own
                # sentence named before it, in their order for a list of as many figures
                run = [f] + [g for g in found if g[0] > i and g[2] is f[2] and g[4] is None][: len(own) - 1]
                if len(own) == 1 or len(run) == len(own) and self._joined(toks, [g[0] for g in run]):
                    for g, e in zip(run, own):
                        g[3], g[4] = (e.start_char, e.end_char), self._metric_name(e)
                    continue
            shares = [e for e in measures if e.canonical not in COST_METRICS and SHARE_MEASURE.search(e.canonical)]
            if f[1][2] == "%" and shares:
                f[4] = self._metric_name(shares[-1])  # "scores 52.3% against 36.0% for GPTQ": a share, as named before
                continue
            named = [e for e in f[2].datasets if e.end <= i
                     or after < e.start <= after + 2 + toks.shots_at(after + 1)
                     and words[after].lower_ in {"on", "in"}]  # "scores 45.6 on MMLU", "scores 58.7 on 5-shot MMLU"
            if named:
                f[4] = self._benchmark_measure(named[-1]) or named[-1].canonical + " score"  # "scores 82.1% on GSM8K"
                # "scores 72.3 on MMLU and 45.6 on GSM8K": each figure listed on is its own benchmark's score
                for g in found:
                    if g[0] <= i or g[4] is not None or g[2] is not f[2] or g[1][2] != f[1][2]:
                        continue
                    if words[g[0] - 1].lower_ not in {"and", ","} or toks.after[g[0]] >= toks.n \
                            or words[toks.after[g[0]]].lower_ not in {"on", "in"}:
                        break
                    own = next((e for e in f[2].datasets if toks.after[g[0]] < e.start <= toks.after[g[0]] + 2), None)
                    if own is None:
                        break
                    g[4] = self._benchmark_measure(own) or own.canonical + " score"
                continue
            end = self._list_end(toks, i)
            if end > toks.after[i] and end + 1 < toks.n and words[end].lower_ in {"on", "in"} \
                    and any(e.start == end + 1 for e in f[2].datasets) \
                    and sum(end < e.start <= end + 12 for e in f[2].datasets) > 1:  # (not "scores 0.207 and 0.900 on Davis")
                # "scores 77.2, 61.3 and 1,497 on VQAv2, GQA and MME, respectively": each figure of the list is a
                # score, on its own benchmark (``_respectively``); the rules that share a metric pass it on
                f[4] = "score"

    @staticmethod
    def _sentence_measures(ents, i):
        """The distinct measures a sentence names before token ``i``, in order (a measure named twice counts once)."""
        seen, own = set(), []
        for e in ents.metrics:
            if e.end <= i and e.canonical not in seen:
                seen.add(e.canonical)
                own.append(e)
        return own

    @staticmethod
    def _joined(toks, positions):
        """Whether the figures at ``positions`` are listed together, joined by "and" or commas only."""
        words = toks.words
        return all(all(w.lower_ in {"and", ","} for w in words[toks.after[a] : b])
                   for a, b in zip(positions, positions[1:]))

    @staticmethod
    def _bare_decibels(toks, found):
        """ "it reaches 33.21 dB", "adds 0.21 dB to IMDN", "0.23 dB higher than NAFNet": a figure in dB with no
        metric of its own is a gain where the words around it say so (an unnamed gain is an improvement,
        guideline decision 9), else a level in the measure of the abstract's last figure in dB."""
        words = toks.words
        last = gained = level = None
        for f in found:
            i = f[0]
            if f[1][2] != "dB":
                continue
            if f[4] is not None and DECIBEL_MEASURE.search(f[4]):
                last = f
                continue
            # no metric, or one no figure in dB reports ("30.41 dB PSNR and 0.8617 SSIM on Set5 and 24.72 dB on
            # Urban100": the SSIM the lists' pairing gave 24.72 dB is not its measure)
            after = toks.after[i]
            before = words[i - 1].lower_ if i > 0 else ""
            k = i - 1
            while k > 0 and words[k].lower_ in {"up", "to", "("}:
                k -= 1  # "improves the coding performance by a large margin (up to 1.2 dB)"
            if before in GAIN_VERBS or before == "of" and i > 1 and words[i - 2].lower_ in GAIN_WORDS \
                    or k < i - 1 and words[i - 1].lower_ in {"to", "("} and words[k].lower_ == "margin" \
                    or after < toks.n and words[after].lower_ in {"higher", "better", "more", "gain", "improvement"} \
                    or before in {"and", ",", "by"} and gained is not None and gained[2] is f[2] and i - gained[0] <= 8 \
                    or before == "by" and f[4] is None and any(w.lower_ in SURPASS_WORDS
                                                               for w in words[max(0, i - 8) : i - 1]) \
                    or before == "within" and f[4] is None and after < toks.n and words[after].lower_ == "of" \
                    or f[4] == "improvement" and f[1][0] == "+":
                # ("36.42 dB PSNR and 0.912 SSIM, outperforming E2E-VarNet by 0.87 dB and DPS by 1.95 dB", "improves
                # Restormer by 0.29 dB on GoPro", "within 0.04 dB of FFTformer": a gap, in the measure, decision 16)
                # ("adds 0.21 dB to IMDN and 0.18 dB to RFDN": the second gain too)
                # a gain is in the measure in dB its own sentence names ("30.41 dB / 0.8617 PSNR/SSIM on Set5 ...,
                # an improvement of 0.31 dB over MuLUT"), else an unnamed gain (decision 16)
                named = [e for e in f[2].metrics if DECIBEL_MEASURE.search(e.canonical)]
                f[3], f[4] = None, MeasureRules._metric_name(named[0]) if named else "improvement"
                gained = f
            elif last is not None and (f[4] is not None or before in BARE_SHARE_VERBS
                                       # "reaches 49.12 dB, versus 48.54 dB for NeRD-Rain and 47.39 dB for
                                       # Restormer": a level set against one of its sentence, and the list's next
                                       or before in CONTRASTS and (last[2] is f[2] or level is not None
                                                                   and level[2] is f[2])
                                       or before in {"and", ","} and level is not None and level[2] is f[2]
                                       and i - level[0] <= 8):
                if last[2] is not f[2] and MeasureRules._gain_said(toks, f[2], i) \
                        and not any(DECIBEL_MEASURE.search(e.canonical) for e in f[2].metrics):
                    # "Compared with SR-LUT, the gain on Manga109 reaches 1.46 dB": a gain whose sentence names
                    # no measure (decision 16)
                    f[3], f[4] = None, "improvement"
                else:
                    f[3], f[4] = None, last[4]
                    level = f

    @staticmethod
    def _units_fit_measures(found):
        """A figure's unit rules out some measures, whatever rule gave them: "83.6% top-1 accuracy at 3.1 ms"
        reports a latency at 3.1 ms (guideline decision 14: a time not named otherwise), and in "80.0% and 245
        GMACs" the share is not the MACs but the measure of the last share its sentence reports."""
        last_share = None
        for f in found:
            unit, metric = f[1][2], f[4]
            if metric is None and unit == "$":
                f[4] = "cost"  # "at a cost of $0.42 per issue": an amount of money a method costs
                continue
            if metric is None:
                continue
            if unit in TIME_UNITS and not TIME_MEASURE.search(metric):
                f[3], f[4] = None, "latency"
            elif unit == "%" and COUNT_MEASURE.fullmatch(metric):
                if last_share is not None and last_share[2] is f[2]:
                    f[3], f[4] = None, last_share[4]
            elif unit == "%":
                last_share = f

    @staticmethod
    def _read_at(toks, start):
        """Whether "at" stands right before token ``start`` (read here: it may be far from the figures)."""
        if start < 1:
            return False
        toks.read(start - 1, start)
        return toks.words[start - 1].lower_ == "at"

    def _points_of_last_metric(self, toks, found, sentences):
        """ "improves Video-LLaVA by 9.6 points on VideoQA-Temporal": points with no metric in
        their sentence are points of the measure the abstract named last before them."""
        metrics = None
        inside = None  # the last figure named by a measure after "in" (``_measure_in_after``)
        for f in found:
            if f[4] is not None or f[1][2] != "points":
                continue
            if metrics is None:
                # not a measure the abstract reports in time, memory or multiples: "a 14.6x reduction in latency.
                # A cross-encoder is 2.3 points behind" is behind in the score named before
                timed = {g[4] for g in found if g[4] is not None and g[1][2] not in {None, "%", "points"}}
                # nor one a figure is read at ("19.6 R@1 at IoU 0.3, which is 4.2 points above GroundVQA")
                metrics = [c for c in sentences.labelled("METRIC")
                           if self._metric_name(toks.ent(c)) not in timed and c[3] not in COST_METRICS
                           and not self._read_at(toks, c[0])]
            named = self._measure_in_after(toks, f[2], f[0])
            if named is not None:
                f[4] = named  # "within 0.5 points of the FP16 cache in average LongBench score" (decision 16)
                inside = f
                continue
            if inside is not None and inside[2] is f[2] and any(
                    w.lower_ in {"while", "whereas"} for w in toks.words[toks.after[inside[0]] : f[0]]):
                f[4] = inside[4]  # "..., while KIVI-2 loses 2.7 points": the same comparison's measure
                continue
            before = [c for c in metrics if c[1] <= f[0]]
            if before:
                if not any(e.start == before[-1][0] for e in f[2].metrics) and self._gain_said(toks, f[2], f[0]):
                    # "The Llama-3.2-1B student improves by 4.9 points on average": a gain whose own sentence names
                    # no measure is `improvement` (decision 16), not a gain in a measure an earlier sentence named
                    f[4] = "improvement"
                    continue
                f[4] = self._metric_name(toks.ent(before[-1]))

    @staticmethod
    def _measure_in_after(toks, ents, i):
        """The measure named after "in" a few words past the figure at ``i``, with a benchmark's name in it left
        out: "within 0.5 points of the FP16 cache in average LongBench score" → average score; else None."""
        words = toks.words
        k = toks.after[i]
        toks.read(k, k + 12)
        stop = min(toks.n, k + 10)
        while k < stop and words[k].lower_ != "in":
            if words[k].is_punct or words[k].figure is not None or words[k].lower_ in CLAUSE_WORDS:
                return None
            k += 1
        if k >= stop:
            return None
        start = k + 1
        end = start
        while end < min(toks.n, start + 5) and (words[end].is_alpha or words[end].text == "-") and not words[end].is_stop:
            end += 1
        if end == start or words[end - 1].lower_ not in {"score", "accuracy"}:
            return None
        inside = {j for e in ents.datasets if start <= e.start and e.end <= end for j in range(e.start, e.end)}
        name = [w.text if w.text.isupper() else w.lower_ for j, w in enumerate(words[start:end], start) if j not in inside]
        return " ".join(name) if name else None

    @staticmethod
    def _gain_said(toks, ents, i):
        """Whether the sentence of the figure at ``i`` (whose entities are ``ents``) calls it a gain before it:
        "improves ... by", "the gain over GraphSAGE reaches", "outperforms ... by", "is 0.4 points better"."""
        start = max(0, min(ents[0].start if ents else i, i - 25))
        toks.read(start, i + 3)
        words = toks.words
        after = toks.after[i]
        if after < toks.n and words[after].lower_ in GAIN_AFTER:
            return True  # "0.4 points better on test-other", "4.2 points above GroundVQA"
        for k in range(i - 1, start - 1, -1):
            w = words[k]
            if w.text in SENTENCE_PUNCT and w.text != ":":
                return False  # ("gains are smaller but consistent: 6.8 points on WebArena")
            if w.lower_ in GAIN_SAYING or w.lower_ in OUTPERFORM_WORDS or w.lower_ in EXCEED_WORDS:
                return True
        return False

    @staticmethod
    def _succeeds_in(toks, i):
        """The rate a share of successes reports, else None: "succeeds in 95% of trials", "solves 83%
        of tasks" (success rate); "resolves 46.8% of issues", SWE-bench's resolve rate."""
        words = toks.words
        figure = i
        if i > 2 and words[i - 1].lower_ in {"only", "just", "about", "nearly", "roughly", "over", "almost"}:
            i -= 1  # "GPT-4 solves only 23% of the problems"
        if i <= 1:
            return None
        before = words[i - 1].lower_
        if before in {"in", "on"} and words[i - 2].lower_ in SUCCESS_VERBS or before in SUCCESS_VERBS:
            return "success rate"
        if before == "in" and i > 4 and any(w.lower_ in SUCCESS_VERBS for w in words[i - 5 : i - 1]) \
                and not any(w.is_punct for w in words[i - 5 : i - 1]):
            of = toks.after[i]
            if of + 1 < toks.n and words[of].lower_ == "of" and words[of + 1].lower_ in TRIAL_WORDS:
                return "success rate"  # "the robot completes the task in 87% of trials"
        if before in PROVE_VERBS:
            return "proof rate"  # "Bramble proves 84.0% of miniF2F-test": theorem provers' share of theorems proved
        if MeasureRules._done_correctly(toks, figure):
            return "accuracy"  # "answers 68.2% of multiple-choice questions correctly": the share got right
        return "resolve rate" if before in RESOLVE_VERBS else None

    @staticmethod
    def _done_correctly(toks, i, reach=8):
        """Whether "of" after the figure at ``i`` opens the things a verb did "correctly": "answers
        68.2% of multiple-choice questions correctly", "classifies 91% of the scans correctly"."""
        k = toks.after[i]
        words = toks.words
        if k + 1 >= toks.n or words[k].lower_ != "of":
            return False
        toks.read(k + 1, k + reach + 1)
        for w in words[k + 1 : min(toks.n, k + reach + 1)]:
            if w.lower_ == "correctly":
                return True
            if w.is_punct and w.text not in {"-", "–"} or w.figure is not None:
                return False
        return False

    @staticmethod
    def _covers(toks, i):
        """ "covers only 81.4% of test points": the share of points a prediction set covers."""
        return any(w.lower_ in {"covers", "covered", "cover", "covering"} for w in toks.words[max(0, i - 3) : i])

    @staticmethod
    def _of_the_time(toks, i, fig):
        """ "raters preferred our summaries 71% of the time", "wins 64% of the time": how often a preference or a
        win happens, a win rate (guideline decision 15)."""
        if fig[2] != "%":
            return None
        words = toks.words
        k = toks.after[i]
        if k + 2 >= toks.n or words[k].lower_ != "of" or words[k + 1].lower_ != "the" or words[k + 2].lower_ != "time":
            return None
        before = words[max(0, i - 8) : i]
        for w in before:
            if w.lower_.startswith("prefer"):
                return "win rate"
            if w.lower_ in WIN_WORDS:
                return "win rate"
        if any(w.lower_ in {"rated", "judged", "found"} for w in before) \
                and any(w.lower_ in {"more", "better", "higher"} for w in before):
            return "win rate"  # "rated FooStory's stories as more coherent 72% of the time" (decision 15)
        if any(w.lower_ in {"agrees", "agree", "agreed", "agreeing"} for w in before):
            return "agreement"  # "agrees with human annotators 87% of the time"
        return None

    def _removed_share(self, toks, i, fig, metrics):
        """ "while removing 55% of FLOPs", "saving 40% of the memory": a share of a cost taken away is a
        reduction of that cost. Returns (the measure's characters, "<measure> reduction") or None."""
        if fig[2] != "%" or i < 1:
            return None
        words = toks.words
        if words[i - 1].lower_ not in REMOVE_VERBS and not (
                # "saves 67% of the training time and 43% of the GPU memory": the verb goes on to the second share
                words[i - 1].lower_ in {"and", ","} and i > 2 and any(
                    w.lower_ in REMOVE_VERBS for w in words[max(0, i - 12) : i - 1])
                and not any(w.text in SENTENCE_PUNCT or w.lower_ in CLAUSE_WORDS for w in words[max(0, i - 12) : i - 1])):
            return None
        of = toks.after[i]
        if of + 1 >= toks.n or words[of].lower_ != "of":
            return None
        start = of + 2 if words[of + 1].lower_ == "the" else of + 1
        named = next((e for e in metrics if e.start == start), None)
        if named is None or named.canonical not in COST_METRICS:
            return None
        return (named.start_char, named.end_char), self._metric_name(named) + " reduction"

    @staticmethod
    def _kept_share(toks, i, fig):
        """ "retains 97.4% of the full-cache average score", "keeps 96.2% of its FP16 accuracy", "recovers 84%
        of the gain": a share of a reference's own figure that a method keeps, named ``relative <measure>``
        with the measure as written and the reference's words left out (guideline decision 15); "relative
        performance" when no measure is named. Returns (the measure's characters or None, the name) or None."""
        if fig[2] != "%":
            return None
        words = toks.words
        toks.read(i - 6, i)
        k = i - 1
        while k >= 0 and i - k <= 4 and words[k].lower_ in KEPT_HEDGES:
            k -= 1
        if k < 0 or words[k].lower_ not in KEEP_VERBS and (words[k].lower_ not in REPORT_VERBS or words[k].lower_ == "with"):
            return None
        reported = words[k].lower_ not in KEEP_VERBS  # "achieves 98% of full-attention performance": if a reference is named
        of = toks.after[i]
        toks.read(of, of + 16)
        if of >= toks.n or words[of].lower_ != "of":
            # "..., while FastV at the same ratio preserves 93.1%": the share another method keeps
            toks.read(i - 40, i)
            if reported:
                return None
            earlier = [j for j in toks.kept if i - 40 <= j < i and not any(
                w.text in SENTENCE_PUNCT for w in words[toks.kept[j][0] : k])]
            return (None, toks.kept[earlier[-1]][1]) if earlier else None
        start = of + 1
        possessive = next((j for j in range(start, min(start + 5, toks.n)) if words[j].text in POSSESSIVES), None)
        if possessive is not None:
            start = possessive + 1  # "of the dense model's average accuracy": the reference is the model
        while start < toks.n:
            if start + 2 < toks.n and words[start + 1].text == "-" and (
                    f"{words[start].lower_}-{words[start + 2].lower_}" in REFERENCE_WORDS
                    or words[start].lower_ in REFERENCE_WORDS):
                start += 3  # "the full-cache average score", "its full-precision accuracy"
            elif words[start].lower_ in REFERENCE_WORDS or words[start].lower_.endswith(("'s", "’s")):
                start += 1
            else:
                # "97.1% of the FP16 MMLU accuracy": the benchmark is where it is measured, not part of the measure
                named = next((c[1] for c in toks.found if c[0] == start and c[2] == "DATASET"), None)
                if named is None or named >= toks.n or words[named].is_punct or words[named].is_stop:
                    break
                start = named
        end = start
        while end < min(start + 6, toks.n) and (
                not words[end].is_punct and words[end].figure is None and not words[end].is_stop
                and words[end].lower_ not in CLAUSE_WORDS and words[end].lower_ not in {"obtained", "achieved", "attained",
                                                                                      "reached", "averaged", "measured",
                                                                                      "evaluated", "computed"}
                or words[end].text == "-" and end > start and end + 1 < toks.n and words[end + 1].is_alpha):
            end += 1  # (a hyphen joins words: "average zero-shot accuracy")
        measure = words[start:end]
        if reported and start == of + 1 + (words[of + 1].lower_ == "the") and not (
                end + 1 < toks.n and (words[end].lower_ in {"obtained", "achieved", "attained", "reached"}
                                      or words[end].lower_ == "of" and (words[end + 1].lower_ in {"the", "a", "its", "full"}
                                                                        or any(c[0] == end + 1 and c[2] == "METHOD"
                                                                               for c in toks.found)))):
            # "achieves 45% of the tasks": no reference's figure ("90% of the accuracy obtained with ...",
            # "99.3% of the performance of ChatGPT" name one)
            return None
        if not measure:
            return (None, "relative performance") if start > of + 1 else None
        if words[k - 1].lower_ in {"the", "a", "an", "its", "their"} if k > 0 else False:
            return None  # "trained on the retained 30% of the pool": which part, not a share kept
        if any(w.lower_ in CHANGE_VERBS or w.lower_ in REPORT_VERBS for w in measure):
            return None
        if len(measure) > 1 and measure[-1].lower_ in {"level", "levels"}:
            end -= 1  # "99.3% of the performance level of ChatGPT": relative performance
            measure = measure[:-1]
        head = measure[-1].lower_
        # a known metric that ends the measure, by its canonical name: "of its full-data JGA" → relative joint
        # goal accuracy (the reference's words a qualified name took in left out)
        named = next((c for c in toks.found if c[2] == "METRIC" and c[1] == end and of < c[0] <= start), None)
        if head in KEPT_MEASURES or head in METRIC_HEADS or named is not None:
            if head == "effectiveness":
                return toks.chars(start, end), "relative performance"
            if named is not None:
                name = MeasureRules._metric_name(toks.ent(named)).split()
                while len(name) > 1 and name[0].lower() in REFERENCE_WORDS:
                    name = name[1:]
                return toks.chars(start, end), "relative " + " ".join(name)
            return toks.chars(start, end), "relative " + toks.text[toks.idx[start] : toks.idx[end - 1] + len(
                measure[-1].text)]
        return None

    @staticmethod
    def _memory_of(toks, i, fig):
        """ "fits in 38 GB of memory", "while using 19.4 GB of host memory": an amount of memory named by the
        words after it. Returns (the words' characters, the name) or None."""
        if fig[2] not in {"GB", "MB"}:
            return None
        words = toks.words
        toks.read(i - 2, i)
        if i > 0 and (words[i - 1].lower_ == "with" or i > 1 and words[i - 2].lower_ == "out" and words[i - 1].lower_ == "of"):
            return None  # "on one consumer GPU with 24 GB of memory", "runs out of 24 GB of memory": the device's
        of = toks.after[i]
        toks.read(of, of + 5)
        if of + 1 >= toks.n or words[of].lower_ != "of":
            k = i - 1
            if k > 0 and words[k].lower_ in {"only", "about", "just", "roughly", "under", "below"}:
                k -= 1
            if k >= 0 and words[k].lower_ in {"uses", "use", "using", "consumes", "consuming", "needs", "requires"} \
                    and (of >= toks.n or words[of].text in SENTENCE_PUNCT or words[of].text == ","):
                return None, "memory"  # "decoding a 60-minute recording uses 0.9 GB, versus 6.3 GB for the Conformer"
            return None
        for end in range(of + 1, min(of + 5, toks.n)):
            w = words[end]
            if w.lower_ in MEMORY_HEADS:
                named = [t for t in words[of + 1 : end + 1] if not t.is_stop]
                if all(t.is_alpha or t.text == "-" for t in named):
                    return toks.chars(of + 1, end + 1), " ".join(
                        t.text if t.text.isupper() else t.lower_ for t in named)
                return None
            if w.is_punct or w.figure is not None or w.lower_ in CLAUSE_WORDS:
                return None
        return None

    @staticmethod
    def _multiple_of_measure(toks, i, fig):
        """ "2.2× the frame rate of SegFormer-B2", "adds 1.4× the inference cost of the source model": a multiple
        of another method's figure, in the measure named after it. Returns (the words' characters, the name)."""
        if fig[2] != "×":
            return None
        words = toks.words
        k = toks.after[i]
        toks.read(k, k + 6)
        if k + 2 >= toks.n or words[k].lower_ != "the":
            return None
        for end in range(k + 2, min(k + 5, toks.n)):
            if words[end].lower_ == "of":
                named = words[k + 1 : end]
                if not all(w.is_alpha or w.text == "-" for w in named) or any(w.is_stop for w in named):
                    return None
                head = named[-1].lower_
                if len(named) == 1 and head == "speed":
                    return toks.chars(k + 1, end), "speedup"  # "runs at 13.1 FPS, 1.6x the speed of DSVT"
                if head not in METRIC_HEADS and head not in {"rate", "throughput"} \
                        and not toks.metric_starts_within(k + 1, end - 1) or head in {"size", "performance"}:
                    return None
                return toks.chars(k + 1, end), " ".join(w.text if w.text.isupper() else w.lower_ for w in named)
        return None

    def _measure_after(self, toks, ents, k):
        """The dataset named right after token ``k`` ("on SWE-bench Verified", "on 5-shot MMLU"), and the measure
        its bare figures are in, for its split too ("MMMU-val" is MMMU's): (dataset, measure), either None."""
        reach = k + 2 + toks.shots_at(k + 1)
        on = next((e for e in ents.datasets if k < e.start <= reach), None)
        if on is None:
            return None, None
        return on, self._benchmark_measure(on)

    def _benchmark_measure(self, dataset):
        """The measure a benchmark's bare figures are in (the knowledge base's ``measure``), for its split too."""
        return self.measures.get(dataset.canonical) or self.measures.get(SPLIT_SUFFIX.sub("", dataset.canonical))

    def _raised_on_benchmark(self, toks, i, ents):
        """ "FooTune boosts LLaVA-1.5 from 62.0 to 66.8 on MMBench": a level a change verb takes a model to, with
        no measure named, on a benchmark named right after it, is in the benchmark's measure (the knowledge
        base's ``measure``), else the benchmark's score."""
        words = toks.words
        start = self._change_start(toks, i)
        if start is None:
            return None
        # the measure named before the change's verb ("AlignScore rises from 0.62 to 0.79 on GovReport and from 0.54 to
        # 0.71 on BookSum": the second change is AlignScore's too)
        verb = next((k for k in range(start - 1, max(0, start - 8) - 1, -1) if words[k].lower_ in CHANGE_VERBS), start)
        if any(m.end <= start and m.start >= verb - 8 for m in ents.metrics):
            return None
        k = toks.after[i]
        toks.read(k, k + 3)
        on, measure = self._measure_after(toks, ents, k) if k < toks.n and words[k].lower_ in {"on", "in"} \
            else (None, None)  # (nothing after a figure that ends the text)
        return None if on is None else measure or on.canonical + " score"

    @staticmethod
    def _drop_of(toks, i):
        """ ", a drop of only 0.3% from full precision": a loss written as a noun before the figure, after a comma."""
        words = toks.words
        k = i - 1
        while k > 0 and words[k].lower_ in {"only", "just", "about", "roughly", "less", "than", "under", "at", "most"}:
            k -= 1
        return k > 2 and words[k].lower_ == "of" and words[k - 1].lower_ in {"drop", "loss", "degradation", "decrease"} \
            and words[k - 2].lower_ in {"a", "an"} and words[k - 3].text == ","

    @staticmethod
    def _preferred_in(toks, i):
        """ "human raters preferred EditAlign outputs in 64% of 300 pairwise comparisons"."""
        words = toks.words
        before = words[max(0, i - 16) : i - 1]
        # ("judged more realistic than INR-Harmonization and DiffHarmony in 71% and 63% of comparisons", "Human judges
        # rated the outputs of Rvemble as more fluent than those of StyleTransformer in 58% of cases")
        return i > 0 and words[i - 1].lower_ == "in" and (
            any(w.lower_.startswith("prefer") for w in before[-12:])
            or any(w.lower_ == "comparisons" for w in words[i + 1 : i + 8])  # "rated ... more readable in 79% of pairwise comparisons"
            or any(w.lower_ in {"judged", "rated", "chosen"} for w in before) and any(w.lower_ in {"more", "better"} for w in before))

    @staticmethod
    def _tied(toks, i):
        """Whether the share of comparisons before token ``i`` is one where neither side won: "no preference",
        "tied"."""
        words = toks.words
        before = words[max(0, i - 10) : i]
        return any(w.lower_ in {"tie", "tied", "ties", "draw", "draws"} for w in before) or any(
            w.lower_ == "no" and k + 1 < len(before) and before[k + 1].lower_ in {"preference", "significant", "clear"}
            for k, w in enumerate(before))

    def _in_comparison_parenthesis(self, toks, i, ents):
        """The metric named last before "(3.62 vs 3.85 ...)", a comparison in parentheses."""
        words = toks.words
        for opening in range(i - 1, max(-1, i - 4), -1):
            if words[opening].text == "(":
                break
        else:
            return None
        inside = words[opening + 1 : min(toks.n, opening + 12)]
        if not any(t.lower_ in {"vs", "vs.", "versus"} for t in inside):
            return None
        before = [e for e in ents.metrics if e.end <= opening]
        since = before[-1].end if before else max(0, opening - 12)
        toks.read(since, opening)
        scored = [e for e in ents.datasets if since <= e.start and e.end <= opening]
        if scored and any(w.lower_ == "score" for w in words[scored[-1].end : opening]):
            return None, scored[-1].canonical + " score"  # "on the general-purpose MMBench its score is unchanged (68.1 vs 68.4)"
        if not before:
            named = next((e for e in ents.datasets if e.end == opening), None)
            # "surpasses GPT-3.5 on MT-Bench (7.8 vs. 7.1)": the benchmark's own score, or the measure it is known
            # to be scored in ("is no better on GPQA-Diamond (81.2 vs. 81.3)": accuracy)
            if named is None:
                return None
            return None, self._benchmark_measure(named) or named.canonical + " score"
        return (before[-1].start_char, before[-1].end_char), self._metric_name(before[-1])

    @staticmethod
    def _measure_over_a_list(toks, start, i):
        """ "Per-class L2 mAPH for vehicles, pedestrians and cyclists is 78.9, 80.2 and 85.1, respectively": the
        measure named before a list of the things it is given for, with "is" or "are" right before the figure, is
        the figure's however long the list is (words, commas and "and" only: no figure, no other punctuation)."""
        words = toks.words
        if i - start < 6 or i - start > 16 or words[i - 1].lower_ not in {"is", "are", "was", "were"}:
            return False
        toks.read(start, i)
        gap = words[start : i - 1]
        return gap[0].lower_ in {"for", "on", "of", "across", "over"} and any(w.lower_ == "and" for w in gap) \
            and any(w.text == "," for w in gap) and all(w.is_alpha or w.text in {",", "-"} for w in gap[1:])

    def _metric(self, toks, i, ents, fig, outcome):
        """The metric the figure reports: a METRIC entity linked before it, or standing right after it;
        ``outcome`` is the figure's ``_outcome_count``.
        Returns (the metric's (start_char, end_char) or None, its name or None)."""
        words, n = toks.words, toks.n
        metrics = ents.metrics
        unit_skip = toks.after[i] - i  # past the unit, or "-fold"
        if outcome is not None:
            return None, outcome  # "ranks first on 41 datasets": wins
        if fig[2] is None and i + 2 < n and words[i + 1].lower_ == "of" and self._trials_count(toks, i, i + 2):
            return None, "successful trials"  # "succeeds in 17 of 20 trials"
        multiple = self._multiple_of_measure(toks, i, fig)
        if multiple is not None:
            return multiple  # "2.2× the frame rate of SegFormer-B2"
        compared = self._compared_in_brackets(toks, i, metrics)
        if compared is not None:
            # "3.4× fewer parameters (27M vs. 94M)"
            return self._qualified(toks, compared, ents) if not isinstance(compared, str) else (None, compared)
        timed = self._times_of_speedup(toks, i, fig)
        if timed is not None:
            if words[i - 1].text != "(":
                # the second time is the one the method is faster than: "than Diffusion-QL", "Compared with X, ..."
                other = self._faster_than(toks, ents, i)
                if other is not None:
                    toks.owners[i] = other
            return None, timed  # "edits an image 11.5× faster (4.1 s vs. 47.2 s)"
        if i > 3 and words[i - 1].lower_ in {"by", "to"} and words[i - 2].lower_ == "it" \
                and words[i - 3].lower_ in CHANGE_VERBS:
            # "achieves the highest median branch coverage on 10 of the 12 targets and improves it by 17.3%":
            # the measure named last before the pronoun, in the same sentence
            toks.read(i - 25, i)
            for k in range(i - 4, max(0, i - 25) - 1, -1):
                if words[k].text in SENTENCE_PUNCT:
                    break
                named = next((m for m in metrics if m.end == k + 1), None)
                if named is not None:
                    return (named.start_char, named.end_char), self._metric_name(named)
        if fig[2] in TIME_UNITS and i > 1 and words[i - 1].lower_ == "at" \
                and words[i - 2].lower_ in {"running", "runs", "run", "operating", "operates"}:
            return None, "latency"  # "running at 40 ms per image" (decision 14: it names nothing that is timed)
        if fig[2] == "%" and i > 2 and self._drop_of(toks, i):
            named = [m for m in metrics if i - 20 <= m.end < i and m.canonical not in COST_METRICS]
            if named:
                # "95.1% accuracy with 8-bit weights, a drop of only 0.3% from full precision": in the measure
                # the drop is of (decision 16)
                return (named[-1].start_char, named[-1].end_char), self._metric_name(named[-1])
        if fig[2] in {None, "%"} and i + 2 < n and words[i + 1].lower_ == "average" \
                and words[i + 2].lower_ in {"on", "across", "over", ","}:
            return toks.chars(i + 1, i + 2), "average score"  # "achieves 63.4 average on the Open LLM Leaderboard"
        memory = self._memory_of(toks, i, fig)
        if memory is not None:
            return memory  # "fits in 38 GB of memory", "19.4 GB of host memory"
        removed = self._removed_share(toks, i, fig, metrics)
        if removed is not None:
            return removed  # "while removing 55% of FLOPs": FLOPs reduction
        kept = self._kept_share(toks, i, fig)
        if kept is not None:
            toks.kept[i] = (toks.first_at([kept[0][1]])[0] if kept[0] is not None else toks.after[i], kept[1])
            return kept  # "retains 97.4% of the full-cache average score": relative average score
        if fig[2] == "fps" and unit_skip == 2:
            if i + 2 < n and words[i + 2].lower_ in {"video", "videos", "clip", "clips", "footage"}:
                return None, None  # "producing 5 seconds of 24 fps video": the video's frame rate, a setting
            return toks.chars(i + 1, i + 2), "FPS"  # "at 108 FPS": the unit names the measure
        for e in metrics:
            if e.start == i + unit_skip and e.canonical in RATE_UNIT_METRICS and i > 1 and any(
                    s.end == i - 1 and words[i - 1].lower_ in {"reaches", "is", "of", "=", "achieves"}
                    and s.canonical not in RATE_UNIT_METRICS for s in metrics):
                continue  # "Throughput reaches 8 frames per second": the subject names the measure, the unit the rate
            if e.start == i + unit_skip or e.start == i + unit_skip + 1 and i + unit_skip < n \
                    and words[i + unit_skip].lower_ in {"average", "mean", "overall", "total"} \
                    or (e.start == i + unit_skip + 1 or e.start == i + unit_skip + 2
                                            and words[i + unit_skip + 1].text == ")") \
                    and i + unit_skip < n and words[i + unit_skip].lower_ in SIZE_COMPARATIVES_OR_BETTER:
                # "(up to 30% higher) inference latency": the bracket closes before the measure; "a perplexity
                # of 15.82 and 58.4% average accuracy": the second figure's measure, not the list's
                # "81.2% relaxed accuracy on ChartQA", "30% less training time": a metric written right
                # after the figure is its own
                return (e.start_char, e.end_char), self._metric_name(e)
        k = i + unit_skip
        if k + 1 < n and words[k].is_alpha and words[k].is_lower and not words[k].is_stop \
                and words[k].lower_ not in SIZE_COMPARATIVES_OR_BETTER and words[k].lower_ not in AFTER_FIGURE \
                and i > 0 and words[i - 1].lower_ in {"and", ","}:
            # "72.6% execution accuracy and 70.1% program accuracy": a measure the knowledge base knows, after a
            # word that says which, is the listed figure's own (its name with that word)
            own = next((e for e in metrics if e.start == k + 1 and e.label_ == "METRIC"), None)
            if own is not None and own.end - own.start == 1:
                start, end = toks.chars(k, own.end)
                return (start, end), toks.text[start:end]
        last = None  # the metric that ends last before the figure (the first of those that end there)
        for e in metrics:
            if e.end <= i and (last is None or e.end > last.end):
                last = e
        if last is not None and (last.start - 1 in toks.settings or last.start - 2 in toks.settings
                                 and words[last.start - 1].text in UNITS):
            # "an FID of 3.42 with 10 NFEs on CIFAR-10 and 4.71 on FFHQ": the count a setting is in names
            # no later figure; the measure before it does
            prior = [e for e in metrics if e.end < last.start - 1]
            last = prior[-1] if prior else None
        linked_from = last.end if last is not None else None
        if last is not None and self._measured_at(toks, last.start):
            # "the TPR at 1% FPR is 86.5%": the figure is the TPR's, measured at a false positive rate
            prior = [e for e in metrics if e.end < last.start]
            if prior and all(w.lower_ in {"at", "a", "an", "fixed"} or w.figure is not None or w.text in UNITS
                             for w in words[prior[-1].end : last.start]):
                last = prior[-1]
            else:
                last = None
        after = toks.after[i]
        if after + 1 < n and words[after].lower_ in SIZE_COMPARATIVES and words[after + 1].is_alpha \
                and not words[after + 1].is_stop:
            last = None  # "95% accuracy with 50% fewer parameters": the figure names its own measure
        elif last is not None and after + 2 < n and words[after].lower_ in CHANGE_NOUNS | GAIN_WORDS \
                and words[after + 1].lower_ == "in" and i > 1 and words[i - 1].lower_ in {"a", "an"} \
                and words[i - 2].lower_ in {"and", ","}:
            last = None  # "a 27% reduction in hallucination rate and a 15% increase in factual accuracy"
        elif last is not None and after + 1 < n and words[after].lower_ == "in" and i > 0 \
                and words[i - 1].lower_ in {"and", ","} and any(e.start == after + 1 for e in metrics):
            last = None  # "an average improvement of 3.5% in accuracy and 2.1% in F1": the second names its own
        elif last is not None and after + 1 < n and words[after].is_alpha and not words[after].is_stop \
                and words[after + 1].lower_ in CHANGE_NOUNS and words[i - 1].lower_ in {"and", ","}:
            # "2.3x speedup and 40% memory reduction": the second figure names its own change
            return toks.chars(after, after + 2), f"{words[after].lower_} {words[after + 1].lower_}"
        if last is not None and fig[2] == "points" and last.canonical in COST_METRICS:
            last = None  # "at only 3.9 GMACs, 1.9 points above TopFormer-B": a cost is never counted in points
        if last is not None and fig[2] == "×" and after < n and words[after].lower_ in {"faster", "quicker"} \
                and i > 0 and words[i - 1].text == ",":
            last = None  # "the real-time factor of Cadenzor-L is 0.071, 2.7× faster than Zipformer-L": a speed-up
        if last is not None and i - linked_from - self._spread_words(toks, linked_from, i) \
                - self._dataset_words(toks, linked_from, i, ents) <= self.window \
                and self._linked(toks, linked_from, self._low_end(toks, i), ents):
            return self._qualified(toks, last, ents)  # "accuracy gains (12-38%)": up to the range's low end
        if last is not None and self._subject_of_copula(toks, last, i, ents):
            return self._qualified(toks, last, ents)
        if last is not None and self._measure_over_a_list(toks, linked_from, i):
            return self._qualified(toks, last, ents)
        if last is not None and i > 0 and words[i - 1].text == ":" and i - last.end <= 10 and not any(
                w.figure is not None or w.text in SENTENCE_PUNCT for w in words[last.end : i - 1]):
            # "Validation perplexity on C4 follows the same trend: 16.82 for TideLR against 17.05 for ...": the
            # figures a colon opens are in the measure its clause named
            return self._qualified(toks, last, ents)
        low = self._low_end(toks, i)  # "by 2.5x-3x": the word before the range
        accelerated = next((k for k in range(low - 1, max(0, low - 16) - 1, -1) if words[k].lower_ in ACCELERATE_WORDS), None)
        if fig[2] in {"×", "%"} and accelerated is not None and words[low - 1].lower_ in BY_AND_FILLERS \
                and not any(w.figure is not None and words[k + 1].text != "-"  # ("50-step sampling" names no figure)
                            for k, w in enumerate(words[accelerated + 1 : low], accelerated + 1)):
            # "accelerates the image encoder of OpenCLIP by 1.7×", not "accelerates X by 2.8× with a total score of 83.1%"
            return None, "speedup"
        unit_skip = toks.after[i] - i  # past the unit, or "-fold"
        for e in metrics:
            gap = words[i + unit_skip : e.start]
            if e.start >= i + unit_skip and gap and self._reports_next(toks, e):
                continue  # "29.6 dB and an rFVD of 67": that metric is the next figure's
            if len(gap) == 1 and gap[0].lower_ == "for" and i > 1 and (
                    words[i - 1].lower_ in CONTRASTS or words[i - 1].lower_ == "with" and words[i - 2].lower_ == "compared"):
                continue  # "a Cohen's kappa of 0.71, against 0.52 for FActScore": the baseline set against it
            if len(gap) <= 4 and any(t.lower_ in CHANGE_VERBS or t.lower_ in REPORT_VERBS
                                     or t.lower_ in {"and", "or", "but", "while", "whereas"} for t in gap):
                # "reduces trainable parameters by 10x and improves accuracy by 1.2%", "by 10,000 times and
                # the GPU memory requirement by 3 times": another clause's
                continue
            if gap and (gap[0].lower_ in {"across", "without", "per"} or gap[0].lower_ == "for" and len(gap) > 1
                        and gap[1].lower_ in {"all", "each", "every"}):
                continue  # "gains of 1.5-2.3% across all model sizes", "by 75% without sacrificing accuracy"
            if e.start >= i + unit_skip and (len(gap) <= 2 and all(not t.is_punct and t.figure is None for t in gap)
                                             and not (gap and gap[0].lower_ == "at")  # "0.187 at matched bit-rate"
                                             # ("at day 10 its anomaly correlation coefficient", "In Table 3 the F1":
                                             # a determiner opens the measure's own phrase; but "1.2× the
                                             # wall-clock time" is a multiple of it)
                                             and (fig[2] == "×" or not any(t.lower_ in PHRASE_OPENERS for t in gap))
                                             or len(gap) <= 4
                                             and gap[0].lower_ == "of" and all(t.is_stop or t.text == "'s" or
                                                                                t.lower_.endswith("'s") or not t.is_punct
                                                                                and t.text[:1].isupper() for t in gap[1:])
                                             or len(gap) <= 5 and gap[0].lower_ == "of" and gap[-1].lower_ in POSSESSIVES
                                             and all(t.is_alpha or t.text in {"-", "'s", "’s"} for t in gap[1:-1])
                                             or len(gap) <= 4 and gap[-1].lower_ in {"in", "of"} and all(
                        t.lower_ in CHANGE_WORDS or t.lower_ in {"more", "points", "point"} for t in gap[:-1])):
                # "a 12.5% relative improvement in WER", "1.4 more points of MRR@10"
                return (e.start_char, e.end_char), self._metric_name(e)
        nxt = i + unit_skip if i + unit_skip < n else None
        if fig[2] is None and i + 5 < n and words[i + 1].text == "-" and words[i + 2].lower_ in {"point", "points"} \
                and words[i + 3].lower_ in CHANGE_NOUNS and words[i + 4].lower_ in {"in", "of"}:
            # "with a 1.1-point drop in zero-shot mIoU": a change in points of the measure named after it
            toks.read(i + 5, i + 9)
            change = words[i + 3].lower_
            metric = next((e for e in ents.metrics if i + 5 <= e.start <= i + 8), None)
            if metric is not None:
                first = i + 7 if words[i + 5].lower_ == "terms" and words[i + 6].lower_ == "of" else i + 5
                start, end = toks.chars(first, metric.end)  # (past "in terms of")
                return None, toks.text[start:end] + " " + change
            what = self._hyphenated_words(toks, i + 5, i + 9)[:3]
            if what and what[-1].lower_ in METRIC_HEADS:
                return None, " ".join(w.text for w in what) + " " + change
        if fig[2] is None and i + 3 < n and words[i + 1].text == "-" and words[i + 2].lower_ in {"point", "points"} \
                and words[i + 3].lower_ in GAIN_WORDS and (i + 4 >= n or words[i + 4].lower_ not in {"in", "of"}):
            return None, "improvement"  # "a 10.3-point gain on HumanEval": an unnamed gain (decision 9)
        if fig[2] == "%" and nxt is not None and nxt + 2 < n and words[nxt].lower_ == "reduction" \
                and words[nxt + 1].lower_ in {"in", "of"}:
            # "a 40% reduction in training cost"
            what = [w.lower_ for w in self._hyphenated_words(toks, nxt + 2, nxt + 5)[:3]]
            if what:
                return toks.chars(i, nxt + 2 + len(what)), " ".join(what + ["reduction"])
        if fig[2] in {"%", "×"} and nxt is not None and nxt + 2 < n and words[nxt].lower_ == "increase" \
                and words[nxt + 1].lower_ == "in" and i > 0 and words[i - 1].lower_ in {"a", "an"}:
            # "with a 1.2x increase in generation time": the cost that grows, named in plain words
            what = self._hyphenated_words(toks, nxt + 2, nxt + 5)[:3]
            if what and what[-1].lower_ in COST_HEADS:
                return toks.chars(i, nxt + 2 + len(what)), " ".join(w.lower_ for w in what)
        if fig[2] in {"%", "×"} and nxt is not None and i > 0 and words[i - 1].lower_ in {"a", "an"}:
            # "a 45% memory reduction", "a 63× size reduction": the change of the measure named between
            k = nxt
            while k < min(n, nxt + 3) and words[k].is_alpha and not words[k].is_stop and words[k].lower_ not in CHANGE_NOUNS:
                k += 1
            if nxt < k < n and words[k].lower_ in {"reduction", "increase", "decrease", "improvement"} \
                    and words[k - 1].lower_ in METRIC_HEADS \
                    and not any(e.start < k and e.end > nxt and e.label_ != "METRIC" for e in ents):
                return toks.chars(i, k + 1), " ".join(w.lower_ for w in words[nxt : k + 1])
        if fig[2] == "%" and nxt is not None and nxt + 2 < n and words[nxt].lower_ == "to" \
                and any(w.lower_ in {"adds", "add", "added", "adding"} for w in words[max(0, i - 4) : i]):
            # "adds 6% to the per-epoch pretraining time": a share more of the measure named after "to"
            start = nxt + 2 if words[nxt + 1].lower_ == "the" else nxt + 1
            end = start
            while end < min(n, start + 5) and (words[end].is_alpha or words[end].text == "-") and not words[end].is_stop:
                end += 1
            named = self._phrase_at(toks, start, end, ents, need_boundary=False) if end > start else None
            if named is not None:
                return named
        if fig[2] == "%" and nxt is not None and words[nxt].lower_ == "faster":
            return None, "speedup"  # "Kiln8 is 9% faster", "20-40% faster than EAGLE-1"
        if fig[2] in {"%", "×"} and nxt is not None:
            # "a significant 43% end-to-end efficiency improvement": a gain in what is no measure (efficiency,
            # performance, quality) is an unnamed gain (guideline: those words alone name no measure)
            k = nxt
            toks.read(k, k + 7)
            while k < min(n, nxt + 6) and (words[k].is_alpha or words[k].text == "-") \
                    and (not words[k].is_stop or words[k - 1].text == "-") and words[k].lower_ not in GAIN_WORDS:
                k += 1  # (a stop word inside a compound is the compound's: "end-to-end")
            if nxt < k < n and words[k].lower_ in GAIN_WORDS and words[k - 1].lower_ in NO_MEASURE_WORDS:
                return None, "improvement"
        if fig[2] == "×" and nxt is not None:
            # "2.3x faster", "3.18× compression speed up", "3x inference speedup"
            after = words[nxt : nxt + 4]
            for k, t in enumerate(after):
                if t.lower_ == "slower" and k == 0:
                    return toks.chars(nxt, nxt + 1), "slowdown"  # "generation is 2.8 times slower than plain decoding"
                if t.lower_ in SPEEDUP_WORDS or (t.lower_ == "speed" and k + 1 < len(after)
                                                 and after[k + 1].lower_ == "up"):
                    qualifier = " ".join(w.lower_ for w in after[:k] if w.is_alpha)
                    end = nxt + k + (2 if t.lower_ == "speed" else 1)
                    return toks.chars(nxt, end), f"{qualifier} speedup".strip()
                if t.lower_ in REDUCTION_WORDS and k == 0:
                    # "7.3times fewer trainable parameters", "10-100X smaller",
                    # "10x reduction in (the) number of non-zero parameters"
                    first = nxt + 1
                    toks.read(first, first + 6)
                    if t.lower_ == "reduction" and first < n and words[first].lower_ in {"in", "of"}:
                        first += 1
                        while first + 1 < n and (words[first].lower_ == "the" or words[first].lower_ in {
                                "number", "amount"} and words[first + 1].lower_ == "of"):
                            first += 2 if words[first].lower_ != "the" else 1
                    last = next((k for k in range(first, min(first + 5, n)) if words[k].lower_ in {"than", "and", "or"}),
                                first + 5)
                    # "2.5x fewer samples than QPLEX"; nothing after "4.3x smaller and achieves ...": a new clause;
                    # "47× fewer parameters and runs 11× faster": the noun ends before "and"
                    what = [] if first < n and words[first].lower_ in {"and", "but", "while", "whereas", "yet"} \
                        else self._hyphenated_words(toks, first, last)
                    names = _compound_names(what)
                    if names:
                        names[-1] = singular(names[-1])
                    if t.lower_ == "cheaper" and (not names or words[first].lower_ == "to"):
                        names = ["cost"]  # "8 times cheaper than GenCast", "3.4x cheaper to train"
                    if not names:
                        # "the largest eigenvalue is 3.2x smaller": the subject says what; a reduction of
                        # nothing named is no result a reader can use
                        return self._smaller(toks, i, nxt) or (None, None)
                    return toks.chars(nxt, nxt + 1), " ".join(names + ["reduction"])
                if t.lower_ in COMPARATIVES and k == 0:
                    # "5.3-13.17x longer context lengths": the measure named after the comparative
                    what = []
                    for w in words[nxt + 1 : nxt + 4]:
                        if not w.is_alpha or w.is_stop:
                            break
                        what.append(w)
                    named = list(what)
                    while what and what[-1].lower_.rstrip("s") not in METRIC_HEADS and what[-1].lower_ not in METRIC_HEADS:
                        what.pop()
                    if what:
                        return toks.chars(nxt + 1, nxt + 1 + len(what)), " ".join(w.lower_ for w in what)
                    end = nxt + 1 + len(named)
                    if named and end + 1 < n and words[end].lower_ == "per" and words[end + 1].lower_ in {"second", "sec", "s"}:
                        return toks.chars(nxt, end + 2), "throughput"  # "2.6x more clips per second": a throughput
                    if t.lower_ == "more" and named:
                        # "3.8x more concurrent requests", "2.2x more GPU hours": how many more of what it names
                        return toks.chars(nxt + 1, nxt + 1 + len(named)), " ".join(
                            w.text if w.text.isupper() else w.lower_ for w in named)
                if not t.is_alpha or t.is_stop:
                    break
        if nxt is not None and nxt + 2 < n and words[nxt + 1].lower_ == "per" and words[nxt + 2].lower_ in {"second", "sec"} \
                and words[nxt].is_alpha and words[nxt].lower_.endswith("s"):
            # "about 40 notes per second", "412 images per second": a throughput
            return toks.chars(i, nxt + 3), "throughput"
        k = i - 1
        if k > 3 and words[k].lower_ == "to":
            k -= 1
            if words[k].text in UNITS and words[k - 1].figure is not None:
                k -= 1
            if words[k].figure is not None and words[k - 1].lower_ == "from" and k > 2 \
                    and words[k - 2].lower_ in {"range", "ranges", "ranging", "ranged"} and words[k - 3].lower_ in GAIN_WORDS:
                return None, "improvement"  # "improvements range from 1.1 to 3.8 points": an unnamed gain (decision 9)
        changed = self._changed_metric(toks, i, ents)
        if changed is not None:
            return changed
        if fig[2] == "%" and nxt is not None and i > 0 and words[i - 1].lower_ in REPORT_OR_JOIN:
            named = self._named_after_figure(toks, nxt)  # "reaching 78% Line Coverage", "with 95% Success"
            if named is not None:
                return named
        phrase = self._phrase_metric(toks, i, ents)
        if phrase is not None:
            return phrase
        plain = self._changed_metric(toks, i, ents, plain=True)
        if plain is not None:
            return plain  # "cuts generated tokens by 61%"
        if fig[2] == "×" and low > 1 and words[low - 1].lower_ == "by" and any(
                w.lower_ in {"compresses", "compressed", "compressing", "compress"} for w in words[max(0, low - 8) : low - 1]):
            return None, "compression ratio"  # "compresses Whisper large-v3 by 6x"
        benchmark = self._raised_on_benchmark(toks, i, ents)
        if benchmark is not None:
            return None, benchmark  # "boosts LLaVA-1.5 from 62.0 to 66.8 on MMBench"
        if fig[2] in {"%", "points"} and nxt is not None and nxt + 1 < n and words[nxt].lower_ == "in" \
                and low > 0 and words[low - 1].lower_ in BY_AND_FILLERS:
            # "outperforms X by 2.1% in retrieval accuracy": the change is in the measure named after it (but
            # "by up to 2.94% in average performance" names none, performance alone being no measure: an
            # unnamed gain, decision 16)
            toks.read(nxt + 1, nxt + 6)
            end = nxt + 1
            while end < min(nxt + 5, n) and (words[end].is_alpha or words[end].text == "-") and not words[end].is_stop:
                end += 1
            if end > nxt + 1 and words[end - 1].lower_ == "performance":
                return None, "improvement"
            if end > nxt + 1 and words[end - 1].lower_ in METRIC_HEADS \
                    and not any(e.start < end and e.end > nxt + 1 for e in ents if e.label_ != "METRIC"):
                return toks.chars(nxt + 1, end), " ".join(w.lower_ for w in words[nxt + 1 : end])
        if fig[2] in {"%", "×", "GB", "MB", "ms", "s"} and nxt is not None and words[nxt].lower_ in SMALLER_WORDS:
            smaller = self._smaller(toks, i, nxt)  # (and "uses 5.1 GB less memory": by how much, in the measure's unit)
            if smaller is not None:
                return smaller
        duration = fig[2] is None and self._time_words(toks, i, fig)  # a duration's figure has no unit
        if duration:
            trained = self._trained_for(toks, i)
            if trained is not None:
                return None, trained + " time"  # "the pruned student is then distilled for 20 hours"
        if (fig[2] in TIME_UNITS or duration) and any(t.lower_ in TAKES or duration and t.lower_ in SPENDS_TIME
                                                       for t in words[max(0, i - 3) : i]):
            # guideline decision 14: a time is named by what is timed, where the sentence names it
            # ("Decoding a scene takes 1.9 s", "Calibration takes 41 minutes"), else it is a latency
            activity = self._timed_agent(toks, i) or self._activity(toks, i)
            if i > 1 and words[i - 1].lower_ == "in" and words[i - 2].lower_ in MADE_WORDS:
                activity = "generation"  # "A 30-second excerpt is produced in 0.8 s"
            elif i > 1 and words[i - 1].lower_ == "in" and words[i - 2].lower_ in PASSIVE_PROCESSES:
                activity = PASSIVE_PROCESSES[words[i - 2].lower_]  # "Rotations are fitted in 25 minutes"
            if activity is None:
                activity = self._timed_process(toks, i)
            if activity is None:
                activity = self._timed_subject(toks, i)
            if activity is None and i > 2 and words[i - 1].lower_ in {"in", "within", "under"}:
                # "transcribes a page in 1.4 s": the verb of the clause names the process
                activity = self._clause_verb_process(toks, i)
            if activity is not None:
                return None, activity + " time"  # "Generating 50,000 images takes 3.1 minutes"
            subject = {t.lower_ for t in words[max(0, i - 8) : i]}
            if subject & {"training", "train", "trains", "fine-tuning", "pretraining"}:
                return None, "training time"
            if duration and self._timed_verb(toks, i) is not None:
                return None, "time"  # "a full fold takes 2.7 minutes": a duration of what the clause does
            return (None, "latency") if fig[2] in TIME_UNITS else (None, None)
        if fig[2] == "%" and nxt is not None and words[nxt].lower_ == "of" and self._within_threshold(toks, i) is not None:
            return None, "success rate"  # "52.3% of ligands within 2 Å RMSD": the share that meets the threshold
        rate = self._succeeds_in(toks, i) if fig[2] == "%" else None
        if rate is not None:
            return None, rate  # "TDP succeeds in 95% of trials", "resolves 46.8% of issues"
        if fig[2] == "%" and nxt is not None and words[nxt].lower_ == "of" and self._covers(toks, i):
            return None, "coverage"  # "split conformal prediction covers only 81.4% of test points"
        often = self._of_the_time(toks, i, fig)
        if often is not None:
            return None, often
        if fig[2] == "%" and self._preferred_in(toks, i):
            # "raters preferred EditAlign outputs in 64% of pairwise comparisons"; "reported no preference in 44%",
            # "were tied in 44% of pairwise comparisons": how often neither wins
            return None, "tie rate" if self._tied(toks, i) else "win rate"
        if nxt is not None and words[nxt].text in {"Hz", "kHz"} and i > 1 and (
                words[i - 1].lower_ == "at" and words[i - 2].lower_ in {"runs", "run", "running", "operates", "operating"}
                or words[i - 1].lower_ in {"reaches", "reaching"}):
            return toks.chars(i, nxt + 1), "frequency"  # "OpenVLA-Fast runs at 42 Hz"
        parenthesis = self._in_comparison_parenthesis(toks, i, ents)
        if parenthesis is not None:
            return parenthesis  # "its NIQE is the lowest (3.62 vs 3.85 for the next best)"
        if fig[2] == "×" and low > 0 and words[low - 1].lower_ in BY_AND_FILLERS and self._outperforms(toks, low):
            return None, "speedup"  # "outperforms Sputnik and SparTA by an average of 2.9x"
        if fig[2] in {"%", "points"} and low > 0 and words[low - 1].lower_ in BY_AND_FILLERS \
                and (self._outperforms(toks, low, 12) or self._improves_over(toks, low, ents)):
            named = [m for m in metrics if m.end <= low and m.canonical not in COST_METRICS]
            if named:
                # "achieves 58.7% top-1 accuracy on ImageNet-1K, surpassing SRe2L by 12.3 points", "a top-1 accuracy
                # of 81.6%, surpassing MobileViT-S by 3.2%": in the measure the sentence reported before (decision 16)
                return (named[-1].start_char, named[-1].end_char), self._metric_name(named[-1])
            return None, "improvement"  # "outperforms the previous state of the art by 4.2% on ImageNet"
        first, unit = self._listed_by(toks, low, i, fig)  # "by 4.2 and 3.6 points": the list's first figure, its unit
        if (first != low or unit != fig[2]) and unit in {"%", "points"} and first > 0 \
                and words[first - 1].lower_ in BY_AND_FILLERS \
                and (self._improves_over(toks, first, ents) or self._outperforms(toks, first, 12, beats=True)):
            # "improves over the best baseline, FedLC, by 4.2 and 3.6 points", "outperforms LoRA by 2.1, 3.4 and
            # 1.8 points on BoolQ, PIQA and HellaSwag": each figure of the list, as the one alone would be
            named = [m for m in metrics if m.end <= first and m.canonical not in COST_METRICS]
            end = self._list_end(toks, i)
            after = next((m for m in metrics if first < m.start <= end + 1), None)
            if after is not None and after.start == end + 1 and words[end].lower_ == "in":
                # "surpassing LLM-Planner and SayCan by 14.5 and 8.2 points in success rate"
                return (after.start_char, after.end_char), self._metric_name(after)
            if len({m.canonical for m in named}) > 1 or after is not None:
                # (not where the list pairs with measures listed before it, or names its own after it: "R1@0.5 and
                # 52.7 mAP ..., surpassing CG-DETR by 2.9, 3.4 and 2.2 points, respectively", "by 4.6 and 2.9 points
                # nDCG@10")
                return (None, "improvement") if self._improves_over(toks, first, ents) else (None, None)
            if named:
                return (named[-1].start_char, named[-1].end_char), self._metric_name(named[-1])
            return None, "improvement"
        gain = nxt
        while gain is not None and gain < min(n - 1, nxt + 2) and words[gain].lower_ in {"average", "overall", "mean",
                                                                                        "relative", "absolute"}:
            gain += 1  # "with 4.6% and 1.3% average improvements compared to LoRA", "a 23.5% relative improvement"
        if fig[0] in {"+", "-", "−"} and i > 1 and words[i - 1].text == "(":
            # "leaving English perplexity nearly unchanged (+0.4)": the change of the measure just named (decision 9)
            named = next((e for e in reversed(ents.metrics) if i - 6 <= e.end <= i - 1
                          and not any(w.is_punct for w in words[e.end : i - 1])), None)
            if named is not None:
                return (named.start_char, named.end_char), self._metric_name(named)
        if gain is not None and words[gain].lower_ in GAIN_WORDS and gain + 2 < n and words[gain + 1].lower_ in {"on", "in"}:
            # "a 4.1% absolute improvement on the Recall@1 metric", "in terms of NDCG@10": the measure named after
            k = gain + 2
            toks.read(k, k + 6)
            if k < n and words[k].lower_ == "the":
                k += 1
            if k + 1 < n and words[k].lower_ == "terms" and words[k + 1].lower_ == "of":
                k += 2
            named = next((e for e in metrics if e.start == k), None)
            if named is not None and (words[gain + 1].lower_ == "in" or named.end < n and words[named.end].lower_ in {
                    "metric", "score", "measure"}):
                return (named.start_char, named.end_char), self._metric_name(named)
        if gain is not None and words[gain].lower_ in GAIN_WORDS and gain + 2 < n and words[gain + 1].lower_ == "in":
            toks.read(gain + 2, gain + 6)
            end = gain + 2
            while end < min(gain + 5, n) and words[end].is_alpha and not words[end].is_stop:
                end += 1
            if end > gain + 2 and words[end - 1].lower_ in METRIC_HEADS and words[end - 1].lower_ not in NOT_NAMED_HEADS:
                # "a 2.5x improvement in sample efficiency over PPO": the measure it improves, in plain words
                return toks.chars(gain + 2, end), " ".join(w.lower_ for w in words[gain + 2 : end])
        if gain is not None and words[gain].lower_ in GAIN_WORDS and fig[2] in {"%", "points"} and i > 1 \
                and words[i - 1].lower_ in {"a", "an"} and words[i - 2].text == ",":
            # "raises training throughput from 4,120 to 5,630 tokens per second, a 37% improvement": the gain of the
            # measure the sentence just reported (decisions 9 and 16)
            named = next((e for e in reversed(metrics) if e.end < i - 2), None)
            if named is not None:
                return (named.start_char, named.end_char), self._metric_name(named)
        if fig[0] == "+" or (gain is not None and words[gain].lower_ in GAIN_WORDS and fig[2] in {"%", "points"}):
            return None, "improvement"
        if fig[2] in {"%", "×"} and gain is not None and words[gain].lower_ in {"reduction", "decrease"} and i > 1 \
                and words[i - 1].lower_ in {"a", "an"} and words[i - 2].text == ",":
            # "an EER of 0.83% on VoxCeleb1-O, a 12% relative reduction": the reduction of the measure just reported
            named = next((e for e in reversed(metrics) if e.end < i - 2), None)
            if named is not None:
                return None, self._metric_name(named) + " reduction"
        if low > 1 and words[low - 1].lower_ in {"are", "is", "were", "was", "of"} and fig[2] in {"%", "points", None}:
            k = low - 2  # ("gains of 1.5-2.3%": from the range's low end)
            named = next((e for e in ents if e.end == k + 1 and e.label_ in {"METHOD", "DATASET"}), None)
            if named is not None and named.start > 1 and words[named.start - 1].lower_ in {"over", "on"}:
                k = named.start - 2  # "the gain over ESM-2 is 0.11"
            if words[k].lower_ in GAIN_WORDS:
                return None, "improvement"  # "the gains are 4.8 and 6.1 points", "a gain of 3.2"
        if fig[2] in {"%", "points"} and nxt is not None and nxt + 1 < n and words[nxt].is_alpha \
                and not words[nxt].is_stop and words[nxt].lower_ not in AFTER_FIGURE \
                and words[nxt + 1].lower_ in {"drop", "degradation", "loss"}:
            # "with less than 1% performance drop": in the measure it names in plain words (decision 16: a gap is
            # named by the measure compared, not "drop")
            return toks.chars(i, nxt + 2), words[nxt].lower_
        return None, None

    def _changed_metric(self, toks, i, ents, reach=20, plain=False):
        """A known metric whose change the figure reports, with words between them:
        "nDCG@5 even improves from 79.1 to 80.4", "the AUROC for unseen drugs rises from
        0.781 to 0.846", "reduces the EER on the In-the-Wild dataset from 10.5% to 6.2%",
        "improves the F1 of persona recall by 6.5 points". With ``plain``, where no known metric is there, the
        measure the change names in plain words (``_changed_phrase``)."""
        words = toks.words
        lo = max(0, i - reach)
        k = i - 1  # the word before "by", "from" or "to"
        if k - 1 > lo and words[k].text in {"-", "–"} and words[k - 1].figure is not None:
            k -= 2  # "improves latency by 1.5-2.7times": the range's low end
        if k > lo and words[k].lower_ == "to":
            k -= 1
            start = k - 1 if k - 1 > lo and words[k].figure is None and words[k - 1].figure is not None else k
            if start > lo and words[start].figure is not None and words[start - 1].lower_ == "from":
                k = start - 2  # "from 10.5% to 6.2%", "from 1.42 mm to 1.07 mm"
            else:
                owner = self._owned_start(toks, k, lo)
                if owner is not None:
                    k = owner - 2  # "J&F improves from 64.3 for Cutie to 69.8"
        elif k > lo and words[k].lower_ in BY_AND_FILLERS:
            while k > lo and words[k].lower_ in BY_FILLERS:
                k -= 1
            if words[k].lower_ != "by":
                return None
            k -= 1
        else:
            return None
        if k < lo:
            return None  # "from 45.2 to 87.9%" opening the text: no word before it names a measure
        if k > lo + 1 and words[k].text == "," and words[k - 1].lower_ in CHANGE_VERBS:
            k -= 1  # "Recall@10 more than doubles, from 0.011 to 0.026"
        # the words back to the metric: no figure, no punctuation but hyphens and brackets
        start = k

        def named(k):  # "on AIME 2025", "Yahoo! R3": a figure or a mark inside a name; asked only of those
            return any(e.start <= k < e.end and e.label_ != "METRIC" for e in ents)

        while start > lo and (not words[start].figure or named(start) or self._measured_at(toks, start + 1)
                              or start + 2 < toks.n and words[start + 1].text == "-" and words[start + 2].is_alpha
                              and not toks.doc[start].whitespace_  # "RMSE at the 60-minute horizon"
                              or tuple(
                w.lower_ for w in words[start - 2 : start]) in SETTING_PAIRS) and not (
                words[start].is_punct and words[start].text not in {"-", "(", ")", "%"} and not named(start)
                and not self._in_dataset_parenthesis(toks, ents, start, k + 1)):
            start -= 1  # "raised recall at a fixed 0.1% false positive rate from 41% to 56%": past the 0.1%, as past
            # the batch size in "Decoding throughput with batch size 64 improves by 1.6×"
        verbs = [v for v in range(start, k + 1) if words[v].lower_ in CHANGE_VERBS
                 or v == k and words[v].lower_ in CHANGE_BASES]  # "Encoder FLOPs fall by 2.3x"
        if not verbs:
            return None
        verb = verbs[-1]
        # "the Level 2 mAPH": a figure in its name; "End-to-end latency on a single H100 falls from": a long
        # name may start before the reach
        metrics = [e for e in ents.metrics if start < e.end and e.end <= k + 1 and e.end > lo]
        after = [e for e in metrics if e.start > verb]
        if after:
            metric = after[0]  # "reduces the EER on ... from": the verb's object
        else:
            before = [e for e in metrics if e.end <= verb]
            if not before:
                return self._changed_phrase(toks, ents, start, verb, k) if plain else None
            metric = before[-1]  # "nDCG@5 even improves from"
        if metric.end <= k and words[metric.end].lower_ in METRIC_HEADS and words[metric.end].lower_ not in {"score", "scores"}:
            return None  # "the equal opportunity gap ... by 58%": a longer phrase names the measure ("the J&F score" does not)
        return self._qualified(toks, metric, ents)

    @staticmethod
    def _changed_phrase(toks, ents, start, verb, k):
        """The measure a change names in plain words when the knowledge base knows none there: the verb's object
        ("cuts generated tokens by 61%", "lowering API cost by 41%"), else its subject ("formation energy errors
        fall from 0.41 eV to 0.12 eV"): up to four content words ending in a measure's head."""
        words = toks.words

        def phrase(lo, hi):
            while lo < hi and words[lo].lower_ in {"the", "a", "an", "its", "their", "our", "his", "her"}:
                lo += 1
            if lo + 2 < hi and words[lo].lower_ in {"number", "amount"} and words[lo + 1].lower_ == "of":
                lo += 2  # "reduces the number of parameters by 75%": the parameters
            span = words[lo:hi]
            # (a hyphenated word counts once: "the sim-to-real gap" is two words)
            count = sum(1 for k, w in enumerate(span) if w.text != "-" and not (k > 0 and span[k - 1].text == "-"))
            if not 0 < count <= 4 or hi - lo > 8 or words[hi - 1].lower_ not in CHANGED_HEADS:
                return None
            if not all(w.is_alpha and (not w.is_stop or k > lo and words[k - 1].text == "-") or w.text == "-"
                       for k, w in enumerate(words[lo:hi], lo)) \
                    or any(e.start < hi and e.end > lo and e.label_ != "METRIC"
                           and not (e.label_ in {"METHOD", "TASK"} and e.end < hi) for e in ents):
                return None  # (but "reduces the KV cache size by 8x": the size of a named part)
            return " ".join(w.text if w.text.isupper() else w.lower_ for w in words[lo:hi]).replace(" - ", "-")

        level = k + 1 < toks.n and words[k + 1].lower_ == "from"  # "falls from 96 s to 11 s", not "by 57%"

        def subject(lo, hi):
            """ "End-to-end slide processing time falls", "Tool calls per problem drop", "the average response
            length on MATH-500 drops": the measure's head, past what it is measured per or on, and the words
            before it that qualify it (hyphens join a word: "finish-time fairness ratio")."""
            toks.read(lo, hi + 1)
            head = next((h for h in range(hi - 1, max(lo, hi - 5) - 1, -1) if words[h].lower_ in CHANGED_HEADS), None)
            if head is None or head + 1 < hi and words[head + 1].lower_ not in {"per", "on", "across", "for", "over", "at", "in"}:
                return None
            first = head
            while first > lo and first > head - 8 and (words[first - 1].is_alpha and not words[first - 1].is_stop
                                                       or words[first - 1].text == "-" and first - 1 > lo):
                first -= 1
            if first < head and words[first].text == "-" or first > lo and words[first - 1].text == "-":
                # stopped inside a hyphenated word ("End-to-end slide processing time"): from the word after it
                while first < head and (words[first].text == "-" or first + 1 <= head and words[first + 1].text == "-"):
                    first += 1
                first += 1 if first < head else 0
            while first < head and words[first].lower_ in LOOSE_MODIFIERS and words[first + 1].text != "-":
                first += 1  # "the average response length": the average is no part of the name (but "worst-case" is)
            if any(e.start <= head and e.end > first and e.label_ != "METRIC" for e in ents):
                return None
            name = toks.text[toks.idx[first] : toks.idx[head] + len(words[head].text)]
            if level and head + 2 < hi and words[head + 1].lower_ == "per" and words[head + 2].is_alpha:
                name += " per " + words[head + 2].lower_  # "Tool calls per problem drop from 3.1 to 1.4"
            return name[:1].lower() + name[1:] if name[1:2].islower() else name

        named = phrase(verb + 1, k + 1) if verb < k else None
        if named is None and verb > start:
            lo = start + (words[start].text in SENTENCE_PUNCT or words[start].text == ",")
            named = phrase(lo, verb) or subject(lo, verb)
        if named is None and verb < k:
            named = subject(verb + 1, k + 1)  # "reduces upload volume per round from 42 MB to 1.9 MB"
        if named is not None and not level and words[verb].lower_ in DECREASE_VERBS:
            # "reduces the number of parameters by 75%": a parameter reduction (decision 9)
            parts = named.split(" ")
            named = " ".join(parts[:-1] + [singular(parts[-1]), "reduction"])
        return (None, named) if named is not None else None

    def _smaller(self, toks, i, nxt):
        """A share or multiple by which something is smaller, named by the words after the
        comparative ("in 35% fewer steps", "27% less time than") or else by the subject the
        figure is said of ("Responses are 18% shorter": response length; "peak contact force
        is 38% lower")."""
        words = toks.words
        toks.read(nxt, nxt + 6)
        last = next((k for k in range(nxt + 1, min(nxt + 4, toks.n)) if words[k].lower_ in {"than", "and", "or", ","}),
                    nxt + 4)  # ("47× fewer parameters and runs 11× faster": the noun ends before "and")
        what = self._hyphenated_words(toks, nxt + 1, last)
        if what and what[0] is not words[nxt + 1]:
            what = []  # "18% shorter on average": no noun right after
        names = _compound_names(what)
        if names and not (i > 0 and words[i - 1].lower_ in SPENDS) and names[-1].rstrip("s") not in METRIC_HEADS \
                and names[-1] not in METRIC_HEADS and not (words[nxt].lower_ == "fewer" and i > 0 and words[i - 1].is_alpha
                                                         and not words[i - 1].is_stop and names[-1].endswith("s")):
            return None  # "with 50% fewer parameters" may be how a model is set up; "67% lower inference cost" is not
        if not names and i > 2 and words[i - 1].text == "," and (words[i - 3].text[:1].isdigit() or i > 3 and
                                                                 words[i - 3].text in MAGNITUDES
                                                                 and words[i - 4].text[:1].isdigit()) \
                and words[i - 2].is_alpha and words[i - 2].lower_.endswith("s") and words[i - 2].lower_ not in NOT_COUNTS \
                and words[i - 2].text not in UNITS and words[i - 2].lower_ not in TIME_WORDS \
                and words[i - 2].lower_ not in DEVICES and len(words[i - 2].text) > 3:
            names = [words[i - 2].lower_]  # "has 1.3B parameters, 40% fewer than the SDXL backbone", "31 M parameters"
            # (but "takes 9.5 hours, 3.1x less than", "takes 9.5 hours on four RTX 3090 GPUs, 2.3× less than": a
            # time's reduction, named by the time before it)
        if not names and i > 1 and words[i - 1].lower_ == "being" and words[nxt].lower_ in {"smaller", "larger", "bigger"} \
                and words[i - 2].lower_ in {"while", "despite", "whilst"}:
            names = ["model", "size"]  # "matches the teacher while being 4.2x smaller": the model's size
        if not names:
            copula = next((k for k in (i - 1, i - 2) if k >= 0 and words[k].lower_ in {"is", "are", "was", "were"}), None)
            if copula is None:
                return None
            start = copula
            while start > max(0, copula - 10) and (not words[start - 1].is_punct or words[start - 1].text == "-"):
                start -= 1  # (a hyphen joins words: "of a 16-member ensemble" is one subject still)
            subject = [w for w in words[start:copula]]
            cut = next((k for k, w in enumerate(subject) if w.lower_ in {"at", "of", "in", "on", "for", "with", "from",
                                                                         "under", "over", "per"}), len(subject))
            names = [w.lower_ for w in subject[:cut] if not w.is_stop][-4:]
            if not names or not all(w.is_alpha or "-" in w.text for w in subject[:cut]):
                return None
            if words[nxt].lower_ in {"shorter", "longer"}:
                names.append("length")  # "Responses are 18% shorter": their length
            elif words[nxt].lower_ in {"smaller", "larger"} and (
                    names[-1] in SIZED_THINGS | MODEL_WORDS
                    or any(c[2] == "METHOD" and start <= c[0] and c[1] == copula for c in toks.found)
                    or any(w.text[:1].isupper() and any(ch.isupper() or ch.isdigit() for ch in w.text[1:])
                           for w in subject[:cut])):  # a model's name: "FooNet-S is 4.2x smaller"
                # "Our distilled student is 6.2x smaller": a model's size; "its index is 3.2x smaller": the index's
                names = [names[-1], "size"] if names[-1] in SIZED_THINGS else ["model", "size"]
        names[-1] = singular(names[-1])
        if len(names) > 1:
            names[-2] = singular(names[-2])  # "responses length" is a response length
        return toks.chars(i, nxt + 1), " ".join(names + ["reduction"])

    @staticmethod
    def _reports_next(toks, metric):
        """Whether "of"/"=" and a figure follow the metric: "an rFVD of 67"."""
        toks.read(metric.end, metric.end + 2)
        words = toks.words
        return metric.end + 1 < toks.n and words[metric.end].lower_ in {"of", "="} \
            and words[metric.end + 1].figure is not None

    @staticmethod
    def _named_after_figure(toks, start):
        """A measure named by the words right after a share, ending in a measure's word: "reaching
        78% Line Coverage on Defects4J", "with 95% success on unseen connectors"."""
        toks.read(start, start + 5)
        words = toks.words
        if words[start].lower_ in SIZE_COMPARATIVES:
            return None  # "18% lower error": by how much it is smaller (``_smaller``), not a "lower error"
        end = start
        while end < min(start + 3, toks.n) and words[end].is_alpha and not words[end].is_stop \
                and words[end].lower_ not in CONTRASTS:  # ("71.3% success versus 68.9% for ...")
            end += 1
        if end == start or end < toks.n and words[end].is_alpha and not words[end].is_stop \
                and words[end].lower_ not in CONTRASTS:
            return None
        head = words[end - 1].lower_
        if (head not in METRIC_HEADS or head in NOT_NAMED_HEADS) and head not in BARE_NAMES:
            return None
        name = " ".join(w.lower_ for w in words[start:end])
        # "with 95% Success on Unseen Connectors": success is a measure's name on its own (``BARE_NAMES``)
        return (toks.chars(start, end), name) if end - start > 1 or name in BARE_NAMES else None

    @staticmethod
    def _time_words(toks, i, fig):
        """Whether a duration's word follows the figure: "31 hours", "25 minutes", "96 GPU hours"."""
        words = toks.words
        k = i + 1
        if fig[2] is not None or k >= toks.n:
            return False
        if ACCELERATOR.match(words[k].text) and k + 2 < toks.n and words[k + 1].text in {"GPU", "TPU"}:
            k += 1  # "1,150 A100 GPU hours"
        if words[k].text in {"GPU", "TPU"} and k + 1 < toks.n:
            k += 1
            if words[k].text == "-" and k + 1 < toks.n:
                k += 1  # "14 GPU-hours"
        return words[k].lower_ in TIME_WORDS

    @staticmethod
    def _activity(toks, i, reach=14):
        """What takes the time a figure reports, when its clause opens with it as a verb's
        -ing form: "Generating 50,000 images takes 3.1 minutes" (generation), "Action sampling
        takes 0.3 ms" (action sampling), "Training TGN on the full graph takes 31 hours"."""
        words = toks.words
        lo = max(0, i - reach)
        start = MeasureRules._clause_start(toks, i, lo)
        if start == lo and start > 0:
            return None  # the clause's start is too far to tell
        found = MeasureRules._gerund_at(toks, start, i)
        if found is None and start > 1 and words[start - 1].text == ",":
            # "Generating a 15-day, 50-member ensemble takes 6 minutes": a comma within the clause's subject;
            # only a verb of making opens it then
            first = MeasureRules._clause_start(toks, start - 1, lo)
            if first > lo or first == 0:
                opening = MeasureRules._gerund_at(toks, first, start - 1)
                if opening is not None and opening.split()[-1] in GERUND_NOUNS.values():
                    found = opening
        return found

    @staticmethod
    def _clause_start(toks, end, lo):
        """Where the clause that token ``end`` stands in begins: just after the sentence's punctuation or a
        comma before it, but not before ``lo``."""
        words = toks.words
        start = end
        while start > lo and words[start - 1].text not in SENTENCE_PUNCT and words[start - 1].text != ",":
            start -= 1
        return start

    @staticmethod
    def _timed_process(toks, i, reach=16):
        """The process a clause opens with as its subject, a noun that names one: "Calibration takes 41
        minutes", "pre-training takes 9.5 GPU-hours", "Inference on a 512x512 grid takes 0.4 s"."""
        words = toks.words
        lo = max(0, i - reach)
        start = MeasureRules._clause_start(toks, i, lo)
        if start == lo and start > 0:
            return None  # the clause's start is too far to tell
        while start < i and words[start].lower_ in {"the", "a", "an", "its", "our", "their", "each", "full", "total",
                                                    "complete", "entire", "whole", "and", "while", "whereas", "but"}:
            start += 1  # (", and registration takes 0.38 s": the clause after the conjunction)
        if start + 2 < i and words[start + 1].text == "-" and words[start + 2].is_alpha:
            name = words[start].lower_ + "-" + words[start + 2].lower_  # "pre-training"
        else:
            name = words[start].lower_
        name = PROCESS_ALIASES.get(name, name)
        return name if name in PROCESS_NOUNS else None

    @staticmethod
    def _times_of_speedup(toks, i, fig):
        """ "edits an image 11.5× faster (4.1 s vs. 47.2 s)", "trains 4.6× faster (3.1 vs. 14.3 GPU hours)": the two
        times in brackets a speed-up is worked out from are times of what the clause does (guideline decision 14:
        named by the process where its verb names one, else a latency)."""
        words = toks.words
        k = MeasureRules._versus_opening(toks, i, {"vs", "vs.", "versus", "against"}, TIME_WORDS)
        if k is None or words[k - 1].lower_ not in {"faster", "quicker"} or words[k - 2].text not in UNITS \
                or words[k - 3].figure is None:
            return None
        toks.read(k, k + 9)
        close = next((j for j in range(k + 1, min(toks.n, k + 9)) if words[j].text == ")"), None)
        if close is None or not (fig[2] in TIME_UNITS or any(w.text in UNITS and UNITS[w.text] in TIME_UNITS
                                                             or w.lower_ in TIME_WORDS for w in words[k + 1 : close])):
            return None
        toks.read(k - 14, k)
        for j in range(k - 4, max(0, k - 14) - 1, -1):
            w = words[j].lower_
            if w in {"trains", "train", "trained", "training"}:
                return "training time"
            if w in VERB_PROCESSES:
                return VERB_PROCESSES[w] + " time"
            if w in {",", ";", ".", ":"}:
                break
        return "latency"

    @staticmethod
    def _versus_opening(toks, i, connectors, unit_words):
        """The "(" of a bracket that sets two figures against each other, "(4.1 s vs. 47.2 s)", for either of
        them: right before the first; before the first, its unit (a symbol, or one of ``unit_words``) and one of
        ``connectors`` for the second. None where the figure stands in no such bracket, or one opening before
        the doc's fourth word (which has no room for the change the bracket follows)."""
        words = toks.words
        k = i - 1
        if k > 0 and words[k].lower_ in connectors:
            k -= 1  # the second figure: back past the first to the bracket
            if words[k].text in UNITS or words[k].lower_ in unit_words:
                k -= 1
            if k < 0 or words[k].figure is None:
                return None
            k -= 1
        return k if k >= 3 and words[k].text == "(" else None

    @staticmethod
    def _compared_in_brackets(toks, i, metrics):
        """The measure of a change right before a bracket that sets two figures against each other: "has 3.4×
        fewer parameters (27M vs. 94M)", "uses 38% less memory (12.1 GB vs. 19.5 GB)": the two figures the change
        is worked out from, in that measure: its METRIC entity, or the plain count's name ("parameters"). None
        where the figure stands in no such bracket."""
        words = toks.words
        k = MeasureRules._versus_opening(toks, i, {"vs", "vs.", "versus"}, ())
        if k is None:
            return None
        measure = next((m for m in metrics if m.end == k), None)
        start = measure.start if measure is not None else k - 1
        if measure is None and words[start].lower_ not in {"parameters", "params", "tokens", "steps"}:
            return None  # (a count named in plain words, which no METRIC entity covers, is its own measure)
        if start < 2 or words[start - 1].lower_ not in SIZE_COMPARATIVES:
            return None
        j = start - 2
        if j > 0 and words[j].text in UNITS:
            j -= 1
        if words[j].figure is None:
            return None
        toks.read(i, i + 6)
        # (the bracket sets two figures against each other: "(27M vs. 94M)")
        close = next((c for c in range(i + 1, min(toks.n, i + 6)) if words[c].text == ")"), None)
        if close is None or not any(w.lower_ in {"vs", "vs.", "versus"} for w in words[k + 1 : close]):
            return None
        return measure if measure is not None else words[start].lower_

    @staticmethod
    def _faster_than(toks, ents, i):
        """The method a speed-up is set against, for the second of the times in brackets after it: the one named
        after "than" right after the bracket or the speed-up, else the one the sentence opens "Compared with"."""
        words = toks.words
        close = next((j for j in range(i + 1, min(toks.n, i + 5)) if words[j].text == ")"), None)
        for e in ents.methods:
            if e.start > 1 and words[e.start - 1].lower_ == "than" and (
                    close is not None and e.start - 1 == close + 1 or e.end < i and i - e.end <= 10):
                return e.canonical
        for e in ents.methods:
            if e.end < i and e.start > 1 and words[e.start - 1].lower_ in {"with", "to"} \
                    and words[e.start - 2].lower_ in {"compared", "relative"}:
                return e.canonical
        return None

    @staticmethod
    def _clause_verb_process(toks, i, reach=12):
        """The process a verb before the figure's "in" names, in the same clause: "transcribes a page in
        1.4 s", "encodes a frame of about 800k points in 1.2 s"; a comma, a semicolon or a sentence's
        end closes the search."""
        words = toks.words
        for k in range(i - 2, max(0, i - reach) - 1, -1):
            w = words[k].lower_
            if w in VERB_PROCESSES:
                return VERB_PROCESSES[w]
            if w in {",", ";", ".", ":"}:
                return None
        return None

    @staticmethod
    def _timed_verb(toks, i):
        """The "takes"/"adds"/"requires" among the three words before the figure at ``i``, else None."""
        words = toks.words
        return next((k for k in range(i - 1, max(0, i - 3) - 1, -1) if words[k].lower_ in TIMED_VERBS), None)

    @staticmethod
    def _timed_agent(toks, i):
        """The process of a part that is the subject of "adds"/"takes"/"runs in" right before the figure:
        "The detector adds 60 ms per screenshot" (detection), "the encoder runs in 48 ms" (encoding)."""
        words = toks.words
        verb = MeasureRules._timed_verb(toks, i)
        if verb is None and i > 2 and words[i - 1].lower_ in {"in", "within", "under"} \
                and words[i - 2].lower_ in {"runs", "run", "ran"}:
            verb = i - 2
        if verb is None or verb < 2 or words[verb - 1].lower_ not in AGENT_PROCESSES \
                or words[verb - 2].lower_ not in {"the", "its", "our", "this", "each"}:
            return None
        return AGENT_PROCESSES[words[verb - 1].lower_]

    @staticmethod
    def _timed_subject(toks, i):
        """The process named right before "takes"/"adds"/"requires" and the figure: "action selection
        takes 2.1 ms", "and encoding takes 71 ms", "Memory retrieval adds 0.6 s": up to three plain
        words ending in a process's noun (one ``PROCESS_NOUNS`` holds, or a "-tion"/"-sion" noun, or
        "pass": "A single forward pass takes 11 ms")."""
        words = toks.words
        verb = MeasureRules._timed_verb(toks, i)
        if verb is None or verb == 0:
            return None
        head = words[verb - 1].lower_
        if not (head in PROCESS_NOUNS or head in {"pass", "lookup", "epoch", "step", "iteration", "round"}
                or head.endswith(("tion", "sion"))):
            return None  # ("each epoch takes 6.1 minutes": an epoch time, "one training step takes 310 ms")
        start = verb - 1
        while start > 0 and verb - start < 3 and words[start - 1].is_alpha and not words[start - 1].is_stop \
                and words[start - 1].lower_ not in LOOSE_MODIFIERS and words[start - 1].lower_ not in CLAUSE_WORDS \
                and words[start - 1].lower_ not in {"single", "each"}:
            start -= 1
        if any(c[0] < verb and c[1] > start and c[2] in {"METHOD", "DATASET"} for c in candidates(toks.doc)):
            return None  # "the SVD adds 0.9 s", "ImageNet evaluation takes": a name is no process
        if head in {"step", "round", "iteration"} and verb - 2 >= start \
                and words[verb - 2].lower_.endswith(("tion", "sion", "ing")):
            return words[verb - 2].lower_  # "the extra initialization step takes 4 minutes": the process's own time
        return " ".join(w.lower_ for w in words[start:verb])

    @staticmethod
    def _gerund_at(toks, start, i):
        """The -ing verb among the first three words from ``start`` (a hyphenated compound, "Post-hoc",
        one word), with the words before it: "action sampling", "post-hoc ensembling"."""
        words = toks.words
        while start < i and words[start].lower_ in {"the", "a", "an", "each", "every", "one", "and", "while", "whereas",
                                                    "but", "so", "thus", "hence", "then"}:
            start += 1  # (", and encoding takes 71 ms", ", so compiling a full model takes": the clause after the conjunction)
        k, seen = start, 0
        while k < i and seen < 3:
            w = words[k]
            if k + 2 < i and words[k + 1].text == "-" and w.is_alpha and words[k + 2].is_alpha:
                last = words[k + 2].lower_
                if last.endswith("ing") and len(last) > 4:  # "Fine-tuning takes under 90 seconds"
                    before = " ".join(x.lower_ for x in words[start:k]).replace(" - ", "-")
                    return (before + " " if before else "") + w.lower_ + "-" + last
                k += 3  # "Post-hoc"
                seen += 1
                continue
            if not (w.is_alpha or "-" in w.text) or w.lower_ in GERUND_STOPS:
                return None  # "inference on streaming mini-batches": the -ing word is past the subject's head
            if w.lower_ in SPENDS:
                return None  # ", requiring 320 A100 GPU hours": the verb that spends the time is no process
            if w.lower_.endswith("ing") and len(w.lower_) > 5:
                before = " ".join(x.lower_ for x in words[start:k]).replace(" - ", "-")
                if not before and w.lower_ in GENERIC_GERUNDS and k + 2 < i and words[k + 1].lower_ in {"a", "an", "the"} \
                        and words[k + 2].is_alpha and (not words[k + 2].is_stop or words[k + 3].text == "-"):
                    obj = words[k + 2].lower_  # "Computing an explanation takes 23 ms": what is computed
                    if k + 4 < i and words[k + 3].text == "-" and words[k + 4].is_alpha:
                        obj += "-" + words[k + 4].lower_  # "Computing a re-ranking"
                    return obj
                return (before + " " if before else "") + GERUND_NOUNS.get(w.lower_, w.lower_)
            k += 1
            seen += 1
        return None

    @staticmethod
    def _hyphenated_words(toks, start, end):
        """The content words from ``start`` on, a compound written with hyphens ("non-zero") as one."""
        toks.read(start, end + 2)
        words, doc = toks.words, toks.doc
        found = []
        k = start
        while k < min(end, toks.n):
            w = words[k]
            if k + 2 < toks.n and words[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ \
                    and w.is_alpha and words[k + 2].is_alpha:
                found.append(Word(*((w.text + "-" + words[k + 2].text, w.lower_ + "-" + words[k + 2].lower_)
                                    + tuple(words[k + 2][2:]))))
                k += 3
                continue
            if w.is_alpha and not w.is_stop:
                found.append(w)
            elif not w.is_stop or w.lower_ == "per" or found and w.lower_ in PHRASE_END_PREPOSITIONS:
                break  # "7x fewer nodes per query", "3.1x less compute on average": what there is less of ends there
            k += 1
        return found

    def _phrase_metric(self, toks, i, ents):
        """A metric named by a phrase the knowledge base does not hold, read off the
        words before the figure: "an edit efficacy of 96.1%", "the CheXbert F1 is 0.263",
        "reduces exposure disparity by 63%", "the Level 2 mAPH rises from 65.3 to 67.8"."""
        words = toks.words
        if i == 0 or words[i - 1].lower_ not in PHRASE_TRIGGERS:
            return None  # each reading below starts from the word right before the figure
        lo = max(0, i - 16)  # back to the sentence's punctuation, at most 16 words
        for k in range(i - 1, lo - 1, -1):
            if words[k].text in SENTENCE_PUNCT and not (k == i - 1 and words[k].text == ":"):
                # (a colon right before the figure links it to the measure that opens the sentence: "Host
                # memory: 1.1 TB", not "an FID of 4.61 (full precision: 4.53)")
                lo = k + 1
                break
        if words[i - 1].text == ":" and (lo > 0 and words[lo - 1].text not in {".", ";"} or i - 1 - lo > 6 or any(
                w.is_punct and w.text != "-" or w.figure is not None for w in words[lo : i - 1])):
            return None
        j = i - 1
        # "from 65.3 to 67.8": the figure it started from stands between
        from_to = False
        if j - 2 >= lo and words[j].lower_ == "to" and words[j - 1].figure and words[j - 2].lower_ == "from":
            j -= 3
            from_to = True
        elif j - 3 >= lo and words[j].lower_ == "to" and words[j - 1].text in UNITS and words[j - 2].figure \
                and words[j - 3].lower_ == "from":
            j -= 4
            from_to = True
        if from_to and j > lo:
            model = next((e for e in ents if e.end == j + 1 and e.label_ == "METHOD"), None)
            if model is not None and model.start - 2 >= lo and words[model.start - 1].lower_ == "of":
                j = model.start - 2  # "lifts the GenEval overall score of SD3-Medium from 0.62 to 0.78": the model's measure
        if from_to and j >= lo and words[j].is_alpha and not words[j].is_stop and words[j].lower_ not in CHANGE_VERBS:
            # "TDP improves success from 52% to 68%": the verb stands before what changed
            # "reduces the false positive rate gap between AAE and non-AAE posts from 14.2 to 3.9": the phrase
            # ends at its first preposition
            verb = next((v for v in range(j - 1, max(lo, j - 12) - 1, -1) if words[v].lower_ in CHANGE_VERBS), None)
            if verb is not None and not any(w.is_punct and w.text != "-" for w in words[verb + 1 : j]):
                return self._phrase_at(toks, verb + 1, j + 1, ents, need_boundary=False)
        if j >= lo and words[j].lower_ in BY_AND_FILLERS:
            k = j
            while k >= lo and words[k].lower_ in BY_FILLERS:
                k -= 1
            if k - 2 >= lo and words[k].lower_ == "by" and words[k - 1].lower_ in SIZE_VERBS:
                # "the index shrinks by a factor of 4", "the index grows by 7%": a thing that grows or shrinks
                # changes in size (a measure that does, "the gap shrinks", keeps its name); the thing is the
                # subject right after its determiner, not the end of a clause ("a node of eight H100 GPUs grows")
                start = k - 1
                while start > max(lo, k - 4) and words[start - 1].is_alpha and not words[start - 1].is_stop:
                    start -= 1
                if start < k - 1 and start > lo and words[start - 1].lower_ in {"the", "its", "their", "our"} \
                        and not any(e.start < k - 1 and e.end > start for e in ents):
                    noun = " ".join(w.lower_ for w in words[start : k - 1])
                    return toks.chars(start, k - 1), noun if words[k - 2].lower_ in METRIC_HEADS else noun + " size"
            if k >= lo and words[k].lower_ == "by":
                # "reduces exposure disparity by 63%" or "exposure disparity improves by 63%"
                verb = next((v for v in range(k - 1, max(lo, k - 10) - 1, -1) if words[v].lower_ in CHANGE_VERBS
                             or v == k - 1 and words[v].lower_ in CHANGE_BASES), None)  # "forces fall by 43%"
                if verb is not None and any(w.figure is not None for w in words[verb + 1 : k]):
                    verb = None  # "Latency drops by 35% and energy by 28%": the verb is shared, past another figure
                if verb is None:
                    # "reduces the cost of transport by 21% and the fall rate by a factor of 6": the verb is shared
                    amp = next((a for a in range(k - 1, max(lo, k - 6) - 1, -1) if words[a].lower_ == "and"), None)
                    if amp is not None and amp - 1 >= lo and (words[amp - 1].figure or words[amp - 1].text in UNITS):
                        return self._phrase_before(toks, k, amp + 1, ents)
                    return None
                if verb + 1 < k:
                    return self._phrase_at(toks, verb + 1, k, ents, need_boundary=False)
                aux = verb
                while aux - 1 > lo and words[aux - 1].lower_ in {"is", "are", "was", "were", "been", "be", "has", "have"}:
                    aux -= 1  # "Inference memory is reduced by 3.2 GB": a passive
                found = self._phrase_before(toks, aux, lo, ents) or self._qualified_subject(toks, aux, lo, ents)
                if found is None and words[verb].lower_ in DECREASE_VERBS:
                    found = self._reduced_subject(toks, aux, lo, ents)  # "Peak contact forces fall by 43%"
                return found
        if j >= lo and words[j].lower_ in CHANGE_VERBS:
            return self._phrase_before(toks, j, lo, ents) or self._qualified_subject(toks, j, lo, ents)
        if j - 1 >= lo and words[j].lower_ == "from" and words[j - 1].lower_ in CHANGE_VERBS:
            return self._phrase_before(toks, j - 1, lo, ents)
        if j >= lo and words[j].lower_ == "from":
            verb = next((v for v in range(j - 1, max(lo, j - 8) - 1, -1) if words[v].lower_ in CHANGE_VERBS), None)
            if verb is not None and verb + 1 < j:
                return self._phrase_at(toks, verb + 1, j, ents, need_boundary=False)
            return None
        k = j
        while k >= lo and k > j - 3 and words[k].lower_ in PHRASE_LINKS:
            k -= 1
        if k == j:
            return None
        found = self._phrase_before(toks, k + 1, lo, ents)
        if found is not None and self._at_operating_point(toks, found[0], lo):
            found = None  # "the FSS ... at a 60-minute lead time reaches 0.61": where it is measured, not what
        after = toks.after[i]
        if found is None and words[k + 1].lower_ in SUBJECT_COPULAS and not (
                after < toks.n and words[after].lower_ in SIZE_COMPARATIVES):  # "are 12% lower": ``_smaller``'s
            found = self._qualified_subject(toks, k + 1, lo, ents)  # "Generalisation to paraphrased prompts is 88.3%"
        if found is None and words[k + 1].lower_ in SUBJECT_COPULAS:
            found = self._share_subject(toks, k + 1, lo, ents)
        return found

    @staticmethod
    def _share_subject(toks, cop, lo, ents):
        """ "the percentage of folded voxels is only 0.003%": a share of things, named by what is counted,
        as the subject of the copula at ``cop``."""
        words = toks.words
        start = cop
        while start > lo and cop - start < 4 and (words[start - 1].is_alpha or words[start - 1].text == "-") \
                and words[start - 1].lower_ != "of":
            start -= 1
        if start == cop or start - 2 < lo or words[start - 1].lower_ != "of" \
                or words[start - 2].lower_ not in SHARE_WORDS \
                or any(e.start < cop and e.end > start - 2 for e in ents):
            return None
        while start < cop and words[start].lower_ in {"the", "all", "a", "an"}:
            start += 1
        if start == cop:
            return None
        return toks.chars(start - 2, cop), " ".join(w.lower_ for w in words[start - 2 : cop] if w.lower_ not in {
            "the", "all", "a", "an"} or w is words[start - 2])

    @staticmethod
    def _change_start(toks, i):
        """Where a change the figure ends starts, the token of its "from", else None: "reduces training time
        from 14 days to 3 days", "boosts LLaVA-1.5 from 62.0 to 66.8"."""
        words = toks.words
        if i < 4 or words[i - 1].lower_ != "to":
            return None
        toks.read(i - 12, i)
        start = next((k for k in range(i - 2, max(0, i - 5), -1) if words[k].lower_ == "from"), None)
        if start is not None and words[start + 1].figure is not None \
                and any(w.lower_ in CHANGE_VERBS for w in words[max(0, start - 8) : start]):
            return start
        return None

    @staticmethod
    def _reduced_subject(toks, verb, lo, ents):
        """ "Peak contact forces fall by 43%", "the number of unique scaffolds drops by 63%": what a
        reduction is of, the subject of the verb at ``verb`` when no measure's word names it; up to four
        words, opening the clause or after its determiner."""
        words = toks.words

        def subject_start(end):
            start = end
            while start > lo and (words[start - 1].is_alpha or words[start - 1].text == "-") \
                    and words[start - 1].lower_ not in {"the", "its", "their", "and", "while", "whereas"} \
                    and end - start < 4:
                start -= 1
            return start

        start = subject_start(verb)
        if start - 2 > lo and words[start - 1].lower_ == "the" and words[start - 2].lower_ in {"on", "in", "at"} \
                and words[start - 3].is_alpha and not words[start - 3].is_stop:
            # "KV cache memory on the GPU is reduced by 8.4x": the subject is before where it is measured
            verb = start - 2
            start = subject_start(verb)
        if not (start == lo or words[start - 1].is_punct or words[start - 1].lower_ in {"the", "its", "their"}):
            return None
        end = verb
        k = start
        while k < end and words[k].lower_ in {"the", "its", "their", "our", "a", "an"}:
            k += 1
        if k + 1 < end and words[k].lower_ in {"number", "amount"} and words[k + 1].lower_ == "of":
            k += 2
        stop = next((j for j in range(k, end) if not (words[j].is_alpha or words[j].text == "-") or words[j].is_stop), end)
        if not 0 < stop - k <= 4 or any(e.start < stop and e.end > k and e.label_ != "METRIC" for e in ents):
            return None
        names = [w.text if w.text.isupper() else w.lower_ for w in words[k:stop]]
        names[-1] = singular(names[-1])
        return toks.chars(k, stop), re.sub(r"\s*-\s*", "-", " ".join(names)) + " reduction"

    @staticmethod
    def _at_operating_point(toks, chars, lo):
        """Whether the phrase at ``chars`` follows "at" ("at a 60-minute lead time", "at 16 km"):
        a point a measure is taken at."""
        words = toks.words
        k = toks.first_at(chars[0]) - 1
        while k >= lo and words[k].lower_ in {"a", "an", "the"}:
            k -= 1
        return k >= lo and words[k].lower_ == "at"

    def _qualified_subject(self, toks, verb, lo, ents):
        """The metric phrase that is the subject of the verb at ``verb`` when a qualifier stands
        between them: a prepositional phrase ("Generalisation to paraphrased prompts is 88.3%", "the
        computational overhead of the filter is 1.8 ms", "the 90th-percentile latency on a Pixel 7 drops
        from 410 ms to 240 ms") or a relative clause set off by commas ("The energy score, which
        evaluates the full distribution, improves by 17%")."""
        known = set(toks.phrases)
        found = self._subject_across(toks, verb, lo, ents)
        for chars in set(toks.phrases) - known:
            del toks.phrases[chars]  # read off a sentence's subject, it is not highlighted as a name
        return found

    def _subject_across(self, toks, verb, lo, ents):
        words = toks.words
        if verb - 1 > lo and words[verb - 1].text == ",":
            comma = next((c for c in range(verb - 2, max(lo, verb - 16) - 1, -1) if words[c].text == ","), None)
            if comma is not None and comma > lo and words[comma + 1].lower_ in {"which", "that"}:
                return self._phrase_before(toks, comma, lo, ents)
            return None
        for p in range(verb - 1, max(lo, verb - 8) - 1, -1):
            w = words[p]
            if w.is_punct and w.text != "-" or w.figure is not None and w.text not in UNITS and not w.like_num \
                    or w.lower_ in CLAUSE_WORDS or w.lower_ in CHANGE_VERBS or w.lower_ in REPORT_VERBS:
                return None
            if w.lower_ in SUBJECT_PREPOSITIONS and p < verb - 1 and p > lo:
                found = self._phrase_before(toks, p, lo, ents)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _subject_of_copula(toks, metric, i, ents):
        """ "Column recall of the pruning stage is 97.5%", "the average MAE over all horizons is 0.262":
        a metric qualified by a prepositional phrase is the subject the figure is said to be."""
        words = toks.words
        cop = i - 1
        while cop > metric.end and (words[cop].lower_ in {"only", "just", "about", "approximately", "roughly", "nearly",
                                                          "around", "~", "≈", "under", "below", "above", "over"}
                                    or words[cop].lower_ == "at" and words[cop - 1].lower_ in {"stays", "remains", "stayed",
                                                                                               "remained"}):
            cop -= 1  # "is under 6 GB", "stays at 27.3 dB": a bound, or where it held
        if words[cop].lower_ not in SUBJECT_COPULAS or not 2 <= cop - metric.end <= 20:
            return False
        between = words[metric.end : cop]
        if between[0].lower_ in {"computed", "measured", "evaluated", "averaged", "obtained"}:
            between = between[1:]  # "its clinical efficacy F1 computed with the CheXbert labeller reaches 0.481"
        if len(between) > 2 and between[0].lower_ in {"that", "which"} or len(between) > 3 and between[0].text == "," \
                and between[1].lower_ in {"that", "which"} and between[-1].text == ",":
            # "the accuracy that the student reaches on ImageNet is 91%", "the F1, which ignores punctuation, is 0.8":
            # a relative clause
            inside = between[2:-1] if between[0].text == "," else between[1:]
            return not any(w.is_punct and w.text != "-" or w.figure is not None or w.lower_ in CLAUSE_WORDS
                           for w in inside) \
                and not any(e.label_ == "METRIC" and metric.end <= e.start < cop for e in ents)
        relative = False
        if between[0].text == ")":
            between = between[1:]  # "comparative MOS (CMOS) relative to F5-TTS is +0.31"
        if len(between) > 2 and between[0].lower_ in {"relative", "compared"} and between[1].lower_ in {"to", "with"}:
            between, relative = between[2:], True  # "the CMOS relative to F5-TTS is 0.31": against what it is measured
        if not between or not (between[0].lower_ in SUBJECT_PREPOSITIONS or relative):
            return False
        # "The F1 scores on CoNLL-2003 and OntoNotes are 93.1 and 91.2": names, and the words joining them, are
        # no clause of their own
        named = set()
        for e in ents:
            if e.label_ != "METRIC" and metric.end <= e.start and e.end <= cop:
                named.update(range(e.start, e.end))
        # (a figure there is where it was measured, "the WikiText-2 perplexity at 3 bits is 4.31", unless the
        # figure said of it is a comparison, "track errors at 3 days are 12% lower": ``_smaller``'s)
        after = toks.after[i]
        compared = after < toks.n and words[after].lower_ in SIZE_COMPARATIVES
        # "the accuracy for valence and arousal is 71.2% and 69.8%": as many things listed as figures said of them
        listed = after + 1 < toks.n and words[after].lower_ in {"and", ","} and words[after + 1].figure is not None
        plain = [words[k] for k in range(cop - len(between), cop) if k not in named
                 and not (words[k].lower_ in {"and", ",", "or"} and (k + 1 in named and k - 1 in named or listed
                                                                    and k + 1 < cop and words[k - 1].is_alpha
                                                                    and words[k + 1].is_alpha))
                 and not (words[k].figure is not None and words[k - 1].lower_ == "at" and not compared)]
        if len(plain) > 10:
            return False  # (a list of names may stand between: "the average accuracy over PIQA, ARC-Easy, ... is")
        return not any(w.is_punct and w.text not in {"-", "'s", "’s"} or w.figure is not None or w.lower_ in CLAUSE_WORDS
                       for w in plain) \
            and not any(e.label_ == "METRIC" and metric.end <= e.start < cop for e in ents)

    @staticmethod
    def _linked(toks, start, end, ents):
        """Whether every word start..end-1 keeps a metric and its figure together (``_links``);
        the words that do so by themselves are told without a call each."""
        words = toks.words
        for k in range(start, end):
            t = words[k]
            if not (t.lower_ in LINKS or t.text in UNITS or t.text == ")" or t.like_num or t.figure) \
                    and not MeasureRules._links(toks, k, ents):
                return False
        return True

    @staticmethod
    def _links(toks, k, ents):
        """Whether a word between a metric and its figure keeps them together: "an MAE of",
        "the MAPE from 14.9% to", "a mean absolute error (MAE) of", "accuracy on LAMBADA is"."""
        t = toks.words[k]
        if t.lower_ in LINKS or t.text in UNITS or t.text == ")" or t.like_num or t.figure:
            return True
        if t.lower_ in {"for", "over", "across"} and k + 2 < toks.n and toks.words[k + 1].like_num \
                and toks.words[k + 2].is_alpha:
            return True  # "Runtime for 1,000 variables stays under 20 minutes": the size it is measured at
        toks.read(k - 3, k + 3)  # (the words either side that the tests below read)
        words = toks.words
        if FigureScreening._in_runs(toks, k):
            return True  # "an F1 of 0.58 ± 0.02 over five seeds, within 0.03 of ...": how often it was run
        if SCALE_MARK.match(t.text) or t.text in {"(", "^"} and k + 1 < toks.n and (
                SCALE_MARK.match(words[k + 1].text) or t.text == "^" and words[k + 1].like_num
                and k > 0 and SCALE_MARK.match(words[k - 1].text)):
            return True  # "an average CD-ℓ2 (×10³) of 0.68", "(x10^3)": the scale the figure is written in
        if t.lower_ == "during" and k + 1 < toks.n and words[k + 1].lower_ in PROCESS_NOUNS \
                or t.lower_ in PROCESS_NOUNS and k > 0 and words[k - 1].lower_ == "during":
            return True  # "Peak memory during decoding is 390 MB": the process it is measured in
        if t.lower_ in {"on", "in", "for"}:
            return any(e.start == k + 1 or e.start == k + 2 and toks.words[k + 1].lower_ == "the"
                       for e in ents.datasets)
        if any(e.end <= k < e.end + ListedFigures._aside_after(toks, e.end, k + 8) for e in ents.datasets):
            return True  # "speedups on HumanEval (code generation) and ...": what the dataset tests
        if t.lower_ in AFTER_DATASET_WORDS and any(e.end == k for e in ents.datasets):
            return True  # "the CLIP score on the COCO-2017 captions at 31.2": the part of the dataset
        if t.is_alpha and not t.is_stop and k > 1 and (
                words[k - 1].like_num and words[k - 2].lower_ in {"for", "over", "across"}
                or k > 2 and words[k - 1].is_alpha and words[k - 2].like_num and words[k - 3].lower_ in {"for", "over", "across"}):
            return True  # "Runtime for 1,000 variables stays under 20 minutes", "F1 over 14 observations rises from"
        # "the WikiText-2 perplexity of Llama-2-13B from 20.6": the model a measure is taken of
        return any(e.start <= k < e.end and (e.label_ in {"METRIC", "DATASET"} or e.label_ == "METHOD"
                                            and e.start > 0 and toks.words[e.start - 1].lower_ == "of")
                   for e in ents)

    def _qualified(self, toks, metric, ents):
        """A known metric with the words that qualify it: "a strict entity F1 of 94.2%"
        reports a strict entity F1, not any F1 score."""
        toks.read(metric.start - 4, metric.end)  # a long metric's first words may lie further BEHIND
        words = toks.words
        if metric.end - metric.start == 1 and (metric.start == 0 or words[metric.start - 1].text != "-" and (
                words[metric.start - 1].is_stop or words[metric.start - 1].is_punct or words[metric.start - 1].like_num)):
            # "an accuracy of", "the FID is": a one-word metric after a word that bounds a phrase is
            # what ``_phrase_before`` would find (the metric itself, unqualified), or finds nothing
            return (metric.start_char, metric.end_char), self._metric_name(metric)
        lo = metric.start
        while lo > 0 and metric.start - lo < 4 and words[lo - 1].text not in SENTENCE_PUNCT:
            lo -= 1
        found = self._phrase_before(toks, metric.end, lo, ents)
        if found is not None and found[0] is not None and found[0][0] > metric.start_char:
            found = None  # a phrase inside the metric's own name ("click-through rate" is not a "rate")
        return found if found is not None else ((metric.start_char, metric.end_char), self._metric_name(metric))

    @staticmethod
    def _metric_name(metric):
        """A metric's canonical name, with the cut-off the paper reports ("NDCG@5", not "NDCG")."""
        text = metric.text
        if "@" in text and AT_K_FIGURE.search(text):
            return text
        if "-k " in metric.canonical and any(c.isdigit() for c in text):
            return text  # "top-20 retrieval accuracy", not the entry's "top-k accuracy"
        if metric.canonical.endswith("^k") and text[-1:].isdigit():
            return text  # "pass^4", not the entry's "pass^k"
        return metric.canonical

    def _phrase_before(self, toks, end, lo, ents):
        """The metric phrase that ends just before token ``end``, bounded on its left by
        a determiner, a preposition, punctuation or the sentence start."""
        words, doc = toks.words, toks.doc
        short = None
        if end - 3 > lo and words[end - 1].text == ")" and words[end - 3].text == "(" and words[end - 2].text.isupper():
            end -= 3  # "an overall performance (OP) of 57.8": the phrase before its short form
            short = end + 1
        start = end
        while start > lo and end - start < 6:
            prev = words[start - 1]
            if prev.text == "-" and not doc[start - 1].whitespace_ and start - 2 >= lo and not doc[start - 2].whitespace_:
                start -= 2  # "zero-shot", "out-of-distribution": a compound, not punctuation
                continue
            if prev.is_stop or prev.is_punct or prev.like_num or prev.lower_ in CHANGE_VERBS or prev.lower_ in REPORT_VERBS \
                    or prev.text in UNITS or prev.figure is not None or prev.lower_ in APPRAISALS \
                    or not (prev.is_alpha or prev.text[:1].isalpha() and prev.text.replace("@", "").isalnum()
                            or start == end - 1 and words[start].lower_ in {"score", "scores"}
                            and prev.text[:1].isalpha() and prev.text.replace("-", "").isalnum()):
                # (a hyphenated name before "score" is a benchmark's: "an MT-Bench score of 6.12")
                break
            start -= 1
        if start == end:
            return None
        boundary = words[start - 1] if start > lo else None
        if boundary is not None and not (boundary.is_stop or boundary.is_punct or boundary.like_num) and not (
                boundary.lower_ in REPORT_VERBS and words[end - 1].lower_ in PLURAL_HEADS):
            # "achieves F1 of": the phrase's start is not known (but a plural takes no article: "obtains
            # average scores of 88.2, 49.7 and 41.3")
            return None
        found = self._phrase_at(toks, start, end, ents, need_boundary=True)
        if found is not None and short is not None and found[0] in toks.phrases:
            toks.short_forms[found[0]] = short
        return found

    def _phrase_at(self, toks, start, end, ents, need_boundary):
        """The metric that the words start..end-1 name, if they name one."""
        words, doc = toks.words, toks.doc
        while start < end and (words[start].is_stop or words[start].is_punct) and not (
                start + 1 < end and words[start + 1].text == "-" and not doc[start].whitespace_):  # "one-shot"
            start += 1
        qualified = start  # (where the loose modifiers begin: "an overall performance" is qualified)
        while start < end and words[start].lower_ in LOOSE_MODIFIERS and not any(e.start == start for e in ents.metrics):
            start += 1  # "an average algorithmic latency": the average is not part of the name (but is of "average precision")
        if start == end - 1 and start > qualified and words[start].lower_ == "performance" \
                and end < toks.n and words[end].text in {"(", "of", "=", ":"}:
            # "an overall performance (OP) of 57.8": the modifier is the name (but "by 2.94% in average
            # performance" names no measure: performance alone is none, guideline)
            start -= 1
        # "cumulative constraint violations during training": the phrase ends at a preposition
        for k in range(start, end):
            if words[k].is_punct and words[k].text != "-" or (words[k].is_stop and words[k].lower_ != "of"):
                end = k
                break
        if end - start > 1 and words[end - 1].lower_ == "of":
            end -= 1  # "cuts the generation time of a Wan 2.1 clip from 1,570 s to 512 s": the measure, not "... of"
        of_model = next((k for k in range(start + 1, end - 1) if words[k].lower_ == "of"
                         and any(e.start == k + 1 and e.label_ == "METHOD" for e in ents)), None)
        if of_model is not None:
            end = of_model  # "lifts the GenEval overall score of SD3-Medium from 0.62 to 0.78": the measure of a model
        if start >= end or end - start > 5:
            return None
        lead = next((e for e in ents.datasets if e.start == start and e.end < end - 1), None)
        if lead is not None and words[end - 1].lower_ in {"score", "scores"} \
                and all(w.is_alpha and not w.is_stop for w in words[lead.end : end]):
            start = lead.end  # "The MME perception score drops from 1510.7 to 1478.2": the benchmark's perception score
        for e in ents:
            if e.start >= start and e.end <= end and e.label_ != "METRIC" and not (
                    e.label_ == "DATASET" and e.end == end - 1 and words[end - 1].lower_ in {"score", "scores"}
                    or e.label_ == "METHOD" and e.end == end - 1 and words[end - 1].lower_ in MEMORY_HEADS):
                # ("reduces KV cache memory by 8.2×": the memory a named part takes)
                # "improves Video-LLaVA by 9.6 points" names a method, not a metric; "an MT-Bench score
                # of 6.12" names the benchmark's own score
                return None
        if end - start > 1 and words[end - 1].lower_ in CHANGE_NOUNS \
                and any(e.end == end - 1 and e.start >= start for e in ents.metrics):
            end -= 1  # "a zero-shot accuracy loss of 0.4 points" reports the accuracy
        metric = next((e for e in ents.metrics if e.end == end and e.start >= start), None)
        if metric is not None:
            modifiers = [t.text for t in words[start:metric.start] if t.lower_ not in LOOSE_MODIFIERS]
            if not modifiers:
                return (metric.start_char, metric.end_char), self._metric_name(metric)
            chars = toks.chars(start, end)
            # ("correction F1 scores of 86.3, 70.9 and 82.4": each figure is one F1 score)
            *named, last = metric.text.rsplit(" ", 1)
            head = " ".join(named + [singular(last)]) if last.lower() in PLURAL_HEADS else metric.text
            name = re.sub(r"\s*-\s*", "-", " ".join(modifiers + [head]))
            toks.phrases[chars] = (start, end, name)
            return chars, name
        phrase = words[start:end]
        # "cost of transport", "rate of hallucinated items": the head stands before "of"
        head = next((phrase[k - 1] for k in range(1, len(phrase)) if phrase[k].lower_ == "of"), phrase[-1])
        if head.lower_ == "performance" and len(phrase) < 2:
            return None  # "an overall performance (OP) of 57.8" names a measure; "the performance of 5M models" does not
        if len(phrase) == 1 and head.lower_ == "scores" and start > 0 and not words[start - 1].is_stop \
                and words[start - 1].lower_ not in LOOSE_MODIFIERS:  # (but "obtains average scores of 88.2")
            return None  # "the best model, GPT-4o, scores only 41.3%": a verb, not a measure
        if head.lower_.rsplit("-", 1)[-1] not in METRIC_HEADS and not (
                len(phrase) == 1 and ACRONYM_METRIC.match(head.text) and head.text not in NOT_METRIC_ACRONYMS
                and end < toks.n and words[end].lower_ in {"of", "="}):
            # "a κSRME of 0.28", "an rFVD of 67": a measure's short name the knowledge base does not hold
            return None
        # a name keeps its case ("MT-Bench score", "CheXbert F1"), a word does not
        kept = [t.text if t.text.isupper() or any(c.isdigit() or c.isupper() for c in t.text[1:]) else t.lower_
                for t in phrase if t.lower_ not in LOOSE_MODIFIERS or head.lower_ == "performance"]
        if not kept:
            return None
        if kept[-1] in PLURAL_HEADS:
            kept[-1] = singular(kept[-1])  # "selective accuracies of 71.4%, 68.9% and 52.3%" each report one accuracy
        chars = toks.chars(start, end)
        name = re.sub(r"\s*-\s*", "-", " ".join(kept))
        toks.phrases[chars] = (start, end, name)
        return chars, name
