"""A real ``paperlens serve`` (gunicorn, app preloaded) on a loopback port, and what
the server parts need around it: requests built from new abstracts, timed
clients, and the workers' memory read from /proc."""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

HEALTH = "/api/v1/health"
ANNOTATE = "/api/v1/annotate"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def paperlens_command():
    """The installed console script next to this interpreter, as a user runs it."""
    exe = Path(sys.executable).with_name("paperlens")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "server.cli"]


class LiveServer:
    def __init__(self, db_path, workers=2, port=None, log_path=None):
        self.db_path = Path(db_path)
        self.workers = workers
        self.port = port or free_port()
        self.log_path = Path(log_path) if log_path else self.db_path.with_suffix(".log")
        self.proc = None
        self.startup_s = None
        self.headers = {}

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        """Launch and poll the health check; ``startup_s`` is launch to the first 200."""
        cmd = paperlens_command() + ["serve", "--port", str(self.port), "--db", str(self.db_path),
                                     "--workers", str(self.workers)]
        self._log = self.log_path.open("ab")
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        session = requests.Session()
        deadline = t0 + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"paperlens serve exited {self.proc.returncode}: {self.log()}")
            try:
                if session.get(self.url + HEALTH, timeout=2).ok:
                    self.startup_s = time.perf_counter() - t0
                    self.headers = auth_headers(self.db_path)
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"paperlens serve did not become healthy in {timeout} s: {self.log()}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def __enter__(self):
        return self.start() if self.proc is None else self

    def __exit__(self, *exc):
        self.stop()

    def log(self):
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path.exists() else ""

    @property
    def master_pid(self):
        # The console script runs gunicorn's arbiter in its own process.
        return self.proc.pid

    def session(self):
        """A client session that carries the library's pairing token, as the paired extension does."""
        session = requests.Session()
        session.headers.update(self.headers)
        return session

    def worker_pids(self):
        return children(self.master_pid)

    def wait_for_workers(self, timeout=20):
        """The health check is answered by the first worker up; the others may still be forking."""
        deadline = time.perf_counter() + timeout
        while len(self.worker_pids()) < self.workers and time.perf_counter() < deadline:
            time.sleep(0.05)
        return self.worker_pids()


def auth_headers(db_path):
    """The pairing token the server keeps beside its library, if this version has one."""
    try:
        from server.security import token_path
    except ImportError:
        def token_path(db):
            return Path(db).with_name(Path(db).name + ".token")
    path = token_path(db_path)
    if path.exists():
        return {"Authorization": f"Bearer {path.read_text(encoding='ascii').strip()}"}
    return {}


# ---- memory --------------------------------------------------------------------

def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: read the fields after it
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append(int(entry.name))
    return sorted(found)


def memory_mb(pid):
    """Resident (RSS) and proportional (PSS: shared pages split between the processes
    that share them) memory of a process, in MB; None where /proc has no such figure."""
    rss = pss = None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    except OSError:
        pass
    return {"rss_mb": rss, "pss_mb": pss}


# ---- requests ------------------------------------------------------------------

class PageMaker:
    """Annotate requests from new abstracts, one paper per block, each with its own arXiv id."""

    def __init__(self, factory, id_prefix=2600):
        self.factory = factory
        self.id_prefix = id_prefix
        self.n_papers = 0
        self.n_pages = 0

    def arxiv_id(self):
        k = self.n_papers
        self.n_papers += 1
        return f"{self.id_prefix + k // 90000:04d}.{10000 + k % 90000:05d}"

    def page(self, n_abstracts):
        self.n_pages += 1
        blocks = []
        for i, (title, text) in enumerate(self.factory.abstracts(n_abstracts)):
            blocks.append({"id": f"abs-{i}", "text": text, "kind": "abstract",
                           "paper": {"title": title, "arxiv_id": self.arxiv_id()}})
        body = {"url": f"https://huggingface.co/papers?bench={self.id_prefix}-{self.n_pages}",
                "title": "Daily Papers - Hugging Face", "blocks": blocks}
        return json.dumps(body).encode("utf-8")


def post(session, url, data, expect_cached=None, app_times=None):
    """One annotate request, timed from sending to the answer received; returns (seconds, problem or None).
    With ``app_times``, the app's own seconds (its ``Server-Timing`` header) are appended to it."""
    t0 = time.perf_counter()
    resp = session.post(url + ANNOTATE, data=data, headers={"Content-Type": "application/json"}, timeout=60)
    elapsed = time.perf_counter() - t0
    if app_times is not None:
        app_times.append(app_seconds(resp))
    if resp.status_code != 200:
        return elapsed, f"HTTP {resp.status_code}: {resp.text[:200]}"
    if expect_cached is not None:
        blocks = resp.json()["blocks"]
        if any(b["cached"] != expect_cached for b in blocks):
            return elapsed, f"expected cached={expect_cached}, got {[b['cached'] for b in blocks][:5]}"
    return elapsed, None


def app_seconds(resp):
    """The app's own time for a request, from the ``Server-Timing: app;dur=<ms>`` header, else None."""
    for metric in resp.headers.get("Server-Timing", "").split(","):
        name, _, params = metric.strip().partition(";")
        if name == "app" and params.startswith("dur="):
            try:
                return float(params[4:]) / 1000
            except ValueError:
                return None
    return None


def must(result):
    """A warm-up request's answer, or the reason to stop: a refusing server would be timed as a fast one."""
    elapsed, problem = result[:2]
    if problem:
        raise RuntimeError(f"the server refused a request: {problem}")
    return result


def get(session, url, path):
    t0 = time.perf_counter()
    resp = session.get(url + path, timeout=60)
    elapsed = time.perf_counter() - t0
    return elapsed, (None if resp.ok else f"HTTP {resp.status_code}: {resp.text[:200]}"), resp


def library_size(session, url):
    """How many papers the server's library holds (the latency of some requests grows with it)."""
    _, problem, resp = get(session, url, "/api/v1/papers?limit=1")
    return None if problem else resp.json().get("total")


def run_clients(url, n_clients, pages, seconds, max_requests=None, headers=None):
    """``n_clients`` threads, each with its own requests.Session, posting pages from a shared
    pool until it is empty, ``max_requests`` are sent, or ``seconds`` have passed."""
    lock = threading.Lock()
    pool = iter(pages)
    latencies, problems = [], []
    sent = [0]
    deadline = time.perf_counter() + seconds

    def client():
        session = requests.Session()
        session.headers.update(headers or {})
        while time.perf_counter() < deadline:
            with lock:
                if max_requests is not None and sent[0] >= max_requests:
                    return
                page = next(pool, None)
                if page is None:
                    return
                sent[0] += 1
            elapsed, problem = post(session, url, page)
            with lock:
                latencies.append(elapsed)
                if problem:
                    problems.append(problem)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(n_clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return latencies, problems, wall
