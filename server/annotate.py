"""POST /api/v1/annotate: validate the request, answer what the library already
knows from the store, run the pipeline on the rest, and store it all at once."""
import re
from collections import Counter

from nlp import pipeline

from . import MAX_FIELD_CHARS, corrections, store
from .errors import APIError

KINDS = {"title", "abstract"}
ARXIV_ID = re.compile(r"(?<![\w.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\w.])|(?<![\w/])([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
ARXIV_URL = re.compile(
    r"^https?://(?:www\.|export\.)?(?:arxiv\.org/(?:abs|pdf|html)/|huggingface\.co/papers/|alphaxiv\.org/abs/)"
    r"([^?#]+?)(?:v\d+)?(?:\.pdf)?(?:[?#].*)?$"
)


def arxiv_id_from_url(url):
    match = ARXIV_URL.match(url or "")
    if match and ARXIV_ID.fullmatch(match.group(1)):
        return match.group(1)
    return None


def arxiv_id_from_text(text):
    match = re.search(r"arXiv:\s*(\d{4}\.\d{4,5})", text or "", re.IGNORECASE)
    return match.group(1) if match else None


def _string(obj, key, where, required=False, max_len=None):
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip() and key != "text"):
        raise APIError(400, "invalid_field", f"{where}.{key} must be {'a non-empty' if required else 'a'} string")
    if max_len and len(value) > max_len:
        raise APIError(422, "field_too_long", f"{where}.{key} is {len(value)} characters; the limit is {max_len}")
    return value


def parse_request(body, limits):
    """The request as plain dicts, or an APIError that says what is wrong with it."""
    if not isinstance(body, dict):
        raise APIError(400, "invalid_body", "The body must be a JSON object with 'url' and 'blocks'.")
    url = _string(body, "url", "body", required=True, max_len=MAX_FIELD_CHARS)
    title = _string(body, "title", "body", max_len=MAX_FIELD_CHARS)
    blocks = body.get("blocks")
    if not isinstance(blocks, list):
        raise APIError(400, "invalid_field", "body.blocks must be a list of {id, text} objects")
    if len(blocks) > limits["max_blocks"]:
        raise APIError(422, "too_many_blocks", f"{len(blocks)} blocks; the limit is {limits['max_blocks']} per request")
    page_paper = {"arxiv_id": arxiv_id_from_url(url), "url": url, "title": title}
    parsed, seen, total = [], set(), 0
    for i, block in enumerate(blocks):
        where = f"blocks[{i}]"
        if not isinstance(block, dict):
            raise APIError(400, "invalid_field", f"{where} must be an object with 'id' and 'text'")
        block_id = _string(block, "id", where, required=True, max_len=256)
        if block_id in seen:
            raise APIError(400, "duplicate_block_id", f"{where}.id {block_id!r} is used by an earlier block")
        seen.add(block_id)
        text = _string(block, "text", where, required=True, max_len=limits["max_block_chars"])
        total += len(text)
        if total > limits["max_request_chars"]:
            raise APIError(422, "too_much_text", f"the blocks hold more than {limits['max_request_chars']} characters")
        kind = block.get("kind", "abstract")
        if not isinstance(kind, str) or kind not in KINDS:
            raise APIError(400, "invalid_field", f"{where}.kind must be one of {sorted(KINDS)}")
        paper = block.get("paper")
        if paper is None:
            paper = dict(page_paper)
            paper["arxiv_id"] = paper["arxiv_id"] or arxiv_id_from_text(text)
        elif isinstance(paper, dict):
            paper = {k: _string(paper, k, f"{where}.paper", max_len=MAX_FIELD_CHARS) for k in ("arxiv_id", "url", "title")}
            if paper["arxiv_id"] and not ARXIV_ID.fullmatch(paper["arxiv_id"]):
                raise APIError(400, "invalid_field", f"{where}.paper.arxiv_id {paper['arxiv_id']!r} is not an arXiv id")
            paper["arxiv_id"] = paper["arxiv_id"] or arxiv_id_from_url(paper["url"])
        else:
            raise APIError(400, "invalid_field", f"{where}.paper must be an object with title, url or arxiv_id")
        clean = store.storable(text)
        parsed.append({"id": block_id, "text": text, "clean": clean, "kind": kind, "paper": paper,
                       "hash": store.text_hash(clean)})
    return {"url": url, "title": title, "blocks": parsed}


def paper_key(paper):
    """Which blocks of one request belong to the same paper."""
    if paper.get("arxiv_id"):
        return ("arxiv", paper["arxiv_id"])
    if paper.get("title"):
        return ("title", store.normalise_title(paper["title"]))
    return ("url", paper.get("url"))


def describe_names(db, tags, nlp):
    """What the hover card shows, once per name of the response (not once per span: a page
    of 50 abstracts names the same few hundred things in some 800 spans): the knowledge
    base's description, and in how many of the user's papers the name has been seen."""
    kb = nlp.get_pipe("paperlens_kb") if nlp is not None and "paperlens_kb" in nlp.pipe_names else None
    papers = store.name_counts(db, [(t["label"], t["canonical"]) for t in tags]) if tags else {}
    for tag in tags:
        key = (tag["label"], tag["canonical"])
        tag["papers"] = papers.get(key, 0)
        description = kb.describe(*key) if kb else ""
        if description:
            tag["description"] = description


def annotate(db, request_body, limits, nlp=None):
    req = parse_request(request_body, limits)
    version = pipeline.version()
    blocks = req["blocks"]
    cached = store.cached_blocks(db, {b["hash"] for b in blocks}, version)

    # Run the pipeline on each paper's new blocks, title first, as one document.
    groups = {}
    for b in blocks:
        groups.setdefault(paper_key(b["paper"]), []).append(b)
    todo = [sorted(g, key=lambda b: b["kind"] != "title") for g in groups.values()
            if any(b["hash"] not in cached for b in g)]
    annotated = pipeline.annotate_groups([[b["clean"] for b in g] for g in todo], nlp, with_results=True,
                                         skip_failures=True)
    for group, blocks_found in zip(todo, annotated):
        for b, found in zip(group, blocks_found):
            b.setdefault("spans", found["spans"])
            b.setdefault("results", found["results"])

    when = store.now()
    fixes = corrections.load(db)
    with store.write_transaction(db):
        page_id = store.record_page(db, req["url"], req["title"], when)
        paper_ids = {}
        for key, group in groups.items():
            paper_ids[key] = store.resolve_paper(db, group[0]["paper"], when)
        new = []
        for b in blocks:
            hit = cached.get(b["hash"])
            if hit and hit[1] is not None:
                b["paper_id"], b["spans"], b["results"], b["cached"] = hit[1], hit[2], hit[3], True
            else:
                b["paper_id"], b["cached"] = paper_ids[paper_key(b["paper"])], bool(hit)
                if hit:
                    b["spans"], b["results"] = hit[2], hit[3]
                new.append({"text": b["clean"], "kind": b["kind"], "paper_id": b["paper_id"], "spans": b["spans"],
                            "results": b["results"]})
        store.store_blocks(db, new, version, when)
        all_papers = sorted({b["paper_id"] for b in blocks})
        store.link_page_papers(db, page_id, all_papers)
        store.refresh_tags(db, {b["paper_id"] for b in new}, fixes)
    # Read after the commit: the write lock is held only as long as the writing takes.
    tags_by_paper = store.paper_tags(db, all_papers)
    papers = {r["id"]: r for r in db.query(
        f"SELECT id, arxiv_id, title, url FROM papers WHERE id IN ({','.join('?' * len(all_papers))})",
        all_papers,
    )} if all_papers else {}

    counts = Counter()
    out_blocks = []
    for b in blocks:
        spans = [{**s, "text": b["text"][s["start"]:s["end"]], "origin": "pipeline"} for s in b["spans"]]
        spans = fixes.apply(spans, b["text"])
        counts.update((s["label"], s["canonical"]) for s in spans)
        results = [{**r, "text": b["text"][r["start"]:r["end"]]} for r in b["results"]]
        out_blocks.append({"id": b["id"], "paper_id": b["paper_id"], "cached": b["cached"], "spans": spans,
                           "results": results})
    tags = [{"label": label, "canonical": canonical, "count": n}
            for (label, canonical), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    describe_names(db, tags, nlp)
    return {
        "blocks": out_blocks,
        "tags": tags,
        "papers": [{**papers[p], "tags": tags_by_paper[p]} for p in all_papers],
    }
