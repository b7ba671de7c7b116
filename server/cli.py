"""The ``paperlens`` command: serve the library, annotate text, export tags."""
import errno
import ipaddress
import json
import socket
import sys
from pathlib import Path

import click

from . import DEFAULT_PORT, __version__, allowed_hosts, default_db_path

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
def serve(host, port, db_path, workers, allow_remote):
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
                    workers=workers, allowed_hosts=allowed_hosts(extra)).run()


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
    annotated = pipeline.annotate_groups(groups, with_results=True)
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


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="The SQLite library [default: the user's data directory, or $PAPERLENS_DB].")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def export_cmd(fmt, db_path, output):
    """Write the library's tags as CSV (a row per mention) or JSON (an object per paper)."""
    from . import export, store

    db_path = db_path or default_db_path()
    if not db_path.exists():
        raise click.ClickException(f"no library at {db_path}")
    open_library(db_path)
    db = store.connect(db_path)
    for chunk in export.stream(db, fmt):
        output.write(chunk)


if __name__ == "__main__":
    sys.exit(main())
