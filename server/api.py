"""The JSON API under /api/v1, the one thing the extension talks to."""
from flask import Blueprint, Response, current_app, g, jsonify, request

from nlp import pipeline
from nlp.labels import label_list

from . import MAX_FIELD_CHARS, __version__, corrections, export, openapi, security, store
from .annotate import annotate
from .errors import APIError

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def get_db():
    """The worker's connection, lent to this request (see ``store.Connections``)."""
    if "db" not in g:
        g.db = current_app.extensions["paperlens.db"].get()
    return g.db


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()  # gives it back, rolling back whatever a failed request left open


def json_body():
    if not request.is_json:
        raise APIError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.")
    body = request.get_json(silent=True)
    if body is None:
        raise APIError(400, "malformed_json", "The body is not valid JSON.")
    return body


def int_arg(name, default, lo, hi):
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise APIError(400, "invalid_parameter", f"{name} must be a whole number") from None
    if not lo <= value <= hi:
        raise APIError(400, "invalid_parameter", f"{name} must be between {lo} and {hi}")
    return value


@bp.get("/health")
def health():
    return jsonify({"status": "ok", "version": __version__, "pipeline": pipeline.version(), "labels": label_list()})


@bp.before_request
def known_parameters():
    """A query parameter the API does not know is an error, not silently ignored:
    '?lable=DATASET' would otherwise list every paper. The OpenAPI document is the list."""
    if request.url_rule is None:
        return
    allowed = openapi.query_parameters().get((openapi.template(request.url_rule.rule), request.method))
    unknown = sorted(set(request.args) - (allowed or set()))
    if allowed is not None and unknown:
        raise APIError(400, "unknown_parameter",
                       f"Unknown query parameter {unknown[0]!r}; this address takes "
                       f"{', '.join(sorted(allowed)) or 'none'}.")


@bp.post("/pair")
def pair():
    """Hand the pairing token to our extension. Browsers set Origin and a page cannot
    claim an extension's; the token then lets the extension make every other call."""
    if not current_app.config.get("PAIRING"):
        raise APIError(403, "pairing_off", "Pairing is switched off on this server: paste the token from "
                                           "`paperlens token` into the extension's options.")
    if not security.origin_is_extension(request.headers.get("Origin")):
        raise APIError(403, "not_the_extension", "Only the PaperLens extension can pair with this server.")
    return jsonify({"token": current_app.config["API_TOKEN"]})


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(openapi.spec())


@bp.post("/annotate")
def annotate_view():
    body = json_body()
    return jsonify(annotate(get_db(), body, current_app.config["LIMITS"], current_app.extensions["paperlens.nlp"]))


PAGE_FORMS = ("full", "paint")  # GET /page: spans in full, or only what painting needs


@bp.get("/page")
def page_known():
    """What the library already holds for a page, asked by its URL as the page starts loading
    (before its text is read): the extension paints it in the page's first frame, then sends
    the text as always and the annotate answer decides."""
    url = request.args.get("url")
    if url is None or not url.strip():
        raise APIError(400, "missing_parameter", "url is required: the address of the page")
    if len(url) > MAX_FIELD_CHARS:
        raise APIError(400, "invalid_parameter", f"url is {len(url)} characters; the limit is {MAX_FIELD_CHARS}")
    limit = int_arg("limit", 100, 1, 500)
    form = request.args.get("form", "full")
    if form not in PAGE_FORMS:
        raise APIError(400, "invalid_parameter", f"form must be one of {', '.join(PAGE_FORMS)}")
    db = get_db()
    blocks = store.page_blocks(db, url, pipeline.version(), limit, corrections.load(db), paint=form == "paint")
    return jsonify({"url": url, "blocks": blocks})


def label_arg():
    label = request.args.get("label")
    if label is not None and label not in {item["label"] for item in label_list()}:
        raise APIError(400, "invalid_parameter", f"label {label!r} is not one of the known labels")
    return label


@bp.post("/corrections")
def add_correction():
    correction = corrections.parse(json_body())
    db = get_db()
    if correction["paper_id"] is not None and db.execute(
            "SELECT 1 FROM papers WHERE id = ?", [correction["paper_id"]]).fetchone() is None:
        raise APIError(404, "not_found", f"There is no paper {correction['paper_id']} in the library.")
    with store.write_transaction(db):
        saved = store.add_correction(db, correction, store.now())
    return jsonify({"correction": saved}), 201


@bp.get("/corrections")
def list_corrections():
    return jsonify({"corrections": store.list_corrections(get_db())})


@bp.delete("/corrections/<int:correction_id>")
def delete_correction(correction_id):
    db = get_db()
    with store.write_transaction(db):
        deleted = correction_id <= store.MAX_ROWID and store.delete_correction(db, correction_id)
    if not deleted:
        raise APIError(404, "not_found", f"There is no correction {correction_id}.")
    return jsonify({"deleted": correction_id})


@bp.get("/papers")
def papers():
    limit = int_arg("limit", 50, 1, 500)
    offset = int_arg("offset", 0, 0, 10**9)
    sort = request.args.get("sort", "recent")
    if sort not in store.SORTS:
        raise APIError(400, "invalid_parameter", f"sort must be one of {', '.join(store.SORTS)}")
    total, rows = store.library_page(get_db(), export_filters(), sort, limit, offset)
    return jsonify({"total": total, "limit": limit, "offset": offset, "papers": rows})


@bp.get("/papers/<int:paper_id>")
def paper(paper_id):
    found = store.get_paper(get_db(), paper_id) if paper_id <= store.MAX_ROWID else None
    if found is None:
        raise APIError(404, "not_found", f"There is no paper {paper_id} in the library.")
    return jsonify(found)


@bp.get("/tags")
def tags():
    return jsonify({"tags": store.library_tags(get_db(), label=label_arg())})


def _streamed(produce, *args):
    """Run ``produce(db, *args)`` on a connection of its own, closed when the stream ends:
    the request's connection is gone by the time a streamed body is sent."""
    db = store.connect(current_app.config["DATABASE"], migrate=False)

    def chunks():
        try:
            yield from produce(db, *args)
        finally:
            db.close()

    return chunks()


def export_filters():
    """The library list's filters (q, label, tag, site, since, until), checked before anything streams."""
    try:
        return store.clean_filters({k: request.args.get(k) for k in store.FILTER_KEYS})
    except store.FilterError as e:
        raise APIError(400, "invalid_parameter", str(e)) from None


@bp.get("/export")
def export_view():
    fmt = request.args.get("format", "csv")
    if fmt not in export.FORMATS:
        raise APIError(400, "invalid_parameter", f"format must be one of {', '.join(export.FORMATS)}")
    filters = export_filters()
    return Response(
        _streamed(export.stream, fmt, filters, current_app.extensions["paperlens.nlp"]),
        mimetype=export.FORMATS[fmt].mimetype,
        headers={"Content-Disposition": f'attachment; filename="{export.filename(fmt)}"'},
    )
