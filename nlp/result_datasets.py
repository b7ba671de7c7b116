"""The result rules that find a figure's dataset: the one its sentence names nearest before it,
or right after it, a split of it, a frame the sentence opens with ("On CIFAR-10, ..."), and not one
a model was trained on or one of a list that the figure is averaged over (guideline decision 11).
Part of ``results.ResultExtractor``."""
from .result_lists import ListedFigures
from .result_tokens import Sentences
from .result_words import (
    AFTER_FIGURE, BARE_SHARE_VERBS, CHANGE_NOUNS, CHANGE_VERBS, CLAUSE_VERBS, CLAUSE_WORDS, COLLECTION_WORDS,
    COST_METRICS, COUNTED_FROM, COUNTED_NAME, FRAME_ENDING_VERBS, FRAME_OPENERS, MODEL_TRAINED_ON, PART_NOUNS, PARTS_OF,
    NUMBER_WORDS, SENTENCE_PUNCT, SHARE_MEASURE, SMALLER_WORDS, SOURCE_ITEMS_AFTER, SPLIT_WORDS, TRAINED_ON, TRAINING, UNITS,
    UNNAMED_DATA, is_cost,
)


# The words an aside after a frame opens with: "On STARSS23, the evaluation data of ...", "On DESED, used in ...".
APPOSITION_OPENERS = {"the", "a", "an", "used", "which", "part", "one", "its"}


class DatasetRules:
    """Rules for the dataset of a figure.

    A part of ``results.ResultExtractor``, which mixes it in: its rules call each
    other, and the other parts' rules, through ``self``."""

    @staticmethod
    def _and_on_dataset(toks, found):
        """ "MSE on Electricity is 0.151 and on Weather 0.219": a figure after "and on <dataset>" reports the
        metric of the figure just before it, on that dataset."""
        words = toks.words
        for k, (a, b) in enumerate(zip(found, found[1:])):
            start = toks.after[a[0]]
            if a[4] is None and start + 1 < b[0] and words[start].text == ")":
                # "92.3% worst-group accuracy (Group DRO: 91.4%; JTT: 86.7%), and on CelebA 86.1%": the result
                # before the baselines' bracket
                opening = next((j for j in range(start - 1, max(0, start - 16), -1) if words[j].text == "("), None)
                a = next((g for g in reversed(found[:k]) if opening is not None and g[0] < opening), a)
            if b[4] is not None or b[3] is not None or a[4] is None or a[2] is not b[2] or a[1][2] != b[1][2]:
                continue
            end = b[0]
            start = a[2].past_metric(start)  # "73.6% accuracy, and on B 91.2%"
            if start + 1 < end and words[start].text == ")":
                start += 1  # past the bracket
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
    def _figure_and_on_dataset(toks, found):
        """ "an NDCG@5 of 0.6712 on Yahoo! R3 (DR: 0.6385, MACR: 0.6490) and 0.6093 on Coat": a figure after "and",
        on a dataset of its own, reports the measure of the result it is listed after, itself on a dataset
        (past the baselines' figures in brackets after that one)."""
        words = toks.words
        for k, b in enumerate(found):
            i = b[0]
            if b[4] is not None or b[3] is not None or k == 0 or i < 3 or words[i - 1].lower_ != "and":
                continue
            after = toks.after[i]
            if after + 1 >= toks.n or words[after].lower_ not in {"on", "in"} \
                    or not any(e.start in {after + 1, after + 2} for e in b[2].datasets):
                continue
            p = i - 2 if words[i - 2].text == "," else i - 1  # ", and"
            toks.read(i - 30, i)
            if words[p - 1].text == ")":
                # past the bracket after the result: its figures are other methods'
                depth, p = 1, p - 2
                while p > 0 and depth and p > i - 30:
                    depth += {")": 1, "(": -1}.get(words[p].text, 0)
                    p -= 1
                if depth:
                    continue
                p += 1
            # the result: on a dataset named right before ``p``
            a = next((g for g in reversed(found[:k]) if g[0] < p), None)
            if a is None or a[4] is None or a[2] is not b[2] or a[1][2] != b[1][2] \
                    or words[toks.after[a[0]]].lower_ not in {"on", "in"} \
                    or not any(e.end == p for e in b[2].datasets):
                continue
            b[3], b[4] = a[3], a[4]

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
            if words[after].lower_ in {",", "and"} and any(e.start == self._list_end(toks, i) for e in f[2].metrics):
                continue  # "reaches 74.8%, 41.6% and 29.3% top-1 accuracy on ...": the list names its measure after it
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
    def _named_before(ents, i, size, toks=None):
        """The last ``size`` different datasets named in the sentence before token ``i``, in the
        order named, or None when fewer are named. (Not a collection its parts are said to be of:
        "On the SOTS indoor and SOTS outdoor subsets of RESIDE, ... 42.61 dB and 39.87 dB".)"""
        seen = []
        for e in reversed(ents.datasets):
            if toks is not None and e.start > 1 and toks.words[e.start - 1].lower_ == "of" \
                    and toks.words[e.start - 2].lower_ in PARTS_OF:
                continue
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
            gap = current[-1].end + ListedFigures._aside_after(toks, current[-1].end, e.start) if current else 0
            if current and (words[gap : e.start]
                            and all(t.lower_ in {"and", ",", "or", "the", "/"} for t in words[gap : e.start])
                            or DatasetRules._part_of_next(words[current[-1].end : e.start])):
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
    def _dataset_words(toks, start, end, ents):
        """How many words from ``start`` to ``end`` the datasets of a list take beyond one each, with the asides in
        brackets that say what they test: "its accuracy on Llama Questions and Web Questions is", "speedups on HumanEval
        (code generation) and GSM8K (mathematical reasoning) are" keep their measure as one-word names would."""
        inside = [e for e in ents.datasets if start <= e.start and e.end <= end]
        if len(inside) < 2:
            return 0  # (a list of datasets the measure is given over, not "55.0 AP on COCO val2017, respectively, at 2.9")
        return sum(e.end - e.start - 1 + ListedFigures._aside_after(toks, e.end, end) for e in inside)

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
    def _over_unnamed_tasks(toks, ents, i, metric_span, dataset):
        """Whether the figure is averaged over tasks the sentence counts but does not name, and its dataset
        only names another measure: "a WikiText-2 perplexity of 7.41 (...) and an average zero-shot accuracy
        of 68.9% over six commonsense tasks" is on none of them (guideline decision 11), though "On D4RL, ...
        an average normalised score of 78.4 over nine tasks" is on the suite it opens with."""
        words = toks.words
        k = toks.after[i]
        toks.read(k, k + 6)
        if k + 2 >= toks.n or words[k].lower_ not in {"over", "on", "across"} \
                or not (words[k + 1].lower_ in NUMBER_WORDS or words[k + 1].text.isdigit()):
            return False
        end = next((j for j in range(k + 2, min(toks.n, k + 6)) if words[j].lower_ in {"tasks", "benchmarks"}), None)
        if end is None or not all(w.is_alpha or w.text == "-" for w in words[k + 2 : end]) \
                or any(k < e.start < end for e in ents.datasets):
            return False
        e = next((e for e in reversed(ents.datasets) if e.end <= i and e.canonical == dataset), None)
        named = e is not None and ents.metric_starting_at(e.end)
        return bool(named) and (metric_span is None or named.start_char != metric_span[0])

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
    def _apposition_after_frame(toks, ents, frame, named, i):
        """Whether dataset ``named`` stands in an aside set off by commas right after the sentence's
        frame ``frame`` ("On STARSS23, the evaluation data of the DCASE 2023 Task 3 challenge, ...", "On the
        validation split of DESED, used in the DCASE 2023 Task 4 challenge, ..."), before figure ``i``."""
        words = toks.words
        if frame.end + 1 >= named.start or words[frame.end].text != "," \
                or words[frame.end + 1].lower_ not in APPOSITION_OPENERS:
            return False
        if any(w.figure is not None or w.lower_ in CLAUSE_WORDS for w in words[frame.end + 1 : named.start]):
            return False  # "On XNLI, the trimmed models lose 0.3 points ..., and on ... XTREME, F1 drops": a clause
        close = next((k for k in range(named.end, i) if words[k].text == ","), None)
        return close is not None and close - named.end <= 2 \
            and not any(w.text in SENTENCE_PUNCT for w in words[frame.end + 1 : i]) \
            and DatasetRules._framed(toks, ents, frame.canonical)

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
        return not DatasetRules._framed(toks, ents, dataset)

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
        return not any(last < e.start < i for e in ents.datasets) and not DatasetRules._named_after(toks, ents, i)

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
        if len(before) < 2 or DatasetRules._named_after(toks, ents, i):
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
        return len(members) >= 2 and DatasetRules._collection_of(toks, ents, members[0]) is None

    @staticmethod
    def _named_after(toks, ents, i):
        """Whether a dataset is named right after the figure ("6.1% on test-other", "38.7% of SWE-bench Lite")."""
        words = toks.words
        if DatasetRules._share_of_dataset(toks, ents, i) is not None:
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
        paired = DatasetRules._paired_figure_after(toks, ents, i)
        if paired is not None:
            measured += paired[1] - paired[0]
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
            if paired is not None and paired[1] < e.start and (skip or paired[0] == toks.after.get(i, i + 1)):
                # "65.2% Rank-1 and 61.9% mAP on PRCC", "92.1 and 84.0 mAP on RParis": the pair's second figure and
                # measure
                skip.update(range(*paired))
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
                        names[0] is e for names in DatasetRules._dataset_lists(toks, ents)):
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
        share = DatasetRules._share_of_dataset(toks, ents, i)
        if share is not None:
            return share
        # "53.9 AP on COCO, compared with 53.1 AP for RT-DETR": the dataset named after one figure is the next one's too
        before = [e for e in datasets if e.end <= i and i - e.end <= reach]
        while before and DatasetRules._counted_source(toks, before[-1]):
            before.pop()
        if len(before) > 1 and DatasetRules._noise_source(toks, before[-1]):
            before.pop()  # "on Libri2Mix with WHAM noise, Zindrove raises PESQ from 2.41 to 2.87": on Libri2Mix
        if before and DatasetRules._pretrained_on(toks, before[-1]) and any(e.start > i for e in datasets):
            before = []  # "pre-trained on ImageNet-21K, ... a mean top-1 accuracy of 77.4% over the 19 tasks of
            # VTAB-1k": the data it learned from is not where the figure after was measured
        if len(before) > 1 and DatasetRules._model_trained_on(toks, before[-1]) \
                and not any(w.text in SENTENCE_PUNCT for w in words[before[0].end : i]) \
                and DatasetRules._framed(toks, ents, before[0].canonical):
            # "On ETH, with a model trained only on 3DMatch, Anchorweave reaches 88.4% RR": the frame says where
            # it is measured; the data it was trained on, named inside the frame's sentence, does not
            return before[0].canonical
        if before:
            last = before[-1]
            # (from the word before the second-last dataset too, which the frame rule below asks about)
            toks.read(min(last.start - 3, before[-2].start - 1) if len(before) > 1 else last.start - 3, i)
            between = words[last.end : i]
            # (not "winning on 31 datasets": a count of the collection's own datasets)
            if any(w.lower_ in {"on", "in"} and k + 1 < len(between) and between[k + 1].figure is None
                   and any(v.lower_ in UNNAMED_DATA for v in between[k + 1 : k + 6])
                   and not DatasetRules._split_of_named(between, k + 1)
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
            if len(before) > 1 and DatasetRules._apposition_after_frame(toks, ents, before[-2], last, i):
                # "On STARSS23, the evaluation data of the DCASE 2023 Task 3 challenge, Kessaro achieves ...": the
                # frame's dataset, not the one the aside after it names
                return before[-2].canonical
            if len(before) > 1 and 2 <= last.start - before[-2].end <= 3 and words[last.start - 1].lower_ == "of" \
                    and words[last.start - 2].lower_ in PART_NOUNS:
                # "On the iWildCam subset of WILDS, ... coverage improves to 89.1%", "On the 119 Feynman problems of
                # SRBench, ... an accuracy of 87.4%", "On the OASIS task of Learn2Reg 2021, ... a Dice of 0.806")
                return before[-2].canonical
            listed = next((names for names in DatasetRules._dataset_lists(toks, ents) if names[-1] is last), None)
            if listed is not None and len(listed) == 2 and [w.text for w in words[listed[0].end : last.start]] == [","] \
                    and toks.metric_starts_within(last.end, last.end):
                # "after instruction tuning on Alpaca, MMLU accuracy is 68.9": no list but a clause that ends at
                # the comma, then the benchmark the measure after it is taken on
                return last.canonical
            if listed is not None:
                # "On ARC-Challenge, HellaSwag, PIQA and WinoGrande its zero-shot accuracy is 61.4%": an
                # average over the datasets listed, none of them alone (a list of figures pairs with them);
                # over the members of a collection named before them, the collection's ("On the MoleculeNet
                # classification tasks BACE, BBBP, ... and SIDER, the average ROC-AUC is 78.9%")
                collection = DatasetRules._collection_of(toks, ents, listed[0])
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
        if after and any(names[0] is after[0] for names in DatasetRules._dataset_lists(toks, ents)):
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
    def _paired_figure_after(toks, ents, i):
        """The tokens (start, end) of "and <figure> <its measure>" right after the figure or its own measure, where
        two results are written as one pair before their dataset: "65.2% Rank-1 and 61.9% mAP on PRCC", "92.1 and
        84.0 mAP on RParis"; else None."""
        words = toks.words
        k = toks.after.get(i, i + 1)
        toks.read(k, k + 10)
        own = ents.metric_starting_at(k)
        j = own.end if own is not None else k  # ("92.1 and 84.0 mAP on RParis": the measure after both)
        if j + 2 >= toks.n or words[j].lower_ != "and":
            return None
        fig = toks.figure(j + 1)
        if fig is None:
            return None
        second = ents.metric_starting_at(toks.after_unit(j + 1, fig))
        return (j, second.end) if second is not None else None

    @staticmethod
    def _noise_source(toks, e):
        """Whether the dataset is the noise another is mixed with ("with WHAM noise", "corrupted with MUSAN
        noise"), a corpus of noise recordings that says how the test data were made, not the test data."""
        text = toks.text
        return text.startswith(" noise", e.end_char) and text[max(0, e.start_char - 5) : e.start_char] == "with "

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
