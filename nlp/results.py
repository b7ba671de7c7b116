"""Reported results: a figure tied to its metric, and where the sentence says so,
its dataset and method ("On unconditional CIFAR-10, LowDiff achieves an FID of 2.11").

Results are read off the entities the earlier components found, so a metric the
knowledge base knows, or one the paper defines, can carry a figure.

The rules read a doc as plain Python lists (``result_tokens.Tokens``), not as spaCy
``Token`` and ``Span`` objects: building a ``Token`` for each ``doc[i]`` the rules look
at cost as much as the tokenizer itself. What a rule asks of a word (its text, its
lowercase form, its flags, the figure it spells) is the same for every use of the
word, so it is read once per word of the vocabulary (``Word``); per token there
is only its position in the text, read with the words as one array. The words and
patterns the rules read are named in ``result_words.py``.
"""
import logging
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc

from .base import BatchComponent, named
from .candidates import candidates, merge_ents
from .result_tokens import (
    AHEAD, BEHIND, Sentences, Tokens, Word, Words, _compound_names, _counted, parse_figure,
)
from .result_words import (
    ACCELERATE_WORDS, ACCELERATOR, ACRONYM_METRIC, AFTER_DATASET_WORDS, AFTER_FIGURE, AGENT_PROCESSES,
    APPRAISALS, ARROWS, AT_K_FIGURE, BARE_NAMES, BARE_SHARE_VERBS, BASELINE_NAME, BEAT_WORDS, BUDGET_METRICS,
    BY_AND_FILLERS, BY_FACTOR, BY_FILLERS, BY_FILLERS_BUT_OF, CHANGED_HEADS, CHANGE_BASES, CHANGE_NOUNS,
    CHANGE_VERBS, CHANGE_WORDS, CLAUSE_VERBS, CLAUSE_WORDS, CLAUSE_WORDS_BUT_AND, COLLECTION_WORDS,
    COMPACT_VARIANTS, COMPARATIVES, COMPARISON, CONDITION_METRICS, CONDITION_WORDS, CONTRASTS, COORDINATION,
    COST_HEADS, COST_METRICS, COUNTED_FROM, COUNTED_NAME, COUNT_HEDGES, COUNT_MEASURE, COUNT_VERBS,
    DECIBEL_MEASURE, DECREASE_VERBS, DEVICES, DIFFERENCE_BEFORE, DIRECTION_SUFFIX, DOLLARS, DOMINATE_WORDS,
    EVALUATION_UNITS, EXCEED_WORDS, FIRST_WORDS, FRAME_ENDING_VERBS, FRAME_OPENERS, GAIN_AFTER, GAIN_SAYING,
    GAIN_VERBS, GAIN_WORDS, GAP_FOLLOWERS, GENERIC_GERUNDS, GERUND_NOUNS, GERUND_STOPS, IMPROVE_VERBS,
    IMPROVE_WORDS, KEEP_VERBS, KELVIN_FOLLOWERS, KEPT_HEDGES, KEPT_MEASURES, LINKS, LIST_LINKS, LOOSE_MODIFIERS,
    LOSE_WORDS, MADE_WORDS, MAGNITUDES, MEMORY_HEADS, METRIC_HEADS, MODEL_TRAINED_ON, MODEL_WORDS, MORE_WINS,
    NEAR_INTENSIFIERS, NEAR_WORDS, NOT_COUNTS, NOT_METRIC_ACRONYMS, NOT_NAMED_HEADS, NO_MEASURE_WORDS,
    NUMBER_WORDS, OPERATING_WORDS, OUTCOME_COMPARATIVES, OUTCOME_NOUNS, OUTCOME_VERBS, OUTPERFORM_WORDS,
    PASSED_LEVEL_WORDS, PASSIVE_PROCESSES, PHRASE_END_PREPOSITIONS, PHRASE_LINKS, PHRASE_OPENERS,
    PHRASE_TRIGGERS, PLURAL_HEADS, PROCESS_ALIASES, PROCESS_NOUNS, PROVE_VERBS, RATE_ITEMS, RATE_UNIT_METRICS,
    RATING_WORDS, RATIO, REDUCTION_WORDS, REFERENCE_NAMES, REFERENCE_WORDS, REMOVE_VERBS, REPEAT_NOUNS,
    REPORTS_SCORE, REPORT_OR_JOIN, REPORT_VERBS, RESOLVE_VERBS, SCALE_MARK, SCORE_VERBS, SENTENCE_PUNCT,
    SETTING_PAIRS, SETTING_PAIR_ENDS, SETTING_WORDS, SHARE_MEASURE, SHARE_WORDS, SIZED_THINGS,
    SIZE_COMPARATIVES, SIZE_COMPARATIVES_OR_BETTER, SIZE_VERBS, SLASHED_MEASURE, SMALLER_WORDS,
    SOURCE_ITEMS_AFTER, SPEEDUP_WORDS, SPENDS, SPENDS_TIME, SPLIT_SUFFIX, SPLIT_WORDS, SPREAD_WORDS,
    SUBJECT_COPULAS, SUBJECT_PREPOSITIONS, SUCCESS_VERBS, SUPERLATIVES, SURPASS_WORDS, SWEEP_WORDS, TAKES,
    TAKES_BUT_WITHIN, THRESHOLD_WORDS, TIMED_VERBS, TIME_MEASURE, TIME_UNITS, TIME_WORDS, TRAINED_FOR,
    TRAINED_ON, TRAINING, TRIALS, TRIAL_WORDS, UNITS, UNNAMED_DATA, VERB_PROCESSES, VERSIONED_NAME, WIN_WORDS,
    YEAR_MONTH, is_cost, singular,
)
from .tokenizer import text_of
from .word_screen import word_screen

Doc.set_extension("results", default=None, force=True)
log = logging.getLogger("paperlens.results")
RESULTS_KEY = ("._.", "results", None, None)  # the key ``doc._.results`` reads in ``doc.user_data``


@Language.factory("paperlens_results", default_config={"window": 6})
def make_results(nlp, name, window):
    kb = nlp.get_pipe("paperlens_kb") if "paperlens_kb" in nlp.pipe_names else None
    measures = {e.canonical: e.measure for e in kb.entries if e.measure} if kb is not None else {}
    return named(ResultExtractor(nlp.vocab, window, measures), name)


class ResultExtractor(BatchComponent):
    """Figures tied to their metric, dataset and method, in ``doc._.results``.

    Tokens are indices into a ``Tokens`` view of the doc throughout; a metric's
    place in the text is its (start_char, end_char)."""

    def __init__(self, vocab, window, measures=None):
        self.window = window
        self.rereads = 0  # docs read again whole after a rule read past the words read (``__call__``)
        self.measures = measures or {}  # benchmark → the measure its bare figures are in (the KB's ``measure``)
        self._words = Words(vocab)
        # The numbers that are figures ("2.11", not "one"), found by the shared word
        # screen: its one array read per doc also brings the ORTH and IDX the
        # ``Tokens`` view is made of.
        like_num = vocab.lex_attr_getters[LIKE_NUM]
        self.screen = word_screen(vocab)
        (self._figure,) = self.screen.register(
            # "1:192"; "−0.3" with the Unicode minus sign that spaCy's like_num does not know
            lambda text: (like_num(text) or like_num(text.lstrip("−")) or RATIO.match(text) is not None)
            and parse_figure(text) is not None or text.lower() in NUMBER_WORDS or DOLLARS.match(text) is not None)

    def __call__(self, doc):
        try:
            found = self._results(doc)
        except (AttributeError, TypeError):
            # A rule looked at a word past what the extractor had read (``Tokens.read``), which
            # reads as None: fuzzing finds one in some 15,000 odd texts. Every word read at once
            # gives what the rule meant (the output over the gold sets, the seed and 2,000 synthetic
            # abstracts is the same either way), so the doc is read again that way instead of
            # losing its paper's highlights; a bug of another kind raises again.
            self.rereads += 1
            log.warning("a result rule read past the words read; the doc starting %r was read whole",
                        text_of(doc)[:60])
            found = self._results(doc, read_all=True)
        # Where ``doc._.results = ...`` stores it, without making the ``doc._`` proxy per doc.
        doc.user_data[RESULTS_KEY] = found
        return doc

    def _results(self, doc, read_all=False):
        # The rules start only from tokens that look like numbers, and sentences are
        # found in the text: no rule runs over every token in Python.
        figure = self._figure
        numbers = [i for i, kind, _ in self.screen.hits(doc) if kind & figure]
        if not numbers:
            return []  # a doc without figures is done before its words are read
        words = self._words
        arr = self.screen.columns(doc)
        read_from, read_to = (0, None) if read_all else (numbers[0] - BEHIND, numbers[-1] + 1 + AHEAD)
        toks = Tokens(doc, words, self.screen.orths(doc), arr[:, 1], read_from, read_to)
        found = []  # [token, figure, sentence entities, metric chars, metric, compared with]
        counted = toks.counted = {}  # the figures that count outcomes → their names (``_outcome_count``), asked for once per figure
        lows = set()  # the figures that are the low ends of ranges
        sentences = None
        after = toks.after
        for i in numbers:
            fig = toks.figure(i)
            if fig is None:
                continue
            k = after[i] = toks.after_unit(i, fig)
            outcome = self._outcome_count(toks, i, fig)
            # a starting point needs "from" before the figure, a range's low end a dash (or "to") after it
            if self._is_setting(toks, i, fig, outcome):
                toks.settings.add(i)
                continue
            if i > 0 and toks.words[i - 1].lower_ == "from" and self._is_starting_point(toks, i, fig):
                continue
            if k + 1 < toks.n and toks.words[k].text in ARROWS and toks.words[k + 1].figure is not None:
                continue  # "(CHAIR_I 13.9 → 10.8)": where a change starts, as "from 13.9 to 10.8"
            if k < toks.n and toks.words[k].text in {"-", "–", "~", "to", "and"} and self._is_range_start(toks, i, fig):
                lows.add(i)
                continue
            if sentences is None:
                sentences = Sentences(doc, toks)
            if sentences.in_entity[i]:
                continue
            if outcome is not None:
                counted[i] = outcome
            sentence_ents = sentences.ents_at(toks.idx[i], i)
            metric = self._metric(toks, i, sentence_ents, fig, outcome)
            low = self._range_low_at(toks, i)
            if low in lows and toks.words[i - 1].lower_ in {"to", "and"}:
                # "yields gains of 3.1 to 6.6 points": a range written out is named by the words before its
                # low end ("1.35–1.52× fewer tokens" by its own)
                named = self._metric(toks, low, sentence_ents, fig, outcome)
                if named[1] is not None:
                    metric = named
            start = i - 2 - (i > 1 and toks.words[i - 2].text in UNITS)  # where a change "13.9 → 10.8" starts
            if i > 1 and toks.words[i - 1].text in ARROWS and toks.words[start].figure:
                # "(CHAIR_I 13.9 → 10.8)": the change ends in the measure named before where it starts
                named = self._metric(toks, start, sentence_ents, toks.figure(start), outcome)
                if named[1] is not None:
                    metric = named
                elif start > 0 and toks.words[start - 1].text == "(" and found and found[-1][4] is not None \
                        and after.get(found[-1][0]) == start - 1 and found[-1][2] is sentence_ents:
                    # "ANLS on DocVQA changes by only -0.4 (94.5 → 94.1)": the change in brackets after a figure
                    # spells it out, in that figure's measure
                    metric = found[-1][3], found[-1][4]
            found.append([i, fig, sentence_ents, *metric, None])
        if not found:
            return []
        self._slash_pairs(toks, found)
        self._slash_baselines(toks, found)
        self._dataset_items_after_colon(toks, found)
        self._semicolon_items(toks, found)
        self._colon_segments(toks, found)
        self._margins_respectively(toks, found)
        self._bare_scores(toks, found, sentences)
        self._bare_shares_on_datasets(toks, found, sentences)
        # The figures listed together, found once for the four rules that read them (the
        # rules change figures' metrics, not where figures stand or what they spell).
        self._at_settings(toks, found)
        self._contrasted_clause(toks, found)
        runs = self._joined_runs(toks, found)
        if runs:
            self._parallel_metrics(toks, found, runs)
        self._and_on_dataset(toks, found)
        self._share_metrics(toks, found)
        self._bracketed_changes(toks, found)
        self._unitless_baselines(toks, found)
        self._near_baselines(toks, found)
        self._reached_again(toks, found)
        self._labelled_parts_in_brackets(toks, found)
        self._compared_with_baselines(toks, found)
        if runs:
            self._listed_metrics(toks, found, runs)
            self._gains_named_last(toks, found, runs)
        self._same_unit_metrics(toks, found)
        self._compared_durations(toks, found)
        self._gains_in_apposition(toks, found)
        self._multiples_of_that(toks, found)
        self._figures_of_a_baseline(toks, found)
        self._comparatives_of_previous(toks, found)
        self._baselines_in_parentheses(toks, found)
        self._bracketed_baselines(toks, found)
        self._baselines_named_before_brackets(toks, found)
        self._superlative_in_brackets(toks, found)
        self._parallel_claims(toks, found)
        self._baseline_tuples(toks, found)
        self._owned_starts(toks, found)
        self._from_to_after_change(toks, found)
        self._baselines_past_costs(toks, found)
        self._baselines_after_semicolons(toks, found)
        self._speedup_in_brackets(toks, found)
        self._points_of_last_metric(toks, found, sentences)
        self._bare_decibels(toks, found)  # after the rules that find a metric its sentence names
        self._units_fit_measures(found)
        self._gaps(toks, found)
        paired = self._respectively(toks, found, runs, sentences) if runs else {}
        if "respectively" in toks.text:
            self._measures_respectively(toks, found, paired)
        mirrored = self._mirrored(toks, found, runs) if runs else {}
        results = []
        datasets = {}
        words, idx = toks.words, toks.idx
        by_mention = {}  # the first figure that each metric mention reports
        # The figures whose dataset a later figure takes (its ``compared_with``, its ``mirrored``
        # counterpart, or the first figure of its metric mention): a figure that reports no metric
        # and is none of them needs no dataset.
        referred = {f[5] for f in found}
        referred.update(mirrored.values())
        for i, fig, sentence_ents, metric_span, metric, compared_with in found:
            if metric is None and metric_span is None and i not in referred:
                continue
            if metric_span is not None:
                # "91.2% accuracy on roman-empire, 4.3 points above GAT": a second figure of
                # the same mention is on the same dataset, unless one is named after it
                first = by_mention.setdefault(metric_span, i)
                if compared_with is None and first != i:
                    compared_with = first
            if compared_with is not None and any(compared_with < e.start and e.end <= i and (any(
                    w.lower_ in {"on", "in"} for w in words[max(compared_with + 1, e.start - 5) : e.start])
                    or words[e.start - 1].lower_ in CHANGE_VERBS or self._in_brackets_after(words, e.end, i)
                    or e.end == i and words[e.start - 1].text in {";", ",", ":"})
                    for e in sentence_ents.datasets):
                # "the EER on A from 10.5% to 6.2% and on B from 12.8% to 7.9%": the nearest dataset
                # named since ("38.6% on AlpacaEval 2.0, compared with 30.2% for DPO": the same; "raises
                # accuracy on Video-MME from 53.1% to 58.4% and improves MLVU by 4.6 points": the one improved;
                # "accuracy on MMLU (65.2 vs. 64.1) and BBH (68.9 vs. 66.3)": the one whose brackets hold it;
                # "Accuracy: MMLU 71.2, GSM8K 80.4": the item's own)
                compared_with = None
            if metric is not None and i in counted:
                # "On the 112 UCR datasets, ..., and ranks first on 41 datasets": wins counted over the collection
                # the sentence opens with, else the one named last before it
                dataset = self._collection(toks, sentence_ents, i)
            elif i in paired:
                dataset = paired[i]
            elif mirrored.get(i) in datasets:
                dataset = datasets[mirrored[i]]  # "0.902 on A and 0.874 on B, versus 0.811 and 0.769 for BIOT"
            elif compared_with is not None and compared_with in datasets and not self._named_after(toks, sentence_ents, i):
                dataset = datasets[compared_with]  # "38.6% on AlpacaEval 2.0, compared with 30.2% for DPO"
                if dataset is not None and compared_with in paired and self._after_paired(
                        toks, sentence_ents, i, found, paired):
                    dataset = None  # "70.8%, respectively, improving over JTT by 4.2 points on average"
            else:
                # only a dataset its own sentence names (guideline decision 11): "We evaluate on X. ... 0.412"
                # leaves the figure's dataset unsaid
                # (figures listed with slashes are all on the dataset named after the list)
                dataset = self._dataset(toks, sentence_ents, toks.slashed.get(i, i), metric_span)
                if dataset is not None and metric is not None and self._averaged_over_several(toks, sentence_ents, i):
                    dataset = None  # "(denoising on BSD68, deraining on Rain100L ...), an average PSNR of 33.46 dB"
                elif dataset is not None and metric is not None and self._while_cheaper(toks, sentence_ents, i, fig) \
                        and not self._framed(toks, sentence_ents, dataset):
                    # "38.6% on AlpacaEval 2.0, ..., while using 41% less GPU memory during training" (but "On
                    # Urban100, it improves PSNR by 0.12 dB while using 31% fewer parameters": the frame is the
                    # whole sentence's, guideline decision 11)
                    dataset = None
                elif dataset is not None and metric is not None and self._cost_in_another_clause(
                        toks, sentence_ents, i, metric, dataset):
                    dataset = None  # "End-to-end inference on DocVQA is 2.9x faster and peak GPU memory falls by 40%"
                elif dataset is not None and metric is not None and self._cost_past_anothers_dataset(
                        toks, sentence_ents, i, metric, dataset, found):
                    dataset = None
                elif dataset is not None and metric is not None and paired and self._after_paired(
                        toks, sentence_ents, i, found, paired):
                    dataset = None
            datasets[i] = dataset
            if metric is None:
                continue
            sign, value, unit = fig
            end_tok = toks.after[i] - 1
            start = min(idx[i], metric_span[0] if metric_span is not None else idx[i])
            end = max(idx[end_tok] + len(words[end_tok].text), metric_span[1] if metric_span is not None else 0)
            result = {
                "metric": BARE_NAMES.get(metric, metric), "value": -value if sign in {"-", "−"} else value, "unit": unit,
                "dataset": dataset, "method": self._method_for(toks, sentence_ents, i) or self._method(toks, sentence_ents, i),
                "start": start, "end": end,
            }
            low = self._range_low(toks, i)
            if low is not None:
                result["value_low"] = low
            results.append(result)
        self._phrases_as_entities(doc, toks, found, sentences)
        return results

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

    def _share_metrics(self, toks, found):
        """ "2.9x and 1.5x faster", "41% and 24%": figures joined by "and", "," or "/"
        report the same metric; a figure without one takes its neighbour's."""
        words = toks.words
        # Each rule below asks for at most 20 words between the figures: farther ones never share.
        # A metric between them that is the first figure's own ("41.5 mAP ... by +2.6") names no other.
        near = []
        for k, (a, b) in enumerate(zip(found, found[1:])):
            lo, hi = toks.after[a[0]], b[0]  # the tokens between the two figures
            if hi - lo <= 20:
                near.append((k, a, b, lo, hi, words[lo:hi]))
        for _ in range(2):
            # a second pass only after the first changed a figure's metric: else it would test
            # the same words against the same metrics
            changed = False
            for k, a, b, lo, hi, between in near:
                if b[4] is None and self._in_tuple(toks, b):
                    continue  # "surpassing WavTokenizer (3.91, 2.37, 0.80)": one figure per measure, ``_baseline_tuples``
                # (not across units: "takes 0.3 ms, 40x less than" compares, ``_comparatives_of_previous``)
                joined = len(between) <= 3 and all(t.lower_ in COORDINATION for t in between) \
                    and not (a[1][2] != b[1][2] and {a[1][2], b[1][2]} & {"×"} and None not in {a[1][2], b[1][2]})
                # "a WER of 2.6% on test-clean and 6.1% on test-other", "compared with 5.9% for VALL-E"
                # (plain numbers where the second is said on a dataset of its own, "an FID of 3.42 with 10 NFEs
                # on CIFAR-10 and 4.71 on FFHQ", but not after a count, nor a threshold: "exceed 0.5 on")
                listed = (len(between) <= 8 and a[1][2] == b[1][2]
                          and (a[1][2] is not None or a[0] not in toks.counted
                               and words[b[0] - 1].lower_ not in PASSED_LEVEL_WORDS
                               and toks.after[b[0]] < toks.n and words[toks.after[b[0]]].lower_ in {"on", "in"})
                          and any(t.lower_ in COORDINATION or t.lower_ in {"with", "against", "instead"} for t in between)
                          # ("zero-shot" is no figure; a setting between is none: "an FID of 3.42 with 10 NFEs on
                          # CIFAR-10 and 4.71 on FFHQ")
                          and not any(t.text in {".", ";", ":"} or t.figure is not None and j not in toks.settings
                                      for j, t in enumerate(between, lo))
                          and not self._noun_after(toks, b))  # "with 30% less memory" names its own measure
                # "an MAE of 0.298 versus 0.361 for CSDI", "reaches 47.3%, and Gemini 1.5 Pro reaches 61.8%"
                compared = (len(between) <= 20 and a[1][2] == b[1][2] and b[4] is None
                            and any(t.lower_ in COMPARISON for t in between)
                            # ("by 75% with less than 1% performance drop": the drop names its own measure)
                            and not (toks.after[b[0]] + 1 < toks.n and self._noun_after(toks, b)
                                     and words[toks.after[b[0]] + 1].lower_ in CHANGE_NOUNS)
                            and (self._said_as_difference(toks, b) or words[b[0] - 1].lower_ in REPORTS_SCORE)
                            and not any(t.text in SENTENCE_PUNCT for t in between)
                            # "2.4x faster than FP16 ... and model memory shrinks by 3.5x": a clause of its own
                            and not any(t.lower_ in SIZE_VERBS for t in between)
                            and not any(e.label_ == "METRIC" and e.start >= lo and e.end <= hi
                                        and (e.start_char, e.end_char) != a[3] for e in b[2]))
                # "an accuracy of 81.0%, an improvement of 5.8 points", "surpassing HSNet by 7.3 points"
                # (an outcome count is no measure a difference is in: "on 7 of the 8 languages, with an average
                # gain of 9.6 points")
                # (or a share of a share: "67.2% average zero-shot accuracy ..., only 2.1% below FP16")
                gap_in_share = b[1][2] == "%" and a[1][2] == "%" and toks.after[b[0]] < toks.n \
                    and words[toks.after[b[0]]].lower_ in {"below", "above", "behind", "short"}
                difference = (len(between) <= 14 and (b[1][2] in {"points", None} or gap_in_share) and a[4] is not None
                              and a[0] not in toks.counted
                              and not (toks.kept and a[4] in {name for _, name in toks.kept.values()})
                              and (b[4] is None or b[4] == "improvement") and self._said_as_difference(toks, b)
                              and not any(t.text in SENTENCE_PUNCT for t in between)
                              and not any(e.label_ == "METRIC" and e.start >= lo and e.end <= hi
                                          and (e.start_char, e.end_char) != a[3] for e in b[2]))
                if difference:
                    model = self._of_like_size(found, a, b) if compared else a
                    if b[1][2] == "points" and is_cost(model[4]):
                        # "41.2% mIoU at only 3.9 GMACs, 1.9 points above TopFormer-B": a cost is never counted
                        # in points; the difference is in the measure reported before it
                        model = next((g for g in reversed(found[:k]) if g[2] is b[2] and g[4] is not None
                                      and g[4] not in COST_METRICS), None)
                        if model is None:
                            continue
                    b[3], b[4], b[5] = model[3], model[4], model[0]
                    changed = True
                    continue
                if not (joined or listed or compared):
                    continue
                if a[4] is None and b[4] is not None and joined:
                    a[3], a[4] = b[3], b[4]
                    changed = True
                elif b[4] is None and a[4] is not None:
                    model = a
                    if compared and not joined:
                        model = self._of_like_size(found, a, b)
                    b[3], b[4] = model[3], model[4]
                    if compared and not joined:
                        b[5] = model[0]
                    changed = True
            if not changed:
                break

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
    def _and_on_dataset(toks, found):
        """ "MSE on Electricity is 0.151 and on Weather 0.219": a figure after "and on <dataset>" reports the
        metric of the figure just before it, on that dataset."""
        words = toks.words
        for a, b in zip(found, found[1:]):
            if b[4] is not None or b[3] is not None or a[4] is None or a[2] is not b[2] or a[1][2] != b[1][2]:
                continue
            start, end = toks.after[a[0]], b[0]
            start = next((m.end for m in a[2].metrics if m.start == start), start)  # "73.6% accuracy, and on B 91.2%"
            if end - start > 4 and words[end - 1].lower_ == "to":
                # "accuracy on Video-MME from 52.8% to 58.1%, on MLVU from 70.8% to 74.6%": past the starting point
                k = end - 2
                if words[k].text in UNITS:
                    k -= 1
                if words[k].figure is not None and words[k - 1].lower_ == "from":
                    end = k - 1
            if end - start >= 3 and words[start].text == ",":
                start += 1  # ", and on B" as "and on B"; ", on B" after a starting point only
                if words[start].lower_ != "and" and end == b[0]:
                    continue
            if words[start].lower_ == "and":
                start += 1
            elif end == b[0]:
                continue
            if not 2 <= end - start <= 7 or words[start].lower_ not in {"on", "in"}:
                continue
            start += 1  # the word after "and on"
            if words[end - 1].lower_ in UNNAMED_DATA:
                end -= 1  # "and on the heterophilous Roman-empire dataset 91.2%"
            if words[start].lower_ == "the":
                start += 1
                while start < end - 1 and words[start].is_alpha and words[start].lower_ == words[start].text \
                        and words[start].lower_ not in CLAUSE_WORDS:
                    start += 1  # what kind: "the heterophilous", "the larger"
            if any(e.start == start and e.end == end for e in b[2].datasets):
                b[3], b[4] = a[3], a[4]

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
            verb_a, verb_b = ResultExtractor._verb_before(toks, a[0]), ResultExtractor._verb_before(toks, b[0])
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
    def _at_settings(toks, found):
        """ "an FID of 2.87 at 5 NFEs and 2.18 at 8 NFEs": a figure with no metric, set at another operating
        point as the figure before it was, reports that figure's measure."""
        words = toks.words
        for a, b in zip(found, found[1:]):
            if b[4] is not None or b[3] is not None or a[4] is None or a[2] is not b[2] or a[1][2] != b[1][2]:
                continue
            between = words[toks.after[a[0]] : b[0]]
            after = toks.after[b[0]]
            if 3 <= len(between) <= 6 and between[0].lower_ in {"at", "with"} and between[1].figure is not None \
                    and between[-1].lower_ in {"and", ","} \
                    and not any(w.text in SENTENCE_PUNCT or w.lower_ in CLAUSE_WORDS_BUT_AND for w in between) \
                    and after + 1 < toks.n and words[after].lower_ == between[0].lower_ \
                    and words[after + 1].figure is not None:
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
            if after < toks.n and words[after].lower_ in TIME_WORDS:
                after += 1  # "from 12 minutes with FlashAttention-2 to 3.1 minutes"
            if after >= toks.n or words[after].lower_ not in {"for", "with"} and words[after].text != "(":
                continue  # ("from 71.4% (DistServe) to 96.8%": the start's owner in brackets)
            if before > 1 and words[before - 2].lower_ in {"up", "down"}:
                g = found[k - 1] if k > 0 else None  # "38.2%, up from 24.6% for ...": the figure before
            else:
                g = found[k + 1] if k + 1 < len(found) else None  # "from 47.6 for IRCoT to 58.3": the one after
                if g is not None and (words[g[0] - 1].lower_ != "to"
                                      or ResultExtractor._owned_start(toks, g[0] - 2, max(0, before - 2)) != i):
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
            if not ResultExtractor._set_against(toks, f[0]) \
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
                if w.text in SENTENCE_PUNCT or w.text == "," or w.lower_ in CLAUSE_WORDS_BUT_AND or w.lower_ == "by":
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
    def _gains_named_last(toks, found, runs):
        """ "improvements of 5.2%, 4.8% and 6.1% in NDCG@10": gains listed together are all in the measure the
        last one names after it (decision 9), not unnamed improvements."""
        for run in runs:
            last = found[run[-1]]
            if last[3] is None or last[3][0] < toks.idx[last[0]] or last[4] == "improvement":
                continue
            rest = [found[k] for k in run[:-1]]
            if rest and all(f[4] in {None, "improvement"} and f[1][2] == last[1][2] for f in rest) \
                    and any(f[4] == "improvement" for f in rest):
                for f in rest:
                    f[3], f[4] = last[3], last[4]

    @staticmethod
    def _slash_groups(toks, found):
        """The runs of figures of one sentence written with slashes between them ("1.8/3.9", "32.29/0.899"), as
        lists of positions in ``found``."""
        words = toks.words
        groups, k = [], 0
        while k < len(found):
            group = [k]
            while group[-1] + 1 < len(found):
                last, f = found[group[-1]], found[group[-1] + 1]
                if f[2] is not last[2] or f[0] != toks.after[last[0]] + 1 or words[toks.after[last[0]]].text != "/":
                    break
                group.append(group[-1] + 1)
            groups.append(group)
            k = group[-1] + 1
        return [g for g in groups if len(g) > 1]

    @staticmethod
    def _slash_baselines(toks, found):
        """ "obtains 1.8/3.9 WER on test-clean/test-other, on par with SLAM-ASR (1.9/3.8) and ahead of SALMONN
        (2.1/4.9)", "32.41/0.902 PSNR/SSIM, ahead of SwinIR (32.29/0.899)": figures with slashes in brackets
        right after a method are that method's figures of the measures of the slashed figures before them, in
        order (its baseline's, as one figure in brackets is, ``_baselines_in_parentheses``)."""
        words = toks.words
        groups = ResultExtractor._slash_groups(toks, found)
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

    def _slash_pairs(self, toks, found):
        """ "92.3/88.1 EM/F1", "a PSNR/SSIM of 32.1/0.91", "30.41 dB / 0.8617 PSNR/SSIM": figures listed with
        slashes pair in order with the metrics listed with slashes next to them."""
        words = toks.words
        k = 0
        named = None  # (its sentence, how many, the metrics) of the last group the metrics were listed beside
        while k < len(found):
            group = [found[k]]
            while k + len(group) < len(found):
                f = found[k + len(group)]
                last = group[-1]
                if f[2] is not last[2] or f[0] != toks.after[last[0]] + 1 or words[toks.after[last[0]]].text != "/":
                    break
                group.append(f)
            k += len(group)
            if len(group) < 2:
                continue
            ents = group[0][2]
            first, end = group[0][0], toks.after[group[-1][0]]
            toks.read(first - 8, end + 8)

            def listed(start, step, known_only=True):
                """The measures listed with slashes from token ``start``, read forwards (step 1) or back (step -1), as
                (characters, name) each, else None. Unless ``known_only``, some may be words the knowledge base does
                not know ("85.6/0.808 accuracy/kappa", "OA/AA/κ of 91.8/93.5/90.6"), when one at least is a known
                measure and the others are single words."""
                toks.read(start - 4 * len(group) - 4, start + 4 * len(group) + 4)
                out = []
                pos = start
                while len(out) < len(group):
                    if not 0 <= pos < toks.n:
                        return None
                    m = next((e for e in ents.metrics if (e.start == pos if step > 0 else e.end == pos + 1)), None)
                    if m is not None:
                        out.append(((m.start_char, m.end_char), self._metric_name(m), True))
                        pos = m.end if step > 0 else m.start - 1
                    else:
                        w = words[pos]
                        if known_only or not ((w.is_alpha or SLASHED_MEASURE.match(w.text)) and not w.is_stop
                                              and len(w.text) <= 12) or w.figure is not None:
                            return None
                        out.append((toks.chars(pos, pos + 1), w.text if w.text.isupper() or len(w.text) == 1
                                    else w.lower_, False))
                        pos += step
                    if len(out) < len(group):
                        if not 0 <= pos < toks.n or words[pos].text != "/":
                            return None
                        pos += step
                if not any(known for _, _, known in out):
                    return None
                out = out if step > 0 else out[::-1]
                return [(chars, name) for chars, name, _ in out]

            def give(measures):
                """The group's figures in ``measures`` ((characters, name) each, in order), read as one tuple."""
                for f, (chars, name) in zip(group, measures):
                    f[3], f[4] = chars, name
                    toks.slashed[f[0]] = group[-1][0]
                return ents, len(group), measures

            metrics = listed(end, 1)  # "92.3/88.1 EM/F1"
            if metrics is None and end + 1 < toks.n and words[end].lower_ == "in":
                # "it reaches 31.08 dB/0.914 in average PSNR/SSIM": the measures after "in" (and a loose modifier)
                skip = 2 if words[end + 1].lower_ in LOOSE_MODIFIERS else 1
                metrics = listed(end + skip, 1)
            if metrics is None and first > 1 and words[first - 1].lower_ in {"of", "=", ":", "are", "is", "reaches", "reach"}:
                metrics = listed(first - 2, -1)  # "a PSNR/SSIM of 32.1/0.91"
            if metrics is None:
                metrics = listed(end, 1, known_only=False)
            if metrics is None and first > 1 and words[first - 1].lower_ in {"of", "=", ":", "are", "is"}:
                metrics = listed(first - 2, -1, known_only=False)
            if metrics is None and first > 2:
                # "beat F1 / CMLt / AMLt: Hopbeat 0.912 / 0.846 / 0.938": the measures a colon opens, then a name
                name = next((e.start for e in ents.methods if e.end == first), None)
                if name is None and BASELINE_NAME.match(words[first - 1].text):
                    name = first - 1
                if name is not None and name > 1 and words[name - 1].text == ":":
                    metrics = listed(name - 2, -1, known_only=False)
            if metrics is not None:
                named = give(metrics)
                continue
            compact = self._compact_metrics(toks, first, len(group))
            if compact is not None:
                named = give([(compact[0], name) for name in compact[1]])
                continue
            single = self._one_measure_before(toks, ents, first)
            if single is not None:
                # "Average accuracy (buffer 2000): 71.5 / 40.8 / 82.3 respectively": one measure over the tuple
                # (its figures are on the datasets the sentence lists, or the settings it names)
                for f in group:
                    f[3], f[4] = single
                named = (ents, len(group), [single] * len(group))
            elif named is not None and named[1] == len(group):
                # "32.1/0.91 PSNR/SSIM on Set5 and 28.4/0.81 on Urban100": a later tuple of as many figures, in this
                # sentence or a later one, in the measures the first was listed beside
                give(named[2])

    @staticmethod
    def _runs_of(toks, found, joins):
        """Runs of figures next to each other in one sentence, each a list, where ``joins(a, b, gap)`` accepts the
        words between each figure and the next."""
        words = toks.words
        k = 0
        while k < len(found):
            run = [found[k]]
            while k + len(run) < len(found):
                a, b = run[-1], found[k + len(run)]
                toks.read(toks.after[a[0]], b[0])
                if b[2] is not a[2] or not joins(a, b, words[toks.after[a[0]] : b[0]]):
                    break
                run.append(b)
            k += len(run)
            yield run

    @staticmethod
    def _margins_respectively(toks, found):
        """ "a last-session accuracy of 59.3% ..., improving on the previous best, TEEN, by 2.6% and 3.4%,
        respectively", "14.8 BLEU-4, 22.6 METEOR and 33.9 ROUGE-L, which is respectively 5.1, 3.7 and 4.4 points
        better": margins listed 'respectively' after as many results in different measures pair with them in order."""
        if "respectively" not in toks.text:
            return
        words = toks.words
        for run in ResultExtractor._runs_of(
                toks, found, lambda a, b, gap: len(gap) <= 2 and all(w.lower_ in {"and", ","} for w in gap)):
            if len(run) < 2 or any(f[4] is not None for f in run[:-1]):
                continue
            first, last = run[0][0], toks.after[run[-1][0]]
            toks.read(first - 4, last + 4)
            near = [w.lower_ for w in words[max(0, first - 4) : first]] + [w.lower_ for w in words[last : last + 3]]
            if "respectively" not in near:
                continue
            before = [f for f in found if f[0] < first and f[2] is run[0][2]]
            results = before[-len(run) :]
            if len(results) < len(run) or any(f[4] is None for f in results) \
                    or len({f[4] for f in results}) < len(run) \
                    or any(w.text in SENTENCE_PUNCT for w in words[results[0][0] : first]):
                continue
            for f, r in zip(run, results):
                f[3], f[4], f[5] = r[3], r[4], r[0]

    @staticmethod
    def _colon_segments(toks, found):
        """ "MFU of OxbowPipe at 70B: 51.7% vs. 43.9% for 1F1B; at 175B: 49.2% vs. 40.6%": a figure a colon opens
        in a segment after a semicolon that names no measure is in the measure of the segment before."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is not None or k == 0 or i < 3 or words[i - 1].text != ":":
                continue
            toks.read(i - 10, i)
            semi = next((j for j in range(i - 2, max(0, i - 8) - 1, -1) if words[j].text == ";"), None)
            if semi is None or any(m.start > semi and m.end < i for m in f[2].metrics) \
                    or any(w.figure is not None for w in words[semi + 1 : i - 1]) \
                    or words[semi + 1].lower_ not in {"at", "on", "in", "for", "with", "under"}:
                continue  # (a setting the segment is at, not a name: "(MAE: 68.0%; iBOT: 79.5%)" lists baselines)
            g = next((g for g in reversed(found[:k]) if g[0] < semi and g[2] is f[2] and g[4] is not None), None)
            if g is None or g[1][2] != f[1][2]:
                continue
            toks.read(semi - 12, semi)
            if not any(w.text == ":" for w in words[max(0, semi - 12) : g[0]]):
                continue  # (the segment before was opened by a colon too)
            f[3], f[4] = g[3], g[4]

    @staticmethod
    def _semicolon_items(toks, found):
        """ "Equalized odds difference (EOD): 0.018 on Adult; 0.031 on COMPAS; 0.012 on ACSIncome": a figure on a dataset
        that follows a semicolon, after a figure on another dataset in a measure, is in that measure."""
        words = toks.words
        for k in range(1, len(found)):
            f, g = found[k], found[k - 1]
            i = f[0]
            if f[4] is not None or g[4] is None or g[2] is not f[2] or i < 2 or words[i - 1].text != ";" \
                    or toks.after[g[0]] + 3 > i or f[1][2] != g[1][2]:
                continue
            after, g_after = toks.after[i], toks.after[g[0]]
            toks.read(g_after, after + 2)
            if after < toks.n and words[after].lower_ == "on" and words[g_after].lower_ == "on" \
                    and any(e.start == after + 1 for e in f[2].datasets) \
                    and any(e.start == g_after + 1 and e.end == i - 1 for e in f[2].datasets):
                f[3], f[4], f[5] = g[3], g[4], g[0]

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
    def _labelled_parts_in_brackets(toks, found):
        """ "reaches 48.5% accuracy (level 1: 62.3%, level 3: 26.9%)": figures labelled by a short name and a colon,
        in brackets right after a result, are its parts, in its measure."""
        words = toks.words
        for k in range(1, len(found)):
            f = found[k]
            i = f[0]
            if f[4] is not None or i < 4 or words[i - 1].text != ":":
                continue
            toks.read(i - 6, i)
            start = next((j for j in range(i - 2, max(0, i - 5) - 1, -1) if words[j].text in {"(", ","}), None)
            if start is None or start == i - 2 or not all(w.text.isalnum() for w in words[start + 1 : i - 1]):
                continue
            g = next((g for g in reversed(found[:k]) if g[0] < start), None)  # (not a figure of the label: "level 1")
            if g is None or g[4] is None or g[2] is not f[2] or g[1][2] != f[1][2]:
                continue
            g_end = toks.after[g[0]]
            if words[start].text == "(":
                # the brackets open right after the result: after its figure, or after its measure written there
                opened = g_end == start or g[3] is not None and start > 0 \
                    and toks.idx[start - 1] + len(words[start - 1].text) == g[3][1] and toks.idx[g[0]] < g[3][0]
            else:
                opened = g_end == start and g[5] is not None and words[g[0] - 1].text == ":"  # the item before
            if opened:
                f[3], f[4], f[5] = g[3], g[4], g[0]

    def _one_measure_before(self, toks, ents, first):
        """The measure named right before a tuple of figures, past "of", ":", "is" or "are" and an aside in brackets
        ("Average accuracy (buffer 2000): 71.5 / 40.8 / 82.3"): (its characters, its name), else None."""
        words = toks.words
        toks.read(first - 14, first)
        k = first - 1
        if k < 2 or words[k].lower_ not in {"of", ":", "is", "are", "="}:
            return None
        k -= 1
        if words[k].lower_ in {"scores", "score", "values", "value"}:
            k -= 1
        if words[k].text == ")":
            opening = next((j for j in range(k - 1, max(0, k - 8), -1) if words[j].text == "("), None)
            if opening is None:
                return None
            k = opening - 1
        measure = next((m for m in ents.metrics if m.end == k + 1), None)
        return ((measure.start_char, measure.end_char), self._metric_name(measure)) if measure is not None else None

    def _dataset_items_after_colon(self, toks, found):
        """ "Pass@1 accuracy of Arbalest with greedy decoding: MATH-500 88.6; AIME 2024 43.3; OlympiadBench 58.1": a
        figure written right after a dataset's name, in a list of such items that a colon opens, is in the measure
        named before the colon, on that dataset."""
        words = toks.words
        for f in found:
            i = f[0]
            if f[4] is not None or i < 3:
                continue
            ents = f[2]
            toks.read(i - 60, i)

            def item_start(end):
                """Where a named item that ends before token ``end`` starts: a dataset's or a method's name (or a
                method's: "Throughput (tokens/s per node): Nimbleshard 3,412; ZeRO-Infinity 1,655"), or a name the
                knowledge base does not know, in a list of methods' figures ("Sub-PCA 0.42, KShapeAD 0.40"), and
                a short aside in brackets after it ("MOMENT (FT) 0.39"); else None."""
                if end > 3 and words[end - 1].text == ")" and words[end - 3].text == "(" and words[end - 2].is_alpha:
                    end -= 3
                named = next((e for e in ents.datasets if e.end == end), None) \
                    or next((e for e in ents.methods if e.end == end), None)
                if named is not None:
                    return named.start
                w = words[end - 1] if end > 0 else None
                if w is not None and BASELINE_NAME.match(w.text) and not w.is_stop and w.figure is None \
                        and not any(m.start < end and m.end >= end for m in ents.metrics) \
                        and words[end - 2].text in {":", ";", ","}:
                    return end - 1
                return None

            start = item_start(i)
            if start is None:
                continue
            k = start - 1
            while k > 0 and start - k < 60 and words[k].text != ":":
                listed = item_start(k + 1)  # (its name first: "AIME 2024")
                if listed is not None:
                    k = listed - 1
                    continue
                w = words[k]
                if not (w.text in {";", ",", "and"} or w.figure is not None or w.text in UNITS):
                    break
                k -= 1
            if k <= 0 or words[k].text != ":":
                continue
            measure = next((m for m in reversed(ents.metrics) if m.end <= k), None)
            aside = ResultExtractor._aside_after(toks, measure.end, k) if measure is not None else 0
            if measure is None or k - measure.end > 12 or any(w.figure is not None or w.text in SENTENCE_PUNCT
                                                            for w in words[measure.end + aside : k]):
                continue  # ("Throughput (tokens/s per node):": the unit said in brackets)
            f[3], f[4] = (measure.start_char, measure.end_char), self._metric_name(measure)

    @staticmethod
    def _compact_metrics(toks, first, size):
        """ "ROUGE-1/2/L scores of 45.2/22.1/41.8", "R@1/5/10 of 50.1/75.2/83.3": one metric's variants written
        in one word before "(scores) of" the figures: (its characters, the names in order) or None."""
        words, doc = toks.words, toks.doc
        j = first - 1
        if j < 1 or words[j].lower_ not in {"of", "=", ":"}:
            return None
        j -= 1
        if words[j].lower_ in {"scores", "score"}:
            j -= 1
        end = j + 1
        while j > 0 and not doc[j - 1].whitespace_ and not words[j - 1].is_punct or j > 0 and words[j - 1].text == "/" \
                and not doc[j - 1].whitespace_:
            j -= 1
        text = toks.text[toks.idx[j] : toks.idx[end - 1] + len(words[end - 1].text)]
        found = COMPACT_VARIANTS.match(text)
        if found is None:
            return None
        names = [found.group(1) + v for v in [found.group(2)] + found.group(3).split("/")[1:]]
        return (toks.chars(j, end), names) if len(names) == size else None

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

    def _bare_scores(self, toks, found, sentences):
        """ "On MT-Bench the model scores 7.9", "while on AntMaze it scores 79.3": a figure a subject scores, with
        no metric of its own, is the score the abstract named last before it, else the score of the benchmark
        its sentence names."""
        words = toks.words
        for f in found:
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
            scores = [c for c in sentences.labelled("METRIC") if c[1] <= i]
            measures = list(map(toks.ent, scores))
            scores = [e for e in measures if e.canonical.lower().endswith("score")]
            if scores:
                f[3], f[4] = (scores[-1].start_char, scores[-1].end_char), self._metric_name(scores[-1])
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

    def _bare_shares_on_datasets(self, toks, found, sentences):
        """ "With GPT-4o as the reader, PageRelay reaches 47.5% on the same benchmark", "QuIP# reaches 6.19 on
        WikiText-2": a percentage (or a plain number) a subject reaches on a dataset, with no metric of its own,
        is in the measure of the last percentage (plain number) the abstract reported before it."""
        words = toks.words
        last = {}  # unit ("%" or None) -> the last figure in it with a metric
        bare = None  # the last figure read here as a bare share
        for f in found:
            i = f[0]
            unit = f[1][2]
            listed = bare is not None and bare[2] is f[2] and bare[1][2] == unit and f[4] is None
            if f[4] is not None:
                # (a share kept of a reference's figure is no score a method reaches)
                if unit in {"%", None} and f[3] is not None and f[4] not in COST_METRICS and i not in toks.kept:
                    last[unit] = f
                continue
            after = toks.after[i]
            if i < 2 or after >= toks.n:
                continue
            verb = words[i - 1].lower_
            if verb in {"and", ","} and words[after].lower_ in {"on", "in"} and (listed and bare[4] is None or unit == "%"):
                # "attains 35.2% on AIME 2024 and 82.4% on MATH500": a share listed after a bare one, with no
                # measure either, is in its own benchmark's measure; so is one listed after another result
                # ("scores 6.71 on MT-Bench, 0.12 below the 16-bit LoRA baseline, and 60.3% on MMLU")
                measure = self._measure_after(toks, f[2], after)[1]
                if measure is not None or listed and bare[4] is None:
                    f[4] = measure
                    continue
            if not (verb in BARE_SHARE_VERBS or verb == "to" and words[i - 2].lower_ in CHANGE_VERBS | {"improve"}
                    # a method improves to it ("EfficientNet-B0 students improve to 78.4%"), not a measure
                    # that rises ("frame removal rises to 71%")
                    and any(i - 9 <= e.end <= i - 2 for e in f[2].methods)):
                continue
            if words[after].lower_ not in {"on", "in"} and not (
                    unit == "%" and (words[after].text in {".", ",", ";"} or words[after].lower_ == "and")):
                continue  # ("At IPC 10 we obtain 44.1%.", "students improve to 72.6% and 78.4%, respectively")
            bare = f
            # the measure of the benchmark a plain figure is reached on, if the knowledge base knows one
            own = self._measure_after(toks, f[2], after)[1] if unit is None and words[after].lower_ in {"on", "in"} \
                else None
            if unit in last and own is not None and last[unit][4] != own:
                # "With DeBERTaV3-base it reaches 89.7 on MNLI": a benchmark the knowledge base knows one measure
                # for is reported in it, not in the score of another benchmark said before
                f[4] = own
            elif unit in last:
                f[4] = last[unit][4]  # (its metric is not written here: the dataset is found from the figure)
            elif unit is None and words[after].lower_ in {"on", "in"}:
                f[4] = own  # "achieving 54.2 on MMLU and 38.1 on ARC-Challenge": the benchmark's own measure, if any
            elif unit == "%":
                # no share reported before it: the measure the abstract named last, if it is one a share reports
                named = [toks.ent(c) for c in sentences.labelled("METRIC")]
                named = [e for e in named if e.canonical not in COST_METRICS and SHARE_MEASURE.search(e.canonical)]
                before = [e for e in named if e.end <= i]
                if before or named:
                    # else the one it names first after it: "PeekVL-7B reaches 81.3% on VQAv2, ... On the V* Bench,
                    # accuracy rises from 49.2% to 71.5%"
                    f[4] = self._metric_name(before[-1] if before else named[0])
                else:
                    # else the benchmark's own measure: "achieves 62.4% on SWE-bench Verified" is a resolve rate
                    f[4] = self._measure_after(toks, f[2], after)[1]

    @staticmethod
    def _bare_decibels(toks, found):
        """ "it reaches 33.21 dB", "adds 0.21 dB to IMDN", "0.23 dB higher than NAFNet": a figure in dB with no
        metric of its own is a gain where the words around it say so (an unnamed gain is an improvement,
        guideline decision 9), else a level in the measure of the abstract's last figure in dB."""
        words = toks.words
        last = gained = None
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
                f[3], f[4] = None, ResultExtractor._metric_name(named[0]) if named else "improvement"
                gained = f
            elif last is not None and (f[4] is not None or before in BARE_SHARE_VERBS):
                if last[2] is not f[2] and ResultExtractor._gain_said(toks, f[2], i) \
                        and not any(DECIBEL_MEASURE.search(e.canonical) for e in f[2].metrics):
                    # "Compared with SR-LUT, the gain on Manga109 reaches 1.46 dB": a gain whose sentence names
                    # no measure (decision 16)
                    f[3], f[4] = None, "improvement"
                else:
                    f[3], f[4] = None, last[4]

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

    def _respectively(self, toks, found, runs, sentences):
        """ "On METR-LA and PEMS-BAY, DynaST achieves an MAE of 3.19 and 1.71, (respectively,)
        compared with 3.53 and 1.95 for Graph WaveNet": figures listed together pair in order
        with the datasets listed together in their sentence."""
        paired = {}
        for run in runs:
            run = [found[k] for k in run]
            if len(run) == 2 and any(w.lower_ in {"vs", "vs.", "versus"}
                                                     for w in toks.words[run[0][0] : run[-1][0]]):
                continue  # "(3.62 vs 3.85 for the next best)": two methods on the same data
            ents = run[0][2]
            if ents.datasets:
                toks.read(ents.datasets[0].start - 3, ents.datasets[0].start)
            if ents.datasets and ents.datasets[0].end <= run[0][0] and any(
                    w.lower_ in {"averaged", "across"} for w in toks.words[max(0, ents.datasets[0].start - 3) : ents.datasets[0].start]) \
                    and not self._respectively_after(toks, run[-1][0]):
                # "Averaged over LibriSpeech test-clean, ..., TED-LIUM 3 and Common Voice 16, ... 8.1% and 7.4%" (but
                # "Across MT-Bench, HumanEval, GSM8K and Alpaca, ... 2.9x, 3.4x, 3.1x and 2.6x ..., respectively" pairs)
                continue
            lists = self._dataset_lists(toks, ents)
            # "0.312 and 0.284, versus 0.221 and 0.197": a list of figures may go round the datasets again
            match = [names for names in lists if len(run) % len(names) == 0]
            last = run[-1][0]
            # "by 58% on MIMIC-CXR and by 46% on CheXpert, while AUROC falls by 0.4 and 0.6 points, respectively":
            # the datasets named last before the figures, in the order named
            named = self._named_before(run[0][2], run[0][0], len(run))
            if named and (self._respectively_after(toks, last) or self._on_all_of(toks, run[0][0], len(run))) \
                    and not any(named[0] in names and len(names) > len(run) for names in lists) \
                    and not any(len(names) == len(run) > 2 and names[-1].end <= run[0][0] and named[-1].end > names[-1].end
                                and [e.start for e in named[:-1]] == [e.start for e in names[1:]] for names in lists):
                # (but a list of as many written as one, before another name: "On BC5CDR, NCBI-disease and JNLPBA
                # for NER and on ChemProt for relation extraction, it obtains F1 of 91.2, 89.7 and 81.3, respectively")
                # (not the last three of "Blood, ..., Heart, Income and Jungle) with 4, 16 and 64 shots ... 0.781,
                # 0.834 and 0.866, respectively": a longer list, over which each figure is averaged)
                match = [named]
            toks.read(run[0][0], last + 9)
            respectively = next((k for k in range(run[0][0], min(toks.n, last + 9)) if toks.words[k].lower_ == "respectively"),
                                None)
            # (a dataset named after "respectively" is another clause's: "..., respectively, and reaches an NDCG@20 of
            # 0.0741 on Amazon-Book")
            anchor = None if respectively is not None or run[0][2].datasets else self._counted_anchor(toks, last)
            if anchor is not None:
                # "Pebblequill reaches HitRatio@1 of 0.5621, 0.6035 and 0.5413 on the three datasets" after a sentence
                # that lists three: the list, in order, as "respectively" would pair it
                before = self._previous_sentence(toks, sentences, run[0][0])
                match = [names for names in self._dataset_lists(toks, before) if len(names) == anchor == len(run)] \
                    if before else []
                if match:
                    for k, (i, *_) in enumerate(run):
                        paired[i] = match[-1][k].canonical
                continue
            if respectively is not None and not any(names[0].start < respectively for names in lists) \
                    and not any(e.start < respectively for e in run[0][2].datasets) \
                    and not self._framed_by_pair(toks, run[0][0]):
                # "We evaluate on MovieLens-1M, Amazon Beauty, Amazon Sports and Yelp ... It improves NDCG@10 by
                # 11.4%, 9.8%, 13.1% and 7.2% on the four datasets, respectively": the list the sentence before names
                before = self._previous_sentence(toks, sentences, run[0][0])
                # (and "68.9, 61.4 and 80.2, respectively, 3.7, 5.2 and 1.1 points above ...": round the list again)
                match = [names for names in self._dataset_lists(toks, before) if len(run) % len(names) == 0
                         and len(names) > 1] if before else []
                if not match and before and len({e.canonical for e in before.datasets}) == len(run) > 1 \
                        and not self._listed_methods(toks, run[0][2], run[0][0]):
                    # "46.1 EM on HotpotQA, 58.9 EM on 2WikiMultiHopQA and 31.6 EM on MuSiQue. It exceeds IRCoT on
                    # all three (+0.8, +2.3 and +1.1 EM, respectively)": the datasets that sentence names, in order
                    match = [self._named_before(before, run[0][0], len(run))]
                if match:
                    for k, (i, *_) in enumerate(run):
                        paired[i] = match[-1][k % len(match[-1])].canonical
                continue
            # the list nearest before the figures, else the first after them in the same clause
            for names in match:
                toks.read(last, names[0].start)
            match = [names for names in match if names[-1].end <= run[0][0]
                     or not any(w.text in SENTENCE_PUNCT for w in toks.words[last : names[0].start])]
            if match:
                before = [names for names in match if names[-1].end <= run[0][0]]
                names = before[-1] if before else match[0]
                for k, (i, *_) in enumerate(run):
                    paired[i] = names[k % len(names)].canonical
        return paired

    def _measures_respectively(self, toks, found, paired):
        """ "On Seed-TTS test-en and Seed-TTS test-zh, NarraFlow obtains a WER of 1.52% and a CER of 1.09%
        respectively": results in different measures, listed right before "respectively", pair in order with as
        many datasets listed before them in their sentence."""
        def joins(a, b, gap):
            return b[4] is not None and 0 < len(gap) <= 6 and gap[0].lower_ in {"and", ","} \
                and not any(w.figure is not None or w.text in SENTENCE_PUNCT for w in gap)

        for run in self._runs_of(toks, found, joins):
            if len(run) < 2 or any(f[4] is None or f[0] in paired for f in run) or len({f[4] for f in run}) < len(run) \
                    or not self._respectively_after(toks, toks.after[run[-1][0]] - 1, reach=4):
                continue
            names = next((names for names in reversed(self._dataset_lists(toks, run[0][2]))
                          if len(names) == len(run) and names[-1].end <= run[0][0]), None)
            if names is None or any(e.start < run[-1][0] and e.end > names[-1].end for e in run[0][2].datasets):
                continue  # (no other dataset between the list and the figures)
            for f, e in zip(run, names):
                paired[f[0]] = e.canonical

    @staticmethod
    def _framing_units(toks, k):
        """The items a sentence opens with, counted, before token ``k``: "On the 19 tasks of VTAB-1k, ..." → tasks;
        else None."""
        words = toks.words
        toks.read(k - 20, k)
        for j in range(k - 1, max(1, k - 20), -1):
            if words[j].text in SENTENCE_PUNCT:
                return None
            if words[j].lower_ in EVALUATION_UNITS and words[j - 1].figure is not None \
                    and words[j - 2].lower_ == "the" and words[j - 3].lower_ in {"on", "across", "over", "of"}:
                return words[j].lower_
        return None

    @staticmethod
    def _counted_anchor(toks, last):
        """N where "on/across the N datasets" (or tasks, benchmarks, ...) follows the figures ending at token
        ``last``, within a few words and the same clause; else None."""
        toks.read(last, last + 8)
        words = toks.words
        for k in range(toks.after[last], min(toks.n - 3, last + 5)):
            w = words[k]
            if w.text in SENTENCE_PUNCT or w.text == ",":
                return None
            if w.lower_ in {"on", "across", "over"} and words[k + 1].lower_ == "the" \
                    and words[k + 3].lower_ in EVALUATION_UNITS:
                count = words[k + 2].lower_
                n = NUMBER_WORDS.get(count) or (float(count) if count.isdigit() else None)
                return int(n) if n else None
        return None

    @staticmethod
    def _listed_methods(toks, ents, i):
        """Whether methods are listed before token ``i`` in its sentence ("outperforms OPQ and JPQ by 4.6 and
        2.9 points, respectively"): what a "respectively" there pairs the figures with."""
        methods = [e for e in ents.methods if e.end <= i]
        for a, b in zip(methods, methods[1:]):
            toks.read(a.end, b.start)
            if b.start > a.end and all(w.lower_ in {"and", ",", "or"} for w in toks.words[a.end : b.start]):
                return True
        return False

    @staticmethod
    def _on_all_of(toks, i, n):
        """Whether the figures from token ``i`` are a bracket of ``n`` that follows "on all <n>" or "on each of the <n>":
        "..., 52.6 on MathVerse and 31.0 on MathVision, outperforming the GRPO baseline on all four (+2.1, +3.4, +4.8
        and +2.7)", one figure for each benchmark named, in order."""
        toks.read(i - 8, i)
        words = toks.words
        k = i - 1
        while k > 0 and words[k].text in {"+", "-", "−"}:
            k -= 1
        if k < 3 or words[k].text != "(":
            return False
        before = [w.lower_ for w in words[max(0, k - 5) : k]]
        return "on" in before and any(w in {"all", "each", "every"} for w in before) and (
            NUMBER_WORDS.get(before[-1]) == n or before[-1] in {"all", "them", "benchmarks", "datasets", "tasks"})

    @staticmethod
    def _framed_by_pair(toks, i):
        """Whether the sentence of token ``i`` opens on a frame that names two things of its own ("On real-robot
        drawer opening and cup stacking, ... 70% and 45%, respectively"): its figures pair with those, not with
        the datasets the sentence before lists."""
        words = toks.words
        if i < 2:
            return False
        toks.read(i - 30, i)
        k = i - 1
        while k > 0 and i - k < 30 and words[k - 1].text not in SENTENCE_PUNCT:
            k -= 1
        if words[k].lower_ not in {"on", "for", "across", "in"}:
            return False
        comma = next((j for j in range(k, i) if words[j].text == ","), None)
        return comma is not None and any(w.lower_ == "and" for w in words[k:comma])

    @staticmethod
    def _respectively_after(toks, last, reach=10):
        """Whether "respectively" closes the clause of the figures ending at token ``last``, within ``reach``
        words: "falls by 35% and 41% relative to Vocos, respectively"."""
        toks.read(last, last + reach)
        for w in toks.words[last + 1 : last + reach]:
            if w.lower_ == "respectively":
                return True
            if w.text in SENTENCE_PUNCT:
                return False
        return False

    @staticmethod
    def _previous_sentence(toks, sentences, i):
        """The entities of the sentence before the one that holds token ``i``, or None at the text's start."""
        start = Sentences._start(toks.text, toks.idx[i])
        if start == 0:
            return None
        k = start - 1
        while k > 0 and toks.text[k - 1] in ".?":
            k -= 1
        return sentences.ents_at(k - 1) if k > 0 else None

    @staticmethod
    def _named_before(ents, i, size):
        """The last ``size`` different datasets named in the sentence before token ``i``, in the
        order named, or None when fewer are named."""
        seen = []
        for e in reversed(ents.datasets):
            if e.end <= i and e.canonical not in {d.canonical for d in seen}:
                seen.append(e)
                if len(seen) == size:
                    return seen[::-1]
        return None

    @staticmethod
    def _dataset_lists(toks, ents):
        """Datasets of a sentence written as a list: "METR-LA and PEMS-BAY", "A, B and C"."""
        words = toks.words
        lists, current = [], []
        for e in ents.datasets:
            if current:
                toks.read(current[-1].end, e.start)
            # (names side by side with nothing between are a benchmark and its member, "OGB-LSC PCQM4Mv2",
            # "the Adroit pen-human-v1 task", no list: the figure is on the member, guideline decision 11)
            # (past an aside in brackets on the one before: "on Video-MME (w/o subtitles), MLVU and LongVideoBench")
            gap = current[-1].end + ResultExtractor._aside_after(toks, current[-1].end, e.start) if current else 0
            if current and (words[gap : e.start]
                            and all(t.lower_ in {"and", ",", "or", "the", "/"} for t in words[gap : e.start])
                            or ResultExtractor._part_of_next(words[current[-1].end : e.start])):
                current.append(e)
            else:
                if len(current) > 1:
                    lists.append(current)
                current = [e]
        if len(current) > 1:
            lists.append(current)
        return lists

    @staticmethod
    def _collection_of(toks, ents, first):
        """The dataset that a list of datasets starting with ``first`` is written as the members of: "the
        MoleculeNet classification tasks BACE, BBBP, ...", "the five FGVC datasets (CUB-200-2011, NABirds,
        ...)", "the cross-domain CDFSL benchmark with ChestX, ISIC, ...", else None."""
        before = [e for e in ents.datasets if e.end <= first.start and first.start - e.end <= 4]
        if not before:
            return None
        e = before[-1]
        toks.read(e.end, first.start)
        between = toks.words[e.end : first.start]
        if not between or not any(w.lower_ in COLLECTION_WORDS for w in between) \
                or not all(w.lower_ in COLLECTION_WORDS or w.text in {"(", ","} or w.is_alpha and w.is_lower
                           for w in between):
            return None
        return e

    @staticmethod
    def _part_of_next(between):
        """Whether the words between two listed datasets name a part of the next: "..., PubMedQA and the six
        clinical subsets of MMLU"."""
        if not 4 <= len(between) <= 8 or between[0].lower_ not in {"and", ",", "or"} or between[-1].lower_ != "of":
            return False
        k = 2 if between[0].text == "," and between[1].lower_ in {"and", "or"} else 1
        return between[k].lower_ == "the" and all(t.is_alpha and t.lower_ not in CLAUSE_WORDS for t in between[k + 1 : -1])

    @staticmethod
    def _outperforms(toks, i, reach=24, beats=False):
        """Whether "outperforms" or the like stands in the ``reach`` words before the figure (with ``beats``,
        "exceeds" and "beats" too)."""
        toks.read(i - reach, i)
        return any(t.lower_ in OUTPERFORM_WORDS or beats and t.lower_ in BEAT_WORDS
                   for t in toks.words[max(0, i - reach) : i])

    @staticmethod
    def _listed_by(toks, low, i, fig):
        """For a figure in a list of figures ("by 4.2 and 3.6 points", "by 5.4, 3.1 and 1.9 points"): the
        list's first figure and the unit written once at its end; else the figure itself and its own unit."""
        words = toks.words
        first = low
        while first >= 2 and words[first - 1].lower_ in {"and", ","} and (
                words[first - 2].figure is not None or first >= 3 and words[first - 2].text in UNITS
                and words[first - 3].figure is not None):
            first -= 2 if words[first - 2].figure is not None else 3
        unit = fig[2]
        if unit is None:
            unit = next((nxt[2] for nxt, _ in ResultExtractor._listed_after(toks, i) if nxt[2] is not None), None)
        return first, unit

    @staticmethod
    def _listed_after(toks, i):
        """The figures listed after the figure at ``i`` with "and" or ",", in order, each with the index just past
        it (``toks.after`` is set for every figure before its metric is asked for)."""
        words = toks.words
        k = toks.after[i]
        while k + 1 < toks.n and words[k].lower_ in {"and", ","}:
            nxt = toks.figure(k + 1)
            if nxt is None:
                return
            k = toks.after_unit(k + 1, nxt)
            yield nxt, k

    @staticmethod
    def _list_end(toks, i):
        """The index just past the list of figures that the figure at ``i`` is in ("2.1, 3.4 and 1.8 points")."""
        end = toks.after[i]
        for _, end in ResultExtractor._listed_after(toks, i):
            pass
        return end

    @staticmethod
    def _improves_over(toks, i, ents, reach=12):
        """ "it improves over the best baseline, FedLC, by 4.2 points": "improves" with "over", "on" or
        "upon" in the ``reach`` words before the figure, or "improves <a model> by", in a sentence that names
        no measure before it (else the gain is of that measure)."""
        if any(m.end <= i for m in ents.metrics):
            return False
        toks.read(i - reach, i)
        words = toks.words
        if any(t.lower_ in IMPROVE_VERBS and words[k + 1].lower_ in {"over", "on", "upon"}
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
    def _succeeds_in(toks, i):
        """The rate a share of successes reports, else None: "succeeds in 95% of trials", "solves 83%
        of tasks" (success rate); "resolves 46.8% of issues", SWE-bench's resolve rate."""
        words = toks.words
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
        return "resolve rate" if before in RESOLVE_VERBS else None

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
        possessive = next((j for j in range(start, min(start + 5, toks.n)) if words[j].text in {"'s", "’s"}), None)
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
                name = ResultExtractor._metric_name(toks.ent(named)).split()
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
        on, measure = self._measure_after(toks, ents, k) if words[k].lower_ in {"on", "in"} else (None, None)
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
        before = words[max(0, i - 12) : i - 1]
        return i > 0 and words[i - 1].lower_ == "in" and (
            any(w.lower_.startswith("prefer") for w in before)
            or any(w.lower_ == "comparisons" for w in words[i + 1 : i + 6])  # "rated ... more readable in 79% of pairwise comparisons"
            or any(w.lower_ in {"judged", "rated"} for w in before) and any(w.lower_ in {"more", "better"} for w in before))

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
    def _joined_runs(toks, found):
        """Figures listed together in one sentence ("3.19 and 1.71", "2.47, 0.33"), as runs of
        indices into ``found``: at most three coordinating words between neighbours. Only
        runs of two figures or more, which the rules that read them ask for."""
        if not found:
            return []
        words = toks.words
        runs, run = [], [0]
        for k in range(1, len(found)):
            a, b = found[k - 1], found[k]
            lo, hi = toks.after[a[0]], b[0]
            if a[2] is b[2] and hi - lo <= 3 and all(t.lower_ in COORDINATION for t in words[lo:hi]):
                run.append(k)
            else:
                if len(run) > 1:
                    runs.append(run)
                run = [k]
        if len(run) > 1:
            runs.append(run)
        return runs

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
                   or w.lower_ in {"par", "matching", "matches", "comparable", "close", "below", "behind"} for w in between) \
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
                    or any(w.text in SENTENCE_PUNCT for w in words[model[0] : opening]):
                continue
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
    def _in_tuple(toks, f):
        """Whether the figure stands in a bracket of three or more unitless figures after a name, one per measure:
        "WavTokenizer (3.91, 2.37, 0.80)"."""
        words, i = toks.words, f[0]
        toks.read(i - 8, i + 8)
        p = i - 1
        while p > 1 and (words[p].text == "," or words[p].figure is not None):
            p -= 1
        if p < 1 or words[p].text != "(" or not words[p - 1].text[:1].isupper():
            return False
        count, k = 0, p + 1
        while k < toks.n and (words[k].figure is not None or words[k].text == ","):
            if words[k].figure is not None:
                if k + 1 < toks.n and words[k + 1].text in UNITS:
                    return False  # figures with units are a baseline's pair of measures ("(77.4%, 1.0 ms)")
                count += 1
            k += 1
        return count >= 3 and k < toks.n and words[k].text == ")"

    @staticmethod
    def _baseline_tuples(toks, found):
        """ "78.9% top-1 accuracy at 1.1 ms, outperforming MobileOne-S2 (77.4%, 1.0 ms) and FastViT-T8 (76.2%,
        0.9 ms)": figures in brackets after a method it is compared with, one per measure, are that method's
        figures of the measures reported before in the same units, in the order of the brackets."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[3] is not None or k == 0:
                continue
            # the bracket's opening: right before the figure, or before the figures listed before it in it
            p, j = i - 1, k
            while p > 0 and words[p].text == "," and j > 0 and toks.after[found[j - 1][0]] == p \
                    and found[j - 1][2] is f[2]:
                j -= 1
                p = found[j][0] - 1
            if p < 1:
                continue
            close = toks.after[i]
            while close < toks.n and words[close].text == "," and any(g[0] == close + 1 for g in found[k + 1 : k + 3]):
                close = toks.after[close + 1]
            if words[p].text != "(" or close >= toks.n or words[close].text != ")" or j == k and close == toks.after[i] \
                    or not (any(e.label_ == "METHOD" and e.end == p for e in f[2])
                            or ResultExtractor._in_tuple(toks, f) and BASELINE_NAME.match(words[p - 1].text)):
                continue  # (a name the knowledge base lacks, "BigCodec (3.96, 2.59, 0.84)", before a tuple of three)
            # the bracket's figures, and as many figures just before it: "a UTMOS of 4.05, a PESQ of 2.71 and a
            # speaker similarity of 0.86, surpassing WavTokenizer (3.91, 2.37, 0.80)" pairs them in order, one
            # measure each, when the units agree
            inside = [g for g in found[j:] if p < g[0] < close and g[2] is f[2]]
            before = [g for g in found[:j] if g[2] is f[2]][-len(inside):] if len(inside) > 1 else []
            if len(before) == len(inside) and all(g[4] is not None and g[1][2] == h[1][2] for g, h in zip(before, inside)) \
                    and len({g[4] for g in before}) == len(before):
                model = before[inside.index(f)] if f in inside else None
            else:
                model = next((g for g in reversed(found[:j]) if g[2] is f[2] and g[4] is not None and g[1][2] == f[1][2]),
                             None)
            if model is None:
                continue
            between = words[toks.after[model[0]] : p]
            if any(w.text in SENTENCE_PUNCT for w in between):
                continue
            if model[5] is None and not any(w.lower_ in OUTPERFORM_WORDS or w.lower_ in CONTRASTS for w in between):
                continue
            f[3], f[4], f[5] = model[3], model[4], model[0]

    @staticmethod
    def _compared_durations(toks, found):
        """ "takes 19 minutes on 32 CPU cores, against 3.1 days for HIVE-COTE 2.0": a duration set against one
        reported before it in its sentence is the baseline's figure of the same time (``_compared_duration``)."""
        for b in found:
            if b[4] is None and b[1][2] is None and ResultExtractor._compared_duration(toks, b[0]):
                a = next((g for g in reversed(found) if g[0] < b[0] and g[2] is b[2] and g[4] is not None
                          and (g[1][2] is None and ResultExtractor._time_words(toks, g[0], g[1])
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
        of" a baseline, after a comma, is in the measure just reported."""
        words = toks.words
        for a, b in zip(found, found[1:]):
            after = toks.after[b[0]]
            if b[4] is None and b[3] is None and a[4] is not None and a[2] is b[2] and b[1][2] == "×" \
                    and after + 1 < toks.n and words[after].lower_ in {"that", "those"} and words[after + 1].lower_ == "of" \
                    and b[0] > 0 and words[b[0] - 1].text == "," \
                    and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : b[0]]):
                b[4] = a[4]

    @staticmethod
    def _figures_of_a_baseline(toks, found):
        """ "attains an MRR@10 of 30.2 there, better than the 21.8 of DSI", "its FID of 2.31 improves on the 2.54
        of DiT-XL/2": "the" figure "of" a named method, after a figure of a named measure in the same unit and
        sentence, is that method's figure of the measure (on the same dataset)."""
        words = toks.words
        for k, b in enumerate(found):
            i = b[0]
            if b[4] is not None or b[3] is not None or i < 1 or words[i - 1].lower_ != "the":
                continue
            after = toks.after[i]
            if after + 1 >= toks.n or words[after].lower_ != "of" \
                    or not any(e.start == after + 1 for e in b[2].methods):
                continue
            a = next((g for g in reversed(found[:k]) if g[2] is b[2] and g[4] is not None), None)
            if a is not None and a[1][2] == b[1][2] \
                    and not any(w.text in SENTENCE_PUNCT for w in words[toks.after[a[0]] : i]):
                b[3], b[4], b[5] = a[3], a[4], a[0]

    @staticmethod
    def _comparatives_of_previous(toks, found):
        """ "Action sampling takes 0.3 ms, 40x less than Diffusion-QL", "Encoding throughput is 2,300 passages
        per second, 14 times higher than the teacher": a multiple or share with a bare comparative, in the
        clause after another figure, compares that figure's measure (a smaller one is its reduction)."""
        words = toks.words
        for a, b in zip(found, found[1:]):
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
                    or any(a[0] < f[0] < b[0] for f in found) \
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
    def _same_unit_metrics(toks, found):
        """ "a PSNR of 30.1 dB and an rFVD of 42, compared with 29.6 dB and an rFVD of 67": a figure
        left without a metric, in a unit of its own (dB, ms, GB), compares with the last figure of
        its sentence in that unit."""
        words = toks.words
        for k, f in enumerate(found):
            if f[4] is not None or f[1][2] in {None, "points"}:
                continue
            if f[1][2] == "%" and not ResultExtractor._respectively_after(toks, f[0]):
                continue  # (a share compares so only in a list closed by "respectively": "while Cal-QL and RLPD
                # reach 81% and 86%, respectively")
            model = next((g for g in reversed(found[:k]) if g[2] is f[2] and g[1][2] == f[1][2] and g[4] is not None), None)
            # "2.4x faster than FP16 ... and model memory shrinks by 3.5x": a clause of its own measure
            if model is not None and any(w.lower_ in CONTRASTS for w in words[model[0] : f[0]]) \
                    and not any(w.lower_ in SIZE_VERBS for w in words[model[0] : f[0]]):
                f[3], f[4], f[5] = model[3], model[4], model[0]

    def _listed_metrics(self, toks, found, runs):
        """ "RMSE and accuracy are 0.441 and 73.9%, respectively": as many figures listed together
        as metrics listed just before them pair with the metrics in order."""
        words = toks.words
        for run in runs:
            size, first = len(run), found[run[0]]
            before = [e for e in first[2].metrics if e.end <= first[0]]
            if len(before) < size:
                continue
            names = before[-size:]
            toks.read(names[0].start, first[0])
            if not all(w.lower_ in LIST_LINKS for w in words[names[-1].end : first[0]]) \
                    or not all(all(w.lower_ in {"and", ",", "/"} for w in words[a.end : b.start]) and b.start > a.end
                               for a, b in zip(names, names[1:])) \
                    or len({e.canonical for e in names}) < size:
                continue
            for k, e in zip(run, names):
                found[k][3], found[k][4] = (e.start_char, e.end_char), self._metric_name(e)

    def _mirrored(self, toks, found, runs):
        """ "an AUROC of 0.902 on CHB-MIT and 0.874 on Siena, versus 0.811 and 0.769 for BIOT": figures
        listed together after a comparison answer, in order, as many figures of the same metrics
        just before them; returns each one's counterpart (token index to token index)."""
        words = toks.words
        mirrored = {}
        for run in runs:
            size, first = len(run), run[0]
            if first < size:
                continue
            models = found[first - size : first]
            if any(m[2] is not found[first][2] or m[4] is None for m in models):
                continue
            lo, hi = toks.after[models[-1][0]], found[first][0]
            # "68.4% on A, 61.2% on B and 57.9% on C, outperforming MAPPO by 9.1, 7.4 and 11.0 points"
            by_margins = hi - lo <= 8 and words[hi - 1].lower_ == "by" \
                and any(t.lower_ in SURPASS_WORDS for t in words[lo:hi]) \
                and not any(t.text in SENTENCE_PUNCT for t in words[lo:hi])
            end = toks.after[found[run[-1]][0]]
            toks.read(end, end + 1)
            # "71.8% on sWUGGY and 63.5% on sBLIMP, 2.4 and 1.9 points above the same model trained on ...":
            # the margins say after them what they are
            margins_after = hi - lo <= 6 and end < toks.n and words[end].lower_ in {
                "above", "below", "ahead", "higher", "lower", "better", "worse", "over"}
            if any(found[k][4] != m[4] for k, m in zip(run, models)):
                # (margins that took the last measure's name by nearness, "a mean AUROC of 87.6 and a mean AUPRC of
                # 52.9, exceeding DTE by 2.4 and 4.1 points", answer the measures in order all the same)
                by_nearness = len({m[4] for m in models}) == len(models) \
                    and all(found[k][4] == models[-1][4] and found[k][1][2] in {m[1][2], None, "points"}
                            for k, m in zip(run, models))
                if not ((by_margins or margins_after) and (all(found[k][3] is None and found[k][4] is None for k in run)
                                                           or by_nearness)):
                    continue
                for k, model in zip(run, models):
                    # "Recall@20 of 0.0739, 0.0541 and 0.1912, exceeding XSimGCL by 2.1%, 4.0% and 1.3%": each margin
                    # is in its counterpart's measure
                    found[k][3], found[k][4] = model[3], model[4]
            # "71.4% on GSM8K and 38.9% on MATH, gains of 5.2 and 6.7 points over SFT": the gains answer in order too
            # (", while DP-SGD with a global threshold attains 91.2% and 85.3%": a clause of its own that a
            # method reaches them in may stand farther, within its sentence)
            if not (hi - lo <= 12 and any(t.lower_ in CONTRASTS or t.lower_ in GAIN_WORDS for t in words[lo:hi])
                    or margins_after
                    or hi - lo <= 30 and words[hi - 1].lower_ in REPORT_VERBS
                    and any(t.lower_ in {"while", "whereas"} for t in words[lo:hi])
                    and not any(t.text in SENTENCE_PUNCT for t in words[lo:hi])
                    or by_margins):
                continue
            for k, model in zip(run, models):
                mirrored[found[k][0]] = model[0]
        return mirrored

    def _parallel_metrics(self, toks, found, runs):
        """ "a PSNR of 26.1 dB and an SSIM of 0.871, compared with 23.9 dB and 0.849 for
        Retinexformer": figures joined without their metrics take, in order, the metrics of
        as many figures just before them, when those name different metrics."""
        words = toks.words
        for run in runs:
            tail = [k for k in run if found[k][4] is None]
            if tail and len(tail) < len(run) and tail == run[len(run) - len(tail):] and any(
                    w.lower_ in CONTRASTS for w in words[toks.after[found[tail[0] - 1][0]] : found[tail[0]][0]]):
                run = tail  # "an F1 of 0.836, versus 80.1% and 0.792 for HetLoRA": the list set against the figures before
            size, first = len(run), run[0]
            # ("a driving score of 71.8 and a success rate of 48.2%, improvements of 8.6 and 9.1 points over VAD": gains
            # listed after as many measures are each in its measure, decision 16)
            gains = size > 1 and found[first][4] == "improvement" and all(found[k][4] in {None, "improvement"} for k in run)
            if first < size or any(found[k][4] is not None for k in run) and not gains:
                continue
            models = found[first - size : first]
            metrics = [m[4] for m in models]
            if gains and (None in metrics or len(set(metrics)) < size):
                continue
            if None in metrics or len(set(metrics)) < size:
                # "a perplexity of 23.3, 19.8 and 15.4 at 130M, 350M and 1.3B, compared with 25.1, 19.6 and 15.3
                # for AdamW": one measure, figure by figure, for a baseline named after the list, in the same
                # units, past the settings between
                last = toks.after[found[run[-1]][0]]
                if last >= toks.n or words[last].lower_ != "for":
                    continue
                models = [m for m in found[:first] if m[4] is not None][-size:]
                if len(models) < size or len({m[4] for m in models}) != 1 \
                        or any(found[k][1][2] != m[1][2] for k, m in zip(run, models)):
                    continue
            if any(m[2] is not found[first][2] for m in models):
                continue
            lo, hi = toks.after[models[-1][0]], found[first][0]
            # "... 25.1, 19.6 and 15.3 for AdamW and 26.9, 21.4 and 16.8 for GaLore": the next baseline's list
            for_next = words[lo].lower_ == "for" and words[hi - 1].lower_ == "and" and all(m[5] is not None for m in models)
            reach = 12 if models[-1] is found[first - 1] else 20  # (settings skipped between are words too)
            if hi - lo > reach or not for_next and not any(t.lower_ in COMPARISON or gains and t.lower_ in GAIN_WORDS
                                                           for t in words[lo:hi]):
                continue
            for k, model in zip(run, models):
                found[k][3], found[k][4], found[k][5] = model[3], model[4], model[0]

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
                    or ResultExtractor._in_runs(toks, k):
                count += 1
        return count

    @staticmethod
    def _dataset_words(toks, start, end, ents):
        """How many words from ``start`` to ``end`` the datasets of a list take beyond one each, with the asides in
        brackets that say what they test: "its accuracy on Llama Questions and Web Questions is", "speedups on HumanEval
        (code generation) and GSM8K (mathematical reasoning) are" keep their measure as one-word names would."""
        inside = [e for e in ents.datasets if start <= e.start and e.end <= end]
        if len(inside) < 2:
            return 0  # (a list of datasets the measure is given over, not "55.0 AP on COCO val2017, respectively, at 2.9")
        return sum(e.end - e.start - 1 + ResultExtractor._aside_after(toks, e.end, end) for e in inside)

    @staticmethod
    def _aside_after(toks, k, end):
        """The length of a bracket without figures that opens at word ``k`` and closes before ``end``, else 0."""
        words = toks.words
        toks.read(k, min(end, k + 8))
        if k >= end or words[k].text != "(":
            return 0
        for j in range(k + 1, min(end, k + 8)):
            if words[j].text == ")":
                return j + 1 - k
            if words[j].figure is not None or words[j].text == "(":
                return 0
        return 0

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
        return (i > 0 and words[i - 1].lower_ == "from" and after + 1 < toks.n
                and words[after].lower_ == "to" and words[after + 1].figure is not None)

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
            if any(names[0] is ents.datasets[0] for names in ResultExtractor._dataset_lists(toks, ents)):
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
            k = i - 1
            while k > i - 4 and k > 0 and words[k].lower_ in COUNT_HEDGES:
                k -= 1  # "passes more than 5 of the 68 tasks"
            if words[k].lower_ in COUNT_VERBS and not (COUNT_VERBS[words[k].lower_] == "completed"
                                                       and ResultExtractor._trials_count(toks, i, after + 1)):
                # (but "completes 17 of 20 trials" counts successful trials, decision 12)
                return _counted(toks, after, COUNT_VERBS[words[k].lower_])  # "solves 112 of 580 Java and TypeScript issues"
            if words[k].lower_ in REPORT_VERBS:
                j = after + 1 + (words[after + 1].lower_ in {"the", "all"})
                j = toks.after_unit(j, toks.figure(j)) if toks.figure(j) is not None else j
                if j < toks.n and words[j].lower_ in OUTCOME_NOUNS:
                    return words[j].lower_  # "achieve 17 of 20 successes on mug hanging"
        if verb in {"in", "on"} and unit is None and of_total and words[i - 2].lower_ in OUTCOME_VERBS \
                and not ResultExtractor._trials_count(toks, i, after + 1):
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
                items = ResultExtractor._framing_units(toks, k)
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
        elif k is not None and i > 0 and words[i - 1].lower_ == "within":
            pass  # "within 1.1 points of a fully supervised model" is how far behind, not a share
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
            reach = 5 if any(w.text in {"'s", "’s"} for w in words[k : k + 5]) else 3
            if not toks.metric_starts_within(k, k + reach):
                return True
        elif after and (after[0] in SETTING_WORDS or (len(after) > 1 and after[0] in UNITS and after[1] in SETTING_WORDS)) \
                and not (after[0] in TIME_WORDS and self._change_start(toks, i) is not None) \
                and not (words[i + 1].text == "K" and "." in words[i].text and (len(after) == 1 or not after[1].isalpha()
                                                                              or after[1] in KELVIN_FOLLOWERS)) \
                and not (len(after) > 1 and (after[1] in {"per", "/"} or after[0] in {"million", "billion", "thousand"}
                                             and i + 3 < toks.n and words[i + 3].lower_ in {"per", "/"})
                         and i > 0 and words[i - 1].lower_ in LINKS) \
                and not (i > 1 and words[i - 1].lower_ in {"of", "is", "was"}
                         and any(c[1] == i - 1 and c[2] == "METRIC"
                                 or c[1] == i - 2 and words[i - 2].text == ")" and c[2] == "METRIC" for c in toks.found)) \
                and not (after[0] in UNITS and (self._set_against(toks, i) or i > 1 and words[i - 1].lower_ == "to"
                                                and words[i - 2].lower_ in CHANGE_VERBS)):
            # "with 24 views", though "the mean acceptance length is 3.9 tokens per step" is a rate, and "an average
            # acceptance length of 5.12 tokens" the measure's value, as "a relative translation error (RTE) of 5.8 cm"
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
                and not any(c[1] == i and (c[2] == "DATASET" or c[2] == "METRIC" and not (
                    c[0] > 0 and words[c[0] - 1].lower_ == "at")) for c in toks.found) \
                and not self._listed_item(toks, i):
            # ("and on Weather 0.219,", "attains AbsRel 0.118 and δ1 0.872": a figure after a dataset or a measure,
            # but not one a result is read at, "19.6 R@1 at IoU 0.3, which")
            return True  # "19.3% for pyannote.audio 3.1 and ...": a version after a software name
        if i > 0 and words[i - 1].lower_ in {"fixed", "budget", "target", "targeting"}:
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
        last = None  # the metric that ends last before the figure (the first of those that end there)
        for e in metrics:
            if e.end <= i and (last is None or e.end > last.end):
                last = e
        if last is not None and last.start - 1 in toks.settings:
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
                                             or len(gap) <= 5 and gap[0].lower_ == "of" and gap[-1].lower_ in {"'s", "’s"}
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

    @staticmethod
    def _in_dataset_parenthesis(toks, ents, k, end):
        """Whether token ``k`` (a comma) is inside brackets just after a dataset's name, closed before
        ``end``: "accuracy on Video-MME (long, without subtitles) from 52.8% to 58.1%"."""
        words = toks.words
        if words[k].text != ",":
            return False
        toks.read(k - 5, min(end, k + 6))  # (the words either side, which the phrase read before need not hold)
        opening = next((j for j in range(k - 1, max(0, k - 5), -1) if words[j].text in {"(", ")"}), None)
        return opening is not None and words[opening].text == "(" and any(e.end == opening for e in ents.datasets) \
            and any(words[j].text == ")" for j in range(k + 1, min(end, k + 6)))

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
                f = j - 2 if j - 2 > lo and (words[j - 1].text in UNITS or words[j - 1].lower_ in TIME_WORDS) \
                    and words[j - 2].figure is not None else j - 1
                p = f - 2 if f > lo + 1 and words[f - 1].text in {"~", "≈"} else f - 1  # "from ~12 minutes with ..."
                if f > lo and words[f].figure is not None and p >= lo and words[p].lower_ == "from" \
                        and all(w.is_alpha or w.text in {"-", "."} or any(c.isdigit() for c in w.text)
                                for w in words[j + 1 : k + 1]):
                    return f
                return None
            if words[j].figure is not None or words[j].is_punct and words[j].text not in {"-", "."}:
                return None
        return None

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
        start = ResultExtractor._clause_start(toks, i, lo)
        if start == lo and start > 0:
            return None  # the clause's start is too far to tell
        found = ResultExtractor._gerund_at(toks, start, i)
        if found is None and start > 1 and words[start - 1].text == ",":
            # "Generating a 15-day, 50-member ensemble takes 6 minutes": a comma within the clause's subject;
            # only a verb of making opens it then
            first = ResultExtractor._clause_start(toks, start - 1, lo)
            if first > lo or first == 0:
                opening = ResultExtractor._gerund_at(toks, first, start - 1)
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
        start = ResultExtractor._clause_start(toks, i, lo)
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
        verb = ResultExtractor._timed_verb(toks, i)
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
        verb = ResultExtractor._timed_verb(toks, i)
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
    def _while_cheaper(toks, ents, i, fig):
        """Whether a figure says by how much less a method costs in a "while using/requiring/being ..." clause
        that names no dataset of its own: what the run costs, not a score on the sentence's dataset."""
        words = toks.words
        k = toks.after[i]
        if fig[2] not in {"%", "×"} or k >= toks.n or words[k].lower_ not in SMALLER_WORDS | {"faster", "cheaper"}:
            return False
        j = i - 1
        while j > max(0, i - 6) and words[j].lower_ not in {"while", ","}:
            j -= 1
        if words[j].lower_ != "while" or j + 1 >= i or words[j + 1].lower_ not in {
                "using", "requiring", "needing", "consuming", "being"}:
            return False
        return not any(e.start > i and e.start - k <= 6 for e in ents.datasets)

    @staticmethod
    def _cost_past_anothers_dataset(toks, ents, i, metric, dataset, found):
        """Whether a cost figure (a time, memory, speed, size) takes its dataset from a score said of it before:
        "an FID of 5.9 on MJHQ-30K and a throughput of 2.8 images per second on an A100", "an overall
        GenEval score of 0.71, ..., yet its per-image latency is 1.6 s": the dataset is the score's, and the
        cost is the run's. Not when the sentence opens on the dataset ("On SIDD, ... at 17.3 GMACs"), nor
        when the cost goes with the score ("at 128 FPS", "with a decoding time of 46 ms", "(53.0 AP, 114 FPS)")."""
        if not is_cost(metric):
            return False
        words = toks.words
        toks.read(i - 6, i)
        for w in reversed(words[max(0, i - 6) : i]):
            if w.lower_ in {"at", "with", "("}:
                return False
            if w.is_punct and w.text != "-":
                break
        if any(w.text == "(" for w in words[max(0, i - 6) : i]) and not any(w.text == ")" for w in words[max(0, i - 6) : i]):
            return False
        e = next((e for e in reversed(ents.datasets) if e.end <= i and e.canonical == dataset), None)
        if e is None or i - e.end <= 2:
            return False  # ("the speed-up on HumanEval reaches 4.8× and on GSM8K 4.3×": its own)
        toks.read(e.start - 4, e.end + 2)
        # the score said on it: "an FID of 5.9 on MJHQ-30K" (not a cost: "Training completes in 4 minutes on X")
        scored = any(f[0] < e.start and e.start - toks.after[f[0]] <= 3 and f[2] is ents and f[4] is not None
                     and not is_cost(f[4])
                     for f in found if f[0] in toks.after) and words[e.start - 1].lower_ in {"on", "in", "the"}
        named = e.end < toks.n and (words[e.end].lower_ in {"score", "scores"} or toks.metric_starts_within(e.end, e.end))
        return scored or named

    @staticmethod
    def _framed(toks, ents, dataset):
        """Whether the sentence opens on a phrase that names the dataset and ends in a comma ("On Urban100,
        ...", "Pretraining a LLaMA-1B model on 20B tokens of C4, ...", "On variable-length batches drawn from
        the Tulu 3 SFT mixture, ..."): a frame over every figure of the sentence (guideline decision 11)."""
        e = next((e for e in ents.datasets if e.canonical == dataset), None)
        if e is None:
            return False
        toks.read(e.start - 16, e.end + 8)
        words = toks.words
        k = e.start - 1
        while k >= 0 and e.start - k <= 16 and words[k].text not in SENTENCE_PUNCT and words[k].text != ",":
            k -= 1
        if e.start - k > 16 or k >= 0 and words[k].text == ",":  # (the word 17 back is not read)
            return False  # a comma before the name: it is not in the opening phrase
        opener = words[k + 1].lower_ if k + 1 < e.start else None
        if opener not in FRAME_OPENERS:
            return False
        comma = next((j for j in range(e.end, min(toks.n, e.end + 8)) if words[j].text == ","), None)
        # (not "Training on Electricity takes 4 minutes on one GPU, and ...": the phrase was the clause's subject)
        return comma is not None and not any(w.lower_ in CLAUSE_VERBS or w.lower_ in FRAME_ENDING_VERBS
                                             for w in words[e.end : comma])

    @staticmethod
    def _cost_in_another_clause(toks, ents, i, metric, dataset):
        """Whether a cost figure stands in a clause of its own, joined by "and", "while", "yet" or "making it"
        after the clause that names the dataset, and no frame covers the sentence: "End-to-end inference on
        DocVQA is 2.9x faster and peak GPU memory falls from 38 GB to 17 GB" (guideline decision 11)."""
        if not is_cost(metric):
            return False
        e = next((e for e in reversed(ents.datasets) if e.end <= i and e.canonical == dataset), None)
        if e is None:
            return False
        words = toks.words
        toks.read(e.end, i)
        between = words[e.end : i]
        joined = None
        for k, w in enumerate(between):
            if w.lower_ in {"while", "whereas", "yet", "making"}:
                joined = k
            elif w.lower_ == "and" and any(v.lower_ in CLAUSE_VERBS for v in between[k + 1 :]):
                joined = k
        if joined is None or any(f.figure is not None and between[k - 1].lower_ != "from"
                                 for k, f in enumerate(between[joined + 1 :], joined + 1)):
            return False  # (a starting point is the figure's own: "falls from 38 GB to 17 GB")
        return not ResultExtractor._framed(toks, ents, dataset)

    @staticmethod
    def _after_paired(toks, ents, i, found, paired):
        """Whether a figure follows figures of its sentence that are each on one of several datasets
        ("respectively"), and no dataset is named since: "On A, B, C and D, X reaches 90.2%, 86.5%,
        74.1% and 70.8%, respectively, improving over JTT by 4.2 points on average" sums them up, over
        them all (guideline decision 11), not over the last one alone."""
        earlier = [j for j, _, s, *_ in found if s is ents and j < i and j in paired]
        if len({paired[j] for j in earlier} - {None}) < 2:
            return False
        last = max(earlier)
        return not any(last < e.start < i for e in ents.datasets) and not ResultExtractor._named_after(toks, ents, i)

    @staticmethod
    def _averaged_over_several(toks, ents, i):
        """Whether an average comes after a parenthesis or a relative clause that lists several datasets, and so is
        over them all, not the last one's (guideline decision 11): "In the three-degradation setting
        (denoising on BSD68, deraining on Rain100L and dehazing on SOTS-Outdoor), DegraMoE achieves
        an average PSNR of 33.46 dB"."""
        words = toks.words
        toks.read(i - 6, i + 6)
        if not any(w.lower_ in {"average", "averaged", "mean"} for w in words[max(0, i - 6) : i] + words[i + 1 : i + 6]):
            return False
        before = [e for e in ents.datasets if e.end <= i]
        if len(before) < 2 or ResultExtractor._named_after(toks, ents, i):
            return False
        last = before[-1]
        # (back to the word before a "which" that opens a clause ending in the second-last dataset, too)
        toks.read(max(0, min(last.start - 40, before[-2].start - 13)), i)
        close = next((k for k in range(last.end, i) if words[k].text == ")"), None)
        if close is None:
            # "In the harder five-degradation setting, which adds deblurring on GoPro and low-light enhancement on
            # LOL, it reaches 31.08 dB/0.914 in average PSNR/SSIM": the datasets a relative clause lists
            which = next((k for k in range(before[-2].start - 1, max(0, before[-2].start - 12), -1)
                          if words[k].lower_ in {"which", "that"}), None)
            comma = next((k for k in range(last.end, i) if words[k].text == ","), None)
            return which is not None and words[which - 1].text == "," and comma is not None \
                and not any(w.text in SENTENCE_PUNCT for w in words[which : i])
        opening = next((k for k in range(last.start - 1, max(-1, last.start - 40), -1) if words[k].text == "("), None)
        if opening is None:
            return False
        members = [e for e in before if opening < e.start and e.end <= close]
        # (not the members of a collection named before them: "On the five FGVC datasets (CUB-200-2011, NABirds,
        # ...), it obtains 90.8% on average" is on FGVC)
        return len(members) >= 2 and ResultExtractor._collection_of(toks, ents, members[0]) is None

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
        plain = [words[k] for k in range(cop - len(between), cop) if k not in named
                 and not (words[k].lower_ in {"and", ",", "or"} and k + 1 in named and k - 1 in named)
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
                    and not ResultExtractor._links(toks, k, ents):
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
        if ResultExtractor._in_runs(toks, k):
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
        if any(e.end <= k < e.end + ResultExtractor._aside_after(toks, e.end, k + 8) for e in ents.datasets):
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
            head = singular(metric.text) if metric.text.lower() in PLURAL_HEADS else metric.text
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

    @staticmethod
    def _range_low(toks, i):
        k = ResultExtractor._range_low_at(toks, i)
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

    @staticmethod
    def _named_after(toks, ents, i):
        """Whether a dataset is named right after the figure ("6.1% on test-other", "38.7% of SWE-bench Lite")."""
        words = toks.words
        if ResultExtractor._share_of_dataset(toks, ents, i) is not None:
            return True
        if any(e.label_ == "DATASET" and 0 < e.start - i <= 4
               and any(t.lower_ in {"on", "in", "across", "for"} for t in words[i + 1 : e.start])
               and not any(t.text in SENTENCE_PUNCT for t in words[i + 1 : e.start]) for e in ents):  # "...; on B"
            return True
        # "and 65.2% for InternLM2.5-StepProver on miniF2F-test": past the method the figure is for
        k = toks.after[i] if i in toks.after else i + 1
        if k + 2 < toks.n and words[k].lower_ == "for":
            method = next((e for e in ents.methods if e.start == k + 1), None)
            if method is not None and method.end + 1 < toks.n and words[method.end].lower_ in {"on", "in"}:
                return any(e.start == method.end + 1 for e in ents.datasets)
        return False

    @staticmethod
    def _in_brackets_after(words, k, i):
        """Whether figure ``i`` stands inside the brackets that open at word ``k`` ("BBH (68.9 vs. 66.3)")."""
        return k < i and words[k].text == "(" and not any(w.text == ")" for w in words[k + 1 : i])

    @staticmethod
    def _dataset(toks, ents, i, metric_span=None, reach=80):
        """The dataset of a figure: the nearest one named shortly before it in the sentence
        ("On FFHQ 64x64, LowDiff achieves an FID of 2.43"), else the nearest after it
        ("80.7% top-1 accuracy on ImageNet")."""
        datasets = ents.datasets
        words = toks.words
        measured = toks.kept[i][0] - i if i in toks.kept else 0  # "97.8% of the uncompressed model's nDCG@10 on ..."
        for e in datasets:  # "+20% on the TSB-AD leaderboard" names its dataset right after
            # "43.8% pass@1 on AIME 2024": the figure's own metric may stand between
            if not 1 < e.start - i <= 8 + measured:
                continue
            own = next((m for m in ents.metrics if i < m.start and m.end < e.start), None)
            # (the figure's own metric, right after it or after the change it names: "a 3.1-point increase in
            # NDCG@10 on BEIR")
            skip = set(range(own.start, own.end)) if own is not None and (own.start <= i + 2 or all(
                w.lower_ in AFTER_FIGURE or w.lower_ in CHANGE_NOUNS for w in words[i + 1 : own.start])) else set()
            if i in toks.kept and toks.kept[i][0] < e.start:
                skip.update(range(i + 1, toks.kept[i][0]))  # "97.8% of the uncompressed model's nDCG@10 on the English MTEB"
            for t in ents:  # "an RMSE of 0.298 for depth estimation on NYU Depth v2": and the task it is measured on
                if t.label_ == "TASK" and i < t.start and t.end < e.start:
                    skip.update(range(t.start, t.end))
                elif t.label_ == "METHOD" and i + 1 < t.start and t.end < e.start:
                    k = t.start - 1
                    if k > i + 1 and words[k].text[:1].isupper() and words[k].is_alpha:
                        k -= 1  # "with Semantic FPN": a word of the name the method entity left out
                    if words[k].lower_ in {"with", "using", "for"}:
                        # "42.8 mIoU with Semantic FPN on ADE20K", "65.2% for InternLM2.5-StepProver on miniF2F-test":
                        # and the method it is reached with or for
                        skip.update(range(k, t.end))
            # (a unit standing after the figure is the figure's: "24.72 dB on Urban100", and so is its
            # spread: "67.8 ± 0.6% on CIFAR-100")
            past = toks.after.get(i, i + 1)
            opening = own.end if skip and own is not None and own.start <= i + 2 else past
            if opening < e.start and words[opening].text == "(":
                # "53.4 AP (+1.7) on COCO": the change in brackets after the figure is the figure's too
                close = next((k for k in range(opening + 1, min(e.start, opening + 5)) if words[k].text == ")"), None)
                if close is not None and any(w.figure is not None for w in words[opening + 1 : close]):
                    skip.update(range(opening, close + 1))
            elif past < e.start and words[past].text == ")":
                skip.add(past)  # and the figure in those brackets is on the same dataset
            between = [words[k] for k in range(max(i + 1, past), e.start) if k not in skip
                       and not (k == i + 1 and words[k].text in UNITS)]
            if 0 < len(between) <= 6 and any(t.lower_ in {"on", "in", "across", "for"} for t in between) \
                    and all(t.lower_ in AFTER_FIGURE or t.lower_ in CHANGE_NOUNS for t in between) \
                    and (len(between) <= 4 or skip):
                if between[-1].lower_ == "across" and any(
                        names[0] is e for names in ResultExtractor._dataset_lists(toks, ents)):
                    return None  # "3.8 points across SVAMP, ASDiv and AMC 2023": over them all (decision 11)
                return e.canonical
            # "70.1 mAP on the more diverse M6Doc", "89.7% on the hardest PB_T50_RS variant of ScanObjectNN":
            # words that say which part or what kind, between "on the" and the name
            lead = 1 if between and between[0].text in UNITS else 0
            if 2 < len(between) - lead <= 7 and between[lead].lower_ in {"on", "in"} \
                    and between[lead + 1].lower_ == "the" \
                    and not any(t.is_punct and t.text not in {"-", "_"} or t.figure is not None or t.lower_ in CLAUSE_WORDS
                                for t in between[lead + 2 :]) \
                    and not any(c.start < e.start and c.end > i + 1 and c[2] != "TASK" for c in ents if c is not e
                                and (own is None or c is not own)):
                return e.canonical
        share = ResultExtractor._share_of_dataset(toks, ents, i)
        if share is not None:
            return share
        # "53.9 AP on COCO, compared with 53.1 AP for RT-DETR": the dataset named after one figure is the next one's too
        before = [e for e in datasets if e.end <= i and i - e.end <= reach]
        while before and ResultExtractor._counted_source(toks, before[-1]):
            before.pop()
        if before and ResultExtractor._pretrained_on(toks, before[-1]) and any(e.start > i for e in datasets):
            before = []  # "pre-trained on ImageNet-21K, ... a mean top-1 accuracy of 77.4% over the 19 tasks of
            # VTAB-1k": the data it learned from is not where the figure after was measured
        if len(before) > 1 and ResultExtractor._model_trained_on(toks, before[-1]) \
                and not any(w.text in SENTENCE_PUNCT for w in words[before[0].end : i]) \
                and ResultExtractor._framed(toks, ents, before[0].canonical):
            # "On ETH, with a model trained only on 3DMatch, Anchorweave reaches 88.4% RR": the frame says where
            # it is measured; the data it was trained on, named inside the frame's sentence, does not
            return before[0].canonical
        if before:
            last = before[-1]
            toks.read(last.start - 3, i)
            between = words[last.end : i]
            # (not "winning on 31 datasets": a count of the collection's own datasets)
            if any(w.lower_ in {"on", "in"} and k + 1 < len(between) and between[k + 1].figure is None
                   and any(v.lower_ in UNNAMED_DATA for v in between[k + 1 : k + 6])
                   and not ResultExtractor._split_of_named(between, k + 1)
                   for k, w in enumerate(between)) and not any(e.start > last.end and e.end <= i for e in datasets):
                return None  # "On GEFCom2014 ..., and on a proprietary dataset of 312 substations its CRPS improves by 11%"
            if len(before) > 1 and last.start == before[-2].end + 1 and words[before[-2].end].text == "(" \
                    and before[-2].start > 0 and words[before[-2].start - 1].lower_ in {"on", "in"} \
                    and last.end + 1 < i and words[last.end].text != ")" and any(
                        w.text == ")" and words[k + 1].text == "," for k, w in enumerate(words[last.end : i - 1], last.end)) \
                    and not any(w.text in SENTENCE_PUNCT for w in words[last.end : i]):
                # "On OASIS (Learn2Reg 2021 Task 3), PellucidReg attains a Dice of 0.829": the frame's dataset, not
                # the challenge or collection an aside in its brackets says it comes from
                return before[-2].canonical
            if len(before) > 1 and 2 <= last.start - before[-2].end <= 3 and words[last.start - 1].lower_ == "of" \
                    and words[last.start - 2].lower_ in {"subset", "split", "portion", "part", "partition", "track"}:
                return before[-2].canonical  # "On the iWildCam subset of WILDS, ... coverage improves to 89.1%"
            listed = next((names for names in ResultExtractor._dataset_lists(toks, ents) if names[-1] is last), None)
            if listed is not None:
                # "On ARC-Challenge, HellaSwag, PIQA and WinoGrande its zero-shot accuracy is 61.4%": an
                # average over the datasets listed, none of them alone (a list of figures pairs with them);
                # over the members of a collection named before them, the collection's ("On the MoleculeNet
                # classification tasks BACE, BBBP, ... and SIDER, the average ROC-AUC is 78.9%")
                collection = ResultExtractor._collection_of(toks, ents, listed[0])
                return collection.canonical if collection is not None else None
            return last.canonical
        after = [e for e in datasets if e.start > i]
        if after:
            toks.read(i, after[0].start + 1)
        if after and any(i + 3 < m.start and m.end <= after[0].start and words[m.start - 1].figure is None
                         and words[m.start - 1].text not in UNITS and (m.start_char, m.end_char) != metric_span
                         and not all(w.lower_ in {"and", ",", "a", "an", "the", "in", "of"} or w.text in UNITS
                                     or w.figure is not None or w.text in {"-", "±", "+/-"}
                                     or metric_span is not None and metric_span[0] <= toks.idx[k] < metric_span[1]
                                     for k, w in enumerate(words[i + 1 : m.start], i + 1))
                         for m in ents.metrics):
            # "reduce the sequence length by 4.5x while keeping the accuracy on SLURP": that metric's dataset (but
            # "an FPR95 of 12.3% and an AUROC of 96.5% on CIFAR-100" are both on it, "an AUC of 0.972 ± 0.004" too)
            return None
        if after and any(w.text == ";" or w.text == "," and words[k + 1].lower_ in CLAUSE_WORDS
                         for k, w in enumerate(words[i + 1 : after[0].start], i + 1)):
            # "CMOS relative to F5-TTS is +0.31, and on the expressive EmoV-DB prompts", "reduces MSE by 7.3%
            # relative to PatchTST; on Traffic the gain is largest": another clause's
            return None
        if after and any(names[0] is after[0] for names in ResultExtractor._dataset_lists(toks, ents)):
            return None  # "an average accuracy of 71.2% across MMLU, ARC and HellaSwag"
        if after and after[0].end + 1 < toks.n and after[0].start - i > 2:
            toks.read(after[0].end, after[0].end + 4)
            k = after[0].end
            if (words[k].lower_ in {"score", "scores"} or toks.metric_starts_within(k, k)) and any(
                    w.figure is not None for w in words[k + 1 : k + 4]):
                return None  # "accelerates 50-step sampling by 2.62× with a VBench score of 82.9%": the score's
        if after and after[0].start > 2 and words[after[0].start - 1].lower_ == "for" and (
                words[after[0].start - 2].figure is not None
                or words[after[0].start - 2].text in UNITS and words[after[0].start - 3].figure is not None):
            return None  # "compared with 0.84, 0.80 and 0.86 for ACDC": the name a baseline's figure is for, a method
        return after[0].canonical if after else None

    @staticmethod
    def _split_of_named(words, k):
        """Whether the words at ``k`` name a split of the dataset named before them, not data of its own: "On
        MUSE-News, it lowers VerbMem on the forget set from 58.4 to 3.1" (but "and on a proprietary dataset")."""
        return k + 2 < len(words) and words[k].lower_ == "the" and words[k + 1].lower_ in SPLIT_WORDS \
            and words[k + 2].lower_ in {"set", "split"}

    @staticmethod
    def _share_of_dataset(toks, ents, i):
        """ "it completes 68% of unseen language-conditioned tasks from the BridgeData V2 evaluation": a share
        of items drawn from a dataset is measured on it."""
        words = toks.words
        k = i + 1
        if k < toks.n and words[k].text in UNITS:
            k += 1
        if k >= toks.n or words[k].lower_ != "of":
            return None
        toks.read(k, k + 12)
        for e in ents.datasets:
            if not k < e.start <= k + 10:
                continue
            if e.start == k + 1 or e.start == k + 2 and words[k + 1].lower_ == "the":
                return e.canonical  # "resolves 31.7% of SWE-bench Lite"
            p = e.start - 1
            if words[p].lower_ == "the":
                p -= 1
            between = words[k + 1 : p]
            # ("resolves 53.4% of the 500 issues in SWE-bench Verified": a count of the items may stand between)
            if words[p].lower_ in {"from", "in", "of"} and between \
                    and all((w.is_alpha or w.text == "-" or w.figure is not None) and w.lower_ not in CLAUSE_WORDS
                            for w in between) \
                    and not any(m.start < e.start and m.end > k for m in ents.metrics):
                return e.canonical
        return None

    @staticmethod
    def _model_trained_on(toks, e):
        """Whether a dataset is named as what a model was trained on: "with a model trained only on 3DMatch",
        "fine-tuned on SQuAD" (only asked where a frame before it names where the figure is measured)."""
        before = toks.text[max(0, e.start_char - 40) : e.start_char].lower()
        return MODEL_TRAINED_ON.search(before) is not None

    @staticmethod
    def _pretrained_on(toks, e):
        """Whether a dataset is named as what a model was pretrained on: "pre-trained on ImageNet-21K",
        "Fine-tuning LLaMA-7B on the Commonsense170K mixture"."""
        before = toks.text[max(0, e.start_char - 48) : e.start_char].lower()
        return TRAINED_ON.search(before) is not None

    @staticmethod
    def _counted_source(toks, e):
        """ "Trained on 970,000 trajectories from the Open X-Embodiment dataset", "pretraining on two
        million ZINC15 molecules": a dataset that items counted out for training come from is where
        the training data came from, not where the figures after it are measured. Read off the text,
        so no token farther from the figures is read."""
        text = toks.text
        before = text[max(0, e.start_char - 80) : e.start_char]
        if before.isascii():  # the pattern, case-blind, tries every position; substring tests rule most out
            low = before.lower()
            if "train" not in low and "fine" not in low and "distill" not in low:
                return False
        if not TRAINING.search(before):
            return False
        return COUNTED_FROM.search(before) is not None or COUNTED_NAME.search(before) is not None \
            and SOURCE_ITEMS_AFTER.match(text, e.end_char) is not None

    @staticmethod
    def _method_for(toks, ents, i):
        """The method a baseline's figure is given for: "compared with 38.2% for DiffDock", "better than the 21.8
        of DSI"."""
        k = toks.after[i]
        if k + 1 < toks.n and (toks.words[k].lower_ == "for"
                               or toks.words[k].lower_ == "of" and i > 0 and toks.words[i - 1].lower_ == "the"):
            return next((e.canonical for e in ents.methods if e.start == k + 1), None)
        return None

    @staticmethod
    def _method(toks, ents, i):
        """The method the figure is reported for: the nearest METHOD before it in the sentence, but not the
        baseline a starting point is given for ("improves from 48.7 for Adaptive-RAG to 52.6", "from 12 minutes
        with FlashAttention-2 to 3.1 minutes")."""
        words = toks.words
        after = toks.after.get(i, i + 1)
        if after + 2 < toks.n and words[after].text == "(":
            # "74.6 (ours) vs. 69.3 (Group DRO) vs. 61.0 (ERM)": the name in brackets right after a figure is its own
            named = next((e for e in ents.methods if e.start == after + 1), None)
            if named is not None and named.end < toks.n and words[named.end].text == ")":
                return named.canonical
        for e in reversed(ents.methods):
            if e.end <= i:
                if e.end == i - 1 and words[i - 1].lower_ == "to" and e.start > 1 \
                        and words[e.start - 1].lower_ in {"for", "with"}:
                    k = e.start - 2
                    if k > 0 and (words[k].text in UNITS or words[k].lower_ in TIME_WORDS):
                        k -= 1  # ("from 12 minutes with FlashAttention-2 to 3.1 minutes")
                    if words[k].figure is not None:
                        continue  # the starting point's method
                return e.canonical
        return None
