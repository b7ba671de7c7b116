"""The PaperLens local server: a Flask app over the user's SQLite library."""
import os
import time
from pathlib import Path

from flask import Flask, g
from flask_cors import CORS

from .jsonio import OrjsonProvider

__version__ = "0.1.0"

DEFAULT_PORT = 5757
# Requests from a page are small (a 50-paper listing is ~100 KB); these bounds
# stop a runaway client from tying a worker up.
DEFAULT_LIMITS = {"max_blocks": 500, "max_block_chars": 100_000, "max_request_chars": 2_000_000}
# The longest URL, title or paper id the API, the importer and the OpenAPI schema accept.
MAX_FIELD_CHARS = 4096


def default_db_path():
    env = os.environ.get("PAPERLENS_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("paperlens", appauthor=False) / "library.db"


def allowed_hosts(extra=()):
    """Host names the server answers to: loopback only, plus an address the user chose to serve on."""
    from .security import LOOPBACK_NAMES

    return [*LOOPBACK_NAMES, *extra]


def create_app(db_path=None, nlp=None, **config):
    """The app factory; ``paperlens serve`` and the tests both build the app here."""
    from nlp import pipeline

    from . import api, dashboard, errors, security, store

    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    app.config.update(
        DATABASE=str(db_path or default_db_path()),
        LIMITS=dict(DEFAULT_LIMITS),
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
        ALLOWED_HOSTS=allowed_hosts(),
        PAIRING=True,
        JSON_SORT_KEYS=False,
    )
    app.config.update(config)
    # Flask 3 ignores JSON_SORT_KEYS: say it to the provider, and answers keep the order they are built in.
    app.json.sort_keys = False
    Path(app.config["DATABASE"]).parent.mkdir(parents=True, exist_ok=True)
    store.connect(app.config["DATABASE"]).close()  # create or migrate once, not per request
    connections = app.extensions["paperlens.db"] = store.Connections(app.config["DATABASE"])

    @app.after_request
    def checkpoint_when_sent(response):
        response.call_on_close(connections.checkpoint)
        return response

    @app.before_request
    def start_clock():
        g.started = time.perf_counter()

    @app.after_request
    def server_timing(response):
        """The app's own time in a ``Server-Timing`` header (shown by the browser's network panel,
        read by the bench): what a request cost here, apart from HTTP on the way in and out."""
        started = g.get("started")
        if started is not None:
            response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.2f}"
        return response
    app.extensions["paperlens.nlp"] = nlp or pipeline.load()
    # Hashed here, before gunicorn forks: workers that hashed nlp/ at their first request
    # could disagree while it was being edited, and miss each other's cached annotations.
    pipeline.version()

    if "API_TOKEN" not in config:
        app.config["API_TOKEN"] = security.load_or_create_token(app.config["DATABASE"])
    app.test_client_class = security.PairedClient
    # Only our extension's pages may read responses cross-origin; its service
    # worker, with host permissions, needs no CORS at all.
    CORS(app, resources={r"/api/*": {"origins": security.EXTENSION_ORIGINS,
                                     "allow_headers": ["Authorization", "Content-Type"]}})
    errors.register(app)
    security.register(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(dashboard.bp)  # the library at "/"

    return app
