"""Who may talk to the local server. Any web page the user opens can send
requests to 127.0.0.1, so the server checks what a page cannot forge."""
import hmac
import os
import re
import secrets
from pathlib import Path

from flask import request
from flask.testing import FlaskClient

from .errors import error_response

# Our extension's ID, pinned by the public "key" in manifest.json, and Firefox's
# per-install extension origins (a random UUID, so there the token is the gate).
EXTENSION_ID = "ejammedbnakkffagkmgaogiajoibjhnk"
EXTENSION_ORIGINS = [rf"^chrome-extension://{EXTENSION_ID}$",
                     r"^moz-extension://[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"]
# Routes any caller may use: the health check (the popup's "online") and the API description.
OPEN_ENDPOINTS = {"api.health", "api.openapi_document", "api.pair"}


def token_path(db_path):
    """The pairing token lives beside the library it opens."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".token")


def load_or_create_token(db_path):
    """The library's token, created on first run, readable by the user alone (mode 0600)."""
    path = token_path(db_path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        token = path.read_text(encoding="ascii").strip()
        if len(token) >= 32:
            return token
        raise RuntimeError(f"the token file {path} is damaged; delete it and restart to make a new one")
    token = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(token + "\n")
    return token


class PairedClient(FlaskClient):
    """``app.test_client()``: a client that sends the pairing token, as the paired
    extension does. (Calls without it are tested against a real server.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        token = self.application.config.get("API_TOKEN")
        if token:
            self.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"


def origin_is_extension(origin):
    return any(re.match(pattern, origin or "") for pattern in EXTENSION_ORIGINS)

# The Host header as werkzeug parses it: a name or IPv4, or a bracketed IPv6, and an optional port.
HOST = re.compile(r"(?P<name>[a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::(?P<port>[0-9]{1,5}))?", re.IGNORECASE)
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def host_allowed(header, allowed):
    """Whether a Host header names this server. A page that rebinds its own DNS name
    to 127.0.0.1 still sends its own name here, so it is refused (DNS rebinding).
    (Flask's TRUSTED_HOSTS would do this, but its matching drops bracketed IPv6.)"""
    match = HOST.fullmatch(header or "")
    return bool(match) and match.group("name").lower() in allowed


def register(app):
    """The checks run in this order: the Host header, then the token."""

    @app.before_request
    def check_host():
        allowed = app.config["ALLOWED_HOSTS"]
        header = request.headers.get("Host", "")
        if not host_allowed(header, allowed):
            return error_response(
                400, "untrusted_host",
                f"Host {header!r} is not one this server answers to (only {', '.join(allowed)}), "
                f"which stops DNS-rebinding attacks.",
            )
        return None

    @app.before_request
    def check_token():
        """Every API call but the open ones carries the pairing token. A web page cannot
        read it, and cannot send an Authorization header cross-origin without a preflight
        that the server does not grant."""
        token = app.config.get("API_TOKEN")
        if not token or request.method == "OPTIONS" or not request.path.startswith("/api/"):
            return None
        if request.endpoint is None or request.endpoint in OPEN_ENDPOINTS:
            return None  # no such route or method: the 404 or 405 says so first
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            return error_response(
                401, "unauthorized",
                "This call needs the pairing token: Authorization: Bearer <token>. Pair the extension from its "
                "popup, or see `paperlens token`.",
            )
        return None
