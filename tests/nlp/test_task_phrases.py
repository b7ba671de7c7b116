"""Tasks the knowledge base does not list, found by how the sentence uses them."""
import pytest

from nlp import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def tasks(nlp, text):
    return {(e.text, e.kb_id_) for e in nlp(text).ents if e.label_ == "TASK"}


@pytest.mark.parametrize("text,task,canonical", [
    ("We benchmark graph networks on crystal stability prediction.", "crystal stability prediction",
     "crystal stability prediction"),
    ("A genomic language model fine-tuned for promoter detection and splice sites.", "promoter detection",
     "promoter detection"),
    ("Gains are largest in unconditional backbone generation, where samples are longer.",
     "unconditional backbone generation", "unconditional backbone generation"),
    ("Frozen encoders transfer to the clinical prediction tasks we study.", "clinical prediction",
     "clinical prediction"),
    ("Channel-Grouped Patch Mixing for Long-Horizon Industrial Sensor Forecasting",
     "Long-Horizon Industrial Sensor Forecasting", "long-horizon industrial sensor forecasting"),
    ("We train models for drug–target interaction prediction on BindingDB.",
     "drug–target interaction prediction", "drug–target interaction prediction"),
    ("Graph Learning for Drug–Target Interaction Prediction", "Drug–Target Interaction Prediction",
     "drug–target interaction prediction"),
])
def test_a_task_noun_after_what_it_is_done_to_is_a_task(nlp, text, task, canonical):
    assert (task, canonical) in tasks(nlp, text)


@pytest.mark.parametrize("text", [
    "U-REPA achieves excellent generation quality and greatly accelerates training.",
    "Removing page-state retrieval costs 5.2 points of success rate.",
    "Reinforcement learning tends to remove useful self-verification along with redundancy.",
    "The prediction of protein structure from sequence remains hard.",
    "We rely on efficient retrieval for speed and on iterative denoising for quality.",
    "It curbs shortcut reasoning, and sparse data extraction runs on chip.",
    "The sampler spends its budget on harder denoising steps.",
])
def test_a_task_noun_used_otherwise_is_no_task(nlp, text):
    assert not tasks(nlp, text)


def test_a_known_name_keeps_its_label_and_canonical(nlp):
    doc = nlp("We report results for object detection and for next-token prediction.")
    found = {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    assert ("object detection", "TASK", "object detection") in found


@pytest.mark.parametrize("text,task", [
    ("We study probabilistic imputation of clinical series.", "probabilistic imputation"),
    ("A codec for lossless image compression.", "lossless image compression"),
    ("Benchmarks of heterophilous node classification remain small.", "heterophilous node classification"),
    ("Samples for unconditional image generation.", "unconditional image generation"),
])
def test_a_setting_word_before_a_known_task_is_part_of_it(nlp, text, task):
    # guideline decision 4: what the output is conditioned on, what is known of the input, what is kept
    assert task in {t for t, _ in tasks(nlp, text)}


@pytest.mark.parametrize("text,long_form,short_form", [
    ("We address procedural posture identification (PPI) in court filings. PPI is hard.",
     "procedural posture identification", "PPI"),
    ("Models for target speaker extraction (TSE) need an enrolment clip; TSE fails without one.",
     "target speaker extraction", "TSE"),
])
def test_a_defined_task_and_its_short_form_are_both_tasks(nlp, text, long_form, short_form):
    found = tasks(nlp, text)
    assert long_form in {t for t, _ in found} and short_form in {t for t, _ in found}
