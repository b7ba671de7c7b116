"""Reported results: the figures a reader scans an abstract for, tied to metric and dataset."""
import pytest

from nlp import pipeline


def results_of(record):
    title, abstract = pipeline.annotate_groups([[record["title"], record["text"]]], with_results=True)[0]
    return abstract["results"], record["text"]


def test_lowdiff_fid_on_cifar10(seed_by_title):
    results, text = results_of(seed_by_title("LowDiff"))
    fid = [r for r in results if r["metric"] == "FID" and r["value"] == 2.11]
    assert fid and fid[0]["dataset"] == "CIFAR-10" and fid[0]["method"] == "LowDiff"
    assert text[fid[0]["start"]:fid[0]["end"]] == "FID of 2.11"
    assert {(r["metric"], r["value"], r["dataset"]) for r in results} >= {
        ("FID", 2.43, "FFHQ 64x64"), ("FID", 4.0, "ImageNet 256x256"), ("Inception Score", 195.06, "ImageNet 256x256")}


def test_mcquic_speed_up_where_the_page_lost_the_times_sign(seed_by_title):
    results, text = results_of(seed_by_title("Unified Multivariate Gaussian Mixture"))
    [speed] = [r for r in results if r["value"] == 3.18]
    assert speed["unit"] == "×" and "speed" in speed["metric"]
    assert text[speed["start"]:speed["end"]] == "3.18times compression speed up"


def test_tspulse_gain_is_tied_to_the_dataset_named_after_it(seed_by_title):
    results, _ = results_of(seed_by_title("TSPulse"))
    assert ("improvement", 20.0, "%", "TSB-AD") in {(r["metric"], r["value"], r["unit"], r["dataset"]) for r in results}


def test_sizes_years_and_settings_are_not_results():
    [[block]] = pipeline.annotate_groups(
        [["In 2024 we trained on ImageNet 256x256 for 400 epochs with only 1M parameters and 8 GPUs."]],
        with_results=True)
    assert block["results"] == []


def test_coordinated_figures_share_their_metric():
    [[block]] = pipeline.annotate_groups([["It is faster than Sputnik and SparTA by 2.9x and 1.5x speedup."]],
                                         with_results=True)
    assert [(r["value"], r["unit"]) for r in block["results"]] == [(2.9, "×"), (1.5, "×")]
    assert len({r["metric"] for r in block["results"]}) == 1


def test_a_sentence_opening_with_a_greek_letter_takes_no_dataset_of_the_one_before():
    doc = pipeline.load()("The RMSE on ETTh1 and ETTm1 is 0.581 and 0.839, respectively. "
                          "α-Precision and β-Recall are 99.1 and 53.4 on average.")
    found = {(r["metric"], r["value"], r["dataset"]) for r in doc._.results}
    assert ("α-precision", 99.1, None) in {(m.lower(), v, d) for m, v, d in found}


def test_a_clause_naming_training_data_then_a_benchmarks_measure_is_on_the_benchmark():
    doc = pipeline.load()("After instruction tuning on Alpaca, MMLU accuracy is 68.9.")
    assert [(r["metric"], r["value"], r["dataset"]) for r in doc._.results] == [("accuracy", 68.9, "MMLU")]


@pytest.mark.parametrize("text,dataset", [
    ("On STARSS23, the evaluation data of the DCASE 2023 Task 3 challenge, Kessaro achieves a location-dependent "
     "F-score of 48.3%.", "STARSS23"),
    ("On the validation split of DESED, used in the DCASE 2023 Task 4 challenge, Kesmira obtains a PSDS1 of 0.571.",
     "DESED"),
    ("On XNLI, the trimmed models lose 0.3 points of accuracy, and on the NER portion of XTREME, F1 drops from 61.4 "
     "to 61.1.", "XTREME"),
])
def test_an_aside_after_the_frame_does_not_take_its_dataset(text, dataset):
    doc = pipeline.load()(text)
    assert doc._.results and doc._.results[-1]["dataset"] == dataset


def test_a_figure_a_subject_scores_is_in_the_measures_its_sentence_named():
    doc = pipeline.load()("Measured by FENSE, which penalizes disfluent captions, Kethra scores 0.559 on Clotho.")
    assert [(r["metric"], r["value"]) for r in doc._.results] == [("FENSE", 0.559)]
    doc = pipeline.load()("On DESED, Kesmira obtains a CHAIR_S of 0.571 and a CHAIR_I of 0.836, whereas the official "
                          "CRNN baseline scores 0.359 and 0.562.")
    assert [(r["metric"], r["value"]) for r in doc._.results][2:] == [("CHAIR_S", 0.359), ("CHAIR_I", 0.562)]


def test_a_baselines_figures_in_brackets_answer_the_results_before_them_in_order():
    doc = pipeline.load()("The fine-tuned model attains an F1 of 91.2 on SQuAD v1.1 and an accuracy of 84.6 on MNLI "
                          "(LAMB: 90.6 and 83.9).")
    found = [(r["metric"], r["value"], r["dataset"], r["method"]) for r in doc._.results]
    assert found[2:] == [("F1 score", 90.6, "SQuAD v1.1", "LAMB"), ("accuracy", 83.9, "MNLI", "LAMB")]


def test_a_figure_after_a_name_in_brackets_is_no_version_when_its_major_has_two_digits():
    doc = pipeline.load()("On GPTEval3D, its CLIP score is 33.8 (LucidDreamer 32.1).")
    assert ("CLIP score", 32.1, "LucidDreamer") in {(r["metric"], r["value"], r["method"]) for r in doc._.results}
    doc = pipeline.load()("Diarization error falls to 11.2% against 19.3% for pyannote.audio 3.1 and NeMo.")
    assert 3.1 not in {r["value"] for r in doc._.results}


def test_a_list_whose_first_figure_took_its_measure_gives_the_rest_theirs_in_order():
    doc = pipeline.load()("Kestrel synthesizes speech with a WER of 1.9% and a speaker similarity of 0.68 on "
                          "LibriSpeech-PC test-clean, where F5-TTS obtains 2.4% and 0.66.")
    found = [(r["metric"], r["value"]) for r in doc._.results]
    assert found[2:] == [("WER", 2.4), ("speaker similarity", 0.66)]
