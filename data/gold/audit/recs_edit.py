"""Edits the blind audits make to the gold sets, shared by their apply.py scripts.

A set built from recs_*.py sources (data/gold/<set>-tools) is edited in its source, where the
record is found by its title and the result by its tuple, and then rebuilt; the rebuilt file must
equal the gold with only the audit's edits. extra-dev.jsonl and fresh.jsonl have no builder and
are written in place with their serialisation kept (json.dumps, ensure_ascii=False)."""
import ast
import glob
import json
import os
import re
import subprocess
import sys

GOLD = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = {"extra-dev-2.jsonl": "dev2-tools", "extra-dev-3.jsonl": "dev3-tools", "extra-dev-4.jsonl": "dev4-tools",
         "extra-dev-5.jsonl": "dev5-tools", "extra-dev-6.jsonl": "dev6-tools",
         "fresh-2.jsonl": "fresh2-tools", "holdout.jsonl": "holdout-tools", "written.jsonl": "written-tools"}


def read_changes(folder):
    """The changes an audit lists in its folder's changes.jsonl, one per line."""
    with open(os.path.join(folder, "changes.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read(file):
    with open(os.path.join(GOLD, file), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def record_list(tools, record, field="results"):
    """(path, source, the ast.List of the record's ``field``: "results", "title_results" or "spans") in the
    set's recs_*.py files, the record found by its title."""
    folder = os.path.join(GOLD, tools)
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("recs_") and name.endswith(".py")):
            continue
        path = os.path.join(folder, name)
        source = open(path, encoding="utf-8").read()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Dict):
                fields = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
                title = fields.get("title")
                if isinstance(title, ast.Constant) and title.value == record["title"] and field in fields:
                    return path, source, fields[field]
    sys.exit(f"{record['id']}: no record titled {record['title']!r} in {tools}")


def results_list(tools, record):
    """(path, source, the ast.List of the record's "results") in the set's recs_*.py files."""
    return record_list(tools, record, "results")


def offset(source, line, col):
    """The character offset of an ast (line, col) position; ast counts the column in UTF-8 bytes."""
    lines = source.splitlines(keepends=True)
    return sum(len(l) for l in lines[: line - 1]) + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))


def result_tuple(tools, record, result):
    """(path, source, the ast.Tuple) of the one source tuple that reads the result: its surface, name and value."""
    path, source, results = results_list(tools, record)
    surface = record["text"][result["start"] : result["end"]]
    hits = [item for item in results.elts
            if (lambda v: v[0] == surface and v[1] == result["metric"] and float(v[2]) == float(result["value"]))(
                ast.literal_eval(item))]
    if len(hits) != 1:
        sys.exit(f"{record['id']}: {len(hits)} source tuples read {surface!r}, {result['metric']!r}")
    return path, source, hits[0]


def _write_node(path, source, node, literal):
    """Write ``literal`` in place of an ast node of ``source`` (a tuple item of a recs_*.py file) to ``path``."""
    a, b = offset(source, node.lineno, node.col_offset), offset(source, node.end_lineno, node.end_col_offset)
    open(path, "w", encoding="utf-8").write(source[:a] + literal + source[b:])


def _literal(value):
    return "None" if value is None else json.dumps(value, ensure_ascii=False)


def _comparable(record):
    """A record with its results in a fixed order: a builder lists a record's results in its own order."""
    return {**record, "results": sorted(record["results"], key=lambda r: json.dumps(r, sort_keys=True))}


def seed_record(record):
    """(path, source, start, end) of a seed record's hand annotation, ``A["<id>"] = dict(...)`` in tools/ann_*.py."""
    head = f'A["{record["id"]}"] = dict(\n'
    for path in glob.glob(os.path.join(GOLD, "tools", "ann_*.py")):
        source = open(path, encoding="utf-8").read()
        if head in source:
            start = source.index(head)
            end = source.find('\nA["', start + len(head))
            return path, source, start, len(source) if end == -1 else end
    sys.exit(f"{record['id']}: no seed annotation")


def seed_annotation(record, result, field="results"):
    """(path, source, match) of the hand annotation (tools/ann_*.py) of a seed result: the one
    ``dict(anchor=..., metric=..., ...)`` item of its record with its anchor and name (and value, where
    several share those)."""
    anchor = record["title" if field == "title_results" else "text"][result["start"] : result["end"]]
    path, source, start, end = seed_record(record)
    item = re.compile(r"dict\(anchor=" + re.escape(json.dumps(anchor, ensure_ascii=False))
                      + r",\s*metric=" + re.escape(json.dumps(result["metric"], ensure_ascii=False)) + r"[^)]*\)")
    hits = list(item.finditer(source, start, end))
    if len(hits) > 1:
        value = r"value=" + re.escape(repr(result["value"])).replace(r"\.0", r"(?:\.0)?") + r"\b"
        hits = [m for m in hits if re.search(value, m.group(0))]
    if len(hits) != 1:
        sys.exit(f"{record['id']}: {len(hits)} annotations read {anchor!r}, {result['metric']!r}")
    return path, source, hits[0]


def seed_rename(record, result, new_metric):
    """Rename a seed result in its hand annotation."""
    path, source, m = seed_annotation(record, result)
    old = "metric=" + json.dumps(result["metric"], ensure_ascii=False)
    at = m.start() + m.group(0).index(old)
    source = source[:at] + "metric=" + json.dumps(new_metric, ensure_ascii=False) + source[at + len(old) :]
    open(path, "w", encoding="utf-8").write(source)


def finish(file, records):
    """Write the edited set: rebuild it from its edited sources and check it equals ``records``, or write it in place."""
    path = os.path.join(GOLD, file)
    if file == "seed.jsonl":
        subprocess.run([sys.executable, os.path.join(GOLD, "tools", "build_gold.py")], check=True,
                       stdout=subprocess.DEVNULL)
        if read(file) != records:
            sys.exit(f"{file}: the rebuilt gold differs from the gold with only the audit's edits")
    elif tools_for(file) is not None:
        subprocess.run([sys.executable, os.path.join(GOLD, tools_for(file), "build.py")], check=True,
                       stdout=subprocess.DEVNULL)
        if list(map(_comparable, read(file))) != list(map(_comparable, records)):
            sys.exit(f"{file}: the rebuilt gold differs from the gold with only the audit's edits")
    else:
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def by_file(changes):
    """Each file the changes name, with its records read and its changes, each paired with its record."""
    for file in dict.fromkeys(c["file"] for c in changes):
        records = read(file)
        index = {r["id"]: r for r in records}
        yield file, records, [(c, index[c["id"]]) for c in changes if c["file"] == file]


def apply_renames(changes, dry=False):
    """Rename results' metrics: each change names its file, record id, field, index, value, old and
    new name. Checked against the gold first; refuses a change whose old name is no longer there."""
    for file, records, mine in by_file(changes):
        for c, record in mine:
            result = record[c["field"]][c["index"]]
            if result["metric"] != c["old_metric"] or float(result["value"]) != float(c["value"]):
                sys.exit(f"{file} {c['id']}: found {result['metric']!r} {result['value']}, expected "
                         f"{c['old_metric']!r} {c['value']} (applied already?)")
            if file == "seed.jsonl" and not dry:
                seed_rename(record, result, c["new_metric"])
            elif file in TOOLS:
                path, source, item = result_tuple(TOOLS[file], record, result)
                if not dry:
                    _write_node(path, source, item.elts[1], _literal(c["new_metric"]))
            result["metric"] = c["new_metric"]
        if not dry:
            finish(file, records)
        print(f"{file}: {sum(c['file'] == file for c in changes)} renamed" + (" (dry run)" if dry else ""))


RESULT_KEYS = ["metric", "value", "unit", "dataset", "method", "start", "end"]


def apply_additions(changes):
    """Add results: each change names its file, record id and the whole result. Refuses a result that
    is there already (same value and offsets)."""
    for file in dict.fromkeys(c["file"] for c in changes):
        records = read(file)
        index = {r["id"]: r for r in records}
        for c in (c for c in changes if c["file"] == file):
            assert c["action"] == "add" and c["field"] == "results"
            record, result = index[c["id"]], {k: c["result"].get(k) for k in RESULT_KEYS}
            result["value"] = float(result["value"])
            if any(r["start"] == result["start"] and r["end"] == result["end"] and r["value"] == result["value"]
                   for r in record["results"]):
                sys.exit(f"{file} {c['id']}: already there (applied already?)")
            if file in TOOLS:
                path, source, results = results_list(TOOLS[file], record)
                text = record["text"]
                surface = text[result["start"] : result["end"]]
                occ = [i for i in range(len(text)) if text.startswith(surface, i)].index(result["start"])
                item = (surface, result["metric"], result["value"], result["unit"], result["dataset"], result["method"])
                literal = "(" + ", ".join(json.dumps(v, ensure_ascii=False) if v is not None else "None" for v in item)
                literal += f', {{"occ": {occ}}})' if occ else ")"
                at = offset(source, results.end_lineno, results.end_col_offset) - 1  # the list's "]"
                source = source[:at] + (", " if results.elts else "") + literal + source[at:]
                open(path, "w", encoding="utf-8").write(source)
            record["results"].append(result)
        finish(file, records)
        print(f"{file}: {sum(c['file'] == file for c in changes)} added")


def _seed_set(record, result, key, value, field="results"):
    """Set ``key`` (dataset, method) of a seed result in its hand annotation, adding it if it is not written."""
    path, source, m = seed_annotation(record, result, field)
    text = m.group(0)
    new = f"{key}={_literal(value)}"
    written = re.compile(key + r"=(None|\"(?:[^\"\\]|\\.)*\")")
    text = written.sub(lambda _: new, text, count=1) if written.search(text) else text[:-1] + ", " + new + ")"
    open(path, "w", encoding="utf-8").write(source[: m.start()] + text + source[m.end() :])


def seed_set_dataset(record, result, new_dataset):
    """Set a seed result's dataset in its hand annotation."""
    _seed_set(record, result, "dataset", new_dataset)


def apply_dataset_changes(changes):
    """Set results' datasets: each change names its file, record id, field, index, value, metric and the old and
    new dataset. Checked against the gold first; refuses a change whose old dataset is no longer there."""
    for file, records, mine in by_file(changes):
        for c, record in mine:
            result = record[c["field"]][c["index"]]
            if result.get("dataset") != c["old_dataset"] or result["metric"] != c["metric"] \
                    or float(result["value"]) != float(c["value"]):
                sys.exit(f"{file} {c['id']}: found {result['metric']!r} {result['value']} on {result.get('dataset')!r}, "
                         f"expected {c['metric']!r} {c['value']} on {c['old_dataset']!r} (applied already?)")
            if c["field"] != "results":
                sys.exit(f"{file} {c['id']}: only abstract results are edited through the sources")
            if file == "seed.jsonl":
                seed_set_dataset(record, result, c["new_dataset"])
            elif file in TOOLS:
                path, source, item = result_tuple(TOOLS[file], record, result)
                _write_node(path, source, item.elts[4], _literal(c["new_dataset"]))
            result["dataset"] = c["new_dataset"]
        finish(file, records)
        print(f"{file}: {sum(c['file'] == file for c in changes)} datasets set")


def tools_for(file):
    """The folder of recs_*.py sources a set is built from, or None for a set kept as its file."""
    if file in TOOLS:
        return TOOLS[file]
    m = re.fullmatch(r"(extra-dev|fresh)-(\d+)\.jsonl", file)
    if m is None:
        return None
    folder = ("dev" if m.group(1) == "extra-dev" else "fresh") + m.group(2) + "-tools"
    return folder if os.path.isdir(os.path.join(GOLD, folder)) else None


def _whole_word_occurrences(text, surface):
    """(start, end) of ``surface`` where no letter or digit stands right before or after it, as the
    builders find a declared span (written_gold.occurrences)."""
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        if not (i > 0 and text[i - 1].isalnum()) and not (j < len(text) and text[j].isalnum()):
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


def _declare_in_recs(tools, record, where, new_text, label, starts):
    """Declare the span ``new_text`` at the occurrences starting at ``starts`` of the record's title or text
    (``where``) in its recs_*.py source: a new (surface, label, {"only"/"tonly": [...]}) entry, so that no
    other occurrence becomes a span. The builder keeps the longest of spans that contain each other."""
    block = record["title" if where == "title" else "text"]
    occ = [s for s, _ in _whole_word_occurrences(block, new_text)]
    try:
        ks = sorted(occ.index(s) for s in starts)
    except ValueError:
        sys.exit(f"{record['id']}: {new_text!r} is not a whole word at {starts} of the {where}")
    path, source, spans = record_list(tools, record, "spans")
    for item in spans.elts:
        if ast.literal_eval(item)[0] == new_text:
            sys.exit(f"{record['id']}: {new_text!r} is declared already; edit its entry by hand")
    short = {"METHOD": "M", "DATASET": "D", "METRIC": "X", "TASK": "T"}[label]
    opts = f'"only": {ks}, "notitle": True' if where == "text" else f'"tonly": {ks}, "notext": True'
    if not (new_text[0].isalnum() and new_text[-1].isalnum()):
        opts += ', "punct": True'  # a name that ends on its own punctuation: "enrichment factor at 1%"
    opts = "{" + opts + "}"
    literal = f"({json.dumps(new_text, ensure_ascii=False)}, {json.dumps(short)}, {opts})"
    at = offset(source, spans.end_lineno, spans.end_col_offset) - 1  # the list's "]"
    line_start = source.rfind("\n", 0, at) + 1
    if spans.elts and not source[line_start:at].strip():
        # the "]" on a line of its own after a trailing comma: the new entry on a line before it
        last = source.splitlines()[spans.elts[-1].lineno - 1]
        indent = last[: len(last) - len(last.lstrip())]
        new = source[:line_start] + indent + literal + ",\n" + source[line_start:]
    else:
        before = source[:at].rstrip()
        joint = ", " if spans.elts and not before.endswith(",") else (" " if spans.elts else "")
        new = before + joint + literal + source[at:]
    open(path, "w", encoding="utf-8").write(new)


def _declare_in_seed(record, where, new_text, label, starts):
    """Force the span ``new_text`` at the given starts in a seed record's hand annotation (its "force"
    entries: (surface, context, label), the context long enough to occur once in the abstract)."""
    if where != "text":
        sys.exit(f"{record['id']}: the seed's annotations force spans in the abstract only")
    block = record["text"]
    path, source, start, end = seed_record(record)
    entries = []
    for s in starts:
        for width in range(20, 400, 10):
            ctx = block[max(0, s - width) : s + len(new_text) + width]
            if block.count(ctx) == 1:
                break
        entries.append(f"({json.dumps(new_text, ensure_ascii=False)}, {json.dumps(ctx, ensure_ascii=False)}, "
                       f"{json.dumps(label)})")
    body = source[start:end]
    if "force=[" in body:
        at = start + body.index("force=[") + len("force=[")
        new = source[:at] + ", ".join(entries) + ", " + source[at:]
    else:
        close = start + body.rstrip().rindex(")")
        new = source[:close].rstrip() + "\n    force=[" + ", ".join(entries) + "],\n" + source[close:]
    open(path, "w", encoding="utf-8").write(new)


def apply_span_changes(changes, dry=False):
    """Move spans' boundaries: each change names its file, record id, field ("spans" or "title_spans"),
    the span's old start and end and its new ones. Checked against the gold first (the span is there,
    the new range reads ``new_text`` and overlaps no other span); sets built from sources get the new
    span declared there (``_declare_in_recs``, ``_declare_in_seed``) and are rebuilt, and each rebuilt
    set must equal the gold with only these spans moved (``finish``)."""
    for file, records, mine in by_file(changes):
        grouped = {}
        for c, record in mine:
            where = "title" if c["field"] == "title_spans" else "text"
            block = record[where]
            spans = record[c["field"]]
            span = next((s for s in spans if s["start"] == c["start"] and s["end"] == c["end"]), None)
            if span is None:
                sys.exit(f"{file} {c['id']}: no span at {c['start']}-{c['end']} (applied already?)")
            new_text = block[c["new_start"] : c["new_end"]]
            if new_text != c["new_text"]:
                sys.exit(f"{file} {c['id']}: {c['new_start']}-{c['new_end']} reads {new_text!r}, not {c['new_text']!r}")
            if any(s is not span and s["start"] < c["new_end"] and c["new_start"] < s["end"] for s in spans):
                sys.exit(f"{file} {c['id']}: {new_text!r} would overlap another span")
            grouped.setdefault((id(record), where, new_text, span["label"]), (record, []))[1].append(c["new_start"])
            if file == "written.jsonl" and where == "text":
                # its builder starts a result written "(MAE) of 5.8" at the long form's span before the bracket
                for result in record["results"]:
                    if result["start"] == span["start"] and block[span["end"] : span["end"] + 2] == " (" \
                            and result["end"] > span["end"] + 2:
                        result["start"] = c["new_start"]
            span["start"], span["end"] = c["new_start"], c["new_end"]
            spans.sort(key=lambda s: (s["start"], s["end"]))
        if not dry:
            tools = tools_for(file)
            for (_, where, new_text, label), (record, starts) in grouped.items():
                if file == "seed.jsonl":
                    _declare_in_seed(record, where, new_text, label, starts)
                elif tools is not None:
                    _declare_in_recs(tools, record, where, new_text, label, starts)
            finish(file, records)
        print(f"{file}: {sum(c['file'] == file for c in changes)} spans moved" + (" (dry run)" if dry else ""))


def _result_item(tools, record, result, field):
    """(path, source, the ast.Tuple) of the one source tuple of a result in the record's ``field`` ("results" or
    "title_results"): its name and value, and where several read them, its surface or its method too."""
    block = record["title" if field == "title_results" else "text"]
    path, source, results = record_list(tools, record, field)
    hits = [(item, v) for item, v in ((item, ast.literal_eval(item)) for item in results.elts)
            if v[1] == result["metric"] and float(v[2]) == float(result["value"])]
    for narrow in (lambda v: v[0] == block[result["start"] : result["end"]],
                   lambda v: v[0] in block[max(0, result["start"] - 60) : result["end"] + 60],
                   lambda v: v[5] == result.get("method") and v[4] == result.get("dataset")):
        if len(hits) > 1:
            hits = [h for h in hits if narrow(h[1])] or hits
    if len(hits) != 1:
        sys.exit(f"{record['id']}: {len(hits)} source tuples read {result['metric']!r} {result['value']}")
    return path, source, hits[0][0]


def seed_set_method(record, result, field, new_method):
    """Set a seed result's method in its hand annotation (an abstract's or a title's result)."""
    _seed_set(record, result, "method", new_method, field)


def apply_method_changes(changes):
    """Set results' methods: each change names its file, record id, field, index, metric, value and the old
    and new method. Checked against the gold first; refuses a change whose old method is no longer there."""
    for file, records, mine in by_file(changes):
        tools = tools_for(file)
        for c, record in mine:
            result = record[c["field"]][c["index"]]
            if result.get("method") != c["old_method"] or result["metric"] != c["metric"] \
                    or float(result["value"]) != float(c["value"]):
                sys.exit(f"{file} {c['id']}: found {result['metric']!r} {result['value']} by {result.get('method')!r}, "
                         f"expected {c['metric']!r} {c['value']} by {c['old_method']!r} (applied already?)")
            if file == "seed.jsonl":
                seed_set_method(record, result, c["field"], c["new_method"])
            elif tools is not None:
                path, source, item = _result_item(tools, record, result, c["field"])
                _write_node(path, source, item.elts[5], _literal(c["new_method"]))
            result["method"] = c["new_method"]
        finish(file, records)
        print(f"{file}: {sum(c['file'] == file for c in changes)} methods set")
