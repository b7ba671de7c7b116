"""Where the time goes, for whatever misses a target.

py-spy samples the process from outside, so it profiles a real gunicorn worker
as it serves, and with ``--native`` it sees into spaCy's Cython code (which
a Python-level profiler only shows as time spent "in the caller"). Its
collapsed stacks are written to test-artifacts/bench-profile-*.txt and
summarised in the report: the heaviest functions by self time, the PaperLens
functions by inclusive time, and the share of each area (spaCy tokenizer,
PaperLens components, SQLite, HTTP...). Without py-spy, pyinstrument is used
in-process; without either, there is no profile, only the timings.
"""
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path


def pyspy():
    found = Path(sys.executable).with_name("py-spy")
    if found.exists():
        return str(found)
    return shutil.which("py-spy")


def available():
    if pyspy():
        return True
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def spy(pids, out_path, rate=200, native=True):
    """py-spy recording each of ``pids`` while the block runs; yields a dict that holds
    the summary afterwards (with an "error" if py-spy could not attach)."""
    pids = [pids] if isinstance(pids, int) else list(pids)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    result = {}
    procs = []
    for pid in pids:
        part = out_path.with_name(f"{out_path.stem}.{pid}{out_path.suffix}")
        cmd = [pyspy(), "record", "-p", str(pid), "-r", str(rate), "-f", "raw", "-o", str(part)]
        if native:
            cmd.append("--native")
        procs.append((part, subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                             start_new_session=True)))
    time.sleep(1.0)  # attaching takes a moment; idle samples before the work starts are dropped
    try:
        yield result
    finally:
        stacks, errors = [], []
        for part, proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)  # py-spy writes its file on SIGINT
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, err = proc.communicate()
            if part.exists() and part.stat().st_size:
                stacks.append(part.read_text(encoding="utf-8", errors="replace"))
                part.unlink()
            else:
                errors.append((err or b"").decode(errors="replace").strip()[-300:] or "py-spy wrote nothing")
        if stacks:
            out_path.write_text("".join(stacks), encoding="utf-8")
            result.update(summarize_collapsed(out_path.read_text(encoding="utf-8")))
            result["tree"] = str(out_path)
            result["profiler"] = "py-spy" + (" --native" if native else "")
        else:
            result["error"] = "; ".join(errors)


def profile(fn, out_path):
    """Run ``fn()`` in this process under py-spy (else pyinstrument); return (fn's result, summary)."""
    if pyspy():
        with spy(os.getpid(), out_path) as summary:
            result = fn()
        if "error" not in summary:
            return result, summary
    try:
        from pyinstrument import Profiler
    except ImportError:
        return fn(), {"error": "neither py-spy nor pyinstrument is installed"}
    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        result = fn()
    finally:
        profiler.stop()
    out_path = Path(out_path)
    out_path.write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    return result, {"tree": str(out_path), "profiler": "pyinstrument",
                    "note": "pyinstrument cannot see into Cython; read the tree file"}


FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^():]*?)(?::(?P<line>\d+))?\)$")

# Read from the leaf up: the first frame that names one of these decides the sample's area.
AREAS = [
    (("nlp/tokenizer.py", "tokenizer.cpp", "tokenizer.pyx"), "spaCy tokenizer"),
    (("phrasematcher", "matcher.cpp", "matcher.pyx"), "spaCy PhraseMatcher"),
    (("nlp/results.py", "nlp/result_tokens.py", "nlp/result_words.py"), "PaperLens: paperlens_results"),
    (("nlp/kb_matcher.py", "nlp/context_rules.py", "nlp/abbreviations.py", "nlp/coined_names.py", "nlp/settings.py",
      "nlp/qualifiers.py", "nlp/entities.py", "nlp/candidates.py", "nlp/word_screen.py", "nlp/base.py"),
     "PaperLens: other components"),
    (("nlp/pipeline.py", "nlp/kb.py"), "PaperLens: pipeline glue"),
    (("server/store.py", "sqlite_utils", "sqlite3", "libsqlite"), "SQLite (store.py, sqlite-utils)"),
    (("server/",), "PaperLens: server"),
    (("doc.cpp", "doc.pyx", "token.cpp", "token.pyx", "span.cpp", "span.pyx", "vocab", "strings", "lexeme"),
     "spaCy Doc/Token/Vocab"),
    (("spacy/", "thinc/"), "spaCy other"),
    (("json/", "flask/json", "_json"), "JSON"),
    (("werkzeug/", "flask/", "gunicorn/", "socket", "http/"), "HTTP (gunicorn, werkzeug, flask)"),
    (("importlib", "<frozen"), "imports"),
]


IDLE = {"epoll_wait", "select", "poll", "__poll", "accept", "accept4", "nanosleep", "clock_nanosleep",
        "__select", "pselect", "ppoll", "sem_timedwait", "pthread_cond_timedwait", "pthread_cond_wait"}
# gunicorn's sync worker waiting on its listening socket, in Python frames
WAITING = {"SyncWorker.wait", "Arbiter.sleep", "Arbiter.wait_for_signals"}


def parse_frame(frame):
    m = FRAME.match(frame.strip())
    if not m:
        return frame.strip(), "", None
    return m.group("func"), m.group("file") or "", m.group("line")


def area_of(frames):
    for func, file in reversed(frames):
        for needles, name in AREAS:
            if any(n in file for n in needles):
                return name
    return "other (stdlib, C)"


def summarize_collapsed(text, top=10):
    """Self time per function, inclusive time per PaperLens function, and shares per area."""
    self_time, inclusive, areas, handoff = Counter(), Counter(), Counter(), Counter()
    total = 0
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        parsed = [parse_frame(f) for f in stack.split(";")]
        # the process/thread header py-spy may add, and bare addresses, carry no meaning
        keep = [i for i, (f, _, _) in enumerate(parsed) if not f.startswith(("process ", "thread ", "0x"))]
        frames = [parsed[i][:2] for i in keep]
        lines = [parsed[i][2] for i in keep]
        if not frames or frames[-1][0] in IDLE or any(f in WAITING for f, _ in frames):
            continue  # a worker waiting for its next request is not time spent serving one
        total += n
        func, file = frames[-1]
        self_time[f"{func} ({file})"] += n
        ours = [(f, p, line) for (f, p), line in zip(frames, lines) if p.startswith(("nlp/", "server/"))]
        for name in {f"{f} ({p})" for f, p, _ in ours}:
            inclusive[name] += n
        if ours:
            # The last line of PaperLens code before the time went into a library (SQLite, spaCy...):
            # it names the statement or call that costs.
            f, p, line = ours[-1]
            handoff[f"{f} ({p}:{line})"] += n
        areas[area_of(frames)] += n
    if not total:
        return {"samples": 0}

    def share(counter, k):
        return [{"name": name, "share": round(n / total, 3)} for name, n in counter.most_common(k)]

    return {"samples": total, "by_area": share(areas, 12), "self_time": share(self_time, top),
            "paperlens_inclusive": share(inclusive, top), "paperlens_lines": share(handoff, top)}


def format_summary(summary, n=5):
    if not summary or "error" in summary:
        return f"no profile: {(summary or {}).get('error', 'profiling was off')}"
    if "by_area" not in summary:
        return f"profile ({summary.get('profiler')}): {summary.get('tree')}"
    areas = ", ".join(f"{a['name']} {a['share']:.0%}" for a in summary["by_area"][:6])
    own = "; ".join(f"{f['name']} {f['share']:.0%}" for f in summary["paperlens_inclusive"][:n]
                    if not f["name"].startswith(("serve ", "annotate_view ")))
    lines = "; ".join(f"{f['name']} {f['share']:.0%}" for f in summary["paperlens_lines"][:n])
    leaf = "; ".join(f"{f['name']} {f['share']:.0%}" for f in summary["self_time"][:3])
    return (f"{summary['profiler']}, {summary['samples']} samples. By area: {areas}. "
            f"Costliest PaperLens lines: {lines}. PaperLens functions (inclusive): {own}. "
            f"Heaviest leaves: {leaf}. Stacks: {summary['tree']}")
