"""The result rules that tell which figures are results at all: not a setting of the study ("at
512 resolution", "with 10 NFEs"), a level results are judged against ("the 25% chance level"),
a range's low end, a starting point ("from 71%"); and the counts that are outcomes ("ranks first
on 41 datasets"). Part of ``results.ResultExtractor``."""
from .result_datasets import DatasetRules
from .result_lists import ListedFigures
from .result_tokens import _counted
from .result_words import (
    ACRONYM_METRIC, BOUND_SIGNS, BUDGET_METRICS, BY_FILLERS_BUT_OF, CHANGE_VERBS, CLAUSE_WORDS, CLAUSE_WORDS_BUT_AND,
    CONDITION_METRICS, CONDITION_WORDS, COST_METRICS, COUNTED_OUTCOMES, COUNT_HEDGES, COUNT_VERBS, DEVICES, DOMINATE_WORDS,
    EVALUATION_UNITS, EXCEED_WORDS, FIRST_WORDS, IMPROVE_VERBS, IMPROVE_WORDS, KELVIN_FOLLOWERS, KNOB_MOVES,
    KNOB_MOVES_PASSIVE, KNOB_NOUNS, LEVEL_NOUNS, LINKS, LOSE_WORDS, MORE_WINS, NEAR_WORDS, NOT_COUNTS, NUMBER_WORDS,
    OPERATING_WORDS, OUTCOME_COMPARATIVES,
    OUTCOME_NOUNS, OUTCOME_VERBS, OUTPERFORM_WORDS, POSSESSIVES, RATING_WORDS, REPEAT_NOUNS, REPORT_VERBS,
    DISTANCE_BOUNDS, SENTENCE_PUNCT, SETTING_PAIRS, SETTING_PAIR_ENDS, SETTING_WORDS, SIZE_COMPARATIVES, SIZE_COMPARATIVES_OR_BETTER,
    SMALLER_WORDS, SPREAD_WORDS, SUPERLATIVES, SWEEP_WORDS, TAKES_BUT_WITHIN, THRESHOLD_WORDS, TIME_UNITS,
    TARGET_COSTS, TIME_WORDS, TRAINED_FOR, TRIALS, UNITS, VERSION_LIKE_SCORE, VERSIONED_NAME, WIN_WORDS, YEAR_MONTH,
)


class FigureScreening:
    """Rules for whether a figure is a result.

    A part of ``results.ResultExtractor``, which mixes it in: its rules call each
    other, and the other parts' rules, through ``self``."""

    @staticmethod
    def _within_threshold(toks, i, reach=16):
        """The token of a distance threshold in Ångström ("within 2 Å RMSD") near token ``i``, else None:
        docking and structure papers count the share of poses that come that close."""
        if "Å" not in toks.text:
            return None  # most abstracts: no window to read and walk
        toks.read(i - reach, i + reach + 2)
        words = toks.words
        for k in range(max(0, i - reach), min(toks.n - 2, i + reach)):
            if words[k].lower_ in THRESHOLD_WORDS and words[k + 1].figure is not None and words[k + 2].text == "Å":
                return k + 1
        return None

    @staticmethod
    def _is_range_start(toks, i, fig):
        """ "6-9 points", "4–11%", "by 8% to 15%", "gains of 3.1 to 6.6 points": the low end of a range,
        reported with the high end (whose unit, written once at the end, is the low end's too)."""
        words = toks.words
        k = toks.after[i]
        if k + 1 < toks.n and (words[k].lower_ == "to" and i > 0 and words[i - 1].lower_ in {"by", "of"}
                               or words[k].lower_ == "and" and i > 0 and words[i - 1].lower_ == "between"):
            high = toks.figure(k + 1)
            return high is not None and (high[2] == fig[2] or fig[2] is None and k == i + 1) and high[1] > fig[1]
        return k + 1 < toks.n and words[k].text in {"-", "–", "~"} and words[k + 1].figure is not None \
            and not toks.doc[k].whitespace_

    @staticmethod
    def _spread_words(toks, start, end):
        """How many words from ``start`` to ``end`` only say how a figure varies or how often it was run ("± 0.02",
        "over five seeds"): they do not count in how far a metric may stand from a later figure of it."""
        words = toks.words
        toks.read(start - 1, end + 1)
        count = 0
        for k in range(start, end):
            w = words[k].lower_
            if w in {"±", "+/-"} or k > start and words[k - 1].lower_ in {"±", "+/-"} and words[k].figure is not None \
                    or FigureScreening._in_runs(toks, k):
                count += 1
        return count

    @staticmethod
    def _in_runs(toks, k):
        """Whether token ``k`` is a word of "[over|across|of] <count> <runs>" ("over five seeds", "across 3 runs"):
        how often a figure was run, not what it measures."""
        words = toks.words
        toks.read(k - 2, k + 3)

        def count(j):
            return 0 <= j < toks.n and (words[j].like_num or words[j].lower_ in NUMBER_WORDS)

        def runs(j):
            return 0 <= j < toks.n and words[j].lower_ in REPEAT_NOUNS

        w = words[k].lower_
        return w in REPEAT_NOUNS and count(k - 1) or count(k) and runs(k + 1) \
            or w in {"over", "across", "of"} and count(k + 1) and runs(k + 2)

    @staticmethod
    def _opening_at(toks, of):
        """Whether the "of" at ``of`` ends a sentence's opening "At a/an/the <up to three words>": "At a fixed AL
        of 2 s, LagLess ...", "At an average of 2.5 bits, ..."."""
        words = toks.words
        toks.read(of - 6, of)
        for k in range(of - 2, max(-1, of - 6), -1):
            if words[k].lower_ in {"a", "an", "the"}:
                if not (k > 0 and words[k - 1].lower_ == "at"):
                    return False
                if k == 1 or words[k - 2].text in SENTENCE_PUNCT:
                    return True
                # ", at a compression ratio of 16×, Tidewrack keeps ...": a clause's opening, between commas
                if words[k - 2].text != ",":
                    return False
                end = toks.after.get(of + 1)
                toks.read(of, (end or of + 2) + 1)
                return end is not None and end < toks.n and words[end].text == ","
            if not words[k].is_alpha and words[k].text != "-" and not ACRONYM_METRIC.match(words[k].text) \
                    and not words[k].text[:1].isalpha():
                return False
        return False

    @staticmethod
    def _listed_item(toks, i):
        """Whether the figure follows a name that opens an item of a list of names' figures, after a colon, a
        semicolon, or a comma after the figure before: "VUS-PR on TSB-AD-U: Nightglass 0.47, Sub-PCA 0.42,
        Isolation Forest 0.29" (not a version, "pyannote.audio 3.1")."""
        words = toks.words
        start = next((c[0] for c in toks.found if c[1] == i and c[2] in {"METHOD", "DATASET"}), i - 1)
        if start < 2:
            return False
        toks.read(start - 3, start)
        before = words[start - 1].text
        return before in {":", ";"} or before == "," and (words[start - 2].figure is not None
                                                          or words[start - 2].text in UNITS)

    @staticmethod
    def _count_verb_at(toks, i):
        """Where the verb that counts the figure at ``i`` would stand: the word before it, past up to two
        hedges ("solves only 12 of 50", "passes more than 5 of the 68 tasks")."""
        words = toks.words
        k = i - 1
        while k > i - 4 and k > 0 and words[k].lower_ in COUNT_HEDGES:
            k -= 1
        return k

    @staticmethod
    def _counted_outright(toks, i, after):
        """ "Ojfarrow correctly fixes 142 and 118 bugs, respectively", "it fixes 96 bugs": a count of outcomes
        with no total, right after its counting verb (or joined to such a count), named as ``_outcome_count``
        names one ("bugs fixed")."""
        words = toks.words
        k = FigureScreening._count_verb_at(toks, i)  # "fixes only 96 bugs"
        if words[k].lower_ in {"and", ","} and k - 1 in toks.counted:
            return toks.counted[k - 1]  # the 118 of "fixes 142 and 118 bugs"
        if words[k].lower_ not in COUNT_VERBS:
            return None
        j = after
        if j + 1 < toks.n and words[j].lower_ in {"and", ","} and words[j + 1].figure is not None:
            j = toks.after_unit(j + 1, toks.figure(j + 1))  # "fixes 142 and 118 bugs": the noun after the list
        if j < toks.n and words[j].lower_ in COUNTED_OUTCOMES:
            return f"{words[j].lower_} {COUNT_VERBS[words[k].lower_]}"
        return None

    @staticmethod
    def _listed_after(toks, i, word):
        """Whether the figure ends a list of figures that opens right after ``word``: "within 0.004 and 0.011"."""
        words = toks.words
        k = i - 1
        toks.read(i - 12, i)
        while k > 0 and (words[k].figure is not None or words[k].text in UNITS or words[k].lower_ in {"and", ","}):
            k -= 1
        return k < i - 2 and words[k].lower_ == word

    @staticmethod
    def _measure_changed(toks, i):
        """Whether the figure starts or ends a change of the measure named right before its "from": "shortens
        the average response length from 212 to 96 tokens", "cuts the average prompt length from 3,410 tokens
        for IC-DST to 620", where the words after a figure would otherwise make it a setting ("with 96 tokens")."""
        words = toks.words
        start = i - 1 if i > 0 and words[i - 1].lower_ == "from" else None
        if start is None and i > 3 and words[i - 1].lower_ == "to":
            toks.read(i - 7, i)
            start = next((k for k in range(i - 3, max(0, i - 7), -1) if words[k].lower_ == "from"), None)
            if start is not None and words[start + 1].figure is None:
                return False
        return start is not None and any(c[1] == start and c[2] == "METRIC" for c in toks.found)

    @staticmethod
    def _set_against(toks, i):
        """Whether the figure is set against another, right after "versus", "against" or "compared with": a
        baseline's figure ("Penetration depth falls to 0.21 cm, versus 0.48 cm for GenDexGrasp"), not a setting."""
        words = toks.words
        return i > 1 and (words[i - 1].lower_ in {"versus", "vs", "vs.", "against"}
                          or words[i - 1].lower_ in {"with", "to"} and words[i - 2].lower_ in {"compared", "relative"})

    @staticmethod
    def _conditioned_on(toks, i):
        """Whether the figure is a bound a condition sets, not a result: "At bitrates below 0.05 bpp", "devices
        that demand an algorithmic latency below 10 ms", "pseudo-labels whose word error rate exceeds 10%"."""
        words = toks.words
        if i < 3 or words[i - 1].lower_ not in {"below", "under", "above", "exceeds", "exceed", "exceeding", "beyond"}:
            return False
        toks.read(i - 11, i)
        for k in range(i - 2, max(-1, i - 11), -1):
            w = words[k]
            if w.lower_ in CONDITION_WORDS:
                return True
            if w.is_punct or w.figure is not None or w.lower_ in REPORT_VERBS or w.lower_ in CHANGE_VERBS \
                    or w.lower_ in {"and", "or", "but"}:
                return False  # (not "requires no adapters and adds under 3% to training time")
        return False

    @staticmethod
    def _swept_between(toks, i):
        """Whether the figure ends a range a study varies a setting over: "varying the spectral split point
        between 0.3 and 0.7"."""
        words = toks.words
        if i < 4 or words[i - 1].lower_ != "and" or words[i - 2].figure is None or words[i - 3].lower_ != "between":
            return False
        toks.read(i - 9, i)
        return any(w.lower_ in {"varying", "vary", "varied", "varies", "sweeping", "sweep", "swept", "ranging"}
                   for w in words[max(0, i - 9) : i - 3])

    @staticmethod
    def _swept_to(toks, i):
        """Whether the figure ends a range of settings a study sweeps: "evaluated at compression ratios from
        20% to 60%", "a gain unit covering bit-rates from 0.1 to 1.2 bpp", "one model spans 0.01 to 0.08 bpp"."""
        words = toks.words
        if i < 3 or words[i - 1].lower_ != "to":
            return False
        j = i - 2
        if words[j].text in UNITS:
            j -= 1
        if j < 1 or words[j].figure is None:
            return False
        k = j - 1
        if words[k].lower_ == "from":
            k -= 1
        toks.read(k - 4, k + 1)
        for m in range(k, max(-1, k - 4), -1):
            w = words[m]
            if w.lower_ in SWEEP_WORDS:
                return True
            if not (w.is_alpha or w.text == "-") or w.lower_ in CHANGE_VERBS or w.lower_ in REPORT_VERBS \
                    or w.lower_.endswith("ing"):
                return False  # (not "accuracy at predicting model behaviour from 61% to 78%")
        return False

    def _is_starting_point(self, toks, i, fig):
        """ "raises term accuracy from 71% to 93%": 71% is where it started."""
        words = toks.words
        after = toks.after[i]
        if i > 1 and words[i - 1].lower_ == "from" and words[i - 2].lower_ in {"up", "down"}:
            # "a top-5 accuracy of 74.9%, up from 68.3%" (but "up from 24.6% for the same model with a
            # ReAct-style prompt" is that other setup's result, a baseline's)
            return not (after < toks.n and words[after].lower_ in {"for", "with"})
        if after + 2 < toks.n and words[after].lower_ in TIME_WORDS:
            after += 1  # "TTFT from 31.5 minutes to 2.3 minutes"
        starts = (i > 0 and words[i - 1].lower_ == "from" and after + 1 < toks.n
                  and words[after].lower_ == "to" and words[after + 1].figure is not None)
        if starts and i > 3:
            # "improves WGA over ERM from 57.4% to 70.9%": the start is the result of the method it improves over
            over = next((c for c in toks.found if c[1] == i - 1 and c[2] == "METHOD"), None)
            if over is not None and over[0] > 0 and words[over[0] - 1].lower_ in {"over", "against"}:
                toks.owners[i] = over[3]
                return False
        return starts

    def _measured_at(self, toks, start):
        """Whether the words before token ``start`` are a figure an operating point is set at:
        "at a fixed 0.1% | false positive rate", "at 1% | FPR"."""
        toks.read(start - 4, start)  # a metric far before the figure
        words = toks.words
        k = start - 1
        if k > 0 and words[k].text in UNITS:
            k -= 1
        if k < 1 or words[k].figure is None:
            return False
        return words[k - 1].lower_ in {"fixed", "budget", "target"} or self._operating_point(toks, k, words[k].figure) is not None

    @staticmethod
    def _operating_point(toks, i, fig):
        """Whether the figure follows "at (a)": the point another figure is measured at
        ("a TPR of 99.2% at a 1% false positive rate"), though "at 108 FPS" is a speed."""
        words = toks.words
        k = i - 1
        if k > 0 and words[k].lower_ in {"a", "an"}:
            k -= 1
        return k if k >= 0 and words[k].lower_ == "at" and fig[2] != "fps" else None

    @staticmethod
    def _collection(toks, ents, i):
        """The collection of datasets that outcomes counted over its datasets are counted in: one the count's own
        words name ("on 11 of the 15 MVTec AD categories", "on 7 of the 8 languages of MultiPL-E"), else the first
        one the figure's sentence names before it (one named only in an earlier sentence is not the figure's:
        guideline decision 11)."""
        words = toks.words
        for e in ents.datasets:
            if i < e.start <= i + 8:
                toks.read(i, e.start)
                # (a hyphen joins the words of a modifier: "6 of the 9 structure-based Matbench tasks")
                if not any(w.is_punct and w.text != "-" or w.lower_ in CLAUSE_WORDS for w in words[i + 1 : e.start]):
                    return e.canonical
                break
        if ents.datasets and ents.datasets[0].end <= i:
            last = [e for e in ents.datasets if e.end <= i][-1]
            if last is not ents.datasets[0] and last.start > 0:
                toks.read(last.start - 1, i)  # (the word before it too: past what the extractor had read)
                if words[last.start - 1].lower_ in {"on", "in"} and not any(w.is_punct for w in words[last.end : i]):
                    return last.canonical  # "lifts accuracy on MATH-500 ..., and on AIME 2024 it solves 9 of the 30"
            if any(names[0] is ents.datasets[0] for names in DatasetRules._dataset_lists(toks, ents)):
                return None  # "Across the seven benchmarks, including BBH, ARC-Challenge and MMLU, ... best on 6 of 7"
            return ents.datasets[0].canonical
        return None

    @staticmethod
    def _outcome_count(toks, i, fig):
        """The name of a count that is an outcome, not a setting, as guideline decision 12 names it:
        the items counted and the outcome ("ranks first on 41 datasets" → datasets ranked first,
        "outperforms NLLB-200 on 8 of the 11 directions" → directions won, "solves 112 of 580 issues"
        → issues solved); a share of the items is a win rate ("outperforms EVE on 61% of assays")."""
        _, value, unit = fig
        words = toks.words
        if i < 2 or not (unit is None and float(value).is_integer() or unit == "%"):
            return None
        after = toks.after[i]
        toks.read(i, after + 8)
        of_total = after + 1 < toks.n and words[after].lower_ == "of" and (
            words[after + 1].figure is not None or after + 2 < toks.n and words[after + 1].lower_ in {"the", "all"}
            and words[after + 2].figure is not None)
        verb = words[i - 1].lower_
        if unit is None and of_total and verb in {"and", ",", "but", "while", "whereas"}:
            # "solves 17 of 20 tasks on A and 15 of 20 on B": the count joined to one before it counts the same
            for c in sorted(toks.counted, reverse=True):
                toks.read(c, i)
                if c < i and words[toks.after[c]].lower_ == "of" \
                        and not any(w.text in SENTENCE_PUNCT for w in words[c:i]):
                    return toks.counted[c]
                break
        if unit is None and of_total:
            k = FigureScreening._count_verb_at(toks, i)  # "passes more than 5 of the 68 tasks"
            if words[k].lower_ in COUNT_VERBS and not (COUNT_VERBS[words[k].lower_] == "completed"
                                                       and FigureScreening._trials_count(toks, i, after + 1)):
                # (but "completes 17 of 20 trials" counts successful trials, decision 12)
                return _counted(toks, after, COUNT_VERBS[words[k].lower_])  # "solves 112 of 580 Java and TypeScript issues"
            if words[k].lower_ in REPORT_VERBS:
                j = after + 1 + (words[after + 1].lower_ in {"the", "all"})
                j = toks.after_unit(j, toks.figure(j)) if toks.figure(j) is not None else j
                if j < toks.n and words[j].lower_ in OUTCOME_NOUNS:
                    return words[j].lower_  # "achieve 17 of 20 successes on mug hanging"
        if unit is None and not of_total:
            counted = FigureScreening._counted_outright(toks, i, after)
            if counted is not None:
                return counted
        if verb in {"in", "on"} and unit is None and of_total and words[i - 2].lower_ in OUTCOME_VERBS \
                and not FigureScreening._trials_count(toks, i, after + 1):
            # "diverges in 2 of the 3 runs" ("succeeds in 17 of 20 trials" is a count of successful trials)
            named = _counted(toks, after, OUTCOME_VERBS[words[i - 2].lower_])
            return "successful trials" if named == "succeeded" else named  # "succeeds in 41 of 60": in its trials
        if verb not in {"on", "in"}:
            return None
        # "ranks first on 8 and is within one point of the best on another 4", "the lowest MAE in 24": a count
        # that stands alone, after a word that makes the method best
        alone = after < toks.n and (words[after].text in {",", ".", ";"} or words[after].lower_ == "and")
        if words[i - 2].lower_ in LOSE_WORDS:
            if unit is not None:
                return None
            named = _counted(toks, after, "lost")
            if named == "lost":  # "improves ... on 47 datasets and loses on 18": the items counted before
                toks.read(i - 20, i)
                for w in words[i - 3 : max(0, i - 20) : -1]:
                    if w.text in SENTENCE_PUNCT:
                        break
                    if w.lower_ in EVALUATION_UNITS:
                        return f"{w.text} lost"
            return named
        if after >= toks.n or not (words[after].lower_ in EVALUATION_UNITS or words[after].lower_ == "of" or alone):
            return None
        toks.read(i - 20, i)
        if alone and unit is None:
            # "improves over random search on 57 of the 59 tasks and over BOHB on 51": a count joined to a count of
            # items before it in its clause counts the same items, the same way
            for c in sorted(toks.counted, reverse=True):
                if c < i and any(w.lower_ == "and" for w in words[toks.after[c] : i]) \
                        and not any(w.text in SENTENCE_PUNCT or w.lower_ in CLAUSE_WORDS_BUT_AND or w.lower_ in WIN_WORDS
                                    or w.lower_ in IMPROVE_WORDS or w.lower_ in SUPERLATIVES or w.lower_ in LOSE_WORDS
                                    for w in words[toks.after[c] : i]) and i - c <= 14:
                    # (not "ranks first on 21 of the 38 datasets and beats tuned XGBoost on 30": a verb of its own)
                    return toks.counted[c]
                break
        for k in range(i - 2, max(0, i - 20) - 1, -1):
            w = words[k].lower_
            if words[k].text in SENTENCE_PUNCT or w in CLAUSE_WORDS_BUT_AND:
                return None
            nxt = words[k + 1].lower_ if k + 1 < i else None
            if w == "within" and unit is None:
                # "within one standard error of the best method in 18 of the remaining 25 settings": a threshold
                return _counted(toks, after, "within threshold") if not alone else None
            if w == "top" and nxt in {"two", "three", "five", "ten", "2", "3", "5", "10"}:
                outcome = f"in top {nxt}"  # "ranks in the top three on 12 of 17 datasets"
                if unit == "%":
                    return None
                return _counted(toks, after, outcome)
            if w == "top" and nxt == "of":
                continue  # "We implement AnvilFuzz on top of AFL++ and evaluate it on 12 targets": no rank
            if w in LOSE_WORDS and unit is None and not alone:
                return _counted(toks, after, "lost")  # "improves over MLP-PLR ... and loses to TabM on 5 of the 8 datasets"
            if w in {"ranks", "ranked", "rank", "ranking"} and nxt in FIRST_WORDS or w in SUPERLATIVES \
                    or w in WIN_WORDS | DOMINATE_WORDS and nxt == "all":
                if any(v.lower_ == "within" for v in words[max(0, k - 6) : k]):
                    # "within one standard error of the best method in 18 of the remaining 25 settings"
                    return _counted(toks, after, "within threshold") if not alone else None
                outcome = "ranked first"  # "ranks first on 41 datasets", "outperforms all ... on 11 of the 13 settings"
            elif alone and w in WIN_WORDS and unit is None:
                items = ListedFigures._framing_units(toks, k)
                if items is None:
                    continue
                return f"{items} won"  # "On the 19 tasks of VTAB-1k, YarrowMAE beats MAE on 17 and data2vec 2.0 on 12"
            elif alone:
                continue  # a count alone is an outcome only after a word that makes the method best
            elif w in IMPROVE_WORDS and nxt in {"over", "upon", "on"}:
                outcome = "improved"  # "improving on Equiformer on 9 of 12 targets"
            elif w in WIN_WORDS or w in DOMINATE_WORDS or (w in OUTCOME_COMPARATIVES or w == "more" and nxt in MORE_WINS) \
                    and of_total:
                outcome = "won"  # "outperforms NLLB-200 on 8 of the 11 directions", "lower WER on 27 of the 32 languages"
            else:
                continue
            if unit == "%":  # a share of the items: "outperforms HRES on 92% of targets"
                return "win rate" if words[after].lower_ == "of" else None
            return _counted(toks, after, outcome)
        return None

    @staticmethod
    def _objective_of(toks, i):
        """Whether figure ``i`` is one of the figures listed after "objectives of" or "targets of", with the
        objectives' short form between ("service-level objectives (SLOs) of 2 s TTFT and 100 ms TPOT")."""
        words = toks.words
        toks.read(i - 16, i)
        k = i - 1
        while k > 0 and i - k < 12 and words[k].lower_ != "of":
            w = words[k]
            if not (w.figure is not None or w.text in UNITS or w.lower_ in {"and", ","} or w.text.isupper()):
                return False
            k -= 1
        if k < 1 or words[k].lower_ != "of":
            return False
        k -= 1
        if words[k].text == ")" and k > 2 and words[k - 2].text == "(":
            k -= 3
        return k >= 0 and words[k].lower_ in {"objective", "objectives", "slo", "slos", "target", "targets"}

    @staticmethod
    def _target_to_reach(toks, i):
        """ "To reach 70% accuracy on CIFAR-10, it needs 212 rounds", "needs 3.1x fewer rounds to reach 80%": the level
        a cost is counted up to is a target the run sets, no result (but "the first to reach 90%" reports one)."""
        words = toks.words
        if i < 2 or words[i - 1].lower_ not in {"reach", "achieve", "attain", "hit"} or words[i - 2].lower_ != "to":
            return False
        if words[i - 2].text == "To":
            return True
        toks.read(i - 8, i)
        return any(w is not None and w.lower_ in TARGET_COSTS for w in words[max(0, i - 8) : i - 2])

    @staticmethod
    def _levels_set_at(toks, i):
        """Whether the figure is one of a list of levels a result is read "at": "at target noise levels of 0, 0.001,
        0.01 and 0.1", "at sparsity ratios of 50% and 70%"."""
        words = toks.words
        toks.read(i - 24, i)
        k = i - 1
        while k > 0 and i - k <= 16 and (words[k].figure is not None or words[k].text in {",", "and"}
                                         or words[k].text in UNITS):
            k -= 1
        if k < 3 or words[k].lower_ != "of" or words[k - 1].lower_ not in LEVEL_NOUNS:
            return False
        return any(w.lower_ == "at" for w in words[max(0, k - 5) : k - 1])

    @staticmethod
    def _knob_turned_to(toks, i):
        """Whether the figure is what a setting is turned to in a clause of condition: "when the length grows to
        4,096", "as the context is extended to 128K", "if the budget increases to 64"."""
        words = toks.words
        if i < 4 or words[i - 1].lower_ != "to":
            return False
        k = i - 2
        if words[k].lower_ in KNOB_MOVES_PASSIVE and words[k - 1].lower_ in {"is", "are", "was", "were"}:
            k -= 1
        elif words[k].lower_ not in KNOB_MOVES:
            return False
        noun = k - 1
        return words[noun].lower_ in KNOB_NOUNS and any(
            w.lower_ in {"when", "as", "if", "once", "until", "while"} for w in words[max(0, noun - 4) : noun])

    @staticmethod
    def _distance_measured(toks, i):
        """Whether a distance in centimetres is the value of a measure its clause names before it ("ATE RMSE drops from
        11.88 cm for SplaTAM to 8.70 cm", "its ATE RMSE averaged over six scenes is 6.1 cm, compared with 7.8 cm"), not a
        setting or a threshold ("at a 5 cm voxel size", "within 2 cm")."""
        words = toks.words
        if i == 0 or words[i - 1].lower_ in DISTANCE_BOUNDS:
            return False
        toks.read(i - 14, i)
        for c in reversed(toks.found):
            if c[1] <= i and c[2] == "METRIC":
                return i - c[1] <= 14 and not any(w.text in SENTENCE_PUNCT for w in words[c[1] : i])
        return False

    def _is_setting(self, toks, i, fig, outcome):
        """Whether the figure is a setting of the study, not a result; ``outcome`` is its
        ``_outcome_count``."""
        sign, value, unit = fig
        if sign == "±" or i > 0 and toks.words[i - 1].text in {"±", "+/-"}:
            return True  # "98.1% (±0.3)", "75.9 ± 0.3% accuracy": a spread
        if i > 1 and (toks.words[i - 1].lower_ in SPREAD_WORDS or toks.words[i - 2].lower_ in SPREAD_WORDS
                      and toks.words[i - 1].lower_ in {"below", "under", "of", "=", "<", "≤", "within"}):
            return True  # "with standard deviations below 0.0003 over five runs": a spread too (but not "the
            # standard deviation of returns falls by 40%", a change of one)
        if i > 2 and toks.words[i - 1].lower_ == "of" and self._opening_at(toks, i - 1):
            return True  # "At an average L0 of 64 on layer 12, ...", "At a fixed AL of 2 s, ...": the condition set
        before = i - 2 if i > 1 and toks.words[i - 1].text in {"≤", "<", "<=", "~", "≈"} else i - 1  # "to ≤2 bits"
        if before >= 0 and toks.words[before].lower_ in {"at", "below", "under", "to", "with", "than"} and i + 3 < toks.n \
                and toks.words[i + 1].lower_ in {"bits", "bit"} and toks.words[i + 2].lower_ == "per" \
                and toks.words[i + 3].lower_ in {"weight", "parameter", "weights", "parameters"}:
            return True  # "quantization below 3 bits per parameter", "at 2 bits per weight": the precision set
        if i > 1 and toks.words[i - 1].text in {"=", "<", "≤", "<=", ">"} and toks.words[i - 2].text in {"p", "P"}:
            return True  # "the difference is significant (p = 0.03)": a test's p-value, no figure of the measure
        if self._reference_level(toks, i):
            return True  # "near the 25% chance level", "close to the ideal 50%", "gains of 0.1% are generally
            # regarded as significant", "at the same 40% FLOPs reduction": a level the result is set against
        if unit is None and self._time_words(toks, i, fig) and self._compared_duration(toks, i):
            return False  # "takes 19 minutes on 32 CPU cores, against 3.1 days for HIVE-COTE 2.0": a baseline's time
        if unit is None and self._time_words(toks, i, fig) and self._trained_for(toks, i) is not None:
            return False  # "is then distilled for 20 hours": how long it took (decision 14), not how long it was set to
        if unit == "×" and i > 2 and toks.words[i - 1].lower_ == "on" and any(
                w.lower_ in {"trained", "pretrained", "pre-trained"} for w in toks.words[max(0, i - 4) : i - 1]):
            return True  # "comparable to 7B models trained on 10x more tokens": what the others were trained on
        if self._conditioned_on(toks, i):
            return True  # "At bitrates below 0.05 bpp", "pseudo-labels whose WER exceeds 10% are filtered out"
        if self._swept_to(toks, i) or self._swept_between(toks, i):
            return True  # "at compression ratios from 20% to 60%", "span 0.01 to 0.08 bpp": the settings swept
        if i > 1 and toks.words[i - 1].lower_ == "of" and toks.words[i - 2].lower_ == "out":
            return True  # "a terrain-level score of 8.7 out of 10", "7 out of 8": the scale, the whole counted
        if i > 4 and toks.words[i - 1].text in BOUND_SIGNS and toks.words[i - 3].text == "(" \
                and (k := toks.after.get(i, i + 1)) + 1 < toks.n and toks.words[k].text == ")" \
                and toks.words[k + 1].lower_ == "of":
            return True  # "an accuracy (R² > 0.99) of 87.4%": the bound that defines the measure, in its brackets
        if self._levels_set_at(toks, i):
            return True  # "22.7% at target noise levels of 0, 0.001, 0.01 and 0.1": the settings a list is read at
        if self._knob_turned_to(toks, i):
            return True  # "adding 1.4% NDCG@10 when the length grows to 4,096": the condition a result is read at
        if i > 0 and toks.words[i - 1].lower_ in {"temperature", "severity"} and unit is None:
            return True  # "At temperature 1 the speed-up on HumanEval is 3.21x", "at severity 5": a setting
        if i > 1 and toks.words[i - 1].lower_ in {"a", "an"} and toks.words[i - 2].lower_ == "under" and unit == "%":
            return True  # "the crash rate under a 30% increase in detector noise": the condition, not a result
        if i + 1 < toks.n and toks.words[i + 1].lower_ in {"resolution", "px", "pixels", "pixel"} and unit is None:
            return True  # "an FID of 11.4 on COCO-2014 at 512 resolution": the size images are made at
        if i + 1 < toks.n and toks.words[i + 1].text == "hPa":
            return True  # "850 hPa temperature": the pressure level a weather variable is taken at
        if i > 1 and toks.words[i - 1].lower_ in {"reach", "achieve", "attain", "hit"} and toks.words[i - 2].lower_ == "to" \
                and any(w.lower_ in SMALLER_WORDS | {"needs", "requires", "takes", "needed", "required"}
                        for w in toks.words[max(0, i - 12) : i - 2]):
            return True  # "needs 2.5x fewer environment steps than Cal-QL to reach 90% success": the target, not a result
        if i > 1 and toks.words[i - 1].lower_ == "to" and toks.words[i - 2].lower_ in {"converges", "converge", "converged",
                                                                                      "converging"}:
            return True  # "converges to 90% accuracy in half the epochs": the target it is run to
        if unit in {"M", "B", "K"} and any(c[1] == i and c[2] == "METHOD" for c in toks.found):
            return True  # "ESM-2 650M", "Llama 2 7B": the size that names a model
        if i > 1 and toks.words[i - 1].lower_ == "of" and toks.words[i - 2].lower_ in {"budget", "budgets"}:
            return True  # "at the same compute budget of 64": how much it was given, not a result
        if self._objective_of(toks, i):
            return True  # "with service-level objectives (SLOs) of 2 s TTFT and 100 ms TPOT": the targets set
        if i > 2 and toks.words[i - 1].lower_ in {"below", "under", "above", "over", "<", ">", "≤", "≥"} and any(
                c[1] == i - 1 and c[2] == "METRIC" and c[0] > 0 and toks.words[c[0] - 1].lower_ in {"with", "whose"}
                for c in toks.found):
            return True  # "bound with dissociation constants below 1 µM", "samples with perplexity below 20": a condition
        if unit == "fps" and i > 1 and toks.words[i - 1].lower_ == "at" \
                and toks.words[i - 2].lower_ in {"sampled", "sample", "sampling", "subsampled", "extracted", "decoded"}:
            return True  # "Frames are sampled at 1 fps": how the input is read
        if unit is None and i > 2 and toks.words[i - 1].lower_ == "of" and toks.words[i - 2].figure is not None \
                and self._trials_count(toks, i - 2, i):
            return True  # the 20 of "17 of 20 trials": how many were run
        if unit is None and i > 2 and toks.words[i - 1].lower_ == "of" and toks.words[i - 2].text in {"%", "\\%"} \
                and toks.words[i - 3].figure is not None:
            return True  # the 600 of "in 71% of 600 side-by-side comparisons": how many the share is of
        if unit is None and i > 2:
            j = i - 2 if toks.words[i - 1].lower_ in {"the", "all"} else i - 1
            if j > 0 and toks.words[j].lower_ == "of" and j - 1 in toks.counted:
                return True  # the 580 of "solves 112 of 580 issues": how many there were
        if i > 0 and i + 1 < toks.n and toks.words[i - 1].lower_ in THRESHOLD_WORDS and toks.words[i + 1].text == "Å":
            return True  # "within 2 Å RMSD of the crystal pose": the threshold a share is counted at
        if outcome is not None:
            return False  # "ranks first on 41 datasets"
        words = toks.words
        over = i - 1 if i > 1 and words[i - 1].lower_ == "the" else i  # (and "averaged over the 24 FLORES-200 directions")
        if unit is None and over > 0 and words[over - 1].lower_ in {"across", "over"} and float(value).is_integer():
            toks.read(i + 1, i + 6)
            if any(c[0] == i + 1 and c[2] in {"TASK", "DATASET"} for c in toks.found):
                return True  # "61.8 average F1 across 20 zero-shot named entity recognition (NER) benchmarks"
            for k in range(i + 1, min(toks.n, i + 6)):
                w = words[k]
                if w.is_punct and w.text != "-" or w.figure is not None or w.is_stop and words[k - 1].text != "-":
                    break  # (a stop word after a hyphen is a compound's: "across 12 held-out datasets")
                if w.is_alpha and w.lower_.endswith("s") and len(w.text) > 3:
                    return True  # "a 92% success rate across 10 real-world tasks": how many it was run on
        if unit is None and toks.counted and float(value).is_integer() and self._count_compared(toks, i):
            return False  # "detect 41 of the 64 bugs, compared with 27 for tests written by GPT-4o": a baseline's count
        if i > 2 and words[i - 1].lower_ == "of" and any(
                c[1] == i - 1 and c[2] == "METRIC" and c[0] > 0 and words[c[0] - 1].lower_ in OPERATING_WORDS
                for c in toks.found):
            return True  # "at a fixed recall of 80%": where another figure is measured
        after_unit = toks.after[i]
        at = self._operating_point(toks, i, fig)  # None, or the index of "at"
        if at is not None and any(w.lower_ in {"second", "sec", "s"} for w in words[i + 1 : i + 5]):
            at = None  # "decodes at 27 tokens per second" is a speed
        if unit == "×" and after_unit < toks.n and words[after_unit].lower_ not in SIZE_COMPARATIVES_OR_BETTER and (
                at is not None or i > 2 and words[i - 1].lower_ in {"and", ","} and words[i - 2].text in UNITS
                and words[i - 2].text in {"×", "x", "X"}  # (not "runs at 13.1 FPS, 1.6x the speed of DSVT")
                and self._operating_point(toks, i - 3, toks.words[i - 3].figure or fig) is not None) \
                and self._multiple_of_measure(toks, i, fig) is None:  # (not "runs at 2.7× the speed of X")
            return True  # "on fastMRI at 4× and 8× acceleration": the undersampling it is run at, not a speed-up
        if at is not None and after_unit < toks.n and words[after_unit].lower_ in SIZE_COMPARATIVES:
            at = None  # "a gain of 0.84 dB at 23% fewer FLOPs": what it costs, a result too
        # "a sensitivity of 78.2% at 1.0 false alarms per 24 hours": where the figure before is measured
        after_figure = at is not None and at > 1 and unit not in TIME_UNITS and (
            words[at - 1].figure is not None or words[at - 1].text in UNITS and words[at - 2].figure is not None)
        # ("compared with 79.1% at 1.18 ms for FastViT-SA12": the time a result is reached in is a latency,
        # guideline decision 14)
        metric_after = toks.metric_at(after_unit)
        if metric_after is not None and metric_after[3] in BUDGET_METRICS and i > 0 \
                and words[i - 1].lower_ not in {"to", "from", "of", "by", "is", "are"}:
            return True  # "with only 5 NFE", "at 10 NFE": the sampling budget a result is reached with
        if metric_after is not None:
            # "0.5% bits per pixel": a metric named right after the figure is what it measures,
            # unless it is where another is measured ("the TPR at 1% FPR", "a fixed 0.1% false positive rate");
            # what a result costs is one too ("79.4% top-1 accuracy at 2.6 GFLOPs")
            if at is not None and metric_after[3] in COST_METRICS:
                return False
            return after_figure or at is not None and any(c[1] == at and c[2] == "METRIC" for c in toks.found) \
                or i > 0 and words[i - 1].lower_ in {"fixed", "budget", "target", "targeting"} \
                or self._target_to_reach(toks, i) \
                or at is not None and metric_after[3] in CONDITION_METRICS
        if after_figure:
            return True
        if unit is None and float(value).is_integer() and 1900 <= value <= 2100 and "," not in words[i].text \
                and not self._time_words(toks, i, fig) and not (
                    i > 1 and words[i - 1].lower_ in {"is", "of", "="} and words[i - 2].lower_ in RATING_WORDS):
            return True  # a year (not "took 1,920 A100 GPU-hours", nor "its Codeforces rating is 1941")
        if unit is None and i > 2 and words[i - 1].lower_ == "to" and words[i - 2].figure is not None \
                and words[i - 3].lower_ == "from" and self._time_words(toks, i, fig):
            return False  # "end-to-end latency falls from 31.5 to 12.0 minutes": the time it now takes
        if unit is None and self._time_words(toks, i, fig) and i > 0 and (words[i - 1].lower_ in TAKES_BUT_WITHIN or any(
                w.lower_ in {"takes", "took", "take"} for w in words[max(0, i - 3) : i - 1])):
            return False  # "Training TGN on the full graph takes 31 hours", "takes a neurologist 9 minutes": how long
        after = [words[i + 1].lower_, words[i + 2].lower_] if i + 2 < toks.n else [t.lower_ for t in words[i + 1 : i + 3]]
        if unit == "×":
            nxt = after[1] if len(after) > 1 and after[0] in UNITS else (after[0] if after else "")
            if nxt[:1].isdigit():
                return True  # a size such as "256 times 256"
        k = after_unit + 1 if after_unit + 1 < toks.n and words[after_unit].lower_ == "of" else None  # the token after "of"
        if k is not None and (self._succeeds_in(toks, i) or self._preferred_in(toks, i) or self._covers(toks, i)
                              or unit == "%" and self._within_threshold(toks, i) is not None):
            # "succeeds in 95% of trials" is a success rate, "preferred ... in 64% of comparisons" a win rate (decision 15),
            # "52.3% of ligands within 2 Å RMSD" a docking success rate
            pass
        elif k is not None and (self._kept_share(toks, i, fig) is not None or self._memory_of(toks, i, fig) is not None):
            pass  # "retains 97.4% of the full-cache average score": a share of a reference's figure (decision 15)
        elif k is not None and self._of_the_time(toks, i, fig) is not None:
            pass  # "preferred our summaries 71% of the time" is a win rate
        elif k is not None and i > 0 and (words[i - 1].lower_ == "within" or words[i - 1].lower_ in {"and", ","}
                                          and self._listed_after(toks, i, "within")):
            pass  # "within 1.1 points of a fully supervised model" is how far behind, not a share ("within 0.004
            # and 0.011 of its teacher" too)
        elif k is not None and i > 1 and words[i - 1].lower_ == "the" and (words[i - 2].lower_ in {
                "than", "below", "above", "behind", "over"} | EXCEED_WORDS | OUTPERFORM_WORDS
                or i > 2 and words[i - 2].lower_ in {"to", "with"}
                                                              and words[i - 3].lower_ in NEAR_WORDS
                or i > 2 and words[i - 2].lower_ in {"on", "upon"} and words[i - 3].lower_ in IMPROVE_VERBS):
            # "far below the 93.5% of human annotators", "close to the 4.24 of ground-truth recordings", "on par with
            # the 65.5% of FedIT", "improves on the 2.54 of DiT-XL/2": a baseline's figure
            pass
        elif k is not None and unit is None and self._trials_count(toks, i, k):
            pass  # "17 of 20 trials ... and 15 of 20 on a bag-opening task": successful trials
        elif k is not None and unit == "%" and i > 0 and words[i - 1].lower_ in {"and", ","} \
                and any(c[0] in {k, k + 1} and c[2] == "DATASET" for c in toks.found) \
                and any(self._succeeds_in(toks, j) for j in range(max(0, i - 14), i - 1) if words[j].figure is not None):
            pass  # "resolves 53.4% of the 500 issues in SWE-bench Verified and 31.7% of SWE-bench Lite": the same rate
        elif k is not None:
            # "retains 96% of the counting accuracy" reports the accuracy; "10% of the subgraphs" is a setting
            reach = 5 if any(w.text in POSSESSIVES for w in words[k : k + 5]) else 3
            if not toks.metric_starts_within(k, k + reach):
                return True
        elif after and (after[0] in SETTING_WORDS or (len(after) > 1 and after[0] in UNITS and after[1] in SETTING_WORDS)) \
                and not (after[0] in TIME_WORDS and self._change_start(toks, i) is not None) \
                and not self._measure_changed(toks, i) \
                and not (after[0] in TIME_WORDS and i > 1 and words[i - 1].lower_ == "from" and any(
                    w.lower_ in CHANGE_VERBS for w in words[max(0, i - 7) : i - 1])) \
                and not (words[i + 1].text == "K" and "." in words[i].text and (len(after) == 1 or not after[1].isalpha()
                                                                              or after[1] in KELVIN_FOLLOWERS)) \
                and not (len(after) > 1 and (after[1] in {"per", "/"} or after[0] in {"million", "billion", "thousand"}
                                             and i + 3 < toks.n and words[i + 3].lower_ in {"per", "/"})
                         and i > 0 and words[i - 1].lower_ in LINKS) \
                and not (i > 1 and words[i - 1].lower_ in {"of", "is", "was", "to"}
                         and any(c[1] == i - 1 and c[2] == "METRIC"
                                 or c[1] == i - 2 and words[i - 2].text == ")" and c[2] == "METRIC" for c in toks.found)) \
                and not (after[0] in UNITS and (self._set_against(toks, i) or i > 1 and words[i - 1].lower_ == "to"
                                                and words[i - 2].lower_ in CHANGE_VERBS)) \
                and not (after[0] == "cm" and self._distance_measured(toks, i)):
            # "with 24 views", though "the mean acceptance length is 3.9 tokens per step" is a rate, and "an average
            # acceptance length of 5.12 tokens" the measure's value, as "a relative translation error (RTE) of 5.8 cm"
            # and "reduces the absolute trajectory error (ATE RMSE) to 5.9 cm" (and "ATE RMSE drops from 11.88 cm for
            # SplaTAM to 8.70 cm": a distance the clause's measure is given in)
            return True
        if unit is None and i + 2 < toks.n and words[i + 1].text in {"Hz", "kHz", "MHz", "GHz"} \
                and words[i + 2].is_alpha and words[i + 2].is_lower and not words[i + 2].is_stop:
            return True  # "compatible with a 100 Hz loop", "16 kHz audio": what a thing runs at, not a result
        if unit == "%" and after_unit + 1 < toks.n and (words[after_unit].lower_ == "ci" or words[after_unit].lower_ == "confidence"
                                                        and words[after_unit + 1].lower_ in {"interval", "intervals", "level"}):
            return True  # "an AUC of 0.91 (95% CI 0.89-0.93)": the level of a confidence interval
        if len(after) > 1 and after[0] == "-" and after[1] in SETTING_WORDS:
            return True  # "4-bit", "8-layer"
        if unit is None and len(after) > 1 and after[1] in DEVICES and not self._time_words(toks, i, fig):
            return True  # "on 32 A100 GPUs", "8 V100 GPUs" (but "96 H100 GPU hours" is a duration)
        if unit is None and len(after) > 1 and after[1] in SETTING_WORDS and i > 0 and words[i - 1].lower_ in {"with", "using"} \
                and not self._set_against(toks, i):
            return True  # "with 250 DDPM steps", "using 50 sampling steps": how it was run (not "compared with 0.74
            # for token-level entropy", a baseline's figure)
        toks.read(i - 3, i)
        if i > 1 and (unit is None or unit == "%" and words[i - 1].lower_ in {"of", "=", "is"}
                      and words[i - 2].lower_ in {"ratio", "rate"}
                      or unit in {"m", "cm", "mm", "ms", "s"} and words[i - 1].lower_ in {"of", "=", "is"}
                      and words[i - 2].lower_ in {"size", "range"}) \
                and words[i - 1].lower_ in SETTING_PAIR_ENDS and tuple(
                [w.lower_ for w in words[max(0, i - 3) : i] if w.lower_ not in {"of", "=", "is"}][-2:]) in SETTING_PAIRS:
            # "at a batch size of 8", "with batch size 1", "with a mask ratio of 75%", "a voxel size of 0.075 m",
            # "the masking ratio is 0.5"
            return True
        if unit is None and i > 0 and len(after) > 0 and after[0] in {"and", ",", ")", "for", "with", "."} \
                and VERSIONED_NAME.match(words[i - 1].text) and not (i + 1 < toks.n and words[i + 1].text in UNITS) \
                and not VERSION_LIKE_SCORE.match(words[i].text) \
                and not any(c[1] == i and (c[2] == "DATASET" or c[2] == "METRIC" and not (
                    c[0] > 0 and words[c[0] - 1].lower_ == "at")) for c in toks.found) \
                and not self._listed_item(toks, i):
            # ("and on Weather 0.219,", "attains AbsRel 0.118 and δ1 0.872": a figure after a dataset or a measure,
            # but not one a result is read at, "19.6 R@1 at IoU 0.3, which")
            return True  # "19.3% for pyannote.audio 3.1 and ...": a version after a software name
        if i > 0 and words[i - 1].lower_ in {"fixed", "budget", "target", "targeting"} or self._target_to_reach(toks, i):
            return True  # "recall at a fixed 0.1% false positive rate", "targeting 90% coverage"
        if unit is None and YEAR_MONTH.match(words[i].text) and (
                i > 1 and words[i - 1].text in {"–", "-", "to"} and YEAR_MONTH.match(words[i - 2].text)
                or i + 2 < toks.n and words[i + 1].text in {"–", "-", "to"} and YEAR_MONTH.match(words[i + 2].text)):
            return True  # "LiveCodeBench v5 (2024.08–2025.02)": the months a benchmark's problems date from
        if i > 2 and words[i - 1].text == "=" and len(words[i - 2].text) == 1 and words[i - 2].is_alpha \
                and words[i - 3].text in {"(", ",", "with", "and", "of", "for"} \
                and not any(c[0] <= i - 2 < c[1] and c[2] == "METRIC" for c in toks.found):
            return True  # "ECAPA-TDNN (C=1024, 14.7M parameters)", "with k = 8": a hyperparameter's value
        if unit is None and i > 1 and words[i - 1].text == "(" and i + 2 < toks.n and words[i + 1].is_alpha \
                and not words[i + 1].is_stop and words[i + 1].text not in UNITS \
                and words[i + 1].lower_ not in {"vs", "versus", "against", "compared"} \
                and any(c[1] == i - 1 and c[2] == "DATASET" for c in toks.found) \
                and not toks.metric_starts_within(i + 1, i + 2):
            return True  # "on MasakhaNEWS (16 African languages)": what the dataset holds, said in brackets
        if unit in {"M", "B"} and i > 1 and words[i - 1].text == "(" and len(after) > 1 and after[1] == ")" \
                and any(c[1] == i - 1 and c[2] == "METHOD" for c in toks.found):
            return True  # "0.414 for ESM-2 (650M)": which size of the model
        if i > 0 and words[i - 1].text in {"times", "×", "x", "/", "^", "RTX", "GTX", "T", "N"} \
                and not (words[i - 1].text == "/" and i > 1 and (
                    words[i - 2].text == "%"  # "31.31%/12.88%" lists
                    or words[i - 2].figure is not None and ("." in words[i - 2].text or "." in words[i].text)
                    or i > 2 and words[i - 2].text in UNITS and words[i - 3].figure is not None)):  # "32.1/0.91", "dB / 0.86"
            return True  # the second half of a size or a ratio, a GPU's model number (a spread: at the top)
        if unit is None and float(value).is_integer() and value >= 2 and len(after) > 0 and after[0] not in UNITS \
                and not (len(after) > 1 and after[1] in {"per", "/"}) \
                and not (after[0] in TIME_WORDS and self._change_start(toks, i) is not None) \
                and not self._measure_changed(toks, i) \
                and not (after[0] in TIME_WORDS and len(after) > 1 and after[1] in {"for", "with"}
                         and words[i - 1].lower_ == "from"):  # "40 notes per second" is a rate
            # ("cuts TTFT from 12 minutes with FlashAttention-2 to 3.1 minutes": a start said of another method)
            # a count: "after 10,000 sequential edits", "on 12 targets", "with 24 views"
            nouns = [k for k in range(i + 1, min(i + 3, toks.n)) if words[k].is_alpha and words[k].is_lower] \
                if i + 1 < toks.n and words[i + 1].is_alpha and words[i + 1].is_lower else None  # a noun right after
            if nouns and (nouns[0] == i + 1) and any((words[k].text.endswith("s") or words[k].text == "people")
                                                     and len(words[k].text) > 3
                                                     and words[k].text not in NOT_COUNTS for k in nouns):
                return True
        return False

    @staticmethod
    def _low_end(toks, i):
        """Where a range that ends with the figure at ``i`` starts ("2.5x-3x", "5-16%"), else ``i``."""
        words = toks.words
        if i > 1 and words[i - 1].text in {"-", "–", "~"}:
            k = i - 3 if i > 2 and words[i - 2].text in UNITS else i - 2
            if k >= 0 and words[k].figure is not None:
                return k
        return i

    @staticmethod
    def _reference_level(toks, i):
        """Whether the figure at ``i`` is a level results are judged against or run at, not a result: chance ("near
        the 25% chance level"), an ideal ("close to the ideal 50%", "the ideal value of 50%"), a threshold ("above
        the 26.90 dB threshold", "gains of 0.1% are generally regarded as significant"), the matched setting of a
        comparison ("at the same 40% FLOPs reduction", "at a target rate of 5%", "at a matched budget of 400
        GFLOPs"), a codec's bitrate ("at 1 kbps") or the distance that picks out objects ("beyond 40 m")."""
        words = toks.words
        after = toks.after[i]
        toks.read(i - 6, after + 6)
        if after < toks.n and words[after].lower_ in {"chance", "threshold"} or i > 1 and words[i - 1].lower_ == "chance":
            return True  # ("above the 26.90 dB threshold set by the organisers")
        if after + 1 < toks.n and words[after + 1].lower_ == "threshold" and words[after].text.isalpha() \
                and words[after].text.islower() and words[after].lower_ not in BY_FILLERS_BUT_OF \
                and words[after].lower_ not in {"for", "of", "to", "with", "than", "and", "or", "at", "on", "in"}:
            return True  # "the F-Score at a 1% distance threshold": the threshold's kind between them
        before = [w.lower_ for w in words[max(0, i - 4) : i]]
        if "ideal" in before and before[-1] in {"ideal", "of", "is"}:
            return True
        core = [w.lower_ for w in words[max(0, i - 6) : i] if w.lower_ not in BY_FILLERS_BUT_OF][-4:]
        if before[-3:] == ["at", "the", "same"] or core[-1:] == ["of"] and ("target" in core[-3:] or "budget" in core) \
                and any(w in {"at", "a"} for w in core[:-2]):
            return True  # (and "at a target rate of 5%", "compared at a matched budget of roughly 400 GFLOPs": the
            # level a method is set to hold or run at)
        if i > 0 and words[i - 1].lower_ == "at" and i + 1 < toks.n and words[i + 1].lower_ in {"bps", "kbps", "mbps", "kb/s"}:
            return True  # "whereas SpeechTokenizer at 1 kbps yields 3.56": the bitrate a codec is run at
        if i + 1 < toks.n and words[i + 1].lower_ in {"m", "km", "meters", "metres"} and i > 0 \
                and words[i - 1].lower_ in {"beyond", "within", "over", "under", "above", "below"}:
            return True  # "for objects beyond 40 m": which objects, by their distance
        for k in range(after, min(after + 7, toks.n - 1)):
            w = words[k]
            if w.text in SENTENCE_PUNCT or w.text == "," or w.figure is not None:
                break
            if w.lower_ in {"considered", "regarded", "deemed"} and words[k - 1].lower_ in {"is", "are", "be", "generally",
                                                                                           "usually", "often", "widely",
                                                                                           "typically", "commonly"} \
                    and any(v.lower_ in {"significant", "meaningful", "substantial"} for v in words[k + 1 : k + 3]):
                return True
        return False

    @staticmethod
    def _compared_duration(toks, i):
        """Whether the duration at ``i`` is set against one reported before it in its sentence: "takes 19
        minutes on 32 CPU cores, against 3.1 days for HIVE-COTE 2.0", "converges in 19 minutes, versus 74 minutes
        for SimGCL", "takes 9 GPU-hours instead of 64 for full fine-tuning"."""
        words = toks.words
        toks.read(i - 16, i)
        k = i - 1
        if k > 0 and words[k].lower_ in {"about", "roughly", "nearly", "over", "almost"}:
            k -= 1
        if not (k > 0 and (words[k].lower_ in {"against", "versus", "vs", "vs."}
                           or words[k].lower_ == "with" and words[k - 1].lower_ == "compared"
                           or words[k].lower_ == "of" and words[k - 1].lower_ == "instead")):
            return False
        for j in range(k - 1, max(0, i - 16) - 1, -1):
            w = words[j]
            if w.text in SENTENCE_PUNCT:
                return False
            if w.figure is not None and j + 1 < toks.n and (words[j + 1].lower_ in TIME_WORDS or words[j + 1].text in TIME_UNITS
                                                             or words[j + 1].text in {"GPU", "TPU"}):
                return True
        return False

    @staticmethod
    def _trained_for(toks, i):
        """The process a participle names whose duration the figure gives: "is trained for 2 hours" (training),
        "is then distilled for 20 hours" (distillation), "fine-tuned for an additional 6 GPU-hours"; else None."""
        words = toks.words
        k = i - 1
        while k > 0 and words[k].lower_ in {"a", "an", "another", "additional", "further", "only", "just", "about",
                                            "roughly", "around", "approximately", "under"}:
            k -= 1
        if k < 1 or words[k].lower_ != "for":
            return None
        verb = words[k - 1].lower_
        if verb == "tuned" and k > 2 and words[k - 2].text == "-" and words[k - 3].lower_ == "fine":
            verb = "fine-tuned"
        elif verb == "trained" and k > 2 and words[k - 2].text == "-" and words[k - 3].lower_ == "pre":
            verb = "pre-trained"
        return TRAINED_FOR.get(verb)

    @staticmethod
    def _count_compared(toks, i):
        """Whether an integer is set against an outcome count just before it in the sentence, for a method:
        "detect 41 of the 64 bugs, compared with 27 for tests written by GPT-4o"."""
        words = toks.words
        toks.read(i - 3, i + 2)
        if not (i > 2 and words[i - 2].lower_ == "compared" and words[i - 1].lower_ == "with"
                or i > 1 and words[i - 1].lower_ in {"versus", "against", "vs", "vs."}) \
                or i + 1 >= toks.n or words[i + 1].lower_ != "for":
            return False
        last = max((c for c in toks.counted if c < i), default=None)
        if last is None or i - last > 20:
            return False
        toks.read(last, i)
        return not any(w.text in SENTENCE_PUNCT for w in words[last:i])

    @staticmethod
    def _trials_count(toks, i, k):
        """ "17 of 20 trials", and "15 of 20" after it in the sentence: how many trials succeeded
        (``k`` is the word after "of")."""
        words, n = toks.words, toks.n
        if words[k].figure is None:
            return False
        if k + 1 < n and words[k + 1].lower_ in TRIALS:
            return True
        toks.read(i - 24, i)  # the look-back reaches past the words read around the doc's figures
        for j in range(i - 1, max(1, i - 24), -1):
            if words[j].text in SENTENCE_PUNCT:
                return False
            if words[j].lower_ in TRIALS and words[j - 1].text == words[k].text and words[j - 2].lower_ == "of":
                return True
        return False

    @staticmethod
    def _range_low(toks, i):
        k = FigureScreening._range_low_at(toks, i)
        return toks.words[k].figure[1] if k is not None else None

    @staticmethod
    def _range_low_at(toks, i):
        """The token of a range's low end, if figure ``i`` is a range's high end."""
        words = toks.words
        if i >= 2 and words[i - 1].text in {"-", "–", "to"}:
            k = i - 3 if i >= 3 and words[i - 2].text in UNITS else i - 2  # "5x-16x": the low end has its unit
            if words[k].figure:
                return k
        elif i >= 3 and words[i - 1].lower_ == "and":  # "between 0.95 and 1.05"
            k = i - 3 if i >= 4 and words[i - 2].text in UNITS else i - 2
            if words[k].figure and words[k - 1] is not None and words[k - 1].lower_ == "between":
                return k
        return None
