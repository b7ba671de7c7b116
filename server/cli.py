"""The ``paperlens`` command: serve the library, annotate text, export tags."""
import errno
import ipaddress
import json
import socket
import sys
from pathlib import Path

import click

from . import DEFAULT_PORT, __version__, allowed_hosts, default_db_path

from .export import FORMATS as EXPORT_FORMATS

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host):
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port_free(host, port):
    """Fail loudly on a taken port: moving silently elsewhere would lose the extension."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise click.ClickException(
                    f"port {port} on {host} is already in use (is another paperlens serve running?); "
                    f"stop it or choose another with --port"
                ) from None
            raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror}") from None


def open_library(db_path):
    """Create or migrate the library up front, so a bad file is one clear line, not a worker's traceback."""
    import sqlite3

    from . import store

    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        store.connect(db_path).close()
    except (RuntimeError, sqlite3.DatabaseError, OSError) as e:
        raise click.ClickException(f"cannot open the library {db_path}: {e}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="paperlens")
def main():
    """PaperLens: highlights methods, datasets, metrics and tasks in paper abstracts."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The SQLite library [default: the user's data directory, or $PAPERLENS_DB].")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--allow-remote", is_flag=True, help="Allow listening on a non-loopback address.")
@click.option("--no-pairing", is_flag=True,
              help="Refuse one-click pairing: the extension then needs the token from `paperlens token`.")
def serve(host, port, db_path, workers, allow_remote, no_pairing):
    """Run the local server under gunicorn."""
    from .gunicorn_app import PaperLensServer

    if not is_loopback(host):
        if not allow_remote:
            raise click.ClickException(
                f"{host} is not a loopback address; any machine that reaches it could read and write your "
                f"library. Pass --allow-remote if you mean it."
            )
        click.echo(f"paperlens: WARNING: listening on {host}, reachable beyond this machine", err=True)
    db_path = db_path or default_db_path()
    check_port_free(host, port)
    open_library(db_path)
    click.echo(f"paperlens {__version__}: library {db_path}, serving http://{host}:{port}", err=True)
    extra = [] if is_loopback(host) else [f"[{host}]" if ":" in host else host]
    PaperLensServer(db_path=db_path, bind=f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                    workers=workers, allowed_hosts=allowed_hosts(extra), pairing=not no_pairing).run()


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The SQLite library [default: the user's data directory, or $PAPERLENS_DB].")
def token(db_path):
    """Print the library's pairing token, for the extension's options page."""
    from .security import load_or_create_token

    db_path = db_path or default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        click.echo(load_or_create_token(db_path))
    except (OSError, RuntimeError) as e:
        raise click.ClickException(str(e)) from None


def read_inputs(source):
    """Texts to annotate: JSONL records with a "text" field, or the whole input as one text."""
    raw = source.read()
    lines = [line for line in raw.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        records = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise click.ClickException(f"line {n}: not valid JSON ({e.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise click.ClickException(f"line {n}: a JSONL record needs a \"text\" string")
            records.append(record)
        return records, True
    return [{"text": raw}], False


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
def annotate(source):
    """Find the entities in plain text or JSONL (one {"text": ...} per line), printed as JSON.

    With JSONL, each output line is the input record plus its "spans"; a record's
    "title", when present, is read with its text so coined names carry over.
    """
    from nlp import pipeline

    records, jsonl = read_inputs(source)
    groups = [[r["title"], r["text"]] if isinstance(r.get("title"), str) else [r["text"]] for r in records]
    annotated = pipeline.annotate_groups(groups, with_results=True, skip_failures=True)
    for record, blocks in zip(records, annotated):
        out = dict(record)
        if len(blocks) == 2:
            out["title_spans"], out["spans"] = blocks[0]["spans"], blocks[1]["spans"]
            out["results"] = blocks[0]["results"] + blocks[1]["results"]
        else:
            out["spans"], out["results"] = blocks[0]["spans"], blocks[0]["results"]
        click.echo(json.dumps(out, ensure_ascii=False, indent=None if jsonl else 2))


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.File("r", encoding="utf-8"))
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
              help="Score only the gold records of this split.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", "show_errors", type=int, default=0, metavar="N",
              help="Also list the N most frequent misses and false alarms.")
def eval_cmd(gold, split, as_json, show_errors):
    """Score the pipeline on gold annotations (one or more JSONL files): precision,
    recall and F1 per label, exact and overlap, and F1 over reported results."""
    from nlp import evaluate

    records = []
    for f in gold:
        try:
            records += evaluate.read_gold(f, split=split)
        except evaluate.GoldError as e:
            raise click.ClickException(f"{f.name}: {e}") from None
    names = ", ".join(f.name for f in gold)
    if not records:
        raise click.ClickException(f"{names}: no gold records in split {split!r}")
    report = evaluate.evaluate(records)
    if as_json:
        click.echo(json.dumps({"gold": [f.name for f in gold], "split": split, **report.as_dict()}, indent=2))
    else:
        click.echo(evaluate.format_report(report, f"{names} (split {split})"))
    if show_errors:
        click.echo("\n" + evaluate.format_errors(report, show_errors))


def filter_options(command):
    """The library list's filters, as options of ``export``."""
    for name, help_text in reversed([
        ("search", "Full-text search over titles, abstracts and tags."),
        ("label", "Only papers with a tag of this label (METHOD, DATASET, METRIC, TASK)."),
        ("tag", "Only papers with this tag (a canonical name, any case)."),
        ("site", 'Only papers first seen on this site ("arxiv.org", "huggingface.co", "import").'),
        ("since", "Only papers seen on or after this day (YYYY-MM-DD)."),
        ("until", "Only papers seen on or before this day (YYYY-MM-DD)."),
    ]):
        command = click.option(f"--{name}", "q" if name == "search" else name, default=None, help=help_text)(command)
    return command


def _library_path(db_path):
    db_path = db_path or default_db_path()
    if not db_path.exists():
        raise click.ClickException(f"no library at {db_path}")
    return db_path


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="csv",
              show_default=True, help="What to write (see docs/api.md for each format).")
@filter_options
@click.option("--db", "db_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="The SQLite library [default: the user's data directory, or $PAPERLENS_DB].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write here (replaced only once the export is complete) instead of standard output.")
def export_cmd(fmt, db_path, output, **filters):
    """Write the library, or the papers the filters select, in one of the export formats:
    csv (a row per mention), papers-csv, json, jsonl, mentions-jsonl, bibtex, webannotation
    (W3C JSON-LD), hypothesis, prodigy, spacy (DocBin)."""
    import os
    import tempfile

    from . import export, store

    db_path = _library_path(db_path)
    try:
        filters = store.clean_filters(filters)
    except store.FilterError as e:
        raise click.ClickException(str(e)) from None
    open_library(db_path)
    db = store.connect(db_path)
    binary = export.FORMATS[fmt].binary
    if output is None:
        if binary and sys.stdout.isatty():
            raise click.ClickException(f"the {fmt} format is binary; write it to a file with -o FILE")
        out = sys.stdout.buffer if binary else sys.stdout
        for chunk in export.stream(db, fmt, filters):
            out.write(chunk)
        out.flush()
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent or ".")
    except OSError as e:
        raise click.ClickException(f"cannot write {output}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as f:
            for chunk in export.stream(db, fmt, filters):
                f.write(chunk)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise
    finally:
        db.close()


@main.command("import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "bibtex"]),
              help="The file's format [default: from its name or its first character].")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The SQLite library [default: the user's data directory, or $PAPERLENS_DB].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def import_cmd(source, fmt, db_path, quiet):
    """Add papers from SOURCE: JSONL with {"title", "abstract" or "text", "url" or "id"} per line
    (the arXiv metadata snapshot's shape) or BibTeX entries with abstracts. Each paper is
    annotated and stored; a bad record is reported with its line number and skipped; records
    already in the library (same abstract) are skipped, so importing a file twice changes nothing."""

    from . import importer, store

    db_path = db_path or default_db_path()
    with source.open("rb") as f:
        head = f.read(4096).decode("utf-8", "replace")
    fmt = fmt or importer.guess_format(source, head)
    if fmt is None:
        raise click.ClickException(f"{source}: cannot tell whether it is JSONL or BibTeX; pass --format")
    open_library(db_path)
    db = store.connect(db_path, migrate=False)
    size = source.stat().st_size

    def bad(error):
        click.echo(f"paperlens import: {source.name}: {error}", err=True)

    job = importer.Importer(db, None, source=source.name, on_bad=bad)  # the pipeline loads when a record needs it
    try:
        with source.open("rb") as f, click.progressbar(
                length=size, label=f"Importing {source.name}", file=sys.stderr,
                show_pos=False, show_percent=True, show_eta=True) as bar:
            if quiet or not sys.stderr.isatty():
                bar.is_hidden = True
            if fmt == "jsonl":
                records = importer.read_jsonl(f)
            else:
                records = importer.read_bibtex(f.read().decode("utf-8", "replace"))
            for _, record, read in records:
                job.add(record)
                bar.update(read)
            stats = job.finish()
    except KeyboardInterrupt:
        raise click.ClickException(
            f"interrupted: {job.stats.imported} papers were stored; importing the file again adds the rest") from None
    finally:
        db.close()
    click.echo(f"paperlens import: {source.name}: {stats.summary()}", err=True)
    if stats.read and len(stats.bad) == stats.read:
        raise click.ClickException(f"{source}: no record could be read as a paper")


@main.command("bench", add_help_option=False,
              context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench_cmd(args):
    """Measure how fast PaperLens is, against its targets (as `python -m bench`; --help for its options)."""
    root = Path(__file__).resolve().parent.parent
    if not (root / "bench" / "__main__.py").exists():
        raise click.ClickException(f"no bench/ next to {Path(__file__).parent}: run it from a PaperLens checkout")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))  # bench/ is not an installed package: it lives in the checkout
    from bench.__main__ import main as run_bench

    raise SystemExit(run_bench(list(args), prog="paperlens bench"))


if __name__ == "__main__":
    sys.exit(main())
