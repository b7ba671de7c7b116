"""Load the pipeline once per process, and turn its entities into API spans."""
import functools
import hashlib
import logging
import os
from pathlib import Path

import spacy
from spacy.util import load_config, load_model_from_config

from . import components, tokenizer  # noqa: F401  (registers our factories and tokenizer)
from .kb import KB_DIR
from .tex import PlainText
from .word_screen import word_screen

HERE = Path(__file__).parent
CONFIG = HERE / "config.cfg"
# Joins the blocks of one paper (title, abstract) so each sees the other's names.
BLOCK_SEPARATOR = "\n\n"

log = logging.getLogger("paperlens.pipeline")


def kb_dir():
    """The knowledge base in use: the shipped one, or the folder $PAPERLENS_KB_DIR names
    (a user's own, or a test's)."""
    return Path(os.environ.get("PAPERLENS_KB_DIR") or KB_DIR)


@functools.cache
def load():
    """The pipeline described by config.cfg, built from ``spacy.blank("en")``'s defaults."""
    overrides = {"components.paperlens_kb.kb_dir": str(kb_dir())} if os.environ.get("PAPERLENS_KB_DIR") else {}
    nlp = load_model_from_config(load_config(CONFIG, overrides=overrides), auto_fill=True, validate=True)
    word_screen(nlp.vocab).settle()  # once all components registered what they look for
    return nlp


@functools.cache
def version():
    """A short hash of everything that decides the pipeline's output.

    Stored with every annotation, so that a library annotated by an older
    pipeline is re-annotated instead of being served stale highlights.
    """
    digest = hashlib.sha256(spacy.__version__.encode())
    for path in sorted([CONFIG, *HERE.glob("*.py"), *kb_dir().glob("*.jsonl"), *KB_DIR.glob("*.json")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def span_dict(ent, offset=0, plain=None):
    """An entity as the API returns it; with ``plain``, its offsets and text are the page's own
    (the doc was built from the text with its math read as plain text, ``tex.PlainText``)."""
    start, end = ent.start_char - offset, ent.end_char - offset
    text = ent.text
    if plain is not None:
        start, end = plain.span(start, end)
        text = plain.text[start:end]
    return {"start": start, "end": end, "label": ent.label_, "text": text, "canonical": ent._.canonical}


def annotate(texts, nlp=None):
    """Spans for each text, one list per text, through ``nlp.pipe``."""
    nlp = nlp or load()
    return [[span_dict(ent) for ent in doc.ents] for doc in nlp.pipe(texts)]


def result_dict(result, offset=0, plain=None):
    start, end = result["start"] - offset, result["end"] - offset
    if plain is not None:
        start, end = plain.span(start, end)
    return {**result, "start": start, "end": end}


def plain_group(group):
    """The texts of a group as the pipeline reads them (``tex.PlainText``), and the one document text they make."""
    plains = [PlainText(text) for text in group]
    return plains, BLOCK_SEPARATOR.join(p.plain for p in plains)


def split_doc(doc, group, plains=None):
    """Spans and results of a document built from ``group`` (texts joined by BLOCK_SEPARATOR, each
    read as ``plains`` gives it, if given), one ``{"spans", "results"}`` per text, with offsets into that text."""
    plains = plains or [None] * len(group)
    bounds, pos = [], 0
    for text, plain in zip(group, plains):
        length = len(plain.plain) if plain is not None else len(text)
        bounds.append((pos, pos + length))
        pos += length + len(BLOCK_SEPARATOR)
    out = [{"spans": [], "results": []} for _ in group]

    def block_of(start, end):
        for i, (lo, hi) in enumerate(bounds):
            if lo <= start and end <= hi:
                return i, lo
        return None, None

    for ent in doc.ents:
        i, lo = block_of(ent.start_char, ent.end_char)
        if i is not None:
            out[i]["spans"].append(span_dict(ent, offset=lo, plain=plains[i]))
    for result in doc._.results or []:
        i, lo = block_of(result["start"], result["end"])
        if i is not None:
            out[i]["results"].append(result_dict(result, offset=lo, plain=plains[i]))
    return out


def run_groups(groups, nlp=None, skip_failures=False):
    """``split_doc``'s blocks for each group of texts that belong together, each group run as one document.

    With ``skip_failures``, a group on which a rule raises is run again step by step, the failing
    step skipped (and the error logged), instead of failing every other group of the batch: a page
    of fifty papers is still painted when one abstract trips a bug, and that abstract keeps what the
    other steps found. The evaluation and the tests keep the default, so such a bug cannot hide in
    a score."""
    nlp = nlp or load()
    groups = list(groups)
    prepared = [plain_group(group) for group in groups]
    done = 0
    try:
        for group, (plains, _), doc in zip(groups, prepared, nlp.pipe(joined for _, joined in prepared)):
            yield split_doc(doc, group, plains)
            done += 1
    except Exception:
        if not skip_failures:
            raise
        # The batch is broken off: the groups not yet given back are run one by one to find the one that fails.
        for group, (plains, joined) in zip(groups[done:], prepared[done:]):
            try:
                doc = _run_skipping_failures(nlp, joined)
            except Exception:
                log.exception("the pipeline failed on a text starting %r; it is given back without findings",
                              joined[:80])
                yield [{"spans": [], "results": []} for _ in group]
                continue
            yield split_doc(doc, group, plains)


def _run_skipping_failures(nlp, text):
    """The doc as every step that does not raise on it leaves it: a bug in one rule costs the text that
    step's findings (its results, say), not its highlights. The tokenizer failing still raises."""
    doc = nlp.make_doc(text)
    for name, step in nlp.pipeline:
        try:
            doc = step(doc)
        except Exception:
            log.exception("the pipeline's %s step failed on a text starting %r; the text goes on without it",
                          name, text[:80])
    return doc


def annotate_groups(groups, nlp=None, with_results=False, skip_failures=False):
    """Spans for texts that belong together (a paper's title and abstract).

    Each group is run as one document so a name coined in the title ("LowDiff:
    ...") is recognised in the abstract; spans come back per text, with offsets
    into that text (and, ``with_results``, as ``{"spans", "results"}`` per text).
    """
    return [blocks if with_results else [b["spans"] for b in blocks]
            for blocks in run_groups(groups, nlp, skip_failures)]
