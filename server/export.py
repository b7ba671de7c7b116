"""Export the library, streamed: every format reads papers in batches (``store.iter_library``)
and yields text (or bytes) as it goes, so a library of any size exports in bounded memory
(spaCy's DocBin, one compressed blob by design, is spooled to temporary files: ``spacy_docbin``).

Spans are always as the user sees them: the pipeline's, with the user's corrections applied.
"""
import csv
import io
import json
import re
import uuid
from dataclasses import dataclass

from nlp.labels import LABELS

from . import __version__, store


@dataclass(frozen=True)
class Format:
    mimetype: str
    extension: str
    description: str
    binary: bool = False


FORMATS = {
    "csv": Format("text/csv; charset=utf-8", "csv", "CSV, one row per mention"),
    "papers-csv": Format("text/csv; charset=utf-8", "csv", "CSV, one row per paper with its tags"),
    "json": Format("application/json", "json", "JSON, one object per paper with tags, mentions and results"),
    "jsonl": Format("application/x-ndjson", "jsonl", "JSONL, one paper per line"),
    "mentions-jsonl": Format("application/x-ndjson", "jsonl", "JSONL, one mention per line"),
    "bibtex": Format("application/x-bibtex; charset=utf-8", "bib", "BibTeX, tags as keywords"),
    "webannotation": Format('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "jsonld",
                            "W3C Web Annotation JSON-LD"),
    "hypothesis": Format("application/json", "json", "Hypothesis import JSON"),
    "prodigy": Format("application/x-ndjson", "jsonl", "Prodigy-style JSONL (ner_manual)"),
    "spacy": Format("application/octet-stream", "spacy", "spaCy DocBin training data", binary=True),
}
CSV_COLUMNS = ["paper_id", "arxiv_id", "title", "url", "block_kind", "label", "canonical", "text", "start", "end",
               "origin"]
PAPER_CSV_COLUMNS = ["paper_id", "arxiv_id", "doi", "title", "url", "site", "authors", "published", "first_seen",
                     "last_seen", *[label.lower() for label in LABELS], "results"]
TAG_SEPARATOR = "; "
CHUNK = 64 * 1024
QUOTE_CONTEXT = 32
NAMESPACE = uuid.UUID("5f1d2a8e-3c4b-4e0a-9d8f-7a6b5c4d3e2f")


def filename(fmt):
    return f"paperlens-export.{FORMATS[fmt].extension}" if fmt != "papers-csv" else "paperlens-papers.csv"


def stream(db, fmt, filters=None, nlp=None):
    """The export as an iterator of str chunks (bytes for binary formats)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    papers = store.iter_library(db, store.clean_filters(filters or {}))
    if fmt == "spacy":
        return spacy_docbin(papers, nlp)
    producer = PRODUCERS[fmt]
    return _chunked(producer(papers, nlp) if fmt == "prodigy" else producer(papers))


def _chunked(pieces):
    buffer, size = [], 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)


def mentions(paper):
    """(block index, block, span) for every mention of a paper, in block then text order."""
    for i, block in enumerate(paper["blocks"]):
        for span in block["spans"]:
            yield i, block, span


def _abstract(paper):
    texts = [b["text"] for b in paper["blocks"] if b["kind"] == "abstract"]
    return texts[-1] if texts else None


def _tags_by_label(paper):
    out = {label: [] for label in LABELS}
    for tag in paper["tags"]:
        out.setdefault(tag["label"], []).append(tag["canonical"])
    return out


# ---- CSV and JSON --------------------------------------------------------------

def _csv_lines(rows, columns):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        if buffer.tell() > CHUNK:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def mention_rows(papers):
    for paper in papers:
        for _, block, span in mentions(paper):
            yield {"paper_id": paper["id"], "arxiv_id": paper["arxiv_id"], "title": paper["title"], "url": paper["url"],
                   "block_kind": block["kind"], "label": span["label"], "canonical": span["canonical"],
                   "text": span["text"], "start": span["start"], "end": span["end"], "origin": span["origin"]}


def csv_mentions(papers):
    return _csv_lines(mention_rows(papers), CSV_COLUMNS)


def _result_text(r):
    value = f"{r['value_low']:g}-{r['value']:g}" if r.get("value_low") is not None else f"{r['value']:g}"
    return f"{r['metric']} {value}{r.get('unit') or ''}" + (f" on {r['dataset']}" if r.get("dataset") else "") + (
        f" ({r['method']})" if r.get("method") else "")


def csv_papers(papers):
    def rows():
        for paper in papers:
            row = {k: paper[k] for k in PAPER_CSV_COLUMNS if k in paper}
            row["paper_id"] = paper["id"]
            for label, names in _tags_by_label(paper).items():
                row[label.lower()] = TAG_SEPARATOR.join(names)
            row["results"] = TAG_SEPARATOR.join(_result_text(r) for b in paper["blocks"] for r in b["results"]
                                                if r.get("metric") and r.get("value") is not None)
            yield row

    return _csv_lines(rows(), PAPER_CSV_COLUMNS)


def paper_object(paper):
    """A paper as the JSON exports give it: offsets of mentions and results index ``blocks[block].text``."""
    out = {k: paper[k] for k in ("id", "arxiv_id", "doi", "title", "url", "site", "authors", "published",
                                 "first_seen", "last_seen")}
    out["abstract"] = _abstract(paper)
    out["tags"] = paper["tags"]
    out["blocks"] = [{"kind": b["kind"], "text": b["text"]} for b in paper["blocks"]]
    out["mentions"] = [{"block": i, "block_kind": block["kind"], **span} for i, block, span in mentions(paper)]
    out["results"] = [{"block": i, "block_kind": b["kind"], **r} for i, b in enumerate(paper["blocks"])
                      for r in b["results"]]
    return out


def json_papers(papers):
    yield '{"papers": [\n'
    for i, paper in enumerate(papers):
        yield ("" if i == 0 else ",\n") + json.dumps(paper_object(paper), ensure_ascii=False)
    yield "\n]}\n"


def jsonl_papers(papers):
    for paper in papers:
        yield json.dumps(paper_object(paper), ensure_ascii=False) + "\n"


def jsonl_mentions(papers):
    for row in mention_rows(papers):
        yield json.dumps(row, ensure_ascii=False) + "\n"


# ---- BibTeX ----------------------------------------------------------------------

BIB_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "&": r"\&",
               "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bib_escape(text):
    """Plain text as a BibTeX field value: specials escaped, braces never unbalanced."""
    out = "".join(BIB_ESCAPES.get(c, c) for c in " ".join((text or "").split()))
    return re.sub(r"-(?=-)", "-{}", out)  # "--" stays two hyphens, not an en dash


def _year(paper):
    if paper.get("published") and paper["published"][:4].isdigit():
        return paper["published"][:4]
    arxiv_id = paper.get("arxiv_id") or ""
    if arxiv_id[:4].isdigit() and "." in arxiv_id:
        return "20" + arxiv_id[:2]
    return None


def bib_key(paper):
    word = next((w for w in re.findall(r"[A-Za-z0-9]+", paper.get("title") or "") if len(w) > 2), "paper")
    author = re.findall(r"[A-Za-z]+", (paper.get("authors") or "").split(" and ")[0].split(",")[0])
    ident = paper.get("arxiv_id") or f"pl{paper['id']}"
    return "".join([(author[-1] if author else "").lower(), _year(paper) or "", word.lower(), "_",
                    re.sub(r"[^A-Za-z0-9.]", "", ident)])


def bibtex_entry(paper):
    fields = [("title", "{" + bib_escape(paper["title"] or "") + "}")]
    if paper.get("authors"):
        fields.append(("author", bib_escape(paper["authors"])))
    year = _year(paper)
    if year:
        fields.append(("year", year))
    if paper.get("arxiv_id"):
        fields += [("eprint", paper["arxiv_id"]), ("archivePrefix", "arXiv")]
    if paper.get("doi"):
        fields.append(("doi", bib_escape(paper["doi"])))
    if paper.get("url"):
        fields.append(("url", bib_escape(paper["url"])))
    abstract = _abstract(paper)
    if abstract:
        fields.append(("abstract", bib_escape(abstract)))
    keywords = []
    for tag in paper["tags"]:
        name = " ".join(tag["canonical"].replace(",", " ").split())
        if name and name not in keywords:
            keywords.append(name)
    if keywords:
        fields.append(("keywords", bib_escape(", ".join(keywords))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{bib_key(paper)},\n{body}\n}}\n\n"


def bibtex(papers):
    yield f"% PaperLens {__version__} export: the library's papers, their tags as keywords.\n\n"
    for paper in papers:
        yield bibtex_entry(paper)


# ---- Web Annotation and Hypothesis -----------------------------------------------------

def quote_selector(text, start, end):
    return {"type": "TextQuoteSelector", "exact": text[start:end],
            "prefix": text[max(0, start - QUOTE_CONTEXT):start], "suffix": text[end:end + QUOTE_CONTEXT]}


def _source(paper):
    return paper.get("url") or (f"https://arxiv.org/abs/{paper['arxiv_id']}" if paper.get("arxiv_id") else
                                f"urn:uuid:{uuid.uuid5(NAMESPACE, 'paper:%d' % paper['id'])}")


def _annotation_id(paper, block, span):
    key = f"{paper['id']}:{block['id']}:{span['start']}:{span['end']}:{span['label']}"
    return uuid.uuid5(NAMESPACE, key)


def web_annotation(paper, block, span):
    """One mention as a W3C Web Annotation: the tag (canonical name) and label as bodies,
    the text by quote (with prefix and suffix) and by code-point position in the block's text."""
    start, end = span["start"], span["end"]
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:uuid:{_annotation_id(paper, block, span)}",
        "type": "Annotation",
        "motivation": "tagging",
        "created": paper["first_seen"],
        "generator": {"type": "Software", "name": f"PaperLens {__version__}"},
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": span["canonical"], "format": "text/plain"},
            {"type": "TextualBody", "purpose": "classifying", "value": span["label"], "format": "text/plain"},
        ],
        "target": {
            "source": _source(paper),
            "selector": [quote_selector(block["text"], start, end),
                         {"type": "TextPositionSelector", "start": start, "end": end}],
        },
    }


def web_annotations(papers):
    collection = f"urn:uuid:{uuid.uuid4()}"
    yield json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld", "id": collection,
                      "type": "AnnotationCollection", "label": f"PaperLens {__version__} export"})[:-1]
    yield ', "first": {"id": %s, "type": "AnnotationPage", "startIndex": 0, "items": [\n' % json.dumps(
        collection + "#page-1")
    n = 0
    for paper in papers:
        for _, block, span in mentions(paper):
            yield ("" if n == 0 else ",\n") + json.dumps(web_annotation(paper, block, span), ensure_ascii=False)
            n += 1
    yield '\n]}, "total": %d}\n' % n


ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_offset(text, index):
    """A code-point offset as JavaScript counts it (Hypothesis's client works in UTF-16)."""
    return index + len(ASTRAL.findall(text, 0, index))


def hypothesis_annotation(paper, block, span):
    text, start, end = block["text"], span["start"], span["end"]
    uri = _source(paper)
    return {
        "id": str(_annotation_id(paper, block, span)).replace("-", "")[:22],
        "created": paper["first_seen"], "updated": paper["last_seen"],
        "user": "acct:paperlens@localhost", "uri": uri, "text": "",
        "tags": [span["canonical"], span["label"]],
        "group": "__world__", "permissions": {"read": ["group:__world__"]},
        "target": [{"source": uri, "selector": [
            quote_selector(text, start, end),
            {"type": "TextPositionSelector", "start": utf16_offset(text, start), "end": utf16_offset(text, end)},
        ]}],
        "document": {"title": [paper["title"]] if paper.get("title") else []},
    }


def hypothesis(papers):
    yield json.dumps({"export_date": store.now(), "export_userid": "acct:paperlens@localhost",
                      "client_version": f"paperlens {__version__}"})[:-1] + ', "annotations": [\n'
    n = 0
    for paper in papers:
        for _, block, span in mentions(paper):
            yield ("" if n == 0 else ",\n") + json.dumps(hypothesis_annotation(paper, block, span), ensure_ascii=False)
            n += 1
    yield "\n]}\n"


# ---- training data ------------------------------------------------------------------

def _tokenizer(nlp):
    if nlp is None:
        from nlp import pipeline

        nlp = pipeline.load()
    return nlp


def _entity_spans(doc, spans):
    """Spans as token-aligned entities; a span that splits a token (a user's "add") is widened to whole tokens."""
    from spacy.util import filter_spans

    out = []
    for s in spans:
        ent = doc.char_span(s["start"], s["end"], label=s["label"]) or doc.char_span(
            s["start"], s["end"], label=s["label"], alignment_mode="expand")
        if ent is not None:
            out.append(ent)
    return filter_spans(out)


def prodigy(papers, nlp=None):
    """One Prodigy ``ner_manual`` task per block (title, abstract), spans as corrected, accepted."""
    nlp = _tokenizer(nlp)
    for paper in papers:
        for block in paper["blocks"]:
            doc = nlp.make_doc(block["text"])
            tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
                      for t in doc]
            spans = [{"start": e.start_char, "end": e.end_char, "token_start": e.start, "token_end": e.end - 1,
                      "label": e.label_, "text": e.text} for e in _entity_spans(doc, block["spans"])]
            yield json.dumps({
                "text": block["text"], "tokens": tokens, "spans": spans, "answer": "accept", "_view_id": "ner_manual",
                "meta": {"paper_id": paper["id"], "arxiv_id": paper["arxiv_id"], "title": paper["title"],
                         "kind": block["kind"], "source": _source(paper)},
            }, ensure_ascii=False) + "\n"


DOCBIN_ATTRS = ["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE"]
DOCBIN_BATCH = 500


def spacy_docbin(papers, nlp=None):
    """A spaCy ``.spacy`` file (what ``DocBin.to_bytes`` writes): one Doc per block (title,
    abstract) with the (corrected) entities, keeping the attributes training needs.

    ``DocBin`` builds the whole file in memory; here each batch of docs goes through spaCy's
    own ``DocBin.add`` and its arrays are spooled to temporary files, then the same msgpack
    message is written around them and compressed as it streams out. Memory stays bounded
    by one batch plus the set of distinct strings, whatever the size of the library; the
    first byte comes once every paper has been read."""
    import struct
    import tempfile
    import zlib
    from array import array

    from spacy.tokens import DocBin
    from srsly.msgpack import Packer

    pack = Packer(use_bin_type=True).pack  # srsly.msgpack_dumps looks its encoders up on every call

    nlp = _tokenizer(nlp)
    strings, lengths = set(), array("i")
    spools = {name: tempfile.TemporaryFile() for name in ("tokens", "spaces", "cats", "flags", "span_groups")}
    try:
        attrs = DocBin(attrs=DOCBIN_ATTRS).attrs

        def drain(batch):
            for tokens, spaces in zip(batch.tokens, batch.spaces):
                spools["tokens"].write(tokens.tobytes("C"))
                spools["spaces"].write(spaces.tobytes("C"))
                lengths.append(len(tokens))
            for name in ("cats", "flags", "span_groups"):
                for item in getattr(batch, name):
                    spools[name].write(pack(item))
            strings.update(batch.strings)

        batch = DocBin(attrs=DOCBIN_ATTRS, store_user_data=False)
        for paper in papers:
            for block in paper["blocks"]:
                doc = nlp.make_doc(block["text"])
                doc.ents = _entity_spans(doc, block["spans"])
                batch.add(doc)
                if len(batch) >= DOCBIN_BATCH:
                    drain(batch)
                    batch = DocBin(attrs=DOCBIN_ATTRS, store_user_data=False)
        drain(batch)

        compressor = zlib.compressobj()
        n_docs = len(lengths)

        def spooled(name):
            f = spools[name]
            f.seek(0)
            while chunk := f.read(CHUNK):
                yield chunk

        def message():
            yield b"\x89"  # a map of the 9 keys DocBin.from_bytes reads
            yield pack("version") + pack("0.1")
            yield pack("attrs") + pack(attrs)
            for name in ("tokens", "spaces"):
                yield pack(name) + b"\xc6" + struct.pack(">I", spools[name].tell())
                yield from spooled(name)
            yield pack("lengths") + pack(lengths.tobytes())
            yield pack("strings") + pack(sorted(strings))
            for name in ("cats", "flags", "span_groups"):
                yield pack(name) + b"\xdd" + struct.pack(">I", n_docs)
                yield from spooled(name)

        for piece in message():
            out = compressor.compress(piece)
            if out:
                yield out
        yield compressor.flush()
    finally:
        for f in spools.values():
            f.close()


PRODUCERS = {
    "csv": csv_mentions, "papers-csv": csv_papers, "json": json_papers, "jsonl": jsonl_papers,
    "mentions-jsonl": jsonl_mentions, "bibtex": bibtex, "webannotation": web_annotations, "hypothesis": hypothesis,
    "prodigy": prodigy,
}
