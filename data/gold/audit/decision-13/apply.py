#!/usr/bin/env python3
"""Apply the additions of changes.jsonl (guideline decision 13: in "from X for B to Y" X is B's result).

The additions were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Each adds one result; nothing is edited or removed. Sets
built from recs_*.py sources get the result as a tuple in their record's "results" list and are
rebuilt; fresh, which has no builder, is edited in place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-13/apply.py

It refuses to add a result that is there already (same value and offsets)."""
import ast
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))
TOOLS = {"extra-dev-2.jsonl": "dev2-tools", "extra-dev-3.jsonl": "dev3-tools", "extra-dev-4.jsonl": "dev4-tools",
         "fresh-2.jsonl": "fresh2-tools", "holdout.jsonl": "holdout-tools", "written.jsonl": "written-tools"}
KEYS = ["metric", "value", "unit", "dataset", "method", "start", "end"]


def add_to_source(tools, record, result):
    """Append (surface, metric, value, unit, dataset, method[, {"occ": n}]) to the record's results list."""
    text = record["text"]
    surface = text[result["start"] : result["end"]]
    occ = [i for i in range(len(text)) if text.startswith(surface, i)].index(result["start"])
    item = (surface, result["metric"], result["value"], result["unit"], result["dataset"], result["method"])
    literal = "(" + ", ".join(json.dumps(v, ensure_ascii=False) if v is not None else "None" for v in item)
    literal += (f', {{"occ": {occ}}})' if occ else ")")
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
                if isinstance(title, ast.Constant) and title.value == record["title"] and "results" in fields:
                    lst = fields["results"]
                    lines = source.splitlines(keepends=True)
                    offset = sum(len(l) for l in lines[: lst.end_lineno - 1]) + lst.end_col_offset - 1  # the "]"
                    sep = ", " if lst.elts else ""
                    return path, source[:offset] + sep + literal + source[offset:]
    sys.exit(f"{record['id']}: no record titled {record['title']!r} in {tools}")


def main():
    changes = [json.loads(l) for l in open(os.path.join(HERE, "changes.jsonl"), encoding="utf-8")]
    for file in dict.fromkeys(c["file"] for c in changes):
        path = os.path.join(GOLD, file)
        records = [json.loads(l) for l in open(path, encoding="utf-8")]
        index = {r["id"]: r for r in records}
        for c in (c for c in changes if c["file"] == file):
            assert c["action"] == "add" and c["field"] == "results"
            record, result = index[c["id"]], {k: c["result"].get(k) for k in KEYS}
            result["value"] = float(result["value"])
            if any(r["start"] == result["start"] and r["end"] == result["end"] and r["value"] == result["value"]
                   for r in record["results"]):
                sys.exit(f"{file} {c['id']}: already there (applied already?)")
            if file in TOOLS:
                src, text = add_to_source(TOOLS[file], record, result)
                open(src, "w", encoding="utf-8").write(text)
            record["results"].append(result)
        if file in TOOLS:
            subprocess.run([sys.executable, os.path.join(GOLD, TOOLS[file], "build.py")], check=True,
                           stdout=subprocess.DEVNULL)
            built = {json.loads(l)["id"]: json.loads(l) for l in open(path, encoding="utf-8")}
            for r in records:
                key = lambda x: (x["start"], x["end"], x["value"])  # noqa: E731
                if sorted(map(key, built[r["id"]]["results"])) != sorted(map(key, r["results"])):
                    sys.exit(f"{file} {r['id']}: the rebuilt results differ from the gold plus the additions")
        else:
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{file}: {sum(c['file'] == file for c in changes)} added")


if __name__ == "__main__":
    main()
