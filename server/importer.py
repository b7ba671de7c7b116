"""``paperlens import``: papers from a JSONL file (the arXiv metadata snapshot's shape) or a
BibTeX file with abstracts, annotated and stored exactly as the extension's requests are.

Each batch of records becomes one synthetic ``POST /api/v1/annotate`` body handed to
:func:`server.annotate.annotate`, so storage stays in one place and a batch lands in one
transaction. A bad record is reported with its line number and skipped; a record whose
abstract is already in the library (same content hash) is skipped too, so importing the
same file again changes nothing.
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from . import DEFAULT_LIMITS, MAX_FIELD_CHARS, store
from .annotate import ARXIV_ID, annotate
from .store import LONE_SURROGATE
from .errors import APIError

BATCH = 64
MAX_TITLE = MAX_FIELD_CHARS
MAX_ABSTRACT = DEFAULT_LIMITS["max_block_chars"]
FORMATS = ("jsonl", "bibtex")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
WHITESPACE = re.compile(r"\s+")


class BadRecord(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line, self.message = line, message


@dataclass
class Stats:
    read: int = 0
    imported: int = 0
    already: int = 0
    bad: list = field(default_factory=list)  # BadRecord, in file order

    def summary(self):
        return (f"{self.imported} papers imported, {self.already} already in the library, "
                f"{len(self.bad)} bad records skipped (of {self.read} read)")


def clean_text(value):
    """Whitespace as one space (the arXiv snapshot wraps titles and abstracts), no control characters."""
    value = LONE_SURROGATE.sub("\ufffd", CONTROL.sub(" ", value))
    return WHITESPACE.sub(" ", value).strip()


def guess_format(path, head):
    name = str(path).lower()
    if name.endswith((".bib", ".bibtex")):
        return "bibtex"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    start = head.lstrip()[:1]
    if start in ("@", "%"):
        return "bibtex"
    if start == "{":
        return "jsonl"
    return None


# ---- records -----------------------------------------------------------------

def _arxiv_id(value):
    if isinstance(value, str):
        value = re.sub(r"^(?:arxiv:)", "", value.strip(), flags=re.IGNORECASE)
        value = re.sub(r"v\d+$", "", value)
        if ARXIV_ID.fullmatch(value):
            return value
    return None


def _doi(value):
    if isinstance(value, str):
        value = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", value.strip(), flags=re.IGNORECASE)
        if re.fullmatch(r"10\.\d{4,9}/\S+", value):
            return value[:500]
    return None


def _published_from_versions(versions):
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        created = versions[0].get("created")
        if isinstance(created, str):
            try:
                return datetime.strptime(created, "%a, %d %b %Y %H:%M:%S %Z").date().isoformat()
            except ValueError:
                return None
    return None


def _authors(record):
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed and all(isinstance(a, list) and a for a in parsed):
        names = [", ".join(p for p in (str(a[0]), str(a[1]) if len(a) > 1 else "") if p.strip()) for a in parsed]
        return " and ".join(clean_text(n) for n in names if n.strip()) or None
    authors = record.get("authors")
    if isinstance(authors, list):
        return " and ".join(clean_text(str(a)) for a in authors if str(a).strip()) or None
    if isinstance(authors, str) and authors.strip():
        return " and ".join(p for p in (clean_text(a) for a in re.split(r",\s*and\s+|\s+and\s+|,", authors)) if p)
    return None


def paper_record(raw, line):
    """A JSONL object as the paper to store, or BadRecord saying what is wrong with it."""
    if not isinstance(raw, dict):
        raise BadRecord(line, "a record must be a JSON object with title and abstract")
    title = raw.get("title")
    if not isinstance(title, str) or not clean_text(title):
        raise BadRecord(line, 'no "title" string')
    abstract = raw.get("abstract", raw.get("text"))
    if not isinstance(abstract, str) or not clean_text(abstract):
        raise BadRecord(line, 'no "abstract" (or "text") string')
    url = raw.get("url")
    if url is not None and not isinstance(url, str):
        raise BadRecord(line, '"url" must be a string')
    ident = raw.get("id")
    arxiv_id = _arxiv_id(raw.get("arxiv_id")) or _arxiv_id(ident)
    published = (_published_from_versions(raw.get("versions")) or _date(raw.get("published"))
                 or _date(raw.get("update_date")) or _date(raw.get("date")) or _date(raw.get("year")))
    return _checked({"title": title, "abstract": abstract, "url": url, "arxiv_id": arxiv_id, "doi": _doi(raw.get("doi")),
                     "authors": _authors(raw), "published": published}, line)


def _date(value):
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value.strip()):
        return value.strip()
    return None


def _checked(record, line):
    record["title"], record["abstract"] = clean_text(record["title"]), clean_text(record["abstract"])
    if len(record["title"]) > MAX_TITLE:
        raise BadRecord(line, f"the title is {len(record['title'])} characters; the limit is {MAX_TITLE}")
    if len(record["abstract"]) > MAX_ABSTRACT:
        raise BadRecord(line, f"the abstract is {len(record['abstract'])} characters; the limit is {MAX_ABSTRACT}")
    url = (record.get("url") or "").strip() or None
    if url and (len(url) > MAX_FIELD_CHARS or not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.IGNORECASE)):
        raise BadRecord(line, f"url {url[:80]!r} is not an absolute URL")
    if url is None and record.get("arxiv_id"):
        url = f"https://arxiv.org/abs/{record['arxiv_id']}"
    if url is None and record.get("doi"):
        url = f"https://doi.org/{record['doi']}"
    record["url"] = url
    record["line"] = line
    record["hash"] = store.text_hash(record["abstract"])
    return record


def read_jsonl(lines):
    """(line number, record or BadRecord, bytes read) for each non-blank line of a binary file."""
    for n, raw in enumerate(lines, 1):
        size = len(raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield n, BadRecord(n, f"not UTF-8 (byte {e.start})"), size
            continue
        if not text.strip():
            yield n, None, size
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield n, BadRecord(n, f"not valid JSON ({e.msg}, column {e.colno})"), size
            continue
        try:
            yield n, paper_record(obj, n), size
        except BadRecord as e:
            yield n, e, size


# ---- BibTeX ------------------------------------------------------------------

MONTHS = {m: str(i) for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
           "c": "\u0327", "u": "\u0306", "v": "\u030c", "H": "\u030b", "r": "\u030a", "k": "\u0328"}
LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
           "l": "ł", "L": "Ł", "i": "ı", "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
           "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "ldots": "…",
           "textbraceleft": "\x02", "textbraceright": "\x03"}


def detex(value):
    """BibTeX field text as plain text: accents and escapes decoded, grouping braces removed."""
    value = re.sub(r"\\([\"'`^~=.])\s*(?:\{\s*(\\?\w)\s*\}|(\\?\w))",
                   lambda m: unicodedata.normalize("NFC", (m.group(2) or m.group(3)).lstrip("\\") + ACCENTS[m.group(1)]),
                   value)
    value = re.sub(r"\\([cuvHrk])\s*(?:\{\s*(\w)\s*\}|\s(\w))",
                   lambda m: unicodedata.normalize("NFC", (m.group(2) or m.group(3)) + ACCENTS[m.group(1)]), value)
    value = re.sub(r"\\([&%$#_{}])", lambda m: "\x00" + {"{": "\x02", "}": "\x03"}.get(m.group(1), m.group(1)),
                   value)
    value = re.sub(r"\\([A-Za-z]+)(?:\{\}|\s+|(?![A-Za-z]))",
                   lambda m: LETTERS.get(m.group(1), m.group(0)).replace("\\", "\x01").replace("~", "\x04"), value)
    value = value.replace("---", "—").replace("--", "–").replace("~", " ")
    value = value.replace("{", "").replace("}", "")
    value = value.replace("\x00", "").replace("\x01", "\\").replace("\x02", "{").replace("\x03", "}")
    value = value.replace("\x04", "~")
    return clean_text(value)


class _Bib:
    """A small BibTeX reader that knows where each entry starts (for line numbers)."""

    NAME = re.compile(r"[^\s\"#%'(),={}]+")

    def __init__(self, text):
        self.text, self.strings = text, dict(MONTHS)

    def entries(self):
        text, pos, line, counted = self.text, 0, 1, 0
        while True:
            at = text.find("@", pos)
            if at < 0:
                return
            line += text.count("\n", counted, at)
            counted = at
            m = re.compile(r"@\s*([A-Za-z]+)\s*([{(])").match(text, at)
            if not m:
                pos = at + 1
                continue
            kind = m.group(1).lower()
            end = self._close(m.end(), "}" if m.group(2) == "{" else ")")
            if end is None:
                yield at, line, BadRecord(line, f"@{kind} entry is never closed")
                nxt = re.compile(r"\n\s*@").search(text, at + 1)
                pos = nxt.start() + 1 if nxt else len(text)
                continue
            pos = end + 1
            if kind in ("comment", "preamble"):
                continue
            try:
                if kind == "string":
                    for name, value in self._fields(m.end(), end, line):
                        self.strings[name] = value
                    continue
                key_m = re.compile(r"\s*([^,\s]*)\s*,").match(text, m.end(), end)
                if not key_m:
                    raise BadRecord(line, f"@{kind} entry has no citation key")
                fields = dict(self._fields(key_m.end(), end, line))
                yield at, line, (kind, key_m.group(1), fields)
            except BadRecord as e:
                yield at, line, e

    def _close(self, pos, closer):
        depth, text = 0, self.text
        for i in range(pos, len(text)):
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                if depth == 0:
                    return i if closer == "}" else None
                depth -= 1
            elif c == closer and depth == 0:
                return i
        return None

    def _fields(self, pos, end, line):
        text = self.text
        while True:
            while pos < end and (text[pos].isspace() or text[pos] == ","):
                pos += 1
            if pos >= end:
                return
            m = self.NAME.match(text, pos, end)
            if not m:
                raise BadRecord(line, f"unexpected {text[pos]!r} where a field name should be")
            name = m.group(0).lower()
            pos = m.end()
            while pos < end and text[pos].isspace():
                pos += 1
            if pos >= end or text[pos] != "=":
                raise BadRecord(line, f"field {name!r} has no '='")
            value, pos = self._value(pos + 1, end, line, name)
            yield name, value

    def _value(self, pos, end, line, name):
        text, parts = self.text, []
        while True:
            while pos < end and text[pos].isspace():
                pos += 1
            if pos >= end:
                raise BadRecord(line, f"field {name!r} has no value")
            c = text[pos]
            if c == "{":
                depth, i = 1, pos + 1
                while i < end and depth:
                    depth += {"{": 1, "}": -1}.get(text[i], 0)
                    i += 1
                if depth:
                    raise BadRecord(line, f"field {name!r} has unbalanced braces")
                parts.append(text[pos + 1 : i - 1])
                pos = i
            elif c == '"':
                depth, i = 0, pos + 1
                while i < end and not (text[i] == '"' and depth == 0):
                    depth += {"{": 1, "}": -1}.get(text[i], 0)
                    i += 1
                if i >= end:
                    raise BadRecord(line, f"field {name!r} has an unclosed quote")
                parts.append(text[pos + 1 : i])
                pos = i + 1
            else:
                m = self.NAME.match(text, pos, end)
                if not m:
                    raise BadRecord(line, f"field {name!r} has no value")
                word = m.group(0)
                parts.append(word if word.isdigit() else self.strings.get(word.lower(), word))
                pos = m.end()
            while pos < end and text[pos].isspace():
                pos += 1
            if pos < end and text[pos] == "#":
                pos += 1
                continue
            return "".join(parts), pos


def bib_record(kind, key, fields, line):
    title, abstract = detex(fields.get("title", "")), detex(fields.get("abstract", ""))
    if not title:
        raise BadRecord(line, f"@{kind}{{{key}}} has no title")
    if not abstract:
        raise BadRecord(line, f"@{kind}{{{key}}} has no abstract")
    arxiv_id = None
    if (fields.get("archiveprefix", "") + fields.get("eprinttype", "")).lower().startswith("arxiv") or \
            _arxiv_id(fields.get("eprint")):
        arxiv_id = _arxiv_id(fields.get("eprint"))
    url = detex(fields["url"]).replace(" ", "") if fields.get("url") else None
    if arxiv_id is None and url:
        m = re.search(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?$", url)
        arxiv_id = _arxiv_id(m.group(1)) if m else None
    year = fields.get("year", "").strip()
    month = fields.get("month", "").strip().lower()[:3]
    month = MONTHS.get(month, month)
    published = year if re.fullmatch(r"\d{4}", year) else None
    if published and month.isdigit() and 1 <= int(month) <= 12:
        published = f"{year}-{int(month):02d}"
    authors = " and ".join(detex(a) for a in re.split(r"\s+and\s+", fields.get("author", "")) if a.strip()) or None
    return _checked({"title": title, "abstract": abstract, "url": url, "arxiv_id": arxiv_id,
                     "doi": _doi(detex(fields.get("doi", ""))), "authors": authors, "published": published}, line)


def read_bibtex(text):
    """(line number, record or BadRecord, characters read) for each entry of a BibTeX text."""
    last = 0
    for at, line, entry in _Bib(text).entries():
        size, last = at - last, at
        if isinstance(entry, BadRecord):
            yield line, entry, size
            continue
        try:
            yield line, bib_record(*entry, line), size
        except BadRecord as e:
            yield line, e, size
    yield None, None, len(text) - last


# ---- storing -----------------------------------------------------------------

class Importer:
    """Stores records batch by batch through ``annotate``; ``on_bad(BadRecord)`` hears of skipped ones."""

    def __init__(self, db, nlp=None, source="file", batch=BATCH, on_bad=None):
        self.db, self.nlp, self.batch_size, self.on_bad = db, nlp, batch, on_bad
        self.url = store.IMPORT_URL_PREFIX + (source or "file")[:200]
        self.stats, self.pending, self.seen = Stats(), [], set()

    def add(self, item):
        if item is None:
            return
        self.stats.read += 1
        if isinstance(item, BadRecord):
            self._bad(item)
            return
        if item["hash"] in self.seen:
            self.stats.already += 1
            return
        self.seen.add(item["hash"])
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def _bad(self, error):
        self.stats.bad.append(error)
        if self.on_bad:
            self.on_bad(error)

    def flush(self):
        batch, self.pending = self.pending, []
        if not batch:
            return
        present = store.existing_hashes(self.db, [r["hash"] for r in batch])
        todo = [r for r in batch if r["hash"] not in present]
        self.stats.already += len(batch) - len(todo)
        if not todo:
            return
        try:
            self._store(todo)
        except APIError:
            # Something in the batch that the checks above let through: find it, store the rest.
            for record in todo:
                try:
                    self._store([record])
                except APIError as e:
                    self._bad(BadRecord(record["line"], e.message))

    def _store(self, records):
        blocks = []
        for n, r in enumerate(records):
            paper = {"title": r["title"], "url": r["url"], "arxiv_id": r["arxiv_id"]}
            blocks += [{"id": f"{n}t", "kind": "title", "text": r["title"], "paper": paper},
                       {"id": f"{n}a", "kind": "abstract", "text": r["abstract"], "paper": paper}]
        limits = {"max_blocks": len(blocks), "max_block_chars": MAX_ABSTRACT,
                  "max_request_chars": sum(len(b["text"]) for b in blocks)}
        answer = annotate(self.db, {"url": self.url, "blocks": blocks}, limits, self.nlp)
        paper_ids = {b["id"]: b["paper_id"] for b in answer["blocks"]}
        with store.write_transaction(self.db):
            for n, r in enumerate(records):
                if r["doi"] or r["authors"] or r["published"]:
                    store.set_paper_metadata(self.db, paper_ids[f"{n}a"], r["doi"], r["authors"], r["published"])
        self.stats.imported += len(records)

    def finish(self):
        self.flush()
        return self.stats
