"""The shared word screen and the cheap helpers the components screen with."""
import random
import re

from nlp import pipeline
from nlp.word_screen import WordScreen, last_words, word_screen


def test_components_share_one_screen_and_one_flag():
    nlp = pipeline.load()
    screens = {id(nlp.get_pipe(name).screen) for name in (
        "paperlens_context", "paperlens_coined_names", "paperlens_task_phrases", "paperlens_result_settings",
        "paperlens_metric_qualifiers")}
    assert len(screens) == 1
    assert sum(isinstance(g, WordScreen) for g in nlp.vocab.lex_attr_getters.values()) == 1
    assert word_screen(nlp.vocab) is nlp.get_pipe("paperlens_coined_names").screen


def test_hits_carry_each_components_bits():
    nlp = pipeline.load()
    settings = nlp.get_pipe("paperlens_result_settings")
    coined = nlp.get_pipe("paperlens_coined_names")
    doc = nlp.make_doc("We propose PromptSeg. On PASCAL-5i, it works on datasets such as MUTAG.")
    hits = {text: bits for _, bits, text in settings.screen.hits(doc)}
    assert hits["On"] & settings._on and hits["on"] & settings._on
    assert hits["such"] & settings._opener
    assert hits["PromptSeg"] & coined._coined and hits["propose"] & coined._trigger
    assert "We" not in hits
    # Read once: the next component gets the same list.
    assert coined.screen.hits(doc) is settings.screen.hits(doc)


def test_a_word_added_after_the_pipeline_is_screened():
    nlp = pipeline.load()
    doc = nlp.make_doc("on ZorbleNetQx it reaches 91.2")
    assert "ZorbleNetQx" in {text for _, _, text in word_screen(nlp.vocab).hits(doc)}


def test_last_words_agrees_with_a_word_regex():
    word = re.compile(r"\S+")
    chars = ["a", "b", " ", "\t", "\n", "\xa0", "\u2009", "\u3000", ".", "\x1c", "\x85", "\u200b"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        n = rng.randint(1, 5)
        words = list(word.finditer(text))[-n:]
        start, end = last_words(text, n)
        assert ((start, end) if start != end else None) == ((words[0].start(), words[-1].end()) if words else None)
