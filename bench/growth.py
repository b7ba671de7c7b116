"""Growth: how annotate latency, query latency and the database's size change as
the library grows from 1,000 to 10,000 to 100,000 papers.

The library is generated: a pool of new abstracts is annotated once by the real
pipeline, and each library paper takes one of them (made unique by a closing
line), with its real mentions, results and tags, written through server/store.py
(resolve_paper, store_block, refresh_tags, record_page) in one transaction per
size. The same file grows from one size to the next; at each size a real
``paperlens serve`` is started on it and measured.
"""
import tempfile
import time
from collections import Counter
from pathlib import Path

from . import corpus, growth_shape, latency_summary, profiling
from .live import LiveServer, PageMaker, get, must, post

TARGET_GROWTH = 2.0
FULL_SIZES = [1_000, 10_000, 100_000]
QUICK_SIZES = [500, 2_000, 5_000]


def unique_tag(i):
    return f"PLBench{i}"


class LibraryBuilder:
    def __init__(self, db_path, pool_size):
        from nlp import pipeline
        from server import corrections, store

        self.store = store
        self.db = store.connect(db_path)
        self.fixes = corrections.load(self.db)
        self.version = pipeline.version()
        factory = corpus.AbstractFactory(seed=41)
        self.pool = factory.abstracts(pool_size)
        self.annotated = pipeline.annotate_groups([[text] for _, text in self.pool], with_results=True)
        self.size = 0
        counts = Counter()
        for blocks in self.annotated:
            for span in blocks[0]["spans"]:
                counts[(span["label"], span["canonical"])] += 1
        self.tag_counts = counts

    def grow(self, target):
        store, db = self.store, self.db
        when = store.now()
        with store.write_transaction(db):
            page_id, on_page = None, 0
            while self.size < target:
                i = self.size
                title, text = self.pool[i % len(self.pool)]
                found = self.annotated[i % len(self.pool)][0]
                if page_id is None or on_page == 50:
                    page_id = store.record_page(db, f"https://huggingface.co/papers?bench-library={i}",
                                                "Daily Papers", when)
                    on_page = 0
                # A closing line makes each abstract unique and names the paper's own coined method,
                # a tag no other paper has (most papers coin one); the pool's spans keep their offsets.
                name = unique_tag(i)
                start = len(text) + len(" We release ")
                text = f"{text} We release {name} at https://example.org/paper-{i}."
                spans = found["spans"] + [{"start": start, "end": start + len(name), "label": "METHOD",
                                           "text": name, "canonical": name}]
                paper = {"arxiv_id": f"{2300 + i // 90000:04d}.{10000 + i % 90000:05d}",
                         "title": title if i < len(self.pool) else f"{title} (part {i // len(self.pool)})",
                         "url": None}
                paper_id = store.resolve_paper(db, paper, when)
                store.store_block(db, text, "abstract", paper_id, self.version, spans, found["results"], when)
                store.link_page_papers(db, page_id, [paper_id])
                store.refresh_tags(db, [paper_id], self.fixes)
                on_page += 1
                self.size += 1
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("ANALYZE")

    def file_mb(self, path):
        return sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*")) / 1e6

    def close(self):
        self.db.close()


def query_paths(builder):
    """The filtered queries a user's library view makes: a tag that grows with the library
    (the pool's most frequent dataset), and one that one paper has at every size."""
    from urllib.parse import quote

    common = [key for key, _ in builder.tag_counts.most_common() if key[0] == "DATASET"][:1] or \
        [builder.tag_counts.most_common(1)[0][0]]
    c_label, c_tag = common[0]
    return {
        "label filter": f"/api/v1/papers?label={c_label}",
        f"tag filter, common tag ({c_tag})": f"/api/v1/papers?tag={quote(c_tag)}",
        "tag+label filter, a tag one paper has": f"/api/v1/papers?tag={unique_tag(0)}&label=METHOD",
        "unfiltered list (newest 50)": "/api/v1/papers",
    }


def fts_path(session, url):
    """The full-text search route, if the server has one: ``?q=`` on /api/v1/papers that
    actually filters, or a /api/v1/search route."""
    probe = "zzqxnotawordzz"
    _, problem, all_resp = get(session, url, "/api/v1/papers?limit=1")
    _, problem_q, q_resp = get(session, url, f"/api/v1/papers?q={probe}&limit=1")
    if not problem and not problem_q and q_resp.json().get("total") != all_resp.json().get("total"):
        return "/api/v1/papers?q={}"
    for route in ("/api/v1/search?q={}", "/api/v1/papers/search?q={}"):
        _, problem, _ = get(session, url, route.format(probe))
        if problem is None:
            return route
    return None


def run(ctx):
    quick = ctx.quick
    sizes = ctx.options.sizes or (QUICK_SIZES if quick else FULL_SIZES)
    workers = ctx.options.workers
    n_annotate = 20 if quick else 60
    n_query = 15 if quick else 60
    measures = {}  # name -> [p50 at each size]
    p95s = {}
    db_mb = []
    build_s = []
    fts_note = None
    with tempfile.TemporaryDirectory(prefix="paperlens-bench-") as tmp:
        db_path = Path(tmp) / "library.db"
        ctx.log("growth: annotating the pool of abstracts for the generated library")
        builder = LibraryBuilder(db_path, pool_size=500 if quick else 5000)
        pages = PageMaker(corpus.AbstractFactory(seed=43), id_prefix=2801)
        paths = query_paths(builder)
        for size in sizes:
            ctx.log(f"growth: growing the library to {size:,} papers")
            t0 = time.perf_counter()
            builder.grow(size)
            build_s.append(time.perf_counter() - t0)
            db_mb.append(builder.file_mb(db_path))
            ctx.log(f"growth: measuring at {size:,} papers ({db_mb[-1]:.0f} MB)")
            with LiveServer(db_path, workers=workers, log_path=Path(tmp) / f"serve-{size}.log") as server:
                session = server.session()
                for _ in range(2 * workers):
                    must(post(session, server.url, pages.page(10)))
                found = {}
                unseen = [pages.page(10) for _ in range(n_annotate)]
                found["annotate 10 abstracts, unseen"] = [post(session, server.url, d, expect_cached=False)
                                                          for d in unseen]
                found["annotate 10 abstracts, seen"] = [post(session, server.url, d, expect_cached=True)
                                                        for d in unseen]
                route = fts_path(session, server.url)
                all_paths = dict(paths)
                if route:
                    all_paths["full-text search (one word)"] = route.format("diffusion")
                elif fts_note is None:
                    fts_note = ("no full-text search endpoint yet (GET /api/v1/papers?q= is ignored, no "
                                "/api/v1/search): FTS pending, the tag filters stand in for it")
                for name, path in all_paths.items():
                    get(session, server.url, path)  # warm
                    found[f"GET {name}"] = [get(session, server.url, path)[:2] for _ in range(n_query)]
                for name, timings in found.items():
                    summary = latency_summary([t for t, _ in timings])
                    problems = [p for _, p in timings if p]
                    if problems:
                        summary["problem"] = problems[0]
                    measures.setdefault(name, []).append(summary["p50"])
                    p95s.setdefault(name, []).append(summary)
                if size == sizes[-1]:
                    over = [name for name, values in measures.items()
                            if len(values) == len(sizes) and values[-1] / values[0] > TARGET_GROWTH]
                    if (over or ctx.options.profile) and profiling.available() and profiling.pyspy():
                        profile_largest(ctx, server, over or list(found), all_paths, pages)
        builder.close()

    label = " → ".join(_k(s) for s in sizes)
    for name, values in measures.items():
        if len(values) < len(sizes):
            continue
        shape, ratio, slope = growth_shape(sizes, values)
        problems = [s["problem"] for s in p95s[name] if "problem" in s]
        flat_target = name.startswith("annotate") or ("filter" in name and "unfiltered" not in name) or "search" in name
        tail = " · ".join(f"{s['p95']:.1f}" for s in p95s[name])
        note = f"p95: {tail} ms; grows {shape} (×{ratio:.2f}, slope {slope:.2f})"
        if problems:
            note += f"; bad answers: {problems[0]}"
        ctx.add("growth", f"{name} [p50, {label} papers]", values[-1], "ms",
                f"≤ {TARGET_GROWTH:g}× growth" if flat_target else "",
                (ratio <= TARGET_GROWTH and not problems) if flat_target else None, note=note,
                display=" · ".join(f"{v:.1f}" for v in values) + f" ms ({shape})",
                sizes=sizes, p50_ms=values, ratio=ratio, slope=slope, shape=shape)
    if fts_note:
        ctx.add("growth", "full-text search", None, note=fts_note, display="pending")
    shape, ratio, slope = growth_shape(sizes, db_mb)
    ctx.add("growth", f"database size [{label} papers]", db_mb[-1], "MB",
            note=f"{db_mb[-1] * 1e6 / sizes[-1] / 1024:.1f} KB per paper; grows {shape} (slope {slope:.2f}), "
                 f"as stored text must", display=" · ".join(f"{m:.1f}" for m in db_mb) + f" MB ({shape})",
            sizes=sizes, mb=db_mb)
    for name, summary in ctx.profiles.get("growth", {}).items():
        ctx.add("growth", f"profile at {sizes[-1]:,} papers: {name}", None, note=profiling.format_summary(summary))
    ctx.details["growth"] = {"sizes": sizes, "build_s": [round(b, 1) for b in build_s], "db_mb": db_mb,
                             "latency": p95s, "queries": paths}


def _k(n):
    return f"{n // 1000:,}k" if n >= 1000 and n % 1000 == 0 else str(n)


def profile_largest(ctx, server, names, paths, pages):
    """py-spy on the workers while each request that grew too much is replayed on its own, at the largest size."""
    session = server.session()
    seconds = 2 if ctx.quick else 4
    workers = server.wait_for_workers()
    for name in names:
        batch = [pages.page(10) for _ in range(40)]
        if name.endswith("seen") and not name.endswith("unseen"):
            for data in batch:
                post(session, server.url, data)

        def replay():
            deadline = time.perf_counter() + seconds
            while time.perf_counter() < deadline:
                if name.startswith("annotate"):
                    if not batch:
                        return
                    post(session, server.url, batch.pop())
                else:
                    get(session, server.url, paths[name[4:]])

        slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:40]
        with profiling.spy(workers, ctx.artifacts / f"bench-profile-growth-{slug}.txt") as summary:
            replay()
        ctx.profiles.setdefault("growth", {})[name] = summary
