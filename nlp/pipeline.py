"""Load the pipeline once per process, and turn its entities into API spans."""
import functools
import hashlib
import os
from pathlib import Path

import spacy
from spacy.util import load_config, load_model_from_config

from . import components, qualifiers, results, settings, tokenizer  # noqa: F401  (registers our factories and tokenizer)
from .components import word_screen
from .kb import KB_DIR

HERE = Path(__file__).parent
CONFIG = HERE / "config.cfg"
# Joins the blocks of one paper (title, abstract) so each sees the other's names.
BLOCK_SEPARATOR = "\n\n"


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


def span_dict(ent, offset=0):
    return {
        "start": ent.start_char - offset,
        "end": ent.end_char - offset,
        "label": ent.label_,
        "text": ent.text,
        "canonical": ent._.canonical,
    }


def annotate(texts, nlp=None):
    """Spans for each text, one list per text, through ``nlp.pipe``."""
    nlp = nlp or load()
    return [[span_dict(ent) for ent in doc.ents] for doc in nlp.pipe(texts)]


def result_dict(result, offset=0):
    return {**result, "start": result["start"] - offset, "end": result["end"] - offset}


def split_doc(doc, group):
    """Spans and results of a document built from ``group`` (texts joined by BLOCK_SEPARATOR),
    one ``{"spans", "results"}`` per text, with offsets into that text."""
    bounds, pos = [], 0
    for text in group:
        bounds.append((pos, pos + len(text)))
        pos += len(text) + len(BLOCK_SEPARATOR)
    out = [{"spans": [], "results": []} for _ in group]

    def block_of(start, end):
        for i, (lo, hi) in enumerate(bounds):
            if lo <= start and end <= hi:
                return i, lo
        return None, None

    for ent in doc.ents:
        i, lo = block_of(ent.start_char, ent.end_char)
        if i is not None:
            out[i]["spans"].append(span_dict(ent, offset=lo))
    for result in doc._.results or []:
        i, lo = block_of(result["start"], result["end"])
        if i is not None:
            out[i]["results"].append(result_dict(result, offset=lo))
    return out


def annotate_groups(groups, nlp=None, with_results=False):
    """Spans for texts that belong together (a paper's title and abstract).

    Each group is run as one document so a name coined in the title ("LowDiff:
    ...") is recognised in the abstract; spans come back per text, with offsets
    into that text (and, ``with_results``, as ``{"spans", "results"}`` per text).
    """
    nlp = nlp or load()
    joined = (BLOCK_SEPARATOR.join(group) for group in groups)
    out = []
    for group, doc in zip(groups, nlp.pipe(joined)):
        blocks = split_doc(doc, group)
        out.append(blocks if with_results else [b["spans"] for b in blocks])
    return out
