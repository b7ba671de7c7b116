"""Every API error is JSON: ``{"error": {"code": ..., "message": ...}}`` with a 4xx status."""
from flask import jsonify, request
from werkzeug.exceptions import HTTPException


class APIError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status, code, message):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


# Werkzeug's own errors, given codes and messages a client can act on.
HTTP_CODES = {
    400: ("bad_request", "The request could not be understood."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that method."),
    413: ("too_large", "The request body is larger than the server accepts."),
    415: ("unsupported_media_type", "Send JSON with Content-Type: application/json."),
}


def register(app):
    @app.errorhandler(APIError)
    def api_error(e):
        return error_response(e.status, e.code, e.message)

    @app.errorhandler(Exception)
    def unexpected(e):
        if isinstance(e, HTTPException):
            return http_error(e)
        app.logger.exception("unexpected error on %s %s", request.method, request.path)
        if not request.path.startswith("/api/"):
            raise e
        return error_response(500, "internal_error", "The server failed on this request; nothing was stored.")

    @app.errorhandler(HTTPException)
    def http_error(e):
        if not request.path.startswith("/api/"):
            return e
        code, message = HTTP_CODES.get(e.code, (e.name.lower().replace(" ", "_"), e.description))
        if e.code == 413 and app.config.get("MAX_CONTENT_LENGTH"):
            message = f"The request body is larger than {app.config['MAX_CONTENT_LENGTH']} bytes."
        if e.code == 405 and getattr(e, "valid_methods", None):
            message = f"This address accepts {', '.join(sorted(e.valid_methods))}."
        response = error_response(e.code, code, message)
        if e.code == 405 and getattr(e, "valid_methods", None):
            response.headers["Allow"] = ", ".join(sorted(e.valid_methods))
        return response
