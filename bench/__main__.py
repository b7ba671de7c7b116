"""``python -m bench [--quick] [--only PARTS] [--json PATH]``: run the benchmarks, print the table."""
import argparse
import importlib
import importlib.util
import shlex
import sys
import time
import traceback

from . import ARTIFACTS, DEFAULT_JSON, Context, format_table, machine, markdown_table, profiling, write_json

# Each part is a module with run(ctx); the order is the table's.
PARTS = ["pipeline", "server", "startup", "growth"]
OPTIONAL_PARTS = ["import_export"]


def available_parts():
    """The parts, and any optional module that follows the parts' interface (a ``run(ctx)``)."""
    parts = list(PARTS)
    for name in OPTIONAL_PARTS:
        if importlib.util.find_spec(f"bench.{name}") is None:
            continue
        try:
            module = importlib.import_module(f"bench.{name}")
        except Exception:  # noqa: BLE001 - a broken optional part must not stop the rest
            continue
        if callable(getattr(module, "run", None)):
            parts.append(name)
    return parts


def parse_args(argv, prog="python -m bench"):
    parts = available_parts()
    parser = argparse.ArgumentParser(
        prog=prog,
        description="How fast PaperLens is: pipeline throughput against the tokenizer and a naive regex, server "
                    "latency and throughput on a real gunicorn, start-up and memory, and growth with the library. "
                    "Prints a table with each target and PASS/MISS; writes the figures as JSON.",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats (under 2 minutes)")
    parser.add_argument("--only", metavar="PARTS", default=",".join(parts),
                        help=f"comma-separated parts to run, of: {', '.join(parts)} [default: all]")
    parser.add_argument("--json", metavar="PATH", default=str(DEFAULT_JSON),
                        help=f"where to write the figures as JSON [default: {DEFAULT_JSON.relative_to(DEFAULT_JSON.parents[1])}]")
    parser.add_argument("--markdown", metavar="PATH", help="also write the table as markdown (for the README)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for the server parts [default: 2, "
                                                               "as `paperlens serve`]")
    parser.add_argument("--sizes", metavar="N,N,N", help="library sizes for the growth part "
                                                          "[default: 1000,10000,100000; --quick: 500,2000,5000]")
    parser.add_argument("--profile", action="store_true", help="profile every part, not only those that miss")
    parser.add_argument("--no-profile", dest="no_profile", action="store_true", help="never profile")
    parser.add_argument("--artifacts", default=str(ARTIFACTS), help="where profiles go [default: test-artifacts/]")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each figure as it is measured")
    options = parser.parse_args(argv)
    chosen = [p.strip() for p in options.only.split(",") if p.strip()]
    unknown = [p for p in chosen if p not in parts]
    if unknown or not chosen:
        parser.error(f"--only: unknown part(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(parts)}")
    options.parts = [p for p in parts if p in chosen]
    if options.sizes:
        try:
            options.sizes = [int(s) for s in options.sizes.split(",")]
        except ValueError:
            parser.error("--sizes: whole numbers separated by commas")
    if options.profile and options.no_profile:
        parser.error("--profile and --no-profile contradict each other")
    return options


def main(argv=None, prog="python -m bench"):
    argv = list(sys.argv[1:] if argv is None else argv)
    options = parse_args(argv, prog)
    if options.no_profile:
        profiling.available = lambda: False
    ctx = Context(options)
    info = machine()
    info["command"] = " ".join([prog, *map(shlex.quote, argv)])
    info["parts"] = options.parts
    failed = []
    for part in options.parts:
        ctx.log(f"{part}: starting")
        t0 = time.monotonic()
        try:
            importlib.import_module(f"bench.{part}").run(ctx)
        except Exception as e:  # one broken part must not lose the others' figures
            traceback.print_exc()
            failed.append(part)
            ctx.add(part, f"{part} part failed", None, note=f"{type(e).__name__}: {e}", error=True)
        ctx.details.setdefault("part_seconds", {})[part] = round(time.monotonic() - t0, 1)
    info["run_seconds"] = round(time.monotonic() - ctx.started, 1)
    info["loadavg_at_end"] = machine()["loadavg_at_start"]
    print(f"PaperLens benchmark — {info['date']} — {info['nproc']} CPUs ({info['cpu']}), Python {info['python']}, "
          f"spaCy {info['spacy']}")
    print(f"command: {info['command']}   run time: {info['run_seconds']:.0f} s   load at start: "
          f"{', '.join(f'{x:.2f}' for x in info['loadavg_at_start'] or [])}; at end: "
          f"{', '.join(f'{x:.2f}' for x in info['loadavg_at_end'] or [])} (other processes share these CPUs)")
    print()
    print(format_table(ctx.rows))
    misses = ctx.misses()
    print()
    print(f"targets missed: {', '.join(f'{r.section}: {r.name}' for r in misses) if misses else 'none'}")
    if failed:
        print(f"parts that failed: {', '.join(failed)}")
    path = write_json(ctx, options.json, info)
    print(f"figures written to {path}")
    if options.markdown:
        from pathlib import Path

        Path(options.markdown).write_text(markdown_table(ctx.rows, info) + "\n", encoding="utf-8")
        print(f"markdown table written to {options.markdown}")
    if failed:
        return 2
    return 1 if options.strict and misses else 0


if __name__ == "__main__":
    sys.exit(main())
