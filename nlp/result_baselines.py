"""The result rules for the figures of other methods: baselines set against a result ("compared
with 38.2% for DiffDock", "SegFormer (72.1%)", "(Binoculars: 91.2; DetectGPT: 83.5)"), starting
points said of another method, gaps and changes, and the method each figure is reported for.
Part of ``results.ResultExtractor``."""
import re

from .result_lists import ListedFigures
from .result_measures import MeasureRules
from .result_screening import FigureScreening
from .result_words import (
    APPROXIMATELY, BASELINE_NAME, BEAT_WORDS, BY_FACTOR, CHANGE_VERBS, CLAUSE_WORDS, CLAUSE_WORDS_BUT_AND,
    COMPARED_WORDS, COMPONENT_NOUNS, COUNT_UNITS, CONTRASTS, COST_METRICS, DIRECTION_SUFFIX, EXCEED_WORDS, GAP_FOLLOWERS,
    IMPROVE_PREPOSITIONS, IMPROVE_VERBS, MARGIN_FILLERS, METRIC_HEADS, NEAR_INTENSIFIERS, NEAR_WORDS, OUTPERFORM_WORDS, POSSESSIVES,
    RATE_ITEMS, REFERENCE_NAMES, REPORTED_WORDS, ROLE_NOUNS, START_UNIT_WORDS,
    REPORT_VERBS, SCORE_VERBS, SENTENCE_PUNCT, SET_AGAINST, SIZE_COMPARATIVES, SMALLER_WORDS, SUPERLATIVES, TIME_UNITS,
    TIME_WORDS, TRAIL_WORDS, TRANSFORM_VERBS, UNITS, is_cost,
)


# A unit written as one word the unit table does not hold: "m²/s²", "J/mol".
COMPOUND_UNIT = re.compile(r"^[A-Za-zµ°]+[²³]?(?:/[A-Za-zµ°]+[²³]?)+$|^[A-Za-zµ]+[²³]$")


class BaselineRules:
    """Rules for baselines' figures and the method of each figure.

    A part of ``results.ResultExtractor``, which mixes it in: its rules call each
    other, and the other parts' rules, through ``self``."""

    @staticmethod
    def _unitless_baselines(toks, found):
        """ "an average MTEB score of 66.1 over 56 English tasks, compared with 66.6 for its teacher and
        64.2 for bge-large": a unitless figure set against a result ("with/versus ... for X") reports
        the same metric as the last figure of its sentence that has one, past counts between them."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[1][2] is not None or i == 0 or toks.after[i] >= toks.n \
                    or words[toks.after[i]].lower_ != "for":
                continue
            before = words[i - 1].lower_
            if before in {"and", ","} and k > 0:
                g = found[k - 1]  # "... 66.6 for its teacher and 64.2 for bge-large"
                if g[4] is None or g[2] is not f[2] or i - g[0] > 12 or words[toks.after[g[0]]].lower_ != "for":
                    continue
            elif before in {"with", "against", "versus", "vs", "vs."}:
                g = next((g for g in reversed(found[:k]) if g[4] is not None and g[2] is f[2]), None)
                if g is None or g[1][2] is not None or i - g[0] > 25 \
                        or any(w.text in SENTENCE_PUNCT for w in words[g[0] : i]):
                    continue
            else:
                continue
            f[3], f[4], f[5] = g[3], g[4], g[0]

    @staticmethod
    def _contrasted_clause(toks, found):
        """ "accuracy on PAM falls by only 4.1 points, whereas Raindrop loses 12.6", "solves 9 of the 30
        problems, while the strongest baseline solves 6": a figure with no metric in a clause set against the
        figure before it ("whereas", "while"), after the same verb or a verb of loss, reports that figure's
        measure."""
        words = toks.words
        for k in range(1, len(found)):
            b = found[k]
            # the figure before it with a measure ("scores 48.7 on average, within 0.6 of the full cache, whereas
            # SnapKV and H2O reach 45.2": past a figure that reports none)
            a = next((f for f in reversed(found[:k]) if f[4] is not None or f[2] is not b[2]), found[k - 1])
            if b[4] is not None or b[3] is not None or a[4] is None or a[2] is not b[2] or a[0] < 2 or b[0] < 2:
                continue
            if b[1][2] != a[1][2] and not (b[1][2] is None and a[1][2] in {"points", None}):
                continue
            between = words[toks.after[a[0]] : b[0]]
            if len(between) > 16 or not any(w.lower_ in {"whereas", "while"} for w in between) \
                    or any(w.text in SENTENCE_PUNCT for w in between):
                continue
            verb_a, verb_b = MeasureRules._verb_before(toks, a[0]), MeasureRules._verb_before(toks, b[0])
            # "drops by only 6 points, while that of QMIX drops by 21", "succeeds in 83 ..., succeeds in 51"
            same = verb_a is not None and verb_a == verb_b or verb_a in SCORE_VERBS and verb_b in SCORE_VERBS
            lost = verb_b in {"loses", "lost", "drops", "dropped", "falls", "fell"} \
                and any(w.lower_ in {"by", "loses"} for w in words[max(0, a[0] - 3) : a[0]])  # "falls by only 4.1 points"
            # "at a cost of 1.4% in NDCG@20, whereas FA*IR incurs a 4.8% loss": the other's loss in the same measure
            after_b = toks.after[b[0]]
            priced = after_b < toks.n and words[after_b].lower_ in {"loss", "drop", "cost", "degradation"} \
                and any(w.lower_ in {"cost", "loss", "drop", "degradation"} for w in words[max(0, a[0] - 3) : a[0]])
            if same or lost or priced:
                b[3], b[4], b[5] = a[3], a[4], a[0]

    @staticmethod
    def _owned_starts(toks, found):
        """ "Recall@10 improves from 47.6 for IRCoT to 58.3", "38.2%, up from 24.6% for the same model with a
        ReAct-style prompt": a starting figure said of another method or setup is that one's result, in the
        measure of the figure it is set against."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            before = i - 1 if i > 1 and words[i - 1].text in {"~", "≈"} else i  # "from ~12 minutes with ..."
            if f[4] is not None or before < 1 or words[before - 1].lower_ != "from":
                continue
            after = toks.after[i]
            if after < toks.n and words[after].lower_ in START_UNIT_WORDS:
                after += 1  # "from 12 minutes with FlashAttention-2 to 3.1 minutes", "from 3,410 tokens for IC-DST to 620"
            if i in toks.owners and after + 1 < toks.n and words[after].lower_ == "to" and k + 1 < len(found) \
                    and found[k + 1][0] == after + 1:
                # "improves WGA over ERM from 57.4% to 70.9%": a start owned by the method named before "from"
                # (``_is_starting_point``), in the measure of the end
                g = found[k + 1]
                if g[4] is not None and g[2] is f[2] and g[1][2] == f[1][2]:
                    f[3], f[4] = g[3], g[4]
                continue
            if after >= toks.n or words[after].lower_ not in {"for", "with"} and words[after].text != "(":
                continue  # ("from 71.4% (DistServe) to 96.8%": the start's owner in brackets)
            if before > 1 and words[before - 2].lower_ in {"up", "down"}:
                g = found[k - 1] if k > 0 else None  # "38.2%, up from 24.6% for ...": the figure before
            else:
                g = found[k + 1] if k + 1 < len(found) else None  # "from 47.6 for IRCoT to 58.3": the one after
                if g is not None and (words[g[0] - 1].lower_ != "to"
                                      or BaselineRules._owned_start(toks, g[0] - 2, max(0, before - 2)) != i):
                    g = None  # (the start ``_changed_metric`` passes over to find the measure of the end)
            if g is not None and g[4] is not None and g[2] is f[2] and g[1][2] == f[1][2]:
                f[3], f[4] = g[3], g[4]

    @staticmethod
    def _baselines_past_costs(toks, found):
        """ "79.4% top-1 accuracy at 2.6 GFLOPs, compared with 78.5% for EViT and 78.3% for ToMe": a
        baseline's figure set against the sentence's result with a cost between them reports the result's
        measure, in its unit (the cost is the setting both are read at); so does the figure another method
        reaches after "while": "79.6% top-1 accuracy at 1.1 ms ..., while Gullwing-S3 attains 82.3% at 2.4 ms"."""
        words = toks.words

        def cost(f, unit):
            # (a time another rule named otherwise is set right by its unit later, ``_units_fit_measures``;
            # a bare number with no measure, "on an iPhone 14", is no figure either is read at)
            return f[4] in COST_METRICS or f[1][2] != unit and f[1][2] in TIME_UNITS \
                or f[4] is None and f[1][2] is None

        chained = set()
        for k in range(1, len(found)):
            b = found[k]
            unit = b[1][2]
            if b[4] is not None or b[3] is not None or unit is None or b[0] < 2:
                continue
            after = toks.after[b[0]]
            if after + 1 < toks.n and words[after].lower_ == "at":
                at = toks.figure(after + 1)  # "compared with 79.1% at 1.18 ms for FastViT-SA12"
                if at is not None and at[2] != unit and at[2] is not None:
                    after = toks.after_unit(after + 1, at)
            before = words[b[0] - 1].lower_
            for_method = after < toks.n and words[after].lower_ == "for"
            j = k - 1
            while j >= 0 and found[j][2] is b[2] and cost(found[j], unit):
                j -= 1
            if j < 0 or j == k - 1 and j not in chained:
                continue  # no cost between them: the rules of listed figures decide
            a = found[j]
            if not (for_method and (before in CONTRASTS or before == "with" and words[b[0] - 2].lower_ == "compared"
                                    or before in {"and", ","} and j in chained)
                    or before in REPORT_VERBS
                    and any(w.lower_ in {"while", "whereas"} for w in words[toks.after[found[k - 1][0]] : b[0]])):
                continue
            if a[2] is not b[2] or a[4] is None or a[4] in COST_METRICS or a[1][2] != unit \
                    or any(t.text in SENTENCE_PUNCT for t in words[toks.after[a[0]] : b[0]]):
                continue
            b[3], b[4], b[5] = a[3], a[4], a[0]
            chained.add(k)

    @staticmethod
    def _near_baselines(toks, found):
        """ "UTMOS reaches 4.21, close to the 4.24 of ground-truth recordings", "the PDM score reaches 89.4,
        above Hydra-MDP at 86.5": a figure with no metric of its own, set beside the figure just before it
        in its clause by a word of nearness or rank, reports that figure's metric in the same unit."""
        words = toks.words
        for g, f in zip(found, found[1:]):
            if f[4] is not None or f[3] is not None or g[4] is None or g[2] is not f[2] or f[1][2] != g[1][2]:
                continue
            start = toks.after[g[0]]
            while start < f[0] and g[3] is not None and g[3][0] <= toks.idx[start] < g[3][1]:
                start += 1  # past the figure's own measure: "65.2% accuracy, on par with the 65.5% of FedIT"
            between = words[start : f[0]]
            if len(between) > 2 and between[0].text == "±" and between[1].figure is not None:
                between = between[2:]  # "a MOS of 4.21 ± 0.08 for naturalness, close to the 4.30 of ..."
            if len(between) > 3 and between[0].lower_ == "for" and between[1].is_alpha and between[2].text == ",":
                between = between[2:]
            if 2 <= len(between) <= 4 and between[-1].lower_ == "the" and any(
                    w.lower_ in EXCEED_WORDS or w.lower_ in OUTPERFORM_WORDS for w in between) \
                    and not any(w.is_punct or w.figure is not None for w in between) \
                    and toks.after[f[0]] < toks.n and words[toks.after[f[0]]].lower_ == "of":
                f[3], f[4], f[5] = g[3], g[4], g[0]  # "its nDCG@5 of 82.4 even exceeds the 81.3 of ColQwen2"
                continue
            if 3 <= len(between) and between[0].text == "," and between[1].lower_ in NEAR_INTENSIFIERS:
                between = [between[0]] + between[2:]  # "an F1 of 0.58, far below the 0.86 of expert annotators"
            if len(between) >= 4 and between[0].text == "," and between[1].lower_ in {"higher", "lower", "better", "worse"} \
                    and between[2].lower_ == "than":
                between = [between[0], between[1]] + between[3:]  # ", higher than the 0.6535 of GPS"
                if not (len(between) <= 4 and between[-1].lower_ == "the"):
                    continue
                f[3], f[4], f[5] = g[3], g[4], g[0]
                continue
            joined = next((k for k, w in enumerate(between) if w.lower_ == "and"), None)
            if joined is not None and joined + 1 < len(between) and between[joined + 1].lower_ in NEAR_WORDS \
                    and not any(w.is_punct or w.figure is not None for w in between[:joined]):
                # "3.9 above I-JEPA and close to the 42.4 of DINOv2": a second comparison of the same figure's
                between = [between[0]] + between[joined + 1 :] if between[0].text == "," else [None] + between[joined + 1 :]
            if len(between) >= 4 and between[1] is not None and between[1].lower_ == "on" and between[2].lower_ == "par":
                between = [between[0]] + between[2:]  # ", on par with the 65.5% of FedIT"
            if not 2 <= len(between) <= 8 or between[0] is not None and between[0].text != "," \
                    or between[1].lower_ not in NEAR_WORDS:
                continue
            rest = [w.lower_ for w in between[2:]]
            if rest and rest[0] in {"to", "with"}:
                rest = rest[1:]
            if rest and rest[0] == "the":
                rest = rest[1:]
            # what may stand between: a name the baseline is called by, and "at" ("above Hydra-MDP at 86.5")
            names = [w for w in between[len(between) - len(rest) :] if w.lower_ != "at"]
            if len(rest) > 4 or rest and rest[-1] not in {"at", "of"} and names \
                    or any(w.figure is not None or w.text in SENTENCE_PUNCT or w.lower_ in CLAUSE_WORDS
                           for w in between[1:]):
                continue
            f[3], f[4], f[5] = g[3], g[4], g[0]

    @staticmethod
    def _compared_with_baselines(toks, found):
        """ "places 52.3% of ligands within 2 Å RMSD of the crystal pose, compared with 38.2% for DiffDock and
        23.4% for Vina": figures a clause sets against the figure before it ("compared with", "versus",
        "against"), each for a method, in its unit, report that figure's metric, however far the figure's
        own words run before the comparison."""
        words = toks.words
        for k in range(1, len(found)):
            g, f = found[k - 1], found[k]
            if f[4] is not None or f[3] is not None or g[4] is None or g[2] is not f[2] or f[1][2] != g[1][2]:
                continue
            lo, hi = toks.after[g[0]], f[0]
            between = words[lo:hi]
            # (a figure that reports nothing may stand between: "within 2 Å RMSD")
            if not 3 <= len(between) <= 25 or any(w.text in SENTENCE_PUNCT for w in between):
                continue
            if not FigureScreening._set_against(toks, f[0]) \
                    or between[-3 if between[-2].lower_ in {"compared", "relative"} else -2].text != ",":
                continue
            after = toks.after[f[0]]
            if after < toks.n and words[after].lower_ in {"and", ","}:
                # "0.9% on clean audio and 2.3% at 0 dB SNR, compared with 1.0% and 4.5% for Auto-AVSR": a list of
                # a baseline's figures pairs in order with as many results before the comparison
                run = [f]
                for h in found[k + 1 :]:
                    gap = words[toks.after[run[-1][0]] : h[0]]
                    if h[4] is not None or h[2] is not f[2] or h[1][2] != f[1][2] or len(gap) != 1 \
                            or gap[0].lower_ not in {"and", ","}:
                        break
                    run.append(h)
                last = toks.after[run[-1][0]]
                prior = found[k - len(run) : k]
                if len(run) < 2 or len(prior) < len(run) or last >= toks.n or words[last].lower_ not in {"for", "by"} \
                        or any(p[4] is None or p[2] is not f[2] for p in prior):
                    continue
                for h, p in zip(run, prior):
                    h[4], h[5] = p[4], p[0]
                continue
            if after >= toks.n or words[after].lower_ not in {"for", "by", "with"}:
                continue
            f[4], f[5] = g[4], g[0]
            # "... and 23.4% for Vina": the figures listed on with it, each for a method
            for h in found[k + 1 :]:
                if h[4] is not None or h[3] is not None or h[2] is not f[2] or h[1][2] != f[1][2]:
                    break
                gap = words[toks.after[f[0]] : h[0]]
                if not 2 <= len(gap) <= 8 or gap[0].lower_ not in {"for", "by", "with"} or gap[-1].lower_ not in {"and", ","} \
                        or any(w.figure is not None or w.text in SENTENCE_PUNCT for w in gap):
                    break
                h[4], h[5] = g[4], g[0]
                f = h

    @staticmethod
    def _from_to_after_change(toks, found):
        """ "P99 TTFT falls by 58%, from 4.1 s to 1.7 s": the level a change ends at, written after it, is in
        the measure that changed."""
        words = toks.words
        for k in range(1, len(found)):
            g, f = found[k - 1], found[k]
            if f[4] is not None or f[3] is not None or g[4] is None or g[2] is not f[2]:
                continue
            j = f[0] - 1
            if j > 0 and words[j].text in UNITS:
                j -= 1  # ("from 4.1 s to 1.7 s": a unit after the start)
            if j < 4 or words[j].lower_ != "to":
                continue
            start = next((m for m in range(j - 1, max(0, j - 4), -1) if words[m].lower_ == "from"), None)
            if start is None or toks.after[g[0]] + 2 < start or words[start - 1].text not in {",", "("}:
                continue  # (", from 4.1 s to 1.7 s", "by 2.1% (from 45.3% to 47.4%)")
            toks.read(g[0] - 8, g[0])
            if not any(w.lower_ in CHANGE_VERBS for w in words[max(0, g[0] - 8) : g[0]]):
                continue
            f[4], f[5] = DIRECTION_SUFFIX.sub("", g[4]), g[0]

    @staticmethod
    def _gaps(toks, found):
        """ "the perplexity gap to FP16 narrows from 1.18 to 0.64", "the gap to the dense model on MMLU shrinks to
        2.7 points": a figure of a gap the sentence talks about is the gap in its measure, `<measure> gap`
        (guideline decision 16), the measure as written where the gap names it ("the gap in F1 between ..."
        → F1 gap); "within 0.5 points of the FP16 cache" is in the measure itself, "reduces the gap by 58%" a
        reduction of it, and "the HOMO-LUMO gap" a quantity, not a gap to a reference."""
        if "gap" not in toks.text:
            return  # most abstracts: no gap to read for, figure by figure
        words = toks.words
        for f in found:
            i = f[0]
            toks.read(i - 14, i + 1)
            if f[4] is not None and f[4].endswith(("gap", "gaps")) or f[1][2] == "×" or i < 2 or words[i - 1].text == "(":
                continue
            gap = None
            for k in range(i - 1, max(1, i - 14) - 1, -1):
                w = words[k]
                if w.text in SENTENCE_PUNCT or w.text == "," or w.lower_ in CLAUSE_WORDS_BUT_AND or w.lower_ == "by" \
                        or w.text == "(" and not any(v.text == ")" for v in words[k + 1 : i]):
                    # ("the gap to the teacher is larger (WER of 9.7% vs. 8.4%)": the two sides, in brackets; but
                    # "narrows the gap to the FP16 model (6.14) to 1.14")
                    break
                if w.lower_ == "gap":
                    gap = k
                    break
            if gap is None or gap + 1 >= i or words[gap + 1].lower_ not in GAP_FOLLOWERS:
                continue
            before = words[gap - 1]
            named = next((m for m in f[2].metrics if m.end == gap), None)
            opener = named.start - 1 if named is not None else None
            if opener is not None and any(e.end == named.start for e in f[2].datasets):
                opener = next(e.start for e in f[2].datasets if e.end == named.start) - 1  # "the GSM8K accuracy gap"
            if before.lower_ in {"the", "its", "this"}:
                measure = None
                if words[gap + 1].lower_ in {"in", "of"}:  # "the gap in F1 between ...": the measure after it
                    measure = next((toks.doc[m.start : m.end].text for m in f[2].metrics if m.start == gap + 2), None)
            elif named is not None and opener >= 0 and words[opener].lower_ in {"the", "its", "this"}:
                # "the perplexity gap to FP16", "narrows the zero-shot accuracy gap to FP16 to 1.3 points"
                measure = toks.doc[named.start : named.end].text
            else:
                continue
            if measure is None and f[4] is None:
                continue
            f[3], f[4] = None, (measure or DIRECTION_SUFFIX.sub("", f[4])) + " gap"
            for g in found:
                k = g[0]
                if g[2] is f[2] and k > toks.after[i] and g[4] is None and g[1][2] in {None, f[1][2]} \
                        and words[k - 1].lower_ in {"versus", "vs", "vs.", "and", "against"} \
                        and toks.after[k] < toks.n and words[toks.after[k]].lower_ == "for" \
                        and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[i] : k]):
                    # "the accuracy gap to the BF16 cache is 1.1 points, versus 7.8 for KIVI-2 and 4.5 for KVQuant":
                    # the baselines' gaps
                    g[3], g[4] = None, f[4]

    @staticmethod
    def _slash_baselines(toks, found, groups):
        """ "obtains 1.8/3.9 WER on test-clean/test-other, on par with SLAM-ASR (1.9/3.8) and ahead of SALMONN
        (2.1/4.9)", "32.41/0.902 PSNR/SSIM, ahead of SwinIR (32.29/0.899)": figures with slashes in brackets
        right after a method are that method's figures of the measures of the slashed figures before them, in
        order (its baseline's, as one figure in brackets is, ``_baselines_in_parentheses``). ``groups`` are the
        slashed figures' positions in ``found`` (``_slash_groups``)."""
        words = toks.words
        for n, group in enumerate(groups):
            first, last = found[group[0]], found[group[-1]]
            i = first[0]
            toks.read(i - 14, toks.after[last[0]] + 1)
            if any(found[k][4] is not None for k in group) or toks.after[last[0]] >= toks.n \
                    or words[toks.after[last[0]]].text not in {")", ";"}:
                continue
            if words[i - 1].text == "(" and any(e.label_ == "METHOD" and e.end == i - 1 for e in first[2]):
                opening = i - 1
            elif words[i - 1].text == ":":
                # "(Depth Anything V2: 0.171 / 0.791; Marigold: 0.162 / 0.804)": a named pair inside brackets
                opening = next((k for k in range(i - 2, max(0, i - 14) - 1, -1) if words[k].text in {"(", ")", "."}),
                               None)
                if opening is None or words[opening].text != "(":
                    continue
            else:
                continue
            # (in "1.8/3.9 WER" only the last figure has its measure yet: the others are in it too)
            model = next((g for g in reversed(groups[:n]) if len(g) == len(group) and found[g[0]][2] is first[2]
                          and found[g[-1]][4] is not None and found[g[-1]][0] < opening), None)
            if model is None:
                # "attains AbsRel 0.118 and δ1 0.872 on nuScenes-Night (Depth Anything V2: 0.171 / 0.791; ...)": the
                # figures reported right before the brackets, one per measure, in order
                before = [k for k, g in enumerate(found) if g[0] < opening and g[2] is first[2]][-len(group):]
                if len(before) == len(group) and all(found[k][4] is not None for k in before) \
                        and len({found[k][4] for k in before}) == len(group):
                    model = before
            if model is None or any(w.text in SENTENCE_PUNCT for w in words[found[model[-1]][0] : opening]):
                continue
            named = found[model[-1]]
            for k, m in zip(group, model):
                m = found[m] if found[m][4] is not None else named
                found[k][3], found[k][4], found[k][5] = m[3], m[4], m[0]

    @staticmethod
    def _baselines_after_semicolons(toks, found):
        """ "the exact match ... is 34.9, against 25.6 without retrieval; 29.8 with BM25; 31.2 with RepoCoder; and
        33.1 with GraphCoder": a figure that opens an item of a list after a semicolon, given with or for a method,
        is in the measure of the figure of the item before, given with, without or for something too."""
        words = toks.words
        for k in range(1, len(found)):
            f, g = found[k], found[k - 1]
            i = f[0]
            if f[4] is not None or g[4] is None or g[2] is not f[2] or i < 3 or f[1][2] != g[1][2]:
                continue
            opened = i - 1 if words[i - 1].text == ";" else i - 2 if words[i - 1].lower_ == "and" \
                and words[i - 2].text == ";" else None
            after, g_after = toks.after[i], toks.after[g[0]]
            if opened is None or g_after + 2 > opened or after + 1 >= toks.n:
                continue
            toks.read(g_after, after + 2)
            if words[after].lower_ in {"with", "for"} and words[g_after].lower_ in {"with", "for", "without"} \
                    and (any(e.start == after + 1 for e in f[2].methods) or BASELINE_NAME.match(words[after + 1].text)) \
                    and not any(w.text in SENTENCE_PUNCT and w.text != ";" or w.figure is not None
                                for w in words[g_after : opened]):
                f[3], f[4], f[5] = g[3], g[4], g[0]

    @staticmethod
    def _speedup_in_brackets(toks, found):
        """ "reduces latency from 26.1 s to 7.9 s (3.3×)": a multiple in brackets right after the time a change
        ends at is the speed-up the change makes."""
        words = toks.words
        for k in range(1, len(found)):
            f, g = found[k], found[k - 1]
            i = f[0]
            if f[4] is not None or f[1][2] != "×" or i < 4 or words[i - 1].text != "(" or g[4] is None \
                    or words[g[0] - 1].lower_ != "to" or g[2] is not f[2]:
                continue
            toks.read(toks.after[g[0]], i)
            between = words[toks.after[g[0]] : i - 1]
            after = toks.after[i]
            if after < toks.n and words[after].text == ")" and (
                    not between or g[1][2] not in TIME_UNITS and len(between) <= 6
                    and all(w.lower_ in {"for", "with", "/", "per"} or w.text in UNITS or w.text[:1].isupper()
                            or w.lower_ in RATE_ITEMS
                            or any(e.start <= k < e.end for e in f[2])
                            for k, w in enumerate(between, toks.after[g[0]]))):
                # (and the same measure for a rate: "throughput rises from 1,310 to 2,140 images/s for FjordViT-B
                # (1.63×)")
                f[4], f[5] = ("speedup" if g[1][2] in TIME_UNITS else g[4]), g[0]

    @staticmethod
    def _reached_again(toks, found):
        """ "YarrowMAE reaches 79.6% top-1 accuracy on ImageNet-1K, ...; after full fine-tuning it reaches 85.4%": a
        figure reported in a clause after a semicolon that names no measure, in the unit of the result of the clause
        before, is in that result's measure."""
        words = toks.words
        for k in range(1, len(found)):
            f = found[k]
            i = f[0]
            if f[4] is not None or i < 3 or words[i - 1].lower_ not in REPORT_VERBS:
                continue
            # (the last result in its unit: "79.6% top-1 accuracy on ImageNet-1K, 11.5 points above MAE ...; it reaches 85.4%")
            g = next((g for g in reversed(found[:k]) if g[4] is not None and g[1][2] == f[1][2]), None)
            if g is None or g[2] is not f[2]:
                continue
            toks.read(g[0], i)
            semi = [j for j in range(toks.after[g[0]], i) if words[j].text == ";"]
            if len(semi) != 1 or any(m.start > semi[0] and m.end <= i for m in f[2].metrics) \
                    or any(w.figure is not None for w in words[semi[0] + 1 : i]):
                continue
            f[4], f[5] = g[4], g[0]

    @staticmethod
    def _of_like_size(found, a, b):
        """ "an FID of 1.89 and an IS of 287.4, compared with 2.16 for ...": a baseline's figure
        compares with the figure of its sentence that is of its size, when the one just before
        it is ten times larger or smaller."""
        def ratio(x, y):
            x, y = abs(x[1][1]), abs(y[1][1])
            return max(x, y) / min(x, y) if min(x, y) > 0 else float("inf")
        if ratio(a, b) < 10:
            # ("a PESQ of 4.12 and a multi-resolution STFT distance of 0.81, better than Vocos (3.93)": or
            # five times, where one before is within a tenth of it)
            alike = [f for f in found if f[0] < a[0] and f[2] is b[2] and f[4] is not None and f[4] != a[4]
                     and f[1][2] == b[1][2] and ratio(f, b) < 1.1] if ratio(a, b) > 4 else []
            return alike[-1] if alike else a
        alike = [f for f in found if f[0] < a[0] and f[2] is b[2] and f[4] is not None and f[4] != a[4]
                 and f[1][2] == b[1][2] and ratio(f, b) < 3]
        return alike[-1] if alike else a

    @staticmethod
    def _outperforms(toks, i, reach=24, beats=False):
        """Whether "outperforms" or the like stands in the ``reach`` words before the figure (with ``beats``,
        "exceeds" and "beats" too)."""
        toks.read(i - reach, i)
        return any(t.lower_ in OUTPERFORM_WORDS or beats and t.lower_ in BEAT_WORDS
                   for t in toks.words[max(0, i - reach) : i])

    @staticmethod
    def _improves_over(toks, i, ents, reach=12):
        """ "it improves over the best baseline, FedLC, by 4.2 points": "improves" with "over", "on" or
        "upon" in the ``reach`` words before the figure, or "improves <a model> by", in a sentence that names
        no measure before it (else the gain is of that measure)."""
        if any(m.end <= i for m in ents.metrics):
            return False
        toks.read(i - reach, i)
        words = toks.words
        if any(t.lower_ in IMPROVE_VERBS and words[k + 1].lower_ in IMPROVE_PREPOSITIONS
               for k, t in enumerate(words[max(0, i - reach) : i], max(0, i - reach))):
            return True
        # "RelayScope improves InternVL3-8B by 11.9 points", "improves the base model by 5.7": the model improved
        by = i - 1
        if by < 2 or words[by].lower_ != "by":
            return False
        improved = next((e.start for e in ents.methods if e.end == by), None)
        if improved is None:
            improved = next((k for k in (by - 2, by - 3) if k > 0 and " ".join(w.lower_ for w in words[k:by])
                             in {"the baseline", "the base model", "its base model", "the backbone"}), None)
        return improved is not None and improved > 0 and words[improved - 1].lower_ in IMPROVE_VERBS

    def _superlative_in_brackets(self, toks, found):
        """ "achieves the best FID on CIFAR-10 among all samplers (2.11, against 2.54 for DPM-Solver)": a bare figure
        opening a bracket after "the best/lowest/highest <measure>" of its clause is that measure's value (the
        figures compared with it in the bracket take it from there)."""
        words = toks.words
        for n, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[3] is not None or i < 4 or words[i - 1].text != "(":
                continue
            lo = max(0, i - 14)
            metric = next((m for m in reversed(f[2].metrics) if lo <= m.start and m.end < i - 1), None)
            if metric is None or metric.start < 1 or words[metric.start - 1].lower_ not in SUPERLATIVES \
                    or any(w.text in SENTENCE_PUNCT or w.text in {",", "("} for w in words[metric.end : i - 1]) \
                    or any(metric.end <= g[0] < i - 1 and (g[4] is not None or g[3] is not None) for g in found):
                continue  # (a count between is no result: "the best VUS-PR among 19 compared detectors (0.39, ...)")
            f[3], f[4] = (metric.start_char, metric.end_char), self._metric_name(metric)
            for g in found[n + 1 :]:  # "(2.11, against 2.54 for DPM-Solver)": the baselines' figures in the bracket
                if g[4] is not None or g[3] is not None or g[1][2] != f[1][2] \
                        or any(w.text in {")", ";"} or w.text in SENTENCE_PUNCT for w in words[toks.after[f[0]] : g[0]]):
                    break
                g[3], g[4], g[5] = f[3], f[4], f[0]

    @staticmethod
    def _parallel_claims(toks, found):
        """ "FjordViT-S reaches 79.6% top-1 accuracy at 2.9 GFLOPs ..., and FjordViT-B reaches 81.5% at 10.8
        GFLOPs": a second method claiming a bare figure with the verb of the first claim reports its measure,
        past the costs said between them."""
        words = toks.words
        for n, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[3] is not None or f[1][2] is None or i < 3 \
                    or words[i - 1].lower_ not in REPORT_VERBS or not any(e.end == i - 1 for e in f[2].methods):
                continue
            for g in reversed(found[:n]):
                if g[2] is not f[2] or g[4] is None:
                    break
                if g[5] is not None:
                    continue  # a baseline's figure, compared with the claim ("(DeiT-S: 79.8% at 4.6 GFLOPs)")
                if g[1][2] == f[1][2] and not is_cost(g[4]):
                    if words[g[0] - 1].lower_ == words[i - 1].lower_:  # the same verb: "reaches ..., and X reaches"
                        f[3], f[4] = g[3], g[4]
                    break
                if not is_cost(g[4]):
                    break

    @staticmethod
    def _bracketed_changes(toks, found):
        """ "pass@1 increases from 48.2% to 61.0% (+12.8%)": a signed figure in brackets right after a figure
        is the change of that figure's measure (decision 9), however far back the measure was named."""
        words = toks.words
        for a, b in zip(found, found[1:]):
            if b[1][0] in {"+", "-", "−"} and b[4] in {None, "improvement"} and a[4] is not None \
                    and a[2] is b[2] and toks.after[a[0]] == b[0] - 1 and words[b[0] - 1].text == "(":
                b[3], b[4], b[5] = a[3], a[4], a[0]

    @staticmethod
    def _baselines_in_parentheses(toks, found):
        """ "74.5% mean IoU on Cityscapes, outperforming SegFormer (72.1%)": a figure in parentheses after a method
        it is compared with is that method's figure of the same measure."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is None and k > 0 and i > 3 and words[i - 1].text in {":", "="} \
                    and (words[i - 3].text == "(" or i > 4 and words[i - 4].text == "(" and words[i - 2].lower_ in REFERENCE_NAMES) \
                    and toks.after[i] < toks.n and words[toks.after[i]].text == ")" \
                    and (words[i - 2].text[:1].isupper() or any(e.end == i - 1 for e in f[2].methods)
                         or words[i - 2].lower_ in REFERENCE_NAMES):
                # ("an FID of 4.61 (full precision: 4.53)": the reference model's figure)
                # "8.37 for QuaRot (FP16: 6.14)", "to 10.9 (Wanda: 13.5)": the named model's figure of the same measure
                model = found[k - 1]
                if model[4] is not None and model[2] is f[2] and model[1][2] == f[1][2] \
                        and not any(w.text in SENTENCE_PUNCT for w in words[model[0] : i - 3]):
                    f[3], f[4], f[5] = model[3], model[4], model[0]
                continue
            if f[4] is not None or k == 0 or i < 2 or words[i - 1].text != "(":
                continue
            after = toks.after[i]
            if after >= toks.n or words[after].text != ")" or not any(
                    e.label_ == "METHOD" and e.end == i - 1 for e in f[2]):
                continue
            model = found[k - 1]
            if k > 1 and model[2] is f[2] and model[1][2] != f[1][2] and found[k - 2][2] is f[2]:
                model = found[k - 2]  # "85.1%, 1.6 points above nnU-Net (83.5%)", "19.8% after 1M environment
                # steps, above DreamerV3 (14.5%)": past a gap or a setting in other units
            if model[4] is None or model[2] is not f[2] or model[1][2] != f[1][2]:
                continue
            between = words[toks.after[model[0]] : i - 1]
            # (a figure between them in the same units is another comparison's)
            results_between = {g[0] for g in found if model[0] < g[0] < i and g[1][2] == f[1][2]}
            if any(w.lower_ in OUTPERFORM_WORDS or w.lower_ in CONTRASTS or w.lower_ in EXCEED_WORDS
                   or w.lower_ in {"par", "matching", "matches", "comparable", "close", "below", "behind", "within",
                                   "tied", "trails", "trailing"} for w in between) \
                    and not any(w.text in SENTENCE_PUNCT or w.figure is not None and n in results_between
                                for n, w in enumerate(between, toks.after[model[0]])) \
                    or model[5] is not None and words[model[0] - 1].text == "(" and len(between) <= 4 \
                    and all(w.text in {")", ","} or w.lower_ == "and" or w is between[-1] for w in between):
                # (", surpassing LoRA (74.7%) and DoRA (78.4%)": the next baseline of the list too)
                f[3], f[4], f[5] = model[3], model[4], model[0]

    @staticmethod
    def _bracketed_baselines(toks, found):
        """ "an AUROC of 94.7 ± 0.3 over 3 seeds (Binoculars: 91.2; DetectGPT: 83.5)", "ZINC MAE 0.051 (GRIT 0.059,
        GPS 0.070)", "an accuracy of 80.3% (GNNAutoScale 79.6%, ClusterGCN 78.9%)": figures in brackets after a
        result, each written after a name, are those baselines' figures of the result's measure."""
        words = toks.words
        for n, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[3] is not None or i < 3:
                continue
            toks.read(i - 26, toks.after[i] + 1)
            name = i - 2 if words[i - 1].text == ":" else i - 1
            if not (BASELINE_NAME.match(words[name].text) or words[i - 1].text == ":"
                    and (any(e.end == name + 1 for e in f[2].methods) or words[name].lower_ in REFERENCE_NAMES)) \
                    or words[name].is_stop \
                    or toks.after[i] < toks.n and words[toks.after[i]].text == "/":
                continue  # (not "(Depth Anything V2: 0.171 / 0.791; ...)": a slashed pair is two measures' figures)
            # back to the bracket's opening over "Name[:] figure" items split by "," or ";"
            k = name - 1
            while k > 0 and name - k < 24 and words[k].text != "(":
                if words[k].text in {".", "!", "?", ")"}:
                    k = 0
                    break
                k -= 1
            if k <= 0 or words[k].text != "(":
                continue
            opening = k
            inside = [g for g in found if opening < g[0] < i]
            if any(words[g[0] - 1].text not in {":"} and not BASELINE_NAME.match(words[g[0] - 1].text) for g in inside):
                continue  # ("(+1.8 AP, 2.1 ms)": not a list of named figures)
            # the result the bracket follows, past the costs said with it ("79.6% top-1 accuracy at 2.9 GFLOPs
            # (DeiT-S: 79.8% at 4.6 GFLOPs)")
            model = next((g for g in reversed(found) if g[0] < opening and g[2] is f[2] and g[4] is not None
                          and not (f[1][2] is not None and g[1][2] != f[1][2] and is_cost(g[4]))), None)
            if model is not None:
                toks.read(model[0], opening)
            if model is None or f[1][2] not in {None, model[1][2]} \
                    or any(model[0] < g[0] < opening and not (g[4] is not None and is_cost(g[4])) for g in found) \
                    or any(w.text in SENTENCE_PUNCT and not any(e.start <= j < e.end for e in f[2])
                           for j, w in enumerate(words[model[0] : opening], model[0])):
                continue  # (a name's own "!" ends no sentence: "on Yahoo! R3 (DR: 0.6385, MACR: 0.6490)")
            f[3], f[4], f[5] = model[3], model[4], model[0]
            # "on A and 52.0 on B (GPT-4o: 60.4 and 42.0)": the name's figures listed on answer the result's, in order
            listed = [f]
            for g in found[n + 1 :]:
                if g[4] is not None or g[3] is not None or g[1][2] != f[1][2] or words[g[0] - 1].lower_ not in {"and", ","} \
                        or any(w.text in {")", ";", ":"} or w.text in SENTENCE_PUNCT for w in words[toks.after[listed[-1][0]] : g[0]]):
                    break
                listed.append(g)
            if len(listed) > 1:
                m = found.index(model)
                run = [model]
                while m > 0 and len(run) < len(listed) and found[m - 1][4] == model[4] and found[m - 1][2] is model[2]:
                    m -= 1
                    run.insert(0, found[m])
                if len(run) == len(listed):
                    for g, r in zip(listed, run):
                        g[3], g[4], g[5] = model[3], model[4], r[0]

    @staticmethod
    def _baselines_named_before_brackets(toks, found):
        """ "resolves 47.4% of SWE-bench Verified issues, ahead of the checkpoint before RL (23.0%), SWE-Gym-32B
        (20.6%) and SWE-agent-LM-32B (40.2%)": a figure alone in brackets after a name, in a list that a comparison
        opens after a result, is that baseline's figure of the result's measure, on its dataset. (A measure written
        in the sentence links such figures already; this is for a result whose measure is its benchmark's.)"""
        words = toks.words
        for f in found:
            i = f[0]
            if f[4] is not None or f[3] is not None or f[1][0] or i < 3 or words[i - 1].text != "(":
                continue
            after = toks.after[i]
            if after >= toks.n or words[after].text != ")":
                continue
            if not (BASELINE_NAME.match(words[i - 2].text) or any(e.end == i - 1 for e in f[2].methods)):
                continue
            toks.read(i - 30, i)
            compared = next((k for k in range(i - 2, max(0, i - 30) - 1, -1)
                             if words[k].lower_ in EXCEED_WORDS or words[k].lower_ in OUTPERFORM_WORDS
                             or words[k].lower_ in {"behind", "below", "than", "versus", "vs", "vs.", "against"}
                             or words[k].text in SENTENCE_PUNCT), None)
            if compared is None or words[compared].text in SENTENCE_PUNCT:
                continue
            between = [g for g in found if compared < g[0] < i]
            if any(words[g[0] - 1].text != "(" for g in between):
                continue  # only named figures in brackets stand between the comparison and this one
            # (the result of the same unit: "24.9 dB PSNR, 0.812 SSIM and 0.163 LPIPS, surpassing AnySplat (22.6 dB)")
            model = next((g for g in reversed(found) if g[0] < compared and g[2] is f[2] and g[4] is not None
                          and g[1][2] == f[1][2]), None)
            if model is None or is_cost(model[4]) \
                    or any(w.text in SENTENCE_PUNCT for w in words[model[0] : compared]):
                continue
            f[3], f[4], f[5] = model[3], model[4], model[0]

    @staticmethod
    def _baseline_tuples(toks, found):
        """ "78.9% top-1 accuracy at 1.1 ms, outperforming MobileOne-S2 (77.4%, 1.0 ms) and FastViT-T8 (76.2%,
        0.9 ms)": figures in brackets after a method it is compared with, one per measure, are that method's
        figures of the measures reported before in the same units, in the order of the brackets."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if k == 0:
                continue
            # a figure already linked to the measure named last before its bracket is paired again only when the
            # bracket holds one figure per measure reported before it: "an MAE of 10.86 and an RMSE of 18.02,
            # improving on DEFNet (11.90 and 19.76)"
            linked = f[4] is not None or f[3] is not None
            # the bracket's opening: right before the figure, or before the figures listed before it in it
            p, j = i - 1, k
            while p > 0 and words[p].lower_ in {",", "and"} and j > 0 and toks.after[found[j - 1][0]] == p \
                    and found[j - 1][2] is f[2]:
                j -= 1
                p = found[j][0] - 1
            if p < 1:
                continue
            close = toks.after[i]
            while close < toks.n and words[close].lower_ in {",", "and"} and any(g[0] == close + 1 for g in found[k + 1 : k + 3]):
                close = toks.after[close + 1]
            if words[p].text != "(" or close >= toks.n or words[close].text != ")" or j == k and close == toks.after[i] \
                    or not (any(e.label_ == "METHOD" and e.end == p for e in f[2])
                            or ListedFigures._in_tuple(toks, f) and BASELINE_NAME.match(words[p - 1].text)):
                continue  # (a name the knowledge base lacks, "BigCodec (3.96, 2.59, 0.84)", before a tuple of three)
            # the bracket's figures, and as many figures just before it: "a UTMOS of 4.05, a PESQ of 2.71 and a
            # speaker similarity of 0.86, surpassing WavTokenizer (3.91, 2.37, 0.80)" pairs them in order, one
            # measure each, when the units agree
            inside = [g for g in found[j:] if p < g[0] < close and g[2] is f[2]]
            before = [g for g in found[:j] if g[2] is f[2]][-len(inside):] if len(inside) > 1 else []
            if linked and not (len(before) == len(inside) and len({g[4] for g in before}) == len(before)
                               and all(g[3] == before[-1][3] for g in inside)):
                continue
            if len(before) == len(inside) and all(g[4] is not None and g[1][2] == h[1][2] for g, h in zip(before, inside)) \
                    and (len({g[4] for g in before}) == len(before) or all(g[4] == before[0][4] for g in before)):
                # (one measure each, or the one measure of figures on as many datasets or settings: "74.9 mIoU on Area
                # 5 and 80.6 mIoU in the 6-fold setting, surpassing PTv3 (73.4 and 77.7)")
                model = before[inside.index(f)] if f in inside else None
            else:
                model = next((g for g in reversed(found[:j]) if g[2] is f[2] and g[4] is not None and g[1][2] == f[1][2]),
                             None)
            if model is None:
                continue
            between = words[toks.after[model[0]] : p]
            if any(w.text in SENTENCE_PUNCT for w in between):
                continue
            # (or beside: "19.0, close to TPSR (85.7%, 18.2)")
            if model[5] is None and not any(w.lower_ in OUTPERFORM_WORDS or w.lower_ in CONTRASTS or w.lower_ in BEAT_WORDS
                                            or w.lower_ in NEAR_WORDS and len(inside) > 1
                                            or w.lower_ in IMPROVE_VERBS and n + 1 < len(between)
                                            and between[n + 1].lower_ in IMPROVE_PREPOSITIONS  # "improving on"
                                            for n, w in enumerate(between)):
                continue
            f[3], f[4], f[5] = model[3], model[4], model[0]

    @staticmethod
    def _compared_durations(toks, found):
        """ "takes 19 minutes on 32 CPU cores, against 3.1 days for HIVE-COTE 2.0": a duration set against one
        reported before it in its sentence is the baseline's figure of the same time (``_compared_duration``)."""
        for b in found:
            if b[4] is None and b[1][2] is None and FigureScreening._compared_duration(toks, b[0]):
                a = next((g for g in reversed(found) if g[0] < b[0] and g[2] is b[2] and g[4] is not None
                          and (g[1][2] is None and MeasureRules._time_words(toks, g[0], g[1])
                               or g[1][2] in TIME_UNITS)), None)
                if a is not None:
                    b[3], b[4], b[5] = a[3], a[4], a[0]

    @staticmethod
    def _gains_in_apposition(toks, found):
        """ "scores 34.9% overall accuracy on LongBench v2, an absolute gain of 6.3% over Llama-3.1-8B-Instruct and
        4.0% over ...": a gain set in apposition to a figure of a named measure, in the same unit, is in that measure
        (decision 16: its own sentence names it), and so is the gain listed after it."""
        words = toks.words
        for k, (a, b) in enumerate(zip(found, found[1:])):
            i = b[0]
            # (a relative gain over a figure without a unit too: "lowers the MAE on METR-LA to 3.31, an improvement
            # of 3.5% over STAEformer"; and gains listed in the plural: "..., improvements of 3.5% and 2.7% over X")
            plural = i > 3 and words[i - 2].lower_ in {"gains", "improvements"} and words[i - 3].text == ","
            if b[4] != "improvement" or a[4] in {None, "improvement"} or a[2] is not b[2] \
                    or b[1][2] != "%" or a[1][2] not in {"%", None} or i < 4 or words[i - 1].lower_ != "of" \
                    or not plural and (words[i - 2].lower_ not in {"gain", "improvement"}
                                       or words[i - 3].lower_ not in {"a", "an", "absolute", "relative"}) \
                    or any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : i]) \
                    or not any(w.text == "," for w in words[toks.after[a[0]] : i]):
                continue
            b[3], b[4] = a[3], a[4]
            for c in found[k + 2 :]:
                if c[2] is not b[2] or c[4] != "improvement" or c[1][2] != "%" or words[c[0] - 1].lower_ != "and" \
                        or any(w.text in SENTENCE_PUNCT or w.text == "," for w in words[toks.after[b[0]] : c[0]]):
                    break
                c[3], c[4] = a[3], a[4]

    @staticmethod
    def _multiples_of_that(toks, found):
        """ "its throughput reaches 4,210 images/s at batch size 64, 1.4× that of MobileOne-S4": a multiple "that
        of" a baseline, after a comma (and a hedge: "4.1 pages per second, roughly 5× that of olmOCR-7B"), is in
        the measure just reported."""
        words = toks.words
        for a, b in zip(found, found[1:]):
            after = toks.after[b[0]]
            comma = b[0] - 1 - (b[0] > 1 and words[b[0] - 1].lower_ in APPROXIMATELY)
            if b[4] is None and b[3] is None and a[4] is not None and a[2] is b[2] and b[1][2] == "×" \
                    and after + 1 < toks.n and words[after].lower_ in {"that", "those"} and words[after + 1].lower_ == "of" \
                    and comma >= 0 and words[comma].text == "," \
                    and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : b[0]]):
                b[4] = a[4]

    @staticmethod
    def _figures_of_a_baseline(toks, found):
        """ "attains an MRR@10 of 30.2 there, better than the 21.8 of DSI", "its FID of 2.31 improves on the 2.54
        of DiT-XL/2", "its UTMOS of 3.92 is slightly above the teacher's 3.87": "the" figure "of" a named method, or
        a method's or a baseline's figure, after a figure of a named measure in the same unit and sentence, is that
        method's figure of the measure (on the same dataset)."""
        words = toks.words
        for k, b in enumerate(found):
            i = b[0]
            if b[4] is not None or b[3] is not None or i < 2:
                continue
            possessive = words[i - 1].text in POSSESSIVES
            if possessive:
                # "slightly above the teacher's 3.87", "above RND's 6,700": a baseline's figure written as its own
                if not (any(e.end == i - 1 for e in b[2].methods) or words[i - 2].lower_ in REFERENCE_NAMES) \
                        or not any(w.lower_ in {"above", "below", "than", "over", "behind", "beyond"} | BEAT_WORDS
                                   for w in words[max(0, i - 6) : i - 2]):
                    continue
            elif words[i - 1].lower_ != "the":
                continue
            else:
                after = toks.after[i]
                if after + 1 >= toks.n or words[after].lower_ != "of" \
                        or not any(e.start == after + 1 for e in b[2].methods):
                    continue
            a = next((g for g in reversed(found[:k]) if g[2] is b[2] and g[4] is not None), None)
            if a is not None and a[1][2] == b[1][2] \
                    and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : i]):
                b[3], b[4], b[5] = a[3], a[4], a[0]
                if possessive:
                    # the method whose figure it is, or none the text names ("the teacher's")
                    toks.owners[i] = next((e.canonical for e in b[2].methods if e.end == i - 1), "")

    @staticmethod
    def _comparatives_of_previous(toks, found):
        """ "Action sampling takes 0.3 ms, 40x less than Diffusion-QL", "Encoding throughput is 2,300 passages
        per second, 14 times higher than the teacher": a multiple or share with a bare comparative, in the
        clause after another figure, compares that figure's measure (a smaller one is its reduction)."""
        words = toks.words
        for k, b in enumerate(found[1:], 1):
            a = found[k - 1]
            if a[4] is None and a[1][2] is None and k > 1 and found[k - 2][4] is not None:
                a = found[k - 2]  # past a bare number with no measure: "41 ms on a Pixel 8 CPU, 6.3× lower than"
            if b[4] is None and a[4] is not None and a[2] is b[2]:
                # "drops from 210 ms to 0.4 ms per batch, a reduction by a factor of more than 500": an apposition
                # that names the change of the figure before
                k = b[0] - 1
                while k > a[0] and words[k].lower_ in BY_FACTOR:
                    k -= 1
                if k > a[0] + 2 and words[k].lower_ in {"reduction", "decrease", "increase", "improvement"} \
                        and words[k - 1].lower_ in {"a", "an"} and words[k - 2].text == "," \
                        and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : k - 2]):
                    b[3], b[4] = a[3], a[4] + " " + words[k].lower_
                    continue
                # "its MAE on QM9 is 12 meV, a 30% reduction over SchNet"
                after = toks.after[b[0]]
                k = b[0] - 1
                while k > a[0] and words[k].lower_ in {"relative", "further", "substantial", "significant"}:
                    k -= 1
                if b[1][2] in {"%", "×"} and after < toks.n and words[after].lower_ in {"reduction", "decrease", "cut"} \
                        and k > a[0] + 1 and words[k].lower_ in {"a", "an"} and words[k - 1].text == "," \
                        and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : k - 1]):
                    b[3], b[4] = a[3], a[4] + " reduction"
                    continue
            if b[4] not in {None, "reduction"} or a[4] is None or a[2] is not b[2] or b[1][2] not in {"×", "%"}:
                continue
            after = toks.after[b[0]]
            if after + 1 >= toks.n or words[after + 1].lower_ != "than":
                continue
            comparative = words[after].lower_
            if comparative not in SIZE_COMPARATIVES and comparative not in {"faster", "slower"}:
                continue
            # (a figure between them is a setting, not a result: "Calibration takes 41 minutes for the
            # 70B model on one H100 GPU, 3.2x less than SpinQuant")
            between = words[toks.after[a[0]] : b[0]]
            while len(between) > 1 and between[-1].lower_ in {"roughly", "about", "nearly", "approximately", "around",
                                                              "almost", "only", "just", "~", "≈"}:
                between = between[:-1]  # "takes 1,150 A100 GPU hours, roughly 35% less than training MobileCLIP-B"
            if not between or between[-1].text != "," or len(between) > 12 \
                    or any(a[0] < f[0] < b[0] and (f[4] is not None or f[1][2] is not None) for f in found) \
                    or any(w.text in SENTENCE_PUNCT or w.lower_ in CLAUSE_WORDS for w in between):
                continue
            if comparative == "faster":
                b[3], b[4] = None, "speedup"  # "a runtime of 7.9 ms on an RTX A6000, 21% faster than SPAN"
            elif comparative == "slower":
                # "Inference on a ScanNet scene takes 118 ms on one A100, 9% slower than PTv3": the gap in that
                # time (decision 16), only where a time was reported
                if a[1][2] in TIME_UNITS or a[4].endswith(("time", "latency")):
                    b[3], b[4] = a[3], a[4]
            else:
                b[3], b[4] = a[3], a[4] + (" reduction" if comparative in SMALLER_WORDS else "")

    @staticmethod
    def _owned_start(toks, k, lo):
        """ "from 64.3 for Cutie to 69.8": the starting figure, said of another method, before
        the words up to ``k`` (the one before "to"); its token, else None."""
        words = toks.words
        if k > lo + 3 and words[k].text == ")":
            # "from 83.6% (majority voting) to 88.2%": a bracket says what the start is
            opening = next((j for j in range(k - 1, max(lo, k - 7), -1) if words[j].text == "("), None)
            if opening is not None and not any(w.figure is not None for w in words[opening + 1 : k]):
                f = opening - 2 if words[opening - 1].text in UNITS and words[opening - 2].figure is not None \
                    else opening - 1
                if f > lo and words[f].figure is not None and words[f - 1].lower_ == "from":
                    return f
            return None
        for j in range(k, max(lo, k - 7), -1):
            if words[j].lower_ in {"for", "with", "by"}:
                # (past its unit: "from 12 minutes with FlashAttention-2 to 3.1 minutes")
                f = j - 2 if j - 2 > lo and (words[j - 1].text in UNITS or words[j - 1].lower_ in START_UNIT_WORDS) \
                    and words[j - 2].figure is not None else j - 1
                p = f - 2 if f > lo + 1 and words[f - 1].text in {"~", "≈"} else f - 1  # "from ~12 minutes with ..."
                if f > lo and words[f].figure is not None and p >= lo and words[p].lower_ == "from" \
                        and all(w.is_alpha or w.text in {"-", "."} or any(c.isdigit() for c in w.text)
                                or w.text.replace("-", "").isalpha()  # "for TF-GridNet", one token
                                for w in words[j + 1 : k + 1]):
                    return f
                return None
            if words[j].figure is not None or words[j].is_punct and words[j].text not in {"-", "."}:
                return None
        return None

    @staticmethod
    def _method_for(toks, ents, i):
        """The method a baseline's figure is given for: "compared with 38.2% for DiffDock", "better than the 21.8
        of DSI"; "" for a baseline named only by its role ("for a convolutional baseline"), None if none is named."""
        k = toks.after[i]
        words = toks.words
        if k + 1 < toks.n and words[k].text == "/" and k + 1 in toks.after:
            # "compared with 0.402/0.118/0.161 for R2GenGPT", "3.40/1.29 FAD/KL for MusicGen-Large": a tuple's
            # figures are the method's its last one is given for, past the measures named after it
            while k + 1 < toks.n and words[k].text == "/" and k + 1 in toks.after:
                k = toks.after[k + 1]
            toks.read(k, k + 8)
            while k + 1 < toks.n:
                named = ents.metric_starting_at(k)
                if named is None and words[k].text != "/":
                    break
                k = named.end if named is not None else k + 1
            if k >= toks.n or words[k].lower_ != "for":
                return None
        elif k + 1 < toks.n and words[k].lower_ in {",", "and"}:
            # "compared with 3.56, 2.13 and 0.88 for WavTokenizer", "against 52.7 and 50.3 EM for IRCoT": the
            # method the list is given for
            k = ListedFigures._list_end(toks, i)
            k = ents.past_metric(k)
            if k + 1 >= toks.n or words[k].lower_ != "for":
                return None
        elif k + 1 < toks.n and words[k].lower_ not in {"for", "of", "with"}:
            # "against 52.7 and 50.3 EM for IRCoT": the last of a list, its measure named before "for"; "versus
            # 9.1 hours for TiRGN", "1,600 reported for DMD2": a duration's words, a participle that reports it
            k = ents.past_metric(k)
            while k + 1 < toks.n and (words[k].lower_ in TIME_WORDS or words[k].text in {"GPU", "TPU", "-"}
                                      or words[k].lower_ in COUNT_UNITS and i > 0 and words[i - 1].lower_ == "from"
                                      or words[k].lower_ in REPORTED_WORDS or COMPOUND_UNIT.match(words[k].text)):
                k += 1  # (and a unit of its own, "305 m²/s² for ENS")
            while k + 2 < toks.n and words[k].lower_ in {"at", "and"} and words[k + 1].figure is not None \
                    and k + 1 in toks.after:
                # "79.1% at 1.18 ms for FastViT-SA12", "53.1 AP and 108 FPS for RT-DETR-R50": the cost it is
                # reached at, or a figure of another measure, written between the figure and whose it is
                k = toks.after[k + 1]
                k = ents.past_metric(k)
            if k + 1 >= toks.n or words[k].lower_ != "for" and not (
                    words[k].lower_ == "of" and i > 0 and words[i - 1].lower_ == "the"):
                return None  # ("matches the 81.0% linear-probe accuracy of iBOT": the figure "of" a method, below)
        if k + 1 >= toks.n:
            return None
        link = words[k].lower_
        if link == "of" and i > 0 and words[i - 1].lower_ == "the":
            return next((e.canonical for e in ents.methods if e.start == k + 1), None)
        # "rises from 11.1 for the plain Faster R-CNN baseline to 22.4 with Zinnowl": the end of a change is the
        # method's it is reached with
        if link == "for" or link == "with" and i > 1 and (words[i - 1].lower_ == "from" or words[i - 1].lower_ == "to" and any(
                w.lower_ == "from" for w in words[max(0, i - 14) : i - 1])):
            start = k + 1
            toks.read(start, start + 8)
            before = words[i - 1].lower_
            if link == "for" and before in {"a", "an"} and toks.figure(i)[2] == "×":
                return None  # "a 4.05× wall-clock speed-up for Vicuna-13B": the model a method speeds up, not its own
            if link == "with" or before in {"from", "of", "to", "and", ","} or before in SET_AGAINST \
                    or before == "with" and i > 1 and words[i - 2].lower_ == "compared":
                # (a figure's own model, "from 11.1 for the plain Faster R-CNN baseline", "0.439 for naive matrix
                # factorization", "0.495 for the structure-aware SaProt"; not a gain's, "by 3.1 points for the larger
                # Qwen2.5-7B", which is the method's applied to it)
                if words[start].lower_ == "the":
                    start += 1
                while start < min(k + 6, toks.n) and (words[start].is_alpha and words[start].text == words[start].lower_
                                                      or words[start].text == "-") \
                        and words[start].lower_ not in CLAUSE_WORDS and not any(e.start == start for e in ents.methods):
                    start += 1  # "the plain", "the trained", "structure-aware"
                named = next((e.canonical for e in ents.methods if e.start == start), None)
                if named is None and link == "for" and words[k + 1].lower_ in {"a", "an", "the"} \
                        and any(w.lower_ in ROLE_NOUNS for w in words[k + 2 : start]):
                    return ""  # "compared with 64.5% for a convolutional baseline": a baseline the text does not name
                return named
            return next((e.canonical for e in ents.methods if e.start == start), None)
        return None

    @staticmethod
    def _margin_over(toks, ents, e, i):
        """Whether the figure at ``i`` is a margin by which something beats the method ``e`` named right before it
        ("surpassing the trained HSNet by 7.3 points", "outperforms DPO by 2.1"): the margin is not ``e``'s."""
        words = toks.words
        toks.read(e.end, i + 1)
        after = e.end
        if after < i and words[after].text == "(":
            # past the method's own figures in brackets: "improving on DEFNet (11.90 and 19.76) by 1.04 and 1.74"
            close = next((k for k in range(after + 1, min(i, after + 12)) if words[k].text == ")"), None)
            if close is not None and all(w.figure is not None or w.text in UNITS or w.lower_ in {",", "and", "/"}
                                         for w in words[after + 1 : close]):
                after = close + 1
        by = next((k for k in range(after, min(i, after + 3)) if words[k].lower_ == "by"), None)
        # ("exceeding the previous best, Quad-FPN, by 1.9 points", "improving on the FDY-CRNN baseline by 0.104")
        if by is None or any(w.lower_ not in MARGIN_FILLERS and w.lower_ not in {"over", ",", "baseline", "baselines"}
                             for w in words[after : by]):
            return False
        # the margins listed after "by": "outperforming Cutie-base by 0.8, 0.5 and 1.1", "improving on BEVFusion by
        # 2.1 mAP and 1.8 NDS"
        k = by + 1
        while k < i:
            if words[k].figure is not None:
                k = toks.after.get(k, k + 1)
            elif words[k].lower_ in MARGIN_FILLERS or words[k].lower_ in {",", "and"} \
                    or words[k].lower_ in IMPROVE_PREPOSITIONS and words[k - 1].lower_ in {",", "and"} \
                    or words[k].lower_ == "by" and any(m.end == k for m in ents.methods):
                k += 1  # (past the next baseline's margin: "by 5.4 points and on PC-GNN by 2.2 points")
            elif (beaten := ents.method_starting_at(k)) is not None and beaten.end < i \
                    and words[k - 1].lower_ in IMPROVE_PREPOSITIONS:
                k = beaten.end
            else:
                measure = ents.metric_starting_at(k)
                if measure is None or measure.end > i or words[k - 1].figure is None and words[k - 1].text not in UNITS:
                    return False
                k = measure.end
        toks.read(e.start - 12, e.start)
        start = e.start
        # "outperforming SGFormer by 1.2 points and GraphSAGE by 5.1 points": back past the margins listed before
        # (and their measures: "outperforming StreamPETR by 1.7 NDS and SparseBEV by 1.1 NDS"; and the preposition
        # said again: "improving on CARE-GNN by 5.4 points and on PC-GNN by 2.2 points")
        while start > 4 and words[start - 1] is not None and (words[start - 1].lower_ in {"and", ","} or (
                words[start - 1].lower_ in IMPROVE_PREPOSITIONS and words[start - 2] is not None
                and words[start - 2].lower_ in {"and", ","})):
            k = start - 2 if words[start - 1].lower_ in {"and", ","} else start - 3
            if words[k] is not None and words[k].text in UNITS:
                k -= 1
            measure = next((m for m in ents.metrics if m.end == k + 1), None)
            if measure is not None and measure.start > 1:
                k = measure.start - 1
            while k > 2 and words[k] is not None and words[k].figure is not None and words[k - 1] is not None \
                    and words[k - 1].lower_ in {"and", ","} and words[k - 2] is not None \
                    and words[k - 2].figure is not None:
                k -= 2  # "by 5.4 and 1.9 points": to the first of the margins listed
            if words[k] is None or words[k].figure is None or words[k - 1] is None or words[k - 1].lower_ != "by":
                break
            before = next((m for m in ents.methods if m.end == k - 1), None)
            if before is None:
                break
            start = before.start
        k = start - 1
        while k > 0 and start - k <= 3 and words[k] is not None and (
                words[k].lower_ in {"a", "an", "the"} or words[k].is_alpha and words[k].text == words[k].lower_
                and words[k].lower_ not in TRAIL_WORDS and not words[k].is_stop):
            k -= 1  # "trails a plain MLP by 0.4 points"
        if k >= 0 and words[k] is not None and words[k].lower_ in TRAIL_WORDS:
            return True  # "trails GPT-4o by 0.6 chrF++": behind it by the margin
        # (and "improving on BEVFusion by 2.1 mAP"; past an apposition's comma, "exceeding the previous best,
        # Quad-FPN,")
        reach = 7 if start > 0 and words[start - 1] is not None and words[start - 1].text in {",", "of"} else 4
        # (and past what is done with it: "outperforms full fine-tuning of XLM-R large by 4.7 F1 points")
        return any(w is not None and (w.lower_ in OUTPERFORM_WORDS or w.lower_ in BEAT_WORDS or w.lower_ in IMPROVE_VERBS
                                      or w.lower_ in {"over", "than"})
                   for w in words[max(0, start - reach) : start])

    @staticmethod
    def _measured_on_object(toks, ents, e):
        """Whether the method ``e`` is the model whose measure another method, the clause's subject, changes or
        reaches ("Thresher reduces the WikiText-2 perplexity of Llama-2-13B from 20.6 ...", "KronoAdam reaches the
        final validation loss of AdamW with 1.4x fewer steps"): a measure and "of" right before it, and a method
        before them followed by the verb."""
        words = toks.words
        if e.start < 3 or words[e.start - 1] is None or words[e.start - 1].lower_ != "of":
            return False
        metric = next((m for m in ents.metrics if m.end == e.start - 1), None)
        if metric is not None:
            start = metric.start
        elif words[e.start - 2] is not None and words[e.start - 2].lower_ in METRIC_HEADS:
            start = e.start - 2  # "Svoltra raises the average score of Qwen2.5-72B-Instruct from 58.2 to 64.7": a
            # measure named by a phrase, which no entity holds yet
        else:
            return False
        toks.read(start - 8, start)
        return any(m.end < start and start - m.end <= 6 and words[m.end] is not None
                   and (words[m.end].lower_ in CHANGE_VERBS or words[m.end].lower_ in SCORE_VERBS)
                   for m in ents.methods)

    @staticmethod
    def _built_on(toks, ents, e):
        """Whether the method ``e`` is the model another method named just before is built on ("Hedgerow built on
        SAC", "Xorvane on top of DCNv2", "LoRA applied to Llama-2-7B")."""
        words = toks.words
        toks.read(e.start - 5, e.start)
        k = e.start - 1
        if k > 0 and words[k].lower_ == "the":
            k -= 1
        if k < 2 or words[k] is None:
            return False
        if words[k].lower_ == "on" and words[k - 1] is not None and words[k - 1].lower_ in {"built", "based"}:
            k -= 2
        elif words[k].lower_ == "of" and words[k - 1] is not None and words[k - 1].lower_ == "top" \
                and words[k - 2] is not None and words[k - 2].lower_ == "on":
            k -= 3
        elif words[k].lower_ == "to" and words[k - 1] is not None and words[k - 1].lower_ == "applied":
            k -= 2
        else:
            return False
        return any(m.end == k + 1 for m in ents.methods)

    @staticmethod
    def _component_of(toks, ents, e):
        """Whether the method ``e`` is a part another method, named right before it, is run with ("BEVLantern with a
        ResNet-50 backbone", "ECAPA-TDNN with WavLM features"), or the sentence opens with ("With a ViT-B backbone,
        ..."): a word after it says it is a part."""
        words = toks.words
        toks.read(e.start - 3, e.start)
        k = e.start - 1
        if k > 0 and words[k] is not None and words[k].lower_ in {"a", "an", "the"}:
            k -= 1
        if k < 1 or words[k] is None or words[k].lower_ not in {"with", "using"}:
            return False
        toks.read(e.end, e.end + 1)
        # (or the sentence opens with it: "With a ResNet-50 backbone, the gains are similar (+3.1 mIoU on MS3)")
        return e.end < toks.n and words[e.end].lower_ in COMPONENT_NOUNS and (
            any(m.end == k for m in ents.methods) or k == 0 or words[k - 1] is not None and words[k - 1].text in SENTENCE_PUNCT)

    @staticmethod
    def _a_figures_owner(toks, e):
        """Whether the method ``e`` is named for a figure right before it ("from 71.3 for greedy decoding to 82.9", "from
        12 minutes with FlashAttention-2 to 3.1 minutes", "33.9% for SimPO, while using 41% less memory"): a baseline,
        the owner of none of the figures after it."""
        words = toks.words
        if e.start < 2 or words[e.start - 1] is None or words[e.start - 1].lower_ not in {"for", "with"}:
            return False
        k = e.start - 2
        if k > 0 and words[k] is not None and (words[k].text in UNITS or words[k].lower_ in START_UNIT_WORDS):
            k -= 1  # ("from 12 minutes with FlashAttention-2")
        return words[k] is not None and words[k].figure is not None

    @staticmethod
    def _compared_object(toks, e, i):
        """Whether the method ``e``, named before the figure at ``i``, is what a figure is set against ("0.52 dB above
        DRSformer and 0.94 dB above Restormer", "preferred over those of GSAD in 68% of comparisons", "relative to
        XSimGCL", "without the PRM"): the word before it (past "the", "that of", lowercase words) compares, and the
        figure is not given for it ("for", ":")."""
        words = toks.words
        toks.read(e.start - 5, e.start)
        k = e.start - 1
        while k > 0 and e.start - k <= 4 and words[k] is not None and (
                words[k].lower_ in {"the", "that", "those", "of"} or words[k].is_alpha and words[k].text == words[k].lower_
                and words[k].lower_ not in COMPARED_WORDS and words[k].lower_ not in CLAUSE_WORDS):
            k -= 1
        # "Relative to XSimGCL, Recall@20 improves by 5.4%", "compared with DPO": two words that compare
        relative = e.start > 1 and words[e.start - 1] is not None and words[e.start - 1].lower_ in {"to", "with"} \
            and words[e.start - 2] is not None and words[e.start - 2].lower_ in {"relative", "compared", "comparison"}
        # "VesperKD adds 0.21 dB to IMDN and 0.18 dB to RFDN": what a gain is added to
        relative = relative or e.start > 2 and words[e.start - 1] is not None and words[e.start - 1].lower_ == "to" \
            and words[e.start - 2] is not None \
            and (words[e.start - 2].figure is not None or words[e.start - 2].text in UNITS) \
            and any(w is not None and w.lower_ in {"adds", "add", "added", "adding", "brings", "gives"}
                    for w in words[max(0, e.start - 5) : e.start - 2])
        # "within 2% of STAEformer, while training 8.3 times faster": how far behind it the subject stands
        relative = relative or e.start > 3 and words[e.start - 1] is not None and words[e.start - 1].lower_ == "of" \
            and words[e.start - 2] is not None \
            and (words[e.start - 2].figure is not None or words[e.start - 2].text in UNITS) \
            and any(w is not None and w.lower_ == "within" for w in words[max(0, e.start - 5) : e.start - 2])
        if not relative and (k < 0 or words[k] is None or words[k].lower_ not in COMPARED_WORDS):
            return False
        between = words[e.end : i]
        if between and between[0].text == "(" and not any(w.text == ")" for w in between):
            return False  # "surpassing PTv3 (73.4 and 77.7)": its own figures, in brackets after it
        return not any(w.lower_ in {"for", ":", "="} for w in between[:2])

    @staticmethod
    def _relative_clause_of(toks, e, i):
        """Whether the figure at ``i`` stands in a relative clause that opens right after the method ``e``
        (", which scores 3.50 PESQ", ", which reaches 41.2%"): the clause says what ``e`` itself reaches."""
        words = toks.words
        toks.read(e.end, i)
        if e.end + 2 < i <= e.end + 10 and words[e.end].text == "," and words[e.end + 1].lower_ == "whose":
            # "Llama-3-8B, whose perplexity rises from 6.14 to 9.02": the figures of its own measure
            return not any(w.is_punct and w.text not in {"-", "%"} for w in words[e.end + 2 : i])
        return e.end + 2 < i <= e.end + 6 and words[e.end].text == "," \
            and words[e.end + 1].lower_ in {"which", "who"} \
            and not any(w.is_punct or w.figure is not None for w in words[e.end + 2 : i])

    @staticmethod
    def _in_bracket_of_figures(toks, e, i):
        """Whether the entity ``e`` is inside brackets that close before token ``i`` and hold a figure: other
        methods' figures set beside a result ("(DR: 0.6385, MACR: 0.6490)"), not a name given in brackets ("our
        model (XNet) reaches")."""
        words = toks.words
        close = next((k for k in range(e.end, i) if words[k] is not None and words[k].text == ")"), None)
        if close is None:
            return False
        for k in range(e.start - 1, max(-1, e.start - 20), -1):
            w = words[k]
            if w is None or w.text == ")":
                return False
            if w.text == "(":
                toks.read(k + 1, close)
                return any(words[j].figure is not None for j in range(k + 1, close))
        return False

    @staticmethod
    def _beaten_on(toks, e, i):
        """Whether the method ``e`` is the one a subject beats on the share or count of things at ``i`` ("beats the
        ECMWF ensemble (ENS) on 89% of the targets", "outperforms SmoothQuant on 12 of the 12 combinations"): the
        share is the winner's, not the beaten method's."""
        words = toks.words
        toks.read(e.start - 9, i)
        between = words[e.end : i]
        k, reach = 0, 4
        if between and between[0].text == "(":  # "the ECMWF ensemble (ENS) on": its short form after it
            close = next((n for n, w in enumerate(between) if w.text == ")"), None)
            if close is None or close > 3:
                return False
            k = close + 1
        elif between and between[0].text == ")" and e.start > 0 and words[e.start - 1] is not None \
                and words[e.start - 1].text == "(":
            k, reach = 1, 8  # the short form itself, after its long form
        rest = between[k:]
        if not rest or rest[0].lower_ not in {"on", "in"} or any(
                w.lower_ not in {"on", "in", "nearly", "almost", "about", "over", "up", "to", "all", "but"}
                for w in rest):
            return False
        before = words[max(0, e.start - reach) : e.start]
        return any(w is not None and (w.lower_ in BEAT_WORDS or w.lower_ in OUTPERFORM_WORDS) for w in before)

    @staticmethod
    def _method(toks, ents, i):
        """The method the figure is reported for: the nearest METHOD before it in the sentence, but not the
        baseline a starting point is given for ("improves from 48.7 for Adaptive-RAG to 52.6", "from 12 minutes
        with FlashAttention-2 to 3.1 minutes")."""
        words = toks.words
        # "74.6 (ours) vs. 69.3 (Group DRO) vs. 61.0 (ERM)": the name in brackets right after a figure is its own
        named = ListedFigures._method_in_brackets_at(toks, ents, toks.after.get(i, i + 1))
        if named is not None:
            return named
        for e in reversed(ents.methods):
            if e.end <= i:
                if BaselineRules._relative_clause_of(toks, e, i):
                    return e.canonical  # "than MP-SENet, which scores 3.50 PESQ": the figure is the one it scores
                if BaselineRules._in_bracket_of_figures(toks, e, i):
                    continue  # "0.6712 on Yahoo! R3 (MACR: 0.6490) and 0.6093 on Coat": the bracket's baselines
                if BaselineRules._margin_over(toks, ents, e, i):
                    continue  # "PromptSeg ..., surpassing the trained HSNet by 7.3 points": the subject's margin
                if BaselineRules._compared_object(toks, e, i):
                    continue  # "0.52 dB above DRSformer and 0.94 dB above Restormer": the baselines set against
                if BaselineRules._beaten_on(toks, e, i):
                    continue  # "SpindleCast beats the ECMWF ensemble (ENS) on 89% of the targets": the winner's share
                if e.start > 1 and words[e.start - 1].lower_ in TRANSFORM_VERBS \
                        and any(m.end == e.start - 1 for m in ents.methods):
                    continue  # "FacetPrune compresses DeiT-B to 4.6 GFLOPs": the model is what the method works on
                if BaselineRules._measured_on_object(toks, ents, e):
                    continue  # "Brackenloom ... raises the accuracy of GPT-3.5-Turbo from 56.1% to 71.8%"
                if BaselineRules._built_on(toks, ents, e):
                    continue  # "Hedgerow built on SAC obtains 612": the model a method is built on
                if BaselineRules._component_of(toks, ents, e):
                    continue  # "BEVLantern with a ResNet-50 backbone achieves 63.2 NDS": the part a method is run with
                if (e.end < i - 1 or words[i - 1].lower_ == "to") and BaselineRules._a_figures_owner(toks, e):
                    # "raises FActScore from 71.3 for greedy decoding to 82.9 and SummaC by 9.4 points", "from 12
                    # minutes with FlashAttention-2 to 3.1 minutes": a figure's method before it, not this one's
                    continue
                return e.canonical
        return BaselineRules._subject_after_opening(toks, ents, i)

    @staticmethod
    def _subject_after_opening(toks, ents, i):
        """ "With a real-time factor (RTF) of 0.11 on a single A100, LarkFlow is also 2.3× faster", "With 12.4
        GFLOPs per image, Gethrisk-L needs ...": a figure in a sentence's opening clause, with no method before
        it, is the figure of the method the main clause opens with."""
        words = toks.words
        toks.read(i - 20, i + 16)
        for k in range(i - 1, max(0, i - 20) - 1, -1):
            if words[k].text in SENTENCE_PUNCT or words[k].text.isspace():  # (or the break between title and text)
                opener = k + 1
                break
        else:
            opener = 0 if i <= 20 else None
        if opener is None or opener >= i or words[opener].text not in {"With", "At", "Using"}:
            return None
        for k in range(toks.after.get(i, i + 1), min(toks.n, i + 16)):
            if words[k].text in SENTENCE_PUNCT or words[k].figure is not None and k > i + 3:
                return None
            if words[k].text == ",":
                start = k + 1
                if start < toks.n and words[start].lower_ == "the":
                    start += 1
                subject = ents.method_starting_at(start)
                if subject is None or subject.end >= toks.n:
                    return None
                verb = words[subject.end]
                return subject.canonical if verb.is_alpha and verb.text.islower() and verb.lower_ not in {
                    "and", "or", "of", "for", "with", "in", "on"} else None
        return None
