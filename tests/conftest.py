"""Fixtures shared by every test folder: the seed corpus and a real server process."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from server import security

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "hf-papers-search-efficient.jsonl"
ARTIFACTS = ROOT / "test-artifacts"

# Every `paperlens` the tests start (servers, CLI runs) imports this tree's `server` and `nlp`:
# the console script alone would import whatever tree the venv's editable install points at
# (another clone's), since its sys.path starts at the venv's bin folder, not here.
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])


@pytest.fixture(scope="session")
def seed_records():
    with SEED.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def seed_by_title(seed_records):
    """Look a seed abstract up by the start of its title ("LowDiff", "Distillation-Supervised")."""

    def find(prefix):
        hits = [r for r in seed_records if r["title"].startswith(prefix)]
        assert len(hits) == 1, f"{len(hits)} seed records start with {prefix!r}"
        return hits[0]

    return find


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def paperlens_command():
    """The installed console script, next to the running interpreter."""
    exe = Path(sys.executable).with_name("paperlens")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "server.cli"]


class ServerProcess:
    """`paperlens serve` as a user runs it: a real gunicorn on a loopback port.

    ``session`` is a requests session that carries the library's pairing token,
    as the paired extension does."""

    def __init__(self, db_path, port=None, workers=1, env=None):
        self.db_path = Path(db_path)
        self.port = port or free_port()
        self.workers = workers
        self.env = env
        self.proc = None
        self.log_path = self.db_path.with_suffix(".log")
        self.extra_args = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=30):
        cmd = paperlens_command() + [
            "serve", "--port", str(self.port), "--db", str(self.db_path), "--workers", str(self.workers),
            *self.extra_args,
        ]
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            cmd, stdout=self._log, stderr=subprocess.STDOUT, env={**os.environ, **(self.env or {})},
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"paperlens serve exited {self.proc.returncode}: {self.log()}")
            try:
                if requests.get(self.url + "/api/v1/health", timeout=1).ok:
                    self.token = security.token_path(self.db_path).read_text().strip()
                    self.session = requests.Session()
                    self.session.headers["Authorization"] = f"Bearer {self.token}"
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"paperlens serve did not become healthy: {self.log()}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()

    def log(self):
        return self.log_path.read_text(errors="replace")[-4000:] if self.log_path.exists() else ""


@pytest.fixture
def live_server(tmp_path):
    """A started `paperlens serve` on a free port with its own library file."""
    server = ServerProcess(tmp_path / "library.db").start()
    yield server
    server.stop()
