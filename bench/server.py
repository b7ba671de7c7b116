"""Server latency and throughput against a real gunicorn on loopback.

Latency: one client sends pages of 1, 10 and 50 new abstracts (each a paper of
its own, as a listing page is), then the same pages again, now in the library.
Times are the client's, from sending the request to the whole answer received, so
they include loopback HTTP both ways: an upper bound on server time. The app's own
part of each (its ``Server-Timing`` header) is shown beside them.
Throughput: 1, 4 and 16 client threads post pages of 10 new abstracts for a
bounded time each.
"""
import tempfile
from pathlib import Path

from . import corpus, latency_summary, profiling
from .live import LiveServer, PageMaker, library_size, must, post, run_clients

SIZES = (1, 10, 50)
TARGET_UNSEEN_P95_MS = 60
TARGET_SEEN_P95_MS = 10
CLIENTS = (1, 4, 16)


def run(ctx):
    quick = ctx.quick
    workers = ctx.options.workers
    counts = {1: 30, 10: 20, 50: 12} if quick else {1: 300, 10: 200, 50: 120}
    level_seconds = 1.5 if quick else 8.0
    level_max = 200 if quick else 1500
    pages = PageMaker(corpus.AbstractFactory(seed=21), id_prefix=2601)
    with tempfile.TemporaryDirectory(prefix="paperlens-bench-") as tmp:
        server = LiveServer(Path(tmp) / "library.db", workers=workers)
        ctx.log(f"server: starting paperlens serve --workers {workers}")
        with server:
            url = server.url
            session = server.session()
            # Warm both workers' caches and connections; not timed.
            for _ in range(2 * workers):
                must(post(session, url, pages.page(10)))
            results = {}
            for n in SIZES:
                batch = [pages.page(n) for _ in range(counts[n])]
                for phase, expect in (("unseen", False), ("seen", True)):
                    before = library_size(session, url)
                    ctx.log(f"server: {len(batch)} requests of {n} abstracts, {phase} (library: {before} papers)")
                    times, problems, app_times = [], [], []
                    for data in batch:
                        elapsed, problem = post(session, url, data, expect_cached=expect, app_times=app_times)
                        times.append(elapsed)
                        if problem:
                            problems.append(problem)
                    summary = latency_summary(times)
                    summary["problems"] = problems[:5]
                    summary["n_problems"] = len(problems)
                    results[(n, phase)] = summary
                    target = ok = None
                    if n == 50:
                        limit = TARGET_UNSEEN_P95_MS if phase == "unseen" else TARGET_SEEN_P95_MS
                        target, ok = f"p95 ≤ {limit} ms", summary["p95"] <= limit and not problems
                    note = f"library {before:,} → {library_size(session, url):,} papers"
                    app_times = [t for t in app_times if t is not None]
                    if app_times:
                        # the part of each request spent in the app itself; the rest is HTTP on loopback
                        app = latency_summary(app_times)
                        summary["app"] = app
                        note += f"; in the app (Server-Timing): p50 {app['p50']:.1f} · p95 {app['p95']:.1f} ms"
                    if problems:
                        note += f"; {len(problems)} bad answers: {problems[0]}"
                    ctx.add("server", f"POST /annotate, {n} abstract{'s' * (n > 1)}, {phase} "
                                      f"[{summary['n']} req]", summary["p95"], "ms", target or "", ok, note=note,
                            display=f"p50 {summary['p50']:.1f} · p95 {summary['p95']:.1f} · p99 "
                                    f"{summary['p99']:.1f} ms", **summary)
            ctx.details["server_latency"] = {f"{n}/{phase}": v for (n, phase), v in results.items()}

            for clients in CLIENTS:
                pool = [pages.page(10) for _ in range(level_max)]
                ctx.log(f"server: {clients} concurrent client(s), up to {level_seconds:.0f} s / {level_max} requests")
                before = library_size(session, url)
                latencies, problems, wall = run_clients(url, clients, pool, level_seconds, level_max, server.headers)
                summary = latency_summary(latencies)
                rps = len(latencies) / wall
                note = f"{len(latencies)} requests in {wall:.1f} s; library {before:,} → {library_size(session, url):,} papers"
                if problems:
                    note += f"; {len(problems)} errors: {problems[0]}"
                ctx.add("server", f"throughput, {clients} client{'s' * (clients > 1)}, pages of 10 unseen",
                        rps * 10, "abstracts/s", note=note, requests=len(latencies), wall_s=round(wall, 2),
                        requests_per_s=rps, p50_ms=summary["p50"], p95_ms=summary["p95"],
                        display=f"{rps * 10:,.0f} abstracts/s · {rps:.0f} req/s · p95 {summary['p95']:.0f} ms")

            if ctx.misses("server") or ctx.options.profile:
                profile_misses(ctx, server, pages)
    ctx.details["server"] = {"workers": workers, "latency_counts": counts, "level_seconds": level_seconds}


def profile_misses(ctx, server, pages):
    """py-spy on the running workers while the missed request kind is replayed."""
    if not profiling.available():
        return
    missed = {r.name for r in ctx.misses("server")} or {"unseen"}
    kinds = [k for k in ("unseen", "seen") if any(k in name for name in missed)] or ["unseen"]
    for kind in kinds:
        ctx.log(f"server: profiling the workers on 50-abstract pages, {kind}")
        batch = [pages.page(50) for _ in range(8 if ctx.quick else 30)]
        session = server.session()
        if kind == "seen":
            for data in batch:
                post(session, server.url, data)
        out = ctx.artifacts / f"bench-profile-server-{kind}.txt"

        def replay():
            for _ in range(1 if kind == "unseen" else 3):
                for data in batch:
                    post(session, server.url, data)

        if profiling.pyspy():
            with profiling.spy(server.wait_for_workers(), out) as summary:
                replay()
        else:
            summary = {"error": "py-spy is not installed"}
        ctx.profiles[f"server_{kind}"] = summary
        ctx.add("server", f"profile of the workers, 50 abstracts {kind}", None,
                note=profiling.format_summary(summary))
