"""Who may talk to the local server. Any web page the user opens can send
requests to 127.0.0.1, so the server checks what a page cannot forge."""
import re

from flask import request

from .errors import error_response

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
