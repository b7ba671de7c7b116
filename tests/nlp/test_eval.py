"""paperlens eval: the quality figures, and a floor under them so quality cannot silently fall."""
import json
import subprocess
from pathlib import Path

import pytest

from nlp import evaluate
from tests.conftest import paperlens_command

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
GOLD_FILES = [GOLD / "seed.jsonl", GOLD / "written.jsonl"]

# Overlap F1 and result-tuple F1 per gold set, a little under what was measured when
# these were set (see the README's quality table); raise them as the pipeline
# improves, never lower them to pass. Rules are tuned on the dev split of seed +
# written and the extra-dev sets only; the test split, holdout, fresh (written
# blind in the fourth session), fresh-2 (the sixth), fresh-3 (the sixteenth, a
# third of it in TeX as arXiv pages give it), fresh-4 and fresh-5 (the seventeenth),
# fresh-6 and fresh-7 (the eighteenth), fresh-8 (the twentieth), fresh-9 (the twenty-first), fresh-10
# (the twenty-second), fresh-11 (the twenty-third), fresh-12 and fresh-13 (the twenty-fourth), fresh-14 and fresh-15
# (the twenty-fifth), fresh-16 and fresh-17 (the twenty-sixth), fresh-18 and fresh-19 (the twenty-seventh) are read as
# totals only. Six
# tuning sets hold what their rules read: extra-dev-12 (half of it in TeX) the reading of TeX
# math, extra-dev-13 this year's papers, extra-dev-14 and -15 slashed tuples, colon lists and
# the other hard styles, extra-dev-16 the plain style of the blind sets in six more fields,
# extra-dev-17 six fields the others barely touch (recommenders, federated, medical imaging,
# tabular, point clouds, speech synthesis), extra-dev-18 six more (vision-language evaluation, single-cell,
# causal inference, 3D generation, optimization, audio events), extra-dev-19 six more (spiking networks, quantum ML,
# ecology, sign language, agriculture, sports video), extra-dev-20 six more (text-to-SQL, protein design, adversarial
# robustness, out-of-distribution detection, dialogue, source separation), extra-dev-21 six more (object tracking,
# scene text, emotion recognition, computational pathology, audio-language models, world models), extra-dev-22 six more
# (person re-identification, crowd counting, speaker verification, fact-checking, image editing, program repair),
# extra-dev-23 six more (image captioning, table QA, active learning, domain generalization, spoken language
# understanding, image retrieval), extra-dev-24 to -27 twenty-four more (segmentation, VQA, sentiment, handwriting,
# gait, dialogue state tracking; face recognition, low-light enhancement, summarization, sequential recommendation,
# surgical video, question generation; matting, frame interpolation, stereo, dehazing, grammatical error correction,
# entity linking; lane detection, video anomaly detection, generated-text detection, code summarization, symbolic
# regression, music transcription), extra-dev-28 to -32 twenty-eight more (panoptic segmentation, hyperspectral
# imaging, audio-visual segmentation, text style transfer, point cloud registration, speech quality; argument mining,
# pansharpening, legal judgment prediction, nowcasting; 6D pose, deblurring, scene graphs, deepfakes, navigation,
# diarization; long tails, noisy labels, zero-shot learning, video summarization, registration, open-set recognition;
# visual SLAM, audio captioning, harmonization, math expressions, protein function, point cloud completion).
FLOORS = {
    "test": ({"METHOD": 0.905, "DATASET": 0.975, "METRIC": 0.925, "TASK": 0.815, "ALL": 0.905}, 0.818),
    "holdout": ({"METHOD": 0.92, "DATASET": 0.945, "METRIC": 0.915, "TASK": 0.86, "ALL": 0.915}, 0.805),
    "fresh": ({"METHOD": 0.935, "DATASET": 0.975, "METRIC": 0.945, "TASK": 0.91, "ALL": 0.94}, 0.79),
    "fresh-2": ({"METHOD": 0.91, "DATASET": 0.965, "METRIC": 0.945, "TASK": 0.855, "ALL": 0.92}, 0.82),
    "fresh-3": ({"METHOD": 0.965, "DATASET": 0.975, "METRIC": 0.94, "TASK": 0.95, "ALL": 0.96}, 0.885),
    "fresh-4": ({"METHOD": 0.96, "DATASET": 0.96, "METRIC": 0.925, "TASK": 0.86, "ALL": 0.945}, 0.835),
    "fresh-5": ({"METHOD": 0.945, "DATASET": 0.98, "METRIC": 0.94, "TASK": 0.935, "ALL": 0.95}, 0.865),
    "fresh-6": ({"METHOD": 0.955, "DATASET": 0.96, "METRIC": 0.895, "TASK": 0.855, "ALL": 0.935}, 0.8),
    "fresh-7": ({"METHOD": 0.96, "DATASET": 0.975, "METRIC": 0.935, "TASK": 0.93, "ALL": 0.955}, 0.87),
    "fresh-8": ({"METHOD": 0.945, "DATASET": 0.955, "METRIC": 0.95, "TASK": 0.97, "ALL": 0.95}, 0.86),
    "fresh-9": ({"METHOD": 0.94, "DATASET": 0.965, "METRIC": 0.915, "TASK": 0.97, "ALL": 0.94}, 0.785),
    "fresh-10": ({"METHOD": 0.93, "DATASET": 0.975, "METRIC": 0.925, "TASK": 0.865, "ALL": 0.93}, 0.77),
    "fresh-11": ({"METHOD": 0.905, "DATASET": 0.925, "METRIC": 0.895, "TASK": 0.91, "ALL": 0.91}, 0.745),
    "fresh-12": ({"METHOD": 0.925, "DATASET": 0.885, "METRIC": 0.89, "TASK": 0.885, "ALL": 0.91}, 0.695),
    "fresh-13": ({"METHOD": 0.955, "DATASET": 0.94, "METRIC": 0.945, "TASK": 0.935, "ALL": 0.95}, 0.78),
    "fresh-14": ({"METHOD": 0.95, "DATASET": 0.95, "METRIC": 0.95, "TASK": 0.92, "ALL": 0.945}, 0.795),
    "fresh-15": ({"METHOD": 0.95, "DATASET": 0.935, "METRIC": 0.935, "TASK": 0.91, "ALL": 0.94}, 0.855),
    "extra-dev-12": ({"METHOD": 0.955, "DATASET": 0.98, "METRIC": 0.92, "TASK": 0.92, "ALL": 0.95}, 0.865),
    "extra-dev-13": ({"METHOD": 0.95, "DATASET": 0.975, "METRIC": 0.945, "TASK": 0.87, "ALL": 0.95}, 0.895),
    "extra-dev-14": ({"METHOD": 0.945, "DATASET": 0.975, "METRIC": 0.915, "TASK": 0.93, "ALL": 0.94}, 0.805),
    "extra-dev-15": ({"METHOD": 0.96, "DATASET": 0.99, "METRIC": 0.935, "TASK": 0.935, "ALL": 0.96}, 0.83),
    "extra-dev-16": ({"METHOD": 0.95, "DATASET": 0.97, "METRIC": 0.905, "TASK": 0.875, "ALL": 0.935}, 0.86),
    "extra-dev-17": ({"METHOD": 0.97, "DATASET": 0.98, "METRIC": 0.955, "TASK": 0.81, "ALL": 0.955}, 0.89),
    "extra-dev-18": ({"METHOD": 0.97, "DATASET": 0.965, "METRIC": 0.92, "TASK": 0.905, "ALL": 0.955}, 0.9),
    "extra-dev-19": ({"METHOD": 0.96, "DATASET": 0.94, "METRIC": 0.95, "TASK": 0.94, "ALL": 0.95}, 0.84),
    "extra-dev-20": ({"METHOD": 0.955, "DATASET": 0.975, "METRIC": 0.93, "TASK": 0.89, "ALL": 0.945}, 0.84),
    "extra-dev-21": ({"METHOD": 0.98, "DATASET": 0.955, "METRIC": 0.965, "TASK": 0.905, "ALL": 0.965}, 0.875),
    "extra-dev-22": ({"METHOD": 0.97, "DATASET": 0.96, "METRIC": 0.97, "TASK": 0.94, "ALL": 0.965}, 0.91),
    "extra-dev-23": ({"METHOD": 0.94, "DATASET": 0.98, "METRIC": 0.97, "TASK": 0.88, "ALL": 0.945}, 0.88),
    "fresh-16": ({"METHOD": 0.92, "DATASET": 0.93, "METRIC": 0.915, "TASK": 0.925, "ALL": 0.92}, 0.71),
    "fresh-17": ({"METHOD": 0.94, "DATASET": 0.955, "METRIC": 0.91, "TASK": 0.895, "ALL": 0.93}, 0.815),
    "extra-dev-24": ({"METHOD": 0.975, "DATASET": 0.99, "METRIC": 0.965, "TASK": 0.945, "ALL": 0.97}, 0.935),
    "extra-dev-25": ({"METHOD": 0.97, "DATASET": 0.975, "METRIC": 0.96, "TASK": 0.94, "ALL": 0.965}, 0.885),
    "extra-dev-26": ({"METHOD": 0.965, "DATASET": 0.95, "METRIC": 0.965, "TASK": 0.945, "ALL": 0.96}, 0.87),
    "extra-dev-27": ({"METHOD": 0.945, "DATASET": 0.945, "METRIC": 0.92, "TASK": 0.93, "ALL": 0.94}, 0.77),
    "fresh-18": ({"METHOD": 0.935, "DATASET": 0.95, "METRIC": 0.96, "TASK": 0.925, "ALL": 0.94}, 0.815),
    "fresh-19": ({"METHOD": 0.945, "DATASET": 0.96, "METRIC": 0.965, "TASK": 0.945, "ALL": 0.95}, 0.81),
    "extra-dev-28": ({"METHOD": 0.955, "DATASET": 0.95, "METRIC": 0.92, "TASK": 0.93, "ALL": 0.945}, 0.75),
    "extra-dev-29": ({"METHOD": 0.955, "DATASET": 0.95, "METRIC": 0.96, "TASK": 0.83, "ALL": 0.945}, 0.795),
    "extra-dev-30": ({"METHOD": 0.945, "DATASET": 0.97, "METRIC": 0.94, "TASK": 0.88, "ALL": 0.94}, 0.85),
    "extra-dev-31": ({"METHOD": 0.95, "DATASET": 0.98, "METRIC": 0.92, "TASK": 0.86, "ALL": 0.94}, 0.875),
    "extra-dev-32": ({"METHOD": 0.965, "DATASET": 0.96, "METRIC": 0.96, "TASK": 0.925, "ALL": 0.96}, 0.835),
}
SETS = {"test": (GOLD_FILES, "test"), "holdout": ([GOLD / "holdout.jsonl"], "test"),
        "fresh": ([GOLD / "fresh.jsonl"], None), "fresh-2": ([GOLD / "fresh-2.jsonl"], None),
        "fresh-3": ([GOLD / "fresh-3.jsonl"], None), "fresh-4": ([GOLD / "fresh-4.jsonl"], None),
        "fresh-5": ([GOLD / "fresh-5.jsonl"], None), "extra-dev-12": ([GOLD / "extra-dev-12.jsonl"], None),
        "extra-dev-13": ([GOLD / "extra-dev-13.jsonl"], None), "extra-dev-14": ([GOLD / "extra-dev-14.jsonl"], None),
        "fresh-6": ([GOLD / "fresh-6.jsonl"], None), "fresh-7": ([GOLD / "fresh-7.jsonl"], None),
        "extra-dev-15": ([GOLD / "extra-dev-15.jsonl"], None), "extra-dev-16": ([GOLD / "extra-dev-16.jsonl"], None),
        "fresh-8": ([GOLD / "fresh-8.jsonl"], None), "extra-dev-17": ([GOLD / "extra-dev-17.jsonl"], None),
        "fresh-9": ([GOLD / "fresh-9.jsonl"], None), "extra-dev-18": ([GOLD / "extra-dev-18.jsonl"], None),
        "fresh-10": ([GOLD / "fresh-10.jsonl"], None), "fresh-11": ([GOLD / "fresh-11.jsonl"], None),
        "extra-dev-19": ([GOLD / "extra-dev-19.jsonl"], None), "fresh-12": ([GOLD / "fresh-12.jsonl"], None),
        "extra-dev-20": ([GOLD / "extra-dev-20.jsonl"], None), "fresh-13": ([GOLD / "fresh-13.jsonl"], None),
        "extra-dev-21": ([GOLD / "extra-dev-21.jsonl"], None), "fresh-14": ([GOLD / "fresh-14.jsonl"], None),
        "extra-dev-22": ([GOLD / "extra-dev-22.jsonl"], None), "fresh-15": ([GOLD / "fresh-15.jsonl"], None),
        "extra-dev-23": ([GOLD / "extra-dev-23.jsonl"], None), "fresh-16": ([GOLD / "fresh-16.jsonl"], None),
        "fresh-17": ([GOLD / "fresh-17.jsonl"], None), "extra-dev-24": ([GOLD / "extra-dev-24.jsonl"], None),
        "extra-dev-25": ([GOLD / "extra-dev-25.jsonl"], None), "extra-dev-26": ([GOLD / "extra-dev-26.jsonl"], None),
        "extra-dev-27": ([GOLD / "extra-dev-27.jsonl"], None),
        **{name: ([GOLD / f"{name}.jsonl"], None) for name in (
            "fresh-18", "fresh-19", "extra-dev-28", "extra-dev-29", "extra-dev-30", "extra-dev-31", "extra-dev-32")}}
# The full tuple with its method (``results_with_method``), a little under what was measured
# when these were set (every set audited for the guideline's decision 18 in the twenty-second
# session), so which method a figure is given for cannot silently fall either.
METHOD_FLOORS = {"test": 0.66, "holdout": 0.735, "fresh": 0.69, "fresh-2": 0.735, "fresh-3": 0.825, "fresh-4": 0.76,
                 "fresh-5": 0.765, "fresh-6": 0.72, "fresh-7": 0.805, "fresh-8": 0.745, "fresh-9": 0.685,
                 "fresh-10": 0.68, "fresh-11": 0.645, "fresh-12": 0.65, "fresh-13": 0.685, "fresh-14": 0.71,
                 "fresh-15": 0.745, "fresh-16": 0.61, "fresh-17": 0.715, "extra-dev-16": 0.74, "extra-dev-17": 0.815,
                 "extra-dev-18": 0.765, "extra-dev-19": 0.76, "extra-dev-20": 0.74, "extra-dev-21": 0.795,
                 "extra-dev-22": 0.84, "extra-dev-23": 0.765, "extra-dev-24": 0.845, "extra-dev-25": 0.82,
                 "extra-dev-26": 0.805, "extra-dev-27": 0.675, "fresh-18": 0.72, "fresh-19": 0.685, "extra-dev-28": 0.665,
                 "extra-dev-29": 0.73, "extra-dev-30": 0.775, "extra-dev-31": 0.745, "extra-dev-32": 0.785}


@pytest.fixture(scope="module")
def reports():
    """Each gold set's report, made once for all the floor tests."""
    made = {}
    for name, (paths, split) in SETS.items():
        records = []
        for path in paths:
            with path.open(encoding="utf-8") as f:
                records += evaluate.read_gold(f, split=split)
        made[name] = evaluate.evaluate(records)
    return made


def test_no_rule_reads_past_the_words_read_on_any_gold_set(reports):
    # A rule that looks past what the results step had read is caught and the doc read again whole
    # (tests/nlp/test_results_tokens.py); on the gold sets no doc may need that.
    from nlp import pipeline

    assert pipeline.load().get_pipe("paperlens_results").rereads == 0


def test_gold_splits_are_fixed_and_disjoint():
    for path in GOLD_FILES:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(records) >= 100
        for r in records:
            number = int(r["id"].rsplit("-", 1)[1])
            assert r["split"] == ("dev" if number % 2 == 0 else "test"), r["id"]


@pytest.mark.parametrize("gold_set, label", [(name, label) for name in FLOORS for label in FLOORS[name][0]])
def test_overlap_f1_stays_above_its_floor(reports, gold_set, label):
    report = reports[gold_set]
    counts = report.overlap[label] if label != "ALL" else report.total("overlap")
    assert counts.f1 >= FLOORS[gold_set][0][label], f"{gold_set} {label} overlap F1 fell to {counts.f1:.3f}"


@pytest.mark.parametrize("label", ["METHOD", "DATASET", "METRIC", "TASK"])
def test_exact_match_f1_on_the_test_split_is_within_the_targets_gap_of_overlap(reports, label):
    # the target: exact-match F1 no more than 0.08 below overlap F1, label by label (where a
    # highlight starts and ends is what a user sees; guideline decision 19 settled the largest
    # disagreement, "average accuracy")
    exact, overlap = reports["test"].exact[label].f1, reports["test"].overlap[label].f1
    assert overlap - exact <= 0.08, f"{label}: exact {exact:.3f} is {overlap - exact:.3f} below overlap {overlap:.3f}"


@pytest.mark.parametrize("gold_set", list(FLOORS))
def test_result_tuple_f1_stays_above_its_floor(reports, gold_set):
    f1 = reports[gold_set].results.f1
    assert f1 >= FLOORS[gold_set][1], f"{gold_set} result-tuple F1 fell to {f1:.3f}"


@pytest.mark.parametrize("gold_set", sorted(METHOD_FLOORS))
def test_result_tuple_with_its_method_stays_above_its_floor(reports, gold_set):
    f1 = reports[gold_set].results_with_method.f1
    assert f1 >= METHOD_FLOORS[gold_set], f"{gold_set} result F1 with the method fell to {f1:.3f}"


def test_eval_command_prints_every_label_and_results():
    result = subprocess.run(paperlens_command() + ["eval", str(GOLD_FILES[0]), "--split", "test"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for word in ["METHOD", "DATASET", "METRIC", "TASK", "ALL", "results (metric, value, dataset)", "method)"]:
        assert word in result.stdout


def test_eval_json_and_a_bad_gold_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "FID", "spans": [{"start": 0, "end": 99, "label": "METRIC"}]}\n', encoding="utf-8")
    result = subprocess.run(paperlens_command() + ["eval", str(bad)], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "bad span" in result.stderr and result.stderr.count("\n") == 1


def test_a_result_on_a_name_the_abstract_defines_matches_either_form():
    text = ("We evaluate on the Schema-Guided Dialogue (SGD) dataset. "
            "On SGD, FlowDST reaches a joint goal accuracy of 86.4% and reduces memory usage by 40%.")
    record = {"id": "x-1", "title": "", "text": text, "spans": [], "results": [
        {"metric": "joint goal accuracy", "value": 86.4, "dataset": "SGD"},
        {"metric": "memory usage reduction", "value": 40, "dataset": "SGD"}]}
    report = evaluate.evaluate([record])
    assert (report.results.tp, report.results.gold) == (2, 2)


def test_a_result_on_a_split_is_on_its_dataset_and_not_on_a_sibling():
    names = {}
    assert evaluate.same_result(evaluate.result_key({"metric": "WER", "value": 2.8, "dataset": "LibriSpeech test-clean"}, names),
                                evaluate.result_key({"metric": "WER", "value": 2.8, "dataset": "LibriSpeech"}, names))
    assert not evaluate.same_result(evaluate.result_key({"metric": "accuracy", "value": 91.0, "dataset": "CIFAR-10"}, names),
                                    evaluate.result_key({"metric": "accuracy", "value": 91.0, "dataset": "CIFAR-100"}, names))


def test_results_are_also_scored_with_the_method_they_are_given_for():
    text = "On PASCAL-5i, PromptSeg achieves a one-shot mIoU of 73.8, surpassing the trained HSNet by 7.3 points."
    record = {"id": "x-2", "title": "", "text": text, "spans": [], "results": [
        {"metric": "mIoU", "value": 73.8, "dataset": "PASCAL-5i", "method": "PromptSeg"},
        {"metric": "mIoU", "value": 7.3, "dataset": "PASCAL-5i", "method": "PromptSeg"}]}
    report = evaluate.evaluate([record])
    # the margin by which it beats HSNet is PromptSeg's, not HSNet's
    assert (report.results_with_method.tp, report.results_with_method.gold) == (2, 2)
    wrong = dict(record, results=[dict(r, method="HSNet") for r in record["results"]])
    report = evaluate.evaluate([wrong])
    assert (report.results.tp, report.results_with_method.tp) == (2, 0)
    assert "results_with_method" in report.as_dict()
