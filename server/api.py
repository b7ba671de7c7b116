"""The JSON API under /api/v1, the one thing the extension talks to."""
from flask import Blueprint, Response, current_app, g, jsonify, request

from nlp import pipeline
from nlp.labels import label_list

from . import __version__, corrections, export, store
from .annotate import annotate
from .errors import APIError

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def get_db():
    if "db" not in g:
        g.db = store.connect(current_app.config["DATABASE"], migrate=False)
    return g.db


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


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


@bp.post("/annotate")
def annotate_view():
    body = json_body()
    return jsonify(annotate(get_db(), body, current_app.config["LIMITS"], current_app.extensions["paperlens.nlp"]))


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
        deleted = store.delete_correction(db, correction_id)
    if not deleted:
        raise APIError(404, "not_found", f"There is no correction {correction_id}.")
    return jsonify({"deleted": correction_id})


@bp.get("/papers")
def papers():
    limit = int_arg("limit", 50, 1, 500)
    offset = int_arg("offset", 0, 0, 10**9)
    total, rows = store.list_papers(get_db(), limit=limit, offset=offset, label=label_arg(),
                                    canonical=request.args.get("tag"))
    return jsonify({"total": total, "limit": limit, "offset": offset, "papers": rows})


@bp.get("/papers/<int:paper_id>")
def paper(paper_id):
    found = store.get_paper(get_db(), paper_id)
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


@bp.get("/export")
def export_view():
    fmt = request.args.get("format", "csv")
    if fmt not in export.FORMATS:
        raise APIError(400, "invalid_parameter", f"format must be one of {', '.join(export.FORMATS)}")
    return Response(
        _streamed(export.stream, fmt),
        mimetype=export.FORMATS[fmt],
        headers={"Content-Disposition": f'attachment; filename="paperlens-export.{fmt}"'},
    )
