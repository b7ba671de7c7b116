"""PaperLens benchmarks: how fast it is, measured the same way every time, against
its targets (issue 7) and against what bounds it, in one run.

``python -m bench`` (or ``paperlens bench``) runs every part and prints one table;
``--json PATH`` writes the same figures as JSON. Each part is its own module
(``bench.pipeline``, ``bench.server``, ``bench.growth``) with a ``run(ctx)`` that
adds rows to ``ctx``.
"""
import json
import math
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed" / "hf-papers-search-efficient.jsonl"
GOLD = [ROOT / "data" / "gold" / "seed.jsonl", ROOT / "data" / "gold" / "written.jsonl"]
ARTIFACTS = ROOT / "test-artifacts"
DEFAULT_JSON = ARTIFACTS / "bench.json"

PASS, MISS, INFO = "PASS", "MISS", ""


@dataclass
class Row:
    """One figure of the table: what was measured, its value, and the target it is held to."""

    section: str
    name: str
    value: float | None
    unit: str = ""
    target: str = ""
    status: str = INFO
    note: str = ""
    extra: dict = field(default_factory=dict)


class Context:
    """What a run shares: its options, its rows, and where it writes its profiles."""

    def __init__(self, options):
        self.options = options
        self.quick = options.quick
        self.rows = []
        self.details = {}
        self.profiles = {}
        self.started = time.monotonic()
        self.artifacts = Path(options.artifacts)

    def add(self, section, name, value, unit="", target="", ok=None, note="", **extra):
        status = INFO if ok is None else (PASS if ok else MISS)
        row = Row(section, name, value, unit, target, status, note, extra)
        self.rows.append(row)
        if self.options.verbose:
            print(f"  {format_row(row)}", file=sys.stderr, flush=True)
        return row

    def misses(self, section=None):
        return [r for r in self.rows if r.status == MISS and (section is None or r.section == section)]

    def log(self, message):
        if not self.options.quiet:
            print(f"[bench {time.monotonic() - self.started:6.1f}s] {message}", file=sys.stderr, flush=True)


# ---- figures -------------------------------------------------------------------

def percentile(values, q):
    """The q-th percentile (0..100) by linear interpolation, as numpy's default."""
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def latency_summary(seconds):
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
            "mean": statistics.fmean(ms) if ms else float("nan"), "max": max(ms) if ms else float("nan")}


def growth_shape(sizes, values):
    """Flat, log or linear: how a figure grows from the smallest library to the largest.

    ``b`` is the slope of log(value) against log(size): 0 is flat, 1 is linear. A
    value that only grows as log(size) rises by log(n3)/log(n1) (1.67 from 1,000
    to 100,000), i.e. a slope under 0.25; a figure that stays within 25% is flat.
    """
    pairs = [(n, v) for n, v in zip(sizes, values) if v and v > 0]
    if len(pairs) < 2:
        return "n/a", float("nan"), float("nan")
    (n1, v1), (n3, v3) = pairs[0], pairs[-1]
    ratio = v3 / v1
    slope = math.log(ratio) / math.log(n3 / n1) if n3 > n1 else float("nan")
    if ratio <= 1.25:
        shape = "flat"
    elif slope < 0.25:
        shape = "log"
    elif slope >= 0.75:
        shape = "linear"
    else:
        shape = f"n^{slope:.2f}"
    return shape, ratio, slope


# ---- machine -------------------------------------------------------------------

def machine():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = None
    try:
        mem = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        mem_gb = round(int(mem) / 1024 / 1024, 1)
    except (OSError, StopIteration):
        mem_gb = None
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(),
            "cpu": cpu, "memory_gb": mem_gb, "python": platform.python_version(), "spacy": spacy_version,
            "platform": platform.platform(), "loadavg_at_start": load}


def pin_to_one_core():
    """Pin this process to one CPU (the last one, away from CPU 0's interrupts); returns the old set."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    old = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {max(old)})
    return old


def unpin(old):
    if old is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, old)


# ---- output --------------------------------------------------------------------

def fmt_value(value, unit):
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return "n/a"
    if unit in {"%"}:
        return f"{value:.1f}%"
    if abs(value) >= 1000:
        text = f"{value:,.0f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.3g}" if unit in {"", "F1", "×"} else f"{value:.2f}"
    return f"{text} {unit}".rstrip() if unit not in {"%"} else text


def shown(row):
    return row.extra.get("display") or fmt_value(row.value, row.unit)


def format_row(row):
    return f"{row.section:<9} {row.name:<58} {shown(row):>30}  {row.target:<14} {row.status}"


def format_table(rows):
    lines = [f"{'part':<9} {'figure':<58} {'value':>30}  {'target':<14} status", "-" * 122]
    section = None
    for row in rows:
        if section is not None and row.section != section:
            lines.append("")
        section = row.section
        lines.append(format_row(row))
        if row.note:
            lines.append(f"{'':<10}  ↳ {row.note}")
    return "\n".join(lines)


def markdown_table(rows, info):
    lines = [f"PaperLens benchmark, {info['date']}: {info['nproc']} CPUs ({info['cpu']}), Python {info['python']}, "
             f"spaCy {info['spacy']}. `{info['command']}`, {info['run_seconds']:.0f} s.", "",
             "| part | figure | value | target | |", "| --- | --- | ---: | --- | --- |"]
    for row in rows:
        if row.value is None and not row.extra.get("display"):
            continue  # profile notes: in the text report, not the table
        lines.append(f"| {row.section} | {row.name} | {shown(row)} | {row.target} | {row.status} |")
    return "\n".join(lines)


def write_json(ctx, path, info):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": info,
        "rows": [asdict(r) for r in ctx.rows],
        "misses": [f"{r.section}: {r.name}" for r in ctx.misses()],
        "details": ctx.details,
        "profiles": ctx.profiles,
    }
    path.write_text(json.dumps(_finite(payload), indent=2, default=_json_default, allow_nan=False), encoding="utf-8")
    return path


def _finite(obj):
    """NaN and infinity as null: JSON has no such numbers."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _json_default(obj):
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    return str(obj)
