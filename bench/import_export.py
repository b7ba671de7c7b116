"""Time and peak memory of `paperlens import` of N abstracts and `paperlens export` of them in each format.

    .venv/bin/python bench/import_export.py            # 10,000 abstracts
    .venv/bin/python bench/import_export.py --papers 2000 --keep /tmp/plbench

The abstracts are the seed corpus (data/seed/, 102 real abstracts) varied so that every
content hash differs: sentences after the first are reordered, the numbers they report
are nudged, and each gets a replication note. Every step runs as the real command in a
process of its own, so its peak memory (max RSS, from wait4) is its own; the first row
is what loading the pipeline alone costs, the floor under every other row.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "hf-papers-search-efficient.jsonl"
sys.path.insert(0, str(ROOT))


def paperlens():
    exe = Path(sys.executable).with_name("paperlens")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "server.cli"]


def make_corpus(path, n):
    seed = [json.loads(line) for line in SEED.open(encoding="utf-8")]
    rng = random.Random(5)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            base = seed[i % len(seed)]
            sentences = re.split(r"(?<=[.!?])\s+", base["text"])
            head, rest = sentences[:1], sentences[1:]
            if i >= len(seed):
                rng.shuffle(rest)
            text = " ".join(head + rest)
            if i >= len(seed):
                text = re.sub(r"\b(\d+\.\d+)\b", lambda m: f"{float(m.group(1)) * rng.uniform(0.9, 1.1):.2f}", text)
            text += f" (Replication {i}.)"
            record = {"title": base["title"] + ("" if i < len(seed) else f" — variant {i // len(seed)}"),
                      "abstract": text}
            if i % 10:
                record["id"] = f"{24 + i // 100_000:02d}{1 + (i // 10_000) % 12:02d}.{i % 100_000:05d}"
            else:
                record["url"] = f"https://example.org/papers/{i}"
            out.write(json.dumps(record) + "\n")


def measure(cmd, **kwargs):
    """Wall time (s) and peak RSS (MiB) of one command, run to its end."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, stderr.decode(errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--papers", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it (default: a temporary one).")
    parser.add_argument("--formats", nargs="*", help="Only these export formats.")
    args = parser.parse_args()

    from server.export import FORMATS

    work = args.keep or Path(tempfile.mkdtemp(prefix="paperlens-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, db = work / "corpus.jsonl", work / "library.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    make_corpus(corpus, args.papers)
    print(f"PaperLens import/export benchmark: {args.papers:,} abstracts "
          f"({corpus.stat().st_size / 2**20:.1f} MiB of JSONL) in {work}")
    rows = []
    t, rss, _ = measure([sys.executable, "-c", "from nlp import pipeline; import server.export; pipeline.load()"],
                        cwd=ROOT)
    rows.append(("load the pipeline only (floor)", t, rss, None, ""))
    t, rss, err = measure(paperlens() + ["import", str(corpus), "--db", str(db), "--quiet"])
    summary = err.strip().splitlines()[-1].split(": ", 2)[-1] if err.strip() else ""
    rows.append((f"import {args.papers:,} abstracts", t, rss, db.stat().st_size, summary))
    t, rss, err = measure(paperlens() + ["import", str(corpus), "--db", str(db), "--quiet"])
    rows.append(("import again (all already there)", t, rss, db.stat().st_size,
                 err.strip().splitlines()[-1].split(": ", 2)[-1] if err.strip() else ""))
    for fmt in args.formats or FORMATS:
        out = work / f"export-{fmt}.{FORMATS[fmt].extension}"
        t, rss, _ = measure(paperlens() + ["export", "--format", fmt, "--db", str(db), "-o", str(out)])
        rows.append((f"export {fmt}", t, rss, out.stat().st_size, ""))
    t, rss, _ = measure(paperlens() + ["export", "--format", "bibtex", "--db", str(db), "--search", "diffusion",
                                       "-o", str(work / "filtered.bib")])
    rows.append(("export bibtex --search diffusion", t, rss, (work / "filtered.bib").stat().st_size, ""))

    print(f"\n{'step':<36} {'seconds':>8} {'papers/s':>9} {'peak RSS':>10} {'output':>10}")
    for name, t, rss, size, note in rows:
        rate = f"{args.papers / t:,.0f}" if name.startswith(("import", "export")) and "search" not in name else ""
        print(f"{name:<36} {t:>8.1f} {rate:>9} {rss:>7.0f} MiB {'' if size is None else f'{size / 2**20:7.1f} MiB':>10}"
              + (f"  {note}" if note else ""))
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
