"""Start-up and memory: from launching ``paperlens serve`` to its first successful
health check, and what each gunicorn worker holds resident after start and after
annotating 10,000 new abstracts.

RSS counts the pages a worker shares with the master and its siblings (the
pipeline is loaded before the fork) in full; PSS splits the shared pages among
the processes that share them, so the workers' PSS add up to what they cost.
"""
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import corpus, profiling
from .live import LiveServer, PageMaker, memory_mb, must, post

TARGET_STARTUP_S = 3.0
TARGET_WORKER_MB = 250


def worker_memory(server):
    return {pid: memory_mb(pid) for pid in server.worker_pids()}


def feed(server, pages, n_abstracts, per_page, clients):
    """Send ``n_abstracts`` new abstracts in pages of ``per_page`` from ``clients`` threads."""
    n_pages = n_abstracts // per_page
    lock = threading.Lock()
    todo = [n_pages]
    problems = []

    def client():
        session = server.session()
        while True:
            with lock:
                if todo[0] <= 0:
                    return
                todo[0] -= 1
                data = pages.page(per_page)
            _, problem = post(session, server.url, data)
            if problem:
                problems.append(problem)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return problems


def run(ctx):
    quick = ctx.quick
    workers = ctx.options.workers
    launches = 1 if quick else 3
    n_feed = 500 if quick else 10_000
    times = []
    with tempfile.TemporaryDirectory(prefix="paperlens-bench-") as tmp:
        for i in range(launches):
            ctx.log(f"startup: launch {i + 1} of {launches}")
            server = LiveServer(Path(tmp) / f"start-{i}.db", workers=workers)
            with server:
                times.append(server.startup_s)
                if i < launches - 1:
                    continue
                server.wait_for_workers()
                time.sleep(0.5)  # let the last worker finish booting before reading its memory
                after_start = worker_memory(server)
                master = memory_mb(server.master_pid)
                ctx.log(f"startup: feeding {n_feed:,} new abstracts through {workers} worker(s)")
                pages = PageMaker(corpus.AbstractFactory(seed=31), id_prefix=2701)
                must(post(server.session(), server.url, pages.page(1)))
                problems = feed(server, pages, n_feed, 50, clients=workers)
                after_feed = worker_memory(server)
        median = statistics.median(times)
        ctx.add("startup", f"serve → first healthy response [median of {len(times)}]", median, "s",
                f"≤ {TARGET_STARTUP_S:g} s", median <= TARGET_STARTUP_S,
                note=f"each launch: {', '.join(f'{t:.2f} s' for t in times)} (fresh library, {workers} workers)",
                launches=times)
        for label, mem in (("after start", after_start), (f"after {n_feed:,} abstracts", after_feed)):
            rss = [m["rss_mb"] for m in mem.values() if m["rss_mb"] is not None]
            pss = [m["pss_mb"] for m in mem.values() if m["pss_mb"] is not None]
            worst = max(rss) if rss else float("nan")
            note = f"{len(mem)} workers; PSS {', '.join(f'{p:.0f}' for p in pss)} MB; master RSS {master['rss_mb']:.0f} MB"
            if problems and "after" in label and label != "after start":
                note += f"; {len(problems)} failed requests: {problems[0]}"
            ctx.add("startup", f"resident memory per worker, {label} [max RSS]", worst, "MB",
                    f"≤ {TARGET_WORKER_MB} MB", worst <= TARGET_WORKER_MB, note=note,
                    display=f"{worst:.0f} MB RSS · {max(pss) if pss else float('nan'):.0f} MB PSS",
                    workers={str(k): v for k, v in mem.items()})
        ctx.details["startup"] = {"launch_s": times, "master": master, "fed_abstracts": n_feed,
                                  "failed_requests": len(problems)}

        if (ctx.misses("startup") or ctx.options.profile) and profiling.pyspy():
            profile_startup(ctx, Path(tmp))


def profile_startup(ctx, tmp):
    """Where start-up goes: the app factory (imports, pipeline load, library open) under py-spy."""
    out = ctx.artifacts / "bench-profile-startup.txt"
    code = (f"from server import create_app; create_app({str(tmp / 'profile.db')!r})")
    cmd = [profiling.pyspy(), "record", "-r", "500", "-f", "raw", "-o", str(out), "--",
           sys.executable, "-c", code]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if out.exists() and out.stat().st_size:
        summary = profiling.summarize_collapsed(out.read_text(encoding="utf-8"))
        summary.update(tree=str(out), profiler="py-spy")
    else:
        summary = {"error": proc.stderr[-300:] or "py-spy wrote nothing"}
    ctx.profiles["startup"] = summary
    ctx.add("startup", "profile of create_app (imports, pipeline load)", None, note=profiling.format_summary(summary))
