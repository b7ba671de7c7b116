"""The result rules for figures written together: lists joined by "and", commas or slashes
("92.3/88.1 EM/F1"), "respectively", colon and semicolon lists, and the runs of figures that one
measure or one dataset names for all of them. Part of ``results.ResultExtractor``."""
from .result_words import (
    BASELINE_NAME, BOUND_SIGNS, CHANGE_NOUNS, CLAUSE_WORDS_BUT_AND, COMPACT_VARIANTS, COMPARISON, CONTRASTS, COORDINATION,
    COST_METRICS, EVALUATION_UNITS, GAIN_WORDS, LIST_LINKS, LOOSE_MODIFIERS, NUMBER_WORDS, PASSED_LEVEL_WORDS,
    REPORTS_SCORE, REPORT_VERBS, SENTENCE_PUNCT, SIZE_VERBS, SLASHED_MEASURE, SUBJECT_LIST_VERBS, SURPASS_WORDS, UNITS,
    is_cost,
)


class ListedFigures:
    """Rules over the figures a sentence lists together.

    A part of ``results.ResultExtractor``, which mixes it in: its rules call each
    other, and the other parts' rules, through ``self``."""

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
        for _ in range(len(near) + 1):
            # another pass only after the last changed a figure's metric: else it would test the same words
            # against the same metrics. A measure named after a list reaches back one figure a pass, so a list
            # of five takes five: "reaches 79.8, 82.4, 83.9, 84.7 and 86.2 mIoU"
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
                    if model is a and k > 0 and a[0] > 0 and words[a[0] - 1].lower_ == "at" and a[1][2] != b[1][2] \
                            and found[k - 1][2] is b[2] and found[k - 1][4] is not None \
                            and found[k - 1][1][2] == b[1][2]:
                        # "an F1 score of 79.62 at 286 FPS, compared with 79.58 for CLRNet": the figure set against
                        # is the result, not the speed it is reached at
                        model = found[k - 1]
                    if b[1][2] == "points" and is_cost(model[4]):
                        # "41.2% mIoU at only 3.9 GMACs, 1.9 points above TopFormer-B": a cost is never counted
                        # in points; the difference is in the measure reported before it
                        model = next((g for g in reversed(found[:k]) if g[2] is b[2] and g[4] is not None
                                      and g[4] not in COST_METRICS), None)
                        if model is None:
                            continue
                    if (b[3], b[4], b[5]) != (model[3], model[4], model[0]):
                        b[3], b[4], b[5] = model[3], model[4], model[0]
                        changed = True
                    continue
                if not (joined or listed or compared):
                    continue
                if a[4] is None and b[4] is not None and joined:
                    a[3], a[4] = b[3], b[4]
                    changed = True
                elif a[4] is not None and (b[4] is None or listed and b[4] == "improvement" and b[3] is None
                                           and a[1][0] == b[1][0] == "+"):
                    # (a gain its sign alone called one takes the measure of the gain listed before it, signed
                    # alike: "improves accuracy by +4.1% over EndoFM and by +6.7% over ResNet-50")
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

    def _slash_pairs(self, toks, found, groups):
        """ "92.3/88.1 EM/F1", "a PSNR/SSIM of 32.1/0.91", "30.41 dB / 0.8617 PSNR/SSIM": figures listed with
        slashes (``groups``, from ``_slash_groups``) pair in order with the metrics listed with slashes next to them."""
        words = toks.words
        named = None  # (its sentence, how many, the metrics) of the last group the metrics were listed beside
        for positions in groups:
            group = [found[k] for k in positions]
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
                    if step < 0 and pos > 2 and words[pos].text == ")" and words[pos - 2].text == "(":
                        pos -= 3  # "unweighted average recall (UAR) / weighted average recall (WAR) of": its short form
                    m = next((e for e in ents.metrics if (e.start == pos if step > 0 else e.end == pos + 1)), None)
                    if m is not None:
                        out.append(((m.start_char, m.end_char), self._metric_name(m), True))
                        pos = m.end if step > 0 else m.start - 1
                        if step > 0 and pos + 2 < toks.n and words[pos].text == "(" and words[pos + 2].text == ")":
                            pos += 3
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
            elif self._psnr_ssim_pair(toks, group):
                # "DuneSR reaches 38.21/0.9616 on Set5", "32.31 dB / 0.8961": the pair image restoration reports
                named = give([(None, "PSNR"), (None, "SSIM")])

    def _headed_tuples(self, toks, found, groups):
        """Tuples of figures under a header that lists their slots with slashes, each a dataset, a measure or both:
        "listed as CAMELYON16 AUC / TCGA-NSCLC AUC / PANDA QWK: ABMIL 0.962 / 0.951 / 0.911; TransMIL 0.957 / ...",
        "Results (pass@1, HumanEval+/MBPP+/LiveCodeBench v6): Qwen3-8B 85.4/72.8/41.3 → Oxbow 87.2/74.1/46.8",
        "Relative L2 error on Elasticity/Plasticity/Airfoil/Pipe: 0.52/0.11/0.47/0.29 (Anvilformer) vs. 0.64/...".
        Every tuple of as many figures after the header in its sentence takes each slot's measure and dataset in
        order, and is given for the method named right before it or in brackets right after it."""
        header = None  # (the sentence's entities, how many slots, the slots) of the header read last
        for group in groups:
            figs = [found[k] for k in group]
            ents = figs[0][2]
            if header is None or header[0] is not ents or header[1] != len(figs):
                slots = self._tuple_header(toks, ents, figs[0][0], len(figs))
                if slots is None:
                    continue
                header = ents, len(figs), slots
            method = self._tuple_owner(toks, ents, figs)
            if method is None and not (figs[0][0] > 0 and toks.words[figs[0][0] - 1].text == ":"):
                method = ""  # (a later tuple given for no name we know is not the nearest method's before it)
            for f, (metric, dataset) in zip(figs, header[2]):
                f[3], f[4] = metric
                toks.headed[f[0]] = (dataset, method)

    def _tuples_respectively(self, toks, found, groups):
        """Tuples of as many figures listed together pair in order with a list of as many datasets in their
        sentence: "On Criteo, Avazu and KDD Cup 2012, it reaches AUC/Logloss of 0.8162/0.4371, 0.7958/0.3702 and
        0.8061/0.1524, respectively", "PSNR/SSIM of 32.1/0.91 and 28.4/0.81 on Set5 and Urban100". (Each figure of a
        tuple is in its own measure, ``_slash_pairs``'; a figure listed alone pairs in ``_respectively``.)"""
        groups = [g for g in groups if found[g[0]][0] not in toks.headed]
        words = toks.words
        k = 0
        while k < len(groups):
            run = [groups[k]]
            while k + len(run) < len(groups):
                g, last = groups[k + len(run)], run[-1]
                between = words[toks.after[found[last[-1]][0]] : found[g[0]][0]]
                if len(g) != len(last) or found[g[0]][2] is not found[last[0]][2] or not between \
                        or not all(w.lower_ in {",", "and"} for w in between):
                    break
                run.append(g)
            k += len(run)
            if len(run) < 2:
                continue
            first, last = found[run[0][0]][0], found[run[-1][-1]][0]
            lists = [names for names in self._dataset_lists(toks, found[run[0][0]][2]) if len(names) == len(run)]
            before = [names for names in lists if names[-1].end <= first]
            toks.read(last, last + 4)
            names = before[-1] if before else next((names for names in lists if names[0].start > last and all(
                w.text not in SENTENCE_PUNCT for w in words[toks.after[last] : names[0].start])), None)
            if names is None:
                continue
            for g, dataset in zip(run, names):
                for j in g:
                    toks.headed[found[j][0]] = (dataset.canonical, None)

    def _tuple_header(self, toks, ents, first, n):
        """The ``n`` slots ((measure's characters, name), dataset or None) of the header a colon closes right before
        the figure at ``first`` (or before the method named there), else None. The slots are read back from the
        colon (or from the bracket it follows: "(pass@1, A/B/C):"); a slot names a dataset, a measure or both
        ("TCGA-NSCLC AUC"), and one that names no measure takes the measure named before the list ("pass@1, A/B",
        "Relative L2 error on A/B"), where a slot may be a word the knowledge base does not know ("Pipe")."""
        words = toks.words
        toks.read(first - 4 * n - 24, first)  # (the slots, and a measure named before them)
        c = first - 1
        owner = next((e for e in ents.methods if e.end == first), None)
        if owner is not None:
            c = owner.start - 1
        if c < 2 or words[c].text != ":":
            return None
        p = c - 1
        if words[p].text == ")":
            p -= 1  # "(pass@1, HumanEval+/MBPP+/LiveCodeBench v6):"
        metrics = {e.end: e for e in ents.metrics}
        datasets = {e.end: e for e in ents.datasets}
        slots = []  # read back: (metric Ent or None, dataset Ent or None, an unknown word or None)
        while len(slots) < n:
            if p < 1:
                return None
            metric = metrics.get(p + 1)
            if metric is not None:
                p = metric.start - 1
            dataset = datasets.get(p + 1)
            if dataset is not None:
                p = dataset.start - 1
            word = None
            if metric is None and dataset is None:
                w = words[p]
                if w is None or not w.is_alpha or w.is_stop or w.figure is not None:
                    return None
                word = w.text
                p -= 1
            slots.append((metric, dataset, word))
            if len(slots) < n:
                if p < 1 or words[p].text != "/":
                    return None
                p -= 1
        slots.reverse()
        if not any(dataset is not None for _, dataset, _ in slots):
            return None  # measures alone ("EM/F1: 92.3/88.1") are ``_slash_pairs``'
        shared = None
        if not all(metric is not None for metric, _, _ in slots):
            # the measure named before the list: "pass@1, A/B/C", "Relative L2 error (×10⁻², lower is better) on A/B"
            if words[p] is None or words[p].text not in {",", "on", "(", "for", "across", "in"}:
                return None
            shared = next((e for e in reversed(ents.metrics) if e.end <= p + 1), None)
            if shared is None or p + 1 - shared.end > 12 or any(
                    w is None or w.text in {":", ";"} for w in words[shared.end : p + 1]):
                return None
        elif any(word is not None for _, _, word in slots):
            return None
        out = []
        for metric, dataset, word in slots:
            m = metric or shared
            out.append((((m.start_char, m.end_char), self._metric_name(m)), dataset.canonical if dataset else word))
        return out

    @staticmethod
    def _tuple_owner(toks, ents, figs):
        """The method a tuple of figures is given for: named right before it ("ABMIL 0.962 / 0.951", "→ Oxbow
        86.6/73.0") or in brackets right after it ("0.52/0.11 (Anvilformer) vs. ..."), a name the knowledge base
        does not know included ("CLAM-SB 0.968 / 0.955"), else None."""
        words, first = toks.words, figs[0][0]
        named = next((e for e in ents.methods if e.end == first or e.end == first - 1 and words[first - 1].text == ":"),
                     None)
        if named is not None:
            return named.canonical
        if first > 1 and BASELINE_NAME.match(words[first - 1].text) and not words[first - 1].is_stop \
                and words[first - 2].text in {";", ",", "→", "vs.", "vs", ":"}:
            return words[first - 1].text
        k = toks.after[figs[-1][0]]
        named = ListedFigures._method_in_brackets_at(toks, ents, k)
        if named is not None:
            return named
        if k + 2 < toks.n and words[k].text == "(" and BASELINE_NAME.match(words[k + 1].text) and words[k + 2].text == ")":
            return words[k + 1].text
        return None

    @staticmethod
    def _method_in_brackets_at(toks, ents, k):
        """The canonical name of the method named alone in brackets that open at token ``k`` ("74.6 (ours) vs. 69.3
        (Group DRO)", "0.52/0.11 (Anvilformer)"), else None: the figures right before them are its."""
        words = toks.words
        if k + 2 < toks.n and words[k].text == "(":
            named = next((e for e in ents.methods if e.start == k + 1), None)
            if named is not None and named.end < toks.n and words[named.end].text == ")":
                return named.canonical
        return None

    @staticmethod
    def _psnr_ssim_pair(toks, group):
        """Whether two figures written with a slash and no measure are a PSNR and an SSIM: decibels (or a figure
        between 15 and 60 in an abstract that names both measures) before a fraction written to three or four
        places ("38.21/0.9616", "32.31 dB / 0.8961")."""
        if len(group) != 2:
            return False
        (_, first, unit), (_, second, second_unit) = group[0][1], group[1][1]
        if not (15 <= first <= 60 and unit in {None, "dB"} and 0 < second < 1 and second_unit is None
                and len(toks.words[group[1][0]].text.split(".")[-1]) >= 3):
            return False
        if unit == "dB":
            return True
        named = {c[3] for c in toks.found if c[2] == "METRIC"}
        return "PSNR" in named and "SSIM" in named

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
    def _and_joined(a, b, gap):
        """``_runs_of``'s test for figures listed with "and" or a comma between them: "61.3, 58.0 and 49.5"."""
        return len(gap) <= 2 and all(w.lower_ in {"and", ","} for w in gap)

    @staticmethod
    def _linked_alike(run):
        """Whether every figure of ``run`` is linked to one and the same mention of a measure: the one named last
        before them, which the rules that pair lists one by one may read again."""
        return run[0][3] is not None and all(f[3] == run[0][3] for f in run)

    @staticmethod
    def _figures_said_again(toks, found):
        """ "79.6% on AIME 2024, against 76.7% for majority voting and 74.0% for self-refinement; on GPQA-Diamond
        the figures are 67.3%, 65.9% and 64.1%, respectively", "a label accuracy of 82.4% and a FEVER score of
        80.1%; on the blind test set, these are 80.9% and 78.4%": figures that "the figures" or "these" are, with
        no measure of their own, report the measures of as many figures before them, in order; so do figures
        reported "on the same three metrics" as the sentence before, whatever measure they had been linked to."""
        text = toks.text
        if "figures are" not in text and "these are" not in text and " same " not in text:
            return
        words = toks.words
        for run in ListedFigures._runs_of(toks, found, ListedFigures._and_joined):
            i = run[0][0]
            # (figures linked to one measure named before them, all alike, are read again: "the same three metrics")
            if i < 3 or any(f[4] is not None for f in run[1:]) and not ListedFigures._linked_alike(run):
                continue
            toks.read(i - 6, i)
            k = i - 2
            after = toks.after[run[-1][0]]
            toks.read(after, after + 5)
            # ("the corresponding figures" may be those of the sentence before: "... compared with 43.1%, 47.3% and
            # 49.6% for IC-DST. On MultiWOZ 2.4 the corresponding figures are 52.5%, 58.9% and 61.4%.")
            corresponding = False
            if words[i - 1].lower_ in {"are", "were"} and words[k].lower_ == "figures" \
                    and words[k - 1].lower_ in {"the", "corresponding"}:
                start = k - 1 if words[k - 1].lower_ == "the" else k - 2
                corresponding = words[k - 1].lower_ == "corresponding"
            elif words[i - 1].lower_ in {"are", "were"} and words[k].lower_ == "these":
                start = k
            elif after + 3 < toks.n and words[after].lower_ in {"on", "in", "for"} and words[after + 1].lower_ == "the" \
                    and words[after + 2].lower_ == "same" and any(
                        w.lower_ in {"metrics", "measures"} for w in words[after + 3 : after + 5]):
                start = i  # "On MixSNIPS, Tqorvin obtains 87.4%, 96.8% and 97.9% on the same three metrics"
            else:
                continue
            if start != i and any(f[4] is not None for f in run):
                continue  # (only "the same metrics" names its measures again; "the figures are" names none)
            earlier = [f for f in found if f[0] < start and f[4] is not None]
            earlier = earlier[-len(run):]
            # (as many figures, all of one sentence, and no sentence's end between them and "the figures"; "the same
            # metrics" may be those of the sentence before, each named once)
            if len(earlier) < len(run) or any(g[2] is not earlier[0][2] for g in earlier) \
                    or start != i and not corresponding and any(w.text in {".", "!", "?"}
                                                                for w in words[earlier[-1][0] : start]) \
                    or start == i and len({g[4] for g in earlier}) < len(run):
                continue
            for f, g in zip(run, earlier):
                f[3], f[4] = g[3], g[4]

    def _measure_before_aside(self, toks, found):
        """ "an accuracy (R² > 0.99) of 87.4%": a figure after "of" that follows a bound in brackets is in the
        measure named right before the brackets, not the one the bound is set on."""
        words = toks.words
        for f in found:
            i = f[0]
            if i < 5 or words[i - 1].lower_ != "of" or words[i - 2].text != ")":
                continue
            toks.read(i - 10, i)
            opening = next((k for k in range(i - 3, max(0, i - 10), -1) if words[k].text == "("), None)
            if opening is None or not any(w.text in BOUND_SIGNS for w in words[opening : i - 2]):
                continue  # (only an aside that bounds the measure: "(R² > 0.99)")
            measure = next((m for m in f[2].metrics if m.end == opening), None)
            if measure is not None and (f[3] is None or f[3][0] > measure.start_char):
                f[3], f[4] = (measure.start_char, measure.end_char), self._metric_name(measure)

    @staticmethod
    def _statistic_in_brackets(toks, found):
        """ "86.9% relaxed accuracy on the augmented split and 74.3% on the human-written split (average: 80.6%)":
        a figure a statistic labels in brackets after results is that statistic of their measure."""
        words = toks.words
        for k, f in enumerate(found):
            i = f[0]
            if f[4] is not None or f[3] is not None or k == 0 or i < 3 or words[i - 1].text != ":" \
                    or words[i - 2].lower_ not in {"average", "mean", "avg", "avg."} or words[i - 3].text != "(":
                continue
            g = next((g for g in reversed(found[:k]) if g[4] is not None), None)
            if g is not None and g[2] is f[2] and g[1][2] == f[1][2]:
                f[3], f[4] = g[3], f"{words[i - 2].lower_.rstrip('.').replace('avg', 'average')} {g[4]}"

    @staticmethod
    def _margins_respectively(toks, found):
        """ "a last-session accuracy of 59.3% ..., improving on the previous best, TEEN, by 2.6% and 3.4%,
        respectively", "14.8 BLEU-4, 22.6 METEOR and 33.9 ROUGE-L, which is respectively 5.1, 3.7 and 4.4 points
        better", "a CLIP-T of 0.291 and a CLIP-I of 0.902, within 0.004 and 0.011 of its teacher": margins listed
        'respectively' (or after "within") after as many results in different measures pair with them in order."""
        if "respectively" not in toks.text and "within" not in toks.text:
            return
        words = toks.words
        for run in ListedFigures._runs_of(toks, found, ListedFigures._and_joined):
            if len(run) < 2:
                continue
            # (margins linked to the measure named last before them, all alike, pair again: "an MAE of 10.86 and an
            # RMSE of 18.02, improving on DEFNet (11.90 and 19.76) by 1.04 and 1.74, respectively")
            linked = ListedFigures._linked_alike(run)
            if any(f[4] is not None for f in run[:-1]) and not linked:
                continue
            first, last = run[0][0], toks.after[run[-1][0]]
            toks.read(first - 4, last + 4)
            near = [w.lower_ for w in words[max(0, first - 4) : first]] + [w.lower_ for w in words[last : last + 3]]
            # ("a CLIP-T of 0.291 and a CLIP-I of 0.902, within 0.004 and 0.011 of its 50-step teacher": how far
            # behind in each, in order)
            if "respectively" not in near and not (words[first - 1].lower_ == "within" and last < toks.n
                                                   and words[last].lower_ == "of"):
                continue
            before = [f for f in found if f[0] < first and f[2] is run[0][2]
                      and not ListedFigures._bracketed_after_method(toks, f)]  # (not DEFNet's, above: the result's)
            results = before[-len(run) :]
            if len(results) < len(run) or any(f[4] is None for f in results) \
                    or len({f[4] for f in results}) < len(run) or linked and results[-1][3] != run[0][3] \
                    or any(w.text in SENTENCE_PUNCT for w in words[results[0][0] : first]):
                continue
            for f, r in zip(run, results):
                f[3], f[4], f[5] = r[3], r[4], r[0]

    @staticmethod
    def _margins_on_datasets(toks, found):
        """ "94.6% accuracy on SST-2 and 57.9% on SST-5, within 1.1 and 0.8 points of its teacher", "98.7 CIDEr on
        MSCOCO and 61.3 CIDEr on Flickr30k, improving over ViECap by 4.5 and 2.9": margins listed after as many
        results of one sentence, each said on a dataset of its own, are margins of those results in order: on
        their datasets (``toks.margin_of``), in their measures."""
        if " by " not in toks.text and "within" not in toks.text:
            return
        words = toks.words
        for run in ListedFigures._runs_of(toks, found, ListedFigures._and_joined):
            first = run[0][0]
            if len(run) < 2 or words[first - 1].lower_ not in {"by", "within"}:
                continue
            # (past the margins of another list: "..., within 1.1 and 0.8 points of its teacher, and surpasses
            # DistilBERT by 2.4 and 3.6 points")
            results = [f for f in found
                       if f[0] < first and f[2] is run[0][2] and f[0] not in toks.margin_of][-len(run) :]
            if len(results) < len(run) or any(r[4] is None or r[4] == "improvement" for r in results) \
                    or any(w.text in SENTENCE_PUNCT for w in words[results[0][0] : first]):
                continue
            on = []  # the dataset each result is said on, right after it and its measure
            for r in results:
                k = run[0][2].past_metric(toks.after[r[0]])
                if k + 1 < toks.n and words[k].lower_ == "on" and words[k + 1].lower_ == "the":
                    k += 1
                on.append(next((e for e in run[0][2].datasets if e.start == k + 1 and words[k].lower_ in {"on", "the"}),
                               None))
            if None in on or len({(e.start, e.end) for e in on}) < len(on) or len({e.text for e in on}) < len(on):
                continue
            for f, r in zip(run, results):
                if f[4] is None or f[4] == "improvement" or f[5] is not None:
                    f[3], f[4] = r[3], r[4]
                toks.margin_of[f[0]] = r[0]

    @staticmethod
    def _bracketed_after_method(toks, f):
        """Whether the figure stands in brackets right after a method's name: "DEFNet (11.90 and 19.76)"."""
        words = toks.words
        p = f[0] - 1
        toks.read(p - 6, p)
        while p > 0 and (words[p].figure is not None or words[p].text in {",", "and"} or words[p].text in UNITS):
            p -= 1
        return words[p].text == "(" and any(e.label_ == "METHOD" and e.end == p for e in f[2])

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
    def _labelled_parts_in_brackets(toks, found):
        """ "reaches 48.5% accuracy (level 1: 62.3%, level 3: 26.9%)", "mIoU reaches 79.2% on the test set (night:
        67.5%)", "a relaxed accuracy of 86.1% on average (79.4% on the human split and 92.8% on the augmented
        split)": figures labelled by a short name and a colon, or each said on a part, in brackets right after a
        result (or after where it is said to be), are its parts, in its measure."""
        words = toks.words
        parts = set()  # the figures this rule read as parts, so that the next of a bracket follows them
        for k in range(1, len(found)):
            f = found[k]
            i = f[0]
            if f[4] is not None or i < 4:
                continue
            toks.read(i - 6, i)
            after = toks.after[i]
            if words[i - 1].text == ":":
                start = next((j for j in range(i - 2, max(0, i - 5) - 1, -1) if words[j].text in {"(", ","}), None)
                if start is None or start == i - 2 or not all(w.text.isalnum() for w in words[start + 1 : i - 1]):
                    continue
            elif words[i - 1].text in {"(", ","} or words[i - 1].lower_ == "and":
                # ("79.4% on the human split and 92.8% on the augmented split": parts said on their own splits)
                start = i - 1
                if after >= toks.n or words[after].lower_ not in {"on", "in"} \
                        or words[start].text != "(" and found[k - 1][0] not in parts:
                    continue
            else:
                continue
            g = next((g for g in reversed(found[:k]) if g[0] < start), None)  # (not a figure of the label: "level 1")
            if g is None or g[4] is None or g[2] is not f[2] or g[1][2] != f[1][2]:
                continue
            g_end = toks.after[g[0]]
            if words[start].text == "(":
                # the brackets open right after the result: after its figure, or after its measure written there,
                # or after the place it is said on ("on the test set", "on average")
                end = g_end
                if g[3] is not None and g_end < toks.n and toks.idx[g_end] == g[3][0]:
                    end = next((m.end for m in f[2].metrics if m.start_char == g[3][0]), g_end)
                if end < start <= end + 6 and words[end].lower_ in {"on", "in"} and not any(
                        w.figure is not None or w.text in SENTENCE_PUNCT or w.text in {"(", ")", ","}
                        for w in words[end:start]):
                    end = start
                opened = end == start or g[3] is not None and start > 0 \
                    and toks.idx[start - 1] + len(words[start - 1].text) == g[3][1] and toks.idx[g[0]] < g[3][0]
            else:
                # the part before, in the same brackets
                opened = g_end <= start and (
                    g[0] in parts or g[5] is not None and words[g[0] - 1].text == ":" and g_end == start) \
                    and not any(w.figure is not None or w.text in SENTENCE_PUNCT or w.text in {"(", ")"}
                                for w in words[g_end:start])
            if opened:
                f[3], f[4], f[5] = g[3], g[4], g[0]
                parts.add(i)

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
            aside = ListedFigures._aside_after(toks, measure.end, k) if measure is not None else 0
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
            named = self._named_before(run[0][2], run[0][0], len(run), toks)
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

    def _methods_respectively(self, toks, found, runs):
        """ "Umberlight-S, Umberlight-M and Umberlight-L reach 48.9, 52.6 and 55.0 AP on COCO val2017, respectively":
        figures listed "respectively" after a list of as many methods, with no list of as many datasets in their
        sentence, are those methods' in order."""
        words = toks.words
        for run in runs:
            figs = [found[k] for k in run]
            ents = figs[0][2]
            if len(ents.methods) < len(figs):
                continue
            last = figs[-1][0]
            toks.read(last, last + 9)
            respectively = any(words[k].lower_ == "respectively" for k in range(last, min(toks.n, last + 9)))
            lists, current = [], []
            for e in ents.methods:
                if e.end > figs[0][0]:
                    break
                if current:
                    toks.read(current[-1].end, e.start)
                if current and all(w.lower_ in {",", "and", "or"} for w in words[current[-1].end : e.start]) \
                        and e.start > current[-1].end:
                    current.append(e)
                else:
                    current = [e]
                    lists.append(current)
            names = next((names for names in reversed(lists) if len(names) == len(figs)), None)
            if names is None:
                continue
            gap = figs[0][0] - names[-1].end
            if not respectively:
                # "whereas AWQ and SmoothQuant retain 93.4% and 90.8%", "TeaCache and PAB, which reach 82.4% and
                # 81.9%": the list is the subject of the verb that opens right after it, no "respectively" needed
                toks.read(names[-1].end, figs[0][0])
                first = words[names[-1].end]
                opens = first.lower_ in SUBJECT_LIST_VERBS \
                    or first.text == "," and words[names[-1].end + 1].lower_ in {"which", "whose"}
                if not opens or gap > 8 or any(w.figure is not None or w.lower_ in {"than", "over"}
                                               for w in words[names[-1].end : figs[0][0]]):
                    continue
            # (the methods are the subject of the figures' verb: "..., Umberlight-L reach 48.9, ...")
            if respectively and gap > 4 or any(len(d) == len(figs) for d in self._dataset_lists(toks, ents)):
                continue
            if any(w.lower_ == "by" for w in words[names[-1].end : figs[0][0]]):
                continue  # "outperforms OPQ and JPQ by 4.6 and 2.9 points": the margins over them, the subject's
            for f, e in zip(figs, names):
                toks.owners[f[0]] = e.canonical

    @staticmethod
    def _gapped_runs(toks, found, runs):
        """ "whereas DrugBAN obtains 0.794 and 0.712 and ConPLex 0.803 and 0.735, respectively": figures listed after
        another method's name with the verb left out are in the measures of the list of as many figures before them
        in the sentence, in order (and so on the same datasets)."""
        words = toks.words
        done = []
        for run in runs:
            figs = [found[k] for k in run]
            i = figs[0][0]
            if any(f[4] is not None or f[3] is not None for f in figs):
                done.append(figs)
                continue
            named = next((e for e in figs[0][2].methods if e.end == i), None)
            name, owner = (named.start, named.canonical) if named is not None else (None, None)
            if name is None and i > 0 and BASELINE_NAME.match(words[i - 1].text) and not words[i - 1].is_stop:
                name, owner = i - 1, words[i - 1].text  # (a name the knowledge base lacks: "ConPLex")
            if name is None or name < 1 or words[name - 1].lower_ not in {"and", ","}:
                continue
            model = next((d for d in reversed(done) if d[0][2] is figs[0][2] and len(d) == len(figs)
                          and all(g[4] is not None and g[1][2] == f[1][2] for g, f in zip(d, figs))), None)
            if model is None:
                continue
            for f, g in zip(figs, model):
                f[3], f[4], f[5] = g[3], g[4], g[0]
                toks.owners[f[0]] = owner

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
            unit = next((nxt[2] for nxt, _ in ListedFigures._listed_after(toks, i) if nxt[2] is not None), None)
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
        for _, end in ListedFigures._listed_after(toks, i):
            pass
        return end

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
    def _same_unit_metrics(toks, found):
        """ "a PSNR of 30.1 dB and an rFVD of 42, compared with 29.6 dB and an rFVD of 67": a figure
        left without a metric, in a unit of its own (dB, ms, GB), compares with the last figure of
        its sentence in that unit."""
        words = toks.words
        linked = set()  # the figures this rule set against another, whose list the next may continue
        for k, f in enumerate(found):
            if f[4] is not None or f[1][2] in {None, "points"}:
                continue
            if f[1][2] == "%" and not ListedFigures._respectively_after(toks, f[0]):
                continue  # (a share compares so only in a list closed by "respectively": "while Cal-QL and RLPD
                # reach 81% and 86%, respectively")
            model = next((g for g in reversed(found[:k]) if g[2] is f[2] and g[1][2] == f[1][2] and g[4] is not None), None)
            # "2.4x faster than FP16 ... and model memory shrinks by 3.5x": a clause of its own measure
            if model is None:
                continue
            between = words[model[0] : f[0]]
            # ("against 26.89 dB for Zooming Slow-Mo, 27.02 dB for RSTT and 27.13 dB for MoTIF": the list of
            # baselines goes on)
            if (any(w.lower_ in CONTRASTS for w in between) or model[0] in linked and len(between) <= 12
                    and any(w.lower_ in {",", "and"} for w in between)
                    and not any(w.text in SENTENCE_PUNCT for w in between)) \
                    and not any(w.lower_ in SIZE_VERBS for w in between):
                f[3], f[4], f[5] = model[3], model[4], model[0]
                linked.add(f[0])

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
            self._set_against_listed(toks, found, runs, run)

    @staticmethod
    def _set_against_listed(toks, found, runs, run):
        """ "BLEU-1, BLEU-2 and ROUGE-L of 37.5, 24.1 and 33.8, against 31.2, 17.9 and 29.6 for BDG and 34.0, 20.3
        and 31.1 for GPT-4": lists of as many figures set against a list just paired with its measures, each in
        the units of its counterpart, take those measures in order; the last measure named had been shared with
        them all."""
        words = toks.words
        size, prev = len(run), run
        for other in runs:
            if other[0] <= prev[-1] or len(other) != size:
                continue
            if other[0] != prev[-1] + 1:
                break
            gap = words[toks.after[found[prev[-1]][0]] : found[other[0]][0]]
            if len(gap) > 8 or found[other[0]][2] is not found[run[0]][2] \
                    or any(w.text in SENTENCE_PUNCT for w in gap) \
                    or not any(w.lower_ in CONTRASTS or w.lower_ == "for" for w in gap) \
                    or {found[k][4] for k in other} - {None, found[run[-1]][4]} \
                    or any(found[k][1][2] != found[r][1][2] for k, r in zip(other, run)):
                break
            for k, r in zip(other, run):
                found[k][3], found[k][4] = found[r][3], found[r][4]
            prev = other

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
            if self._named_bracket_of(toks, found[first][2], lo, hi, end):
                # "an F1 of 91.2 on SQuAD v1.1 and an average score of 84.6 on GLUE (LAMB: 90.6 and 83.9)": a
                # baseline's figures in brackets right after as many results, in their measures, in order
                for k, model in zip(run, models):
                    found[k][3], found[k][4] = model[3], model[4]
                    mirrored[found[k][0]] = model[0]
                continue
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
                    or by_margins
                    # ("..., compared with 0.74, 0.52 and 0.77 for YourMT3+ and 0.62, 0.33 and 0.59 for MT3": the next
                    # baseline's list answers the one before it, in order)
                    or all(m[0] in mirrored for m in models) and hi - lo <= 8
                    and any(t.lower_ == "for" for t in words[lo:hi]) and words[hi - 1].lower_ in {"and", ","}
                    and not any(t.text in SENTENCE_PUNCT for t in words[lo:hi])):
                continue
            for k, model in zip(run, models):
                mirrored[found[k][0]] = model[0]
        return mirrored

    @staticmethod
    def _named_bracket_of(toks, ents, lo, hi, end):
        """Whether the figures from token ``hi`` to ``end`` stand in brackets that open, after a name and a
        colon, within a few words after the figure before them (which ends at ``lo``): "... on GLUE (LAMB:
        90.6 and 83.9)", "(supervised CRNN: 0.359 and 0.312)"."""
        words = toks.words
        if not (hi - lo <= 8 and words[hi - 1].text == ":" and end < toks.n and words[end].text == ")"):
            return False
        opening = next((k for k in range(hi - 2, lo - 1, -1) if words[k].text == "("), None)
        if opening is None or any(w.text in SENTENCE_PUNCT or w.figure is not None for w in words[lo:opening]):
            return False
        # the name: a method the sentence names, or one capitalised word, after at most one describing word
        return any(e.start > opening and e.end == hi - 1 for e in ents.methods) \
            or hi - opening == 3 and words[hi - 2].text[:1].isupper()

    @staticmethod
    def _partly_written(found, run):
        """ "a WER of 1.9% and a speaker similarity of 0.68, where F5-TTS obtains 2.4% and 0.66": a list whose
        measures, where it has any (the 2.4% took WER), are in place those of as many figures just before it gives
        the same measures in order to its figures without one, in the same units. Returns whether it did."""
        size, first = len(run), run[0]
        models = found[first - size : first]
        written = [k for k in run if found[k][4] is not None]
        if size < 2 or not written or len(written) == size or len({m[4] for m in models}) != size or None in {
                m[4] for m in models} or any(m[2] is not found[first][2] for m in models):
            return False
        pairs = list(zip(run, models))
        if any(found[k][4] is not None and found[k][4] != m[4] or found[k][4] is None and found[k][1][2] != m[1][2]
               for k, m in pairs):
            return False
        for k, m in pairs:
            if found[k][4] is None:
                found[k][3], found[k][4] = m[3], m[4]
        return True

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
            if not gains and first >= size and self._partly_written(found, run):
                continue
            if first < size or any(found[k][4] is not None for k in run) and not gains:
                continue
            models = found[first - size : first]
            metrics = [m[4] for m in models]
            if gains and (None in metrics or len(set(metrics)) < size):
                continue
            mixed = None not in metrics and len({found[k][1][2] for k in run}) > 1 \
                and all(found[k][1][2] == m[1][2] for k, m in zip(run, models))
            if (None in metrics or len(set(metrics)) < size) and not mixed:
                # ("68.2% accuracy on HiTab, 84.9% on TabFact, a BLEU of 38.9 on FeTaQA and 60.5 exact match on
                # HybridQA, against 64.7%, 82.6%, 39.1 and 58.2 for TableLlama": a list whose units change as the
                # results' do, figure by figure, is set against them one by one, though two share a measure)
                # "a perplexity of 23.3, 19.8 and 15.4 at 130M, 350M and 1.3B, compared with 25.1, 19.6 and 15.3
                # for AdamW": one measure, figure by figure, for a baseline named after the list, in the same
                # units, past the settings between
                last = toks.after[found[run[-1]][0]]
                if last >= toks.n or words[last].lower_ != "for":
                    continue
                models = [m for m in found[:first] if m[4] is not None][-size:]
                if len(models) < size or len({m[4] for m in models}) != 1 \
                        or any(found[k][1][2] != m[1][2] for k, m in zip(run, models)):
                    models = self._earlier_list(found, runs, run)
                    if models is None:
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
    def _earlier_list(found, runs, run):
        """ "certified accuracies of 72.4%, 58.1% and 41.6% at radii 0.5, 1.0 and 1.5, against 71.1%, 54.3% and
        38.1% for DDS": the nearest list before ``run`` as long as it, in its units figure by figure, whose first
        figure names the measure and whose others name no other (they take it later, ``_listed_metrics``).
        Returns its figures as models in that measure, or None."""
        size, first = len(run), run[0]
        for earlier in reversed(runs):
            if earlier[-1] >= first or len(earlier) != size:
                continue
            if any(found[k][1][2] != found[j][1][2] for k, j in zip(run, earlier)):
                continue
            head = found[earlier[0]]
            if head[4] is None or any(found[j][4] not in {None, head[4]} for j in earlier):
                return None
            return [[m[0], m[1], m[2], head[3], head[4], m[5]] for m in (found[j] for j in earlier)]
        return None

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
