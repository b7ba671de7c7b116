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

from spacy.language import Language
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc

from .base import BatchComponent, named
from .result_baselines import BaselineRules
from .result_datasets import DatasetRules
from .result_lists import ListedFigures
from .result_measures import MeasureRules
from .result_screening import FigureScreening
from .result_tokens import AHEAD, BEHIND, Sentences, Tokens, Words, parse_figure
from .result_words import ARROWS, BARE_NAMES, CHANGE_VERBS, DOLLARS, NUMBER_WORDS, RATIO, UNITS
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


class ResultExtractor(BaselineRules, MeasureRules, FigureScreening, DatasetRules, ListedFigures, BatchComponent):
    """Figures tied to their metric, dataset and method, in ``doc._.results``.

    ``_results`` screens each figure and names its measure, dataset and method, then
    runs the rules over the figures a sentence holds together. The rules live in the
    modules of their kind, mixed in here: ``result_screening`` (is the figure a result),
    ``result_measures`` (what it measures), ``result_datasets`` (on what), ``result_lists``
    (figures written together) and ``result_baselines`` (other methods' figures, and
    whose each figure is). Tokens are indices into a ``Tokens`` view of the doc
    throughout; a metric's place in the text is its (start_char, end_char)."""

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
            if i > 1 and toks.words[i - 1].text in ARROWS and toks.words[start].figure and start in after:
                # (a figure the loop has read: fuzzing found one it had passed over before an arrow, in the TeX
                # "$42\\%$/$31\\%$→$11\\%$", and reading it raised)
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
        # the figures written with slashes between them, found once for the four rules that read them
        groups = self._slash_groups(toks, found) if "/" in toks.text else None
        if groups:
            self._slash_pairs(toks, found, groups)
            self._headed_tuples(toks, found, groups)
            self._tuples_respectively(toks, found, groups)
            self._slash_baselines(toks, found, groups)
        self._dataset_items_after_colon(toks, found)
        self._semicolon_items(toks, found)
        self._colon_segments(toks, found)
        self._statistic_in_brackets(toks, found)
        self._measure_before_aside(toks, found)
        self._figures_said_again(toks, found)  # (early too: the figures set against them follow in their measures)
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
            self._methods_respectively(toks, found, runs)
        self._and_on_dataset(toks, found)
        self._figure_and_on_dataset(toks, found)
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
        self._margins_on_datasets(toks, found)
        self._figures_said_again(toks, found)  # (after the rules that name the baselines' figures it may repeat)
        self._points_of_last_metric(toks, found, sentences)
        self._bare_decibels(toks, found)  # after the rules that find a metric its sentence names
        self._units_fit_measures(found)
        self._gaps(toks, found)
        if runs:
            self._gapped_runs(toks, found, runs)
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
            headed = toks.headed.get(i)
            if headed is not None:
                dataset = headed[0]  # "CAMELYON16 AUC / PANDA QWK: ABMIL 0.962 / 0.911": its slot's
            elif metric is not None and i in counted:
                # "On the 112 UCR datasets, ..., and ranks first on 41 datasets": wins counted over the collection
                # the sentence opens with, else the one named last before it
                dataset = self._collection(toks, sentence_ents, i)
                if dataset is None and i in paired:
                    dataset = paired[i]  # "On Defects4J v1.2 and v2.0, it fixes 142 and 118 bugs, respectively"
            elif toks.margin_of.get(i) in datasets:
                dataset = datasets[toks.margin_of[i]]  # "57.9% on SST-5, within 1.1 and 0.8 points of its teacher"
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
                elif dataset is not None and metric is not None and self._over_unnamed_tasks(
                        toks, sentence_ents, i, metric_span, dataset):
                    dataset = None
                elif dataset is not None and metric is not None and self._cost_past_anothers_dataset(
                        toks, sentence_ents, i, metric, dataset, found):
                    dataset = None
                elif dataset is not None and metric is not None and paired and self._after_paired(
                        toks, sentence_ents, i, found, paired):
                    dataset = None
            datasets[i] = dataset
            if metric is None:
                continue
            if toks.phrases and metric_span is not None and metric_span not in toks.phrases:
                metric = self._as_phrased(toks, metric_span, metric)
            sign, value, unit = fig
            end_tok = toks.after[i] - 1
            start = min(idx[i], metric_span[0] if metric_span is not None else idx[i])
            end = max(idx[end_tok] + len(words[end_tok].text), metric_span[1] if metric_span is not None else 0)
            result = {
                "metric": BARE_NAMES.get(metric, metric), "value": -value if sign in {"-", "−"} else value, "unit": unit,
                "dataset": dataset, "method": self._method_of(toks, sentence_ents, i, headed),
                "start": start, "end": end,
            }
            low = self._range_low(toks, i)
            if low is not None:
                result["value_low"] = low
            results.append(result)
        self._phrases_as_entities(doc, toks, found, sentences)
        return results

    @staticmethod
    def _as_phrased(toks, metric_span, metric):
        """The name a figure's measure was given where another figure read it with the words that qualify it:
        in "correction F1 scores of 86.3, 70.9 and 82.4 ..., outperforming ReaLiSe by 1.6, 2.0 and 1.9 points",
        the gains are in correction F1 too, though the rule that finds them points at the bare "F1 scores"."""
        for (start, end), (_, _, name) in toks.phrases.items():
            if end == metric_span[1] and start < metric_span[0] and name.endswith(" " + metric):
                return name
        return metric

    def _method_of(self, toks, ents, i, headed):
        """The method a result is given for: its tuple's, under a header of slots (``_headed_tuples``, which
        gives "" for a tuple named for no method we know), else the one of a list of methods it is paired with
        (``toks.owners``), else the one it is written for ("38.2% for DiffDock"), else the one named before it."""
        if headed is not None and headed[1] is not None:
            return headed[1] or None
        owner = toks.owners.get(i)
        if owner is not None:
            return owner or None  # ("" for a figure whose owner the text does not name)
        named = self._method_for(toks, ents, i)
        if named == "":
            return None  # ("for a convolutional baseline": one the text does not name)
        return named or self._method(toks, ents, i)
