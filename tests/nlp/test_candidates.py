"""The shortcuts that keep the components fast give the same answers as the plain
algorithms they stand in for."""
import random

import numpy
import pytest
from spacy.attrs import ORTH

from nlp import base, candidates as candidates_module, pipeline, word_screen
from nlp.abbreviations import best_long_form, best_long_form_loop
from nlp.candidates import CANDIDATES_KEY, candidates, merge_ents, resolve, taken


def greedy(found):
    """The plain greedy pass (as spacy.util.filter_spans): longest first, earlier first at equal length."""
    kept, used = [], set()
    for cand in sorted(found, key=lambda c: c[0] - c[1]):
        if used.isdisjoint(range(cand[0], cand[1])):
            kept.append(cand)
            used.update(range(cand[0], cand[1]))
    return sorted(kept)


def random_candidates(rng, n_tokens, n):
    labels = ["METHOD", "DATASET"]
    found = []
    for _ in range(n):
        start = rng.randrange(n_tokens)
        end = min(n_tokens, start + rng.choice([0, 1, 1, 1, 2, 3]))
        found.append((start, end, rng.choice(labels), rng.choice(["a", "b"])))
    if found and rng.random() < 0.3:
        found.append(rng.choice(found))  # the same candidate twice
    return found


@pytest.mark.parametrize("seed", range(20))
def test_resolve_is_the_greedy_pass(seed):
    rng = random.Random(seed)
    for _ in range(300):
        n_tokens = rng.randint(1, 30)
        found = random_candidates(rng, n_tokens, rng.randint(0, 12))
        assert resolve(found, n_tokens) == greedy(found), found


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("seed", range(10))
def test_merging_in_steps_is_the_greedy_pass_at_each_step(nlp, seed):
    rng = random.Random(seed)
    for _ in range(100):
        doc = nlp.make_doc(" ".join(["w"] * rng.randint(1, 25)))
        expected = []
        for _ in range(rng.randint(1, 4)):
            new = random_candidates(rng, len(doc), rng.randint(0, 6))
            if rng.random() < 0.5:
                taken(doc)  # a component asked, so the flags are cached
            merge_ents(doc, new)
            expected = greedy(new + expected)
            assert candidates(doc) == expected
            flags = bytearray(len(doc))
            for start, end, _, _ in expected:
                flags[start:end] = b"\x01" * (end - start)
            assert taken(doc) == flags


def test_taken_follows_candidates_set_directly(nlp):
    doc = nlp.make_doc("a b c d")
    merge_ents(doc, [(0, 2, "METHOD", "x")])
    assert taken(doc) == bytearray([1, 1, 0, 0])
    doc.user_data[CANDIDATES_KEY] = [(3, 4, "METHOD", "y")]
    assert taken(doc) == bytearray([0, 0, 0, 1])


def test_entities_written_in_runs_match_entity_by_entity(nlp):
    writer = nlp.get_pipe("paperlens_ents")
    rng = random.Random(3)
    for _ in range(300):
        n_tokens = rng.randint(1, 40)
        found = greedy(random_candidates(rng, n_tokens, rng.randint(1, 10)))
        fast = writer._array(found, n_tokens)
        assert fast.dtype == numpy.uint64
        assert (fast == writer._array_slowly(found, n_tokens)).all(), found


def test_char_ranges_read_the_tokens(nlp):
    doc = nlp.make_doc("We train LowDiff on CIFAR-10 and ImageNet 256x256.")
    found = [(2, 3, "METHOD", "LowDiff"), (4, 5, "DATASET", "CIFAR-10"), (6, 8, "DATASET", "ImageNet 256x256")]
    assert [doc.text[s:e] for s, e in candidates_module.char_ranges(doc, found)] == ["LowDiff", "CIFAR-10", "ImageNet 256x256"]


def test_best_long_form_matches_the_character_loop():
    rng = random.Random(1)
    alphabet = "abcdeABCDE01 -\n\t.é"
    for _ in range(20000):
        short = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        long = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert best_long_form(short, long) == best_long_form_loop(short, long), (short, long)
    assert best_long_form("LF", "a Long Form") == "Long Form"


def test_token_uses_are_the_tokens_that_read_the_word(nlp):
    text = "Low-Rank Adaptation (LoRA). ConvLoRA and LoRA-based LoRA, (LoRA) LoRA's LoRALoRA LoRA."
    doc = nlp.make_doc(text)
    orths = doc.to_array(ORTH)
    for start_char in (0, 21, 40, len(text)):
        expected = [i for i in numpy.flatnonzero(orths == nlp.vocab.strings["LoRA"]).tolist()
                    if doc[i].idx >= start_char]
        assert word_screen.token_uses(doc, text, "LoRA", start_char) == expected


def test_pipe_in_batches_gives_what_each_doc_gets_alone(nlp, seed_by_title):
    texts = [seed_by_title("LowDiff")["text"], seed_by_title("TSPulse")["text"],
             "We propose FooNet, a novel framework (FN). FooNet beats FN-2 on ImageNet.", ""] * 5
    def ents(doc):
        return [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
    assert [ents(doc) for doc in nlp.pipe(texts, batch_size=3)] == [ents(nlp(text)) for text in texts]


def test_batched_pipe_hands_errors_to_the_error_handler(nlp):
    class Fragile(base.BatchComponent):
        def __call__(self, doc):
            if doc.text == "boom":
                raise ValueError("boom")
            return doc

    fragile = base.named(Fragile(), "fragile")
    docs = [nlp.make_doc(t) for t in ["a", "boom", "b"] * 20]
    with pytest.raises(ValueError):
        list(fragile.pipe(docs))
    seen = []
    fragile.set_error_handler(lambda name, proc, failed, e: seen.append((name, failed[0].text)))
    assert [doc.text for doc in fragile.pipe(docs)] == ["a", "b"] * 20
    assert seen == [("fragile", "boom")] * 20
