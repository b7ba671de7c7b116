"""The results component reads docs as plain lists (``nlp.result_tokens.Tokens``), not as spaCy
tokens and spans; these tests hold that view to what spaCy itself says of the same doc."""
import bisect

import pytest

from nlp import pipeline, result_tokens, result_words, results
from nlp.candidates import candidates


@pytest.fixture(scope="module")
def docs(seed_records):
    """Seed abstracts (title and text as one doc), run up to the results component."""
    nlp = pipeline.load()
    texts = [pipeline.BLOCK_SEPARATOR.join([r["title"], r["text"]]) for r in seed_records]
    with nlp.select_pipes(disable=["paperlens_results", "paperlens_ents"]):
        return list(nlp.pipe(texts))


def tokens_of(doc):
    from spacy.attrs import IDX, ORTH

    arr = doc.to_array([ORTH, IDX])
    return result_tokens.Tokens(doc, pipeline.load().get_pipe("paperlens_results")._words, arr[:, 0], arr[:, 1])


def test_words_and_figures_are_spacys(docs):
    for doc in docs:
        toks = tokens_of(doc)
        for tok in doc:
            word = toks.words[tok.i]
            assert (word.text, word.lower_, word.is_punct, word.is_stop, word.like_num, word.is_alpha,
                    word.is_lower) == (tok.text, tok.lower_, tok.is_punct, tok.is_stop, tok.like_num, tok.is_alpha,
                                       tok.is_lower)
            assert toks.idx[tok.i] == tok.idx
            assert toks.figure(tok.i) == result_tokens.figure(tok)


def test_entities_match_their_spans(docs):
    for doc in docs:
        toks = tokens_of(doc)
        for cand in candidates(doc):
            span = doc[cand[0] : cand[1]]
            ent = toks.ent(cand)
            assert (ent.start_char, ent.end_char, ent.text) == (span.start_char, span.end_char, span.text)
            assert ent.canonical == (cand[3] or span.text)


def test_sentence_entities_are_those_within_its_characters(docs):
    """``Sentences`` picks a sentence's entities by token; the rule is by character:
    entities whose characters lie within the sentence's (SENTENCE_END over the text)."""
    for doc in docs:
        toks = tokens_of(doc)
        text = toks.text
        bounds = [0] + [m.end() for m in result_words.SENTENCE_END.finditer(text)] + [len(text) + 1]
        sentences = result_tokens.Sentences(doc, toks)
        for tok in doc:
            k = bisect.bisect_right(bounds, tok.idx)
            lo, hi = bounds[k - 1], bounds[k]
            want = [c for c in candidates(doc)
                    if doc[c[0]].idx >= lo and doc[c[1] - 1].idx + len(doc[c[1] - 1]) <= hi]
            got = sentences.ents_at(tok.idx)
            assert [(e.start, e.end, e.label_) for e in got] == [(c[0], c[1], c[2]) for c in want]


def test_pipe_gives_what_calling_gives(docs):
    component = pipeline.load().get_pipe("paperlens_results")
    one_by_one = [list(component(doc)._.results) for doc in docs]
    assert [doc._.results for doc in component.pipe(docs, batch_size=7)] == one_by_one


def test_a_rule_that_reads_past_the_words_read_still_gives_the_results(monkeypatch, caplog):
    # The results step reads only the words around figures; a rule that looks further sees None. The doc is
    # then read again whole, so a paper keeps its results (and highlights) instead of losing them all.
    nlp = pipeline.load()
    extractor = nlp.get_pipe("paperlens_results")
    text = ("Deep generative models are now used in many areas of science and engineering, and they keep getting "
            "larger and slower to sample from as time goes on and on. On unconditional CIFAR-10, LowDiff achieves "
            "an FID of 2.11.")
    expected = nlp(text)._.results
    assert [(r["metric"], r["value"]) for r in expected] == [("FID", 2.11)]
    rule = results.ResultExtractor._gaps

    def reads_the_first_word(toks, found):
        toks.words[0].lower_  # the first word stands far before the figure: not read
        return rule(toks, found)

    monkeypatch.setattr(results.ResultExtractor, "_gaps", staticmethod(reads_the_first_word))
    before = extractor.rereads
    try:
        with caplog.at_level("WARNING", logger="paperlens.results"):
            assert nlp(text)._.results == expected
        assert extractor.rereads == before + 1
        assert "read whole" in caplog.text
    finally:
        extractor.rereads = before  # (the gold sets' check, tests/nlp/test_eval.py, counts the real rereads)
