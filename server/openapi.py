"""The OpenAPI description of /api/v1, published at /api/v1/openapi.json.

Kept in step with the routes by tests/server/test_openapi.py, and used there to
fuzz the running server with schemathesis.
"""
import functools
import re

from nlp.labels import LABELS

from . import MAX_FIELD_CHARS, __version__
from .export import FORMATS
from .store import MAX_ROWID, SORTS

LABEL = {"type": "string", "enum": list(LABELS)}
ERROR = {
    "description": "What was wrong with the request",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def _json(schema, description="OK"):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _errors(*codes):
    """Error answers; every call but the open ones may also answer 401 without the token."""
    return {str(code): ERROR for code in (*codes, 401)}


SCHEMAS = {
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {"error": {"type": "object", "required": ["code", "message"],
                                 "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
    },
    "Span": {
        "type": "object", "required": ["start", "end", "label", "text", "canonical"],
        "properties": {
            "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
            "label": LABEL, "text": {"type": "string"}, "canonical": {"type": "string"},
            "origin": {"type": "string", "enum": ["pipeline", "user"]}, "confirmed": {"type": "boolean"},
        },
    },
    "Result": {
        "type": "object", "required": ["metric", "value", "start", "end"],
        "properties": {
            "metric": {"type": "string"}, "value": {"type": "number"}, "value_low": {"type": "number"},
            "unit": {"type": ["string", "null"]}, "dataset": {"type": ["string", "null"]},
            "method": {"type": ["string", "null"]}, "start": {"type": "integer"}, "end": {"type": "integer"},
            "text": {"type": "string"},
        },
    },
    "Tag": {
        "type": "object", "required": ["label", "canonical", "count"],
        "properties": {"label": LABEL, "canonical": {"type": "string"}, "count": {"type": "integer"},
                       "papers": {"type": "integer"}},
    },
    # A name the answer's spans carry, once per answer (its spans refer to it by label and
    # canonical): how often it is named here, in how many of the library's papers, and the
    # knowledge base's description when it has one (what the hover card shows).
    "AnswerTag": {
        "type": "object", "required": ["label", "canonical", "count", "papers"],
        "properties": {"label": LABEL, "canonical": {"type": "string"}, "count": {"type": "integer", "minimum": 1},
                       "papers": {"type": "integer", "minimum": 0}, "description": {"type": "string"}},
    },
    "Paper": {
        "type": "object", "required": ["id", "title", "tags"],
        "properties": {"id": {"type": "integer"}, "arxiv_id": {"type": ["string", "null"]},
                       "title": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                       "tags": {"type": "array", "items": _ref("Tag")}},
    },
    "PaperRef": {
        "type": "object",
        "properties": {"title": {"type": ["string", "null"], "maxLength": MAX_FIELD_CHARS},
                       "url": {"type": ["string", "null"], "maxLength": MAX_FIELD_CHARS},
                       "arxiv_id": {"type": ["string", "null"],
                                    "pattern": r"^$|^\d{4}\.\d{4,5}(v\d+)?$|^[a-z-]+(\.[A-Z]{2})?/\d{7}(v\d+)?$"}},
    },
    "AnnotateRequest": {
        "type": "object", "required": ["url", "blocks"],
        "properties": {
            "url": {"type": "string", "minLength": 1, "maxLength": MAX_FIELD_CHARS},
            "title": {"type": ["string", "null"], "maxLength": MAX_FIELD_CHARS},
            "blocks": {"type": "array", "maxItems": 500, "items": {
                "type": "object", "required": ["id", "text"],
                "properties": {"id": {"type": "string", "minLength": 1, "maxLength": 256},
                               "text": {"type": "string", "maxLength": 100000},
                               "kind": {"type": "string", "enum": ["title", "abstract"]},
                               "paper": {"oneOf": [_ref("PaperRef"), {"type": "null"}]}}}},
        },
    },
    "AnnotateResponse": {
        "type": "object", "required": ["blocks", "tags", "papers"],
        "properties": {
            "blocks": {"type": "array", "items": {
                "type": "object", "required": ["id", "paper_id", "cached", "spans", "results"],
                "properties": {"id": {"type": "string"}, "paper_id": {"type": "integer"},
                               "cached": {"type": "boolean"},
                               "spans": {"type": "array", "items": _ref("Span")},
                               "results": {"type": "array", "items": _ref("Result")}}}},
            "tags": {"type": "array", "items": _ref("AnswerTag")},
            "papers": {"type": "array", "items": _ref("Paper")},
        },
    },
    "PageKnown": {
        "type": "object", "required": ["url", "blocks"],
        "properties": {
            "url": {"type": "string"},
            "blocks": {"type": "array", "items": {
                "type": "object", "required": ["paper_id", "kind", "text", "spans"],
                "properties": {"paper_id": {"type": "integer"}, "kind": {"type": "string", "enum": ["title", "abstract"]},
                               "text": {"type": "string"}, "spans": {"type": "array", "items": {
                                   "oneOf": [_ref("Span"), _ref("PaintSpan")]}}}}},
        },
    },
    # a span of GET /api/v1/page?form=paint: [start, end, label (, canonical when it is not the text)]
    "PaintSpan": {
        "type": "array", "minItems": 3, "maxItems": 4,
        "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}, LABEL, {"type": "string"}],
    },
    "CorrectionRequest": {
        "type": "object", "required": ["action", "text", "label"],
        "properties": {
            "action": {"type": "string", "enum": ["accept", "reject", "relabel", "add"]},
            "text": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": r"^\S(.*\S)?$"},
            "label": LABEL, "new_label": LABEL,
            "paper_id": {"type": "integer", "minimum": 0, "maximum": MAX_ROWID}, "block_text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0, "maximum": MAX_ROWID},
            "end": {"type": "integer", "minimum": 0, "maximum": MAX_ROWID},
        },
    },
    "Correction": {
        "type": "object", "required": ["id", "action", "text", "label", "created"],
        "properties": {"id": {"type": "integer"}, "action": {"type": "string"}, "text": {"type": "string"},
                       "label": LABEL, "new_label": {"type": ["string", "null"]},
                       "paper_id": {"type": ["integer", "null"]}, "created": {"type": "string"}},
    },
}


@functools.cache
def query_parameters():
    """(path template, method) -> the query parameters the document allows."""
    found = {}
    for path, operations in spec()["paths"].items():
        for method, operation in operations.items():
            found[(path, method.upper())] = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    return found


def template(rule):
    """A Flask rule as the document writes it: /papers/<int:paper_id> -> /papers/{paper_id}."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


# The filters of the library list, shared by the export (server/store.py FILTER_KEYS).
FILTER_PARAMETERS = [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 500},
     "description": "full-text search over titles, abstracts and tags"},
    {"name": "label", "in": "query", "schema": {"type": "string", "enum": ["", *LABELS]}},
    {"name": "tag", "in": "query", "schema": {"type": "string", "maxLength": 500}},
    {"name": "site", "in": "query", "schema": {"type": "string", "maxLength": 500}},
    {"name": "since", "in": "query", "schema": {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"},
     "description": "YYYY-MM-DD, inclusive; empty means no bound"},
    {"name": "until", "in": "query", "schema": {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"}},
]


def spec():
    """The OpenAPI 3.1 document for this server's version."""
    label_param = {"name": "label", "in": "query", "schema": LABEL}
    return {
        "openapi": "3.1.0",
        "info": {"title": "PaperLens local API", "version": __version__,
                 "description": "The API the PaperLens extension uses; see docs/api.md."},
        "servers": [{"url": "http://127.0.0.1:5757"}],
        "paths": {
            "/api/v1/health": {"get": {"operationId": "health", "security": [], "responses": {"200": _json({
                "type": "object", "required": ["status", "version", "labels"],
                "properties": {"status": {"const": "ok"}, "version": {"type": "string"},
                               "pipeline": {"type": "string"}, "labels": {"type": "array"}}})}}},
            "/api/v1/openapi.json": {"get": {"operationId": "openapi", "security": [],
                                             "responses": {"200": _json({"type": "object"})}}},
            "/api/v1/pair": {"post": {"operationId": "pair", "security": [],
                                      "description": "The pairing token, for the PaperLens extension's origin only.",
                                      "responses": {"200": _json({"type": "object", "required": ["token"]}),
                                                    "403": ERROR}}},
            "/api/v1/annotate": {"post": {
                "operationId": "annotate",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("AnnotateRequest")}}},
                "responses": {"200": _json(_ref("AnnotateResponse")), **_errors(400, 413, 415, 422)}}},
            "/api/v1/page": {"get": {
                "operationId": "pageKnown",
                "description": "What the library holds for a page, by its URL: the blocks of the papers last "
                               "shown there that the current pipeline annotated, with their spans (corrections "
                               "applied). Empty for a page never annotated.",
                "parameters": [
                    {"name": "url", "in": "query", "required": True,
                     "schema": {"type": "string", "minLength": 1, "maxLength": MAX_FIELD_CHARS, "pattern": r"\S"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500},
                     "description": "at most this many papers (default 100), the most recently seen first"},
                    {"name": "form", "in": "query", "schema": {"type": "string", "enum": ["full", "paint"]},
                     "description": "full (the default): spans as annotate answers them; paint: only what painting "
                                    "needs, each span [start, end, label] plus its canonical name when that is not "
                                    "the span's text (the block's text at those offsets, in code points)"},
                ],
                "responses": {"200": _json(_ref("PageKnown")), **_errors(400)}}},
            "/api/v1/papers": {"get": {
                "operationId": "listPapers",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": list(SORTS)}},
                    *FILTER_PARAMETERS,
                ],
                "responses": {"200": _json({"type": "object", "required": ["total", "papers"], "properties": {
                    "total": {"type": "integer"}, "papers": {"type": "array", "items": _ref("Paper")}}}),
                    **_errors(400)}}},
            "/api/v1/papers/{paper_id}": {"get": {
                "operationId": "getPaper",
                "parameters": [{"name": "paper_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": _json(_ref("Paper")), **_errors(404)}}},
            "/api/v1/tags": {"get": {
                "operationId": "listTags", "parameters": [label_param],
                "responses": {"200": _json({"type": "object", "required": ["tags"], "properties": {
                    "tags": {"type": "array", "items": _ref("Tag")}}}), **_errors(400)}}},
            "/api/v1/export": {"get": {
                "operationId": "export",
                "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": list(FORMATS)}},
                               *FILTER_PARAMETERS],
                "responses": {"200": {"description": "The library, streamed", "content": {
                    fmt.mimetype.split(";")[0]: {} for fmt in FORMATS.values()}},
                    **_errors(400)}}},
            "/api/v1/corrections": {
                "post": {"operationId": "addCorrection",
                         "requestBody": {"required": True, "content": {
                             "application/json": {"schema": _ref("CorrectionRequest")}}},
                         "responses": {"201": _json({"type": "object", "required": ["correction"], "properties": {
                             "correction": _ref("Correction")}}), **_errors(400, 404, 415, 422)}},
                "get": {"operationId": "listCorrections",
                        "responses": {"200": _json({"type": "object", "required": ["corrections"], "properties": {
                            "corrections": {"type": "array", "items": _ref("Correction")}}}), **_errors()}},
            },
            "/api/v1/corrections/{correction_id}": {"delete": {
                "operationId": "deleteCorrection",
                "parameters": [{"name": "correction_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": _json({"type": "object", "required": ["deleted"]}), **_errors(404)}}},
        },
        "security": [{"token": []}],
        "components": {"schemas": SCHEMAS, "securitySchemes": {"token": {
            "type": "http", "scheme": "bearer",
            "description": "The pairing token: `paperlens token`, or POST /api/v1/pair from the extension."}}},
    }
