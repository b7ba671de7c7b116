#!/usr/bin/env python3
"""Add the title results of changes.jsonl (the guideline: "The title and the abstract are both annotated,
by the same rules"; seed.jsonl and extra-dev-2.jsonl never annotated results in titles).

The additions were proposed blind: the auditor read only the guideline and the gold files, never the
pipeline or its output (report.md). Each record's title results are written into its set's hand
annotations (seed: tools/ann_*.py, anchored; written sets: the recs_*.py tuples), the set is rebuilt
by its builder, and the rebuilt gold is checked to differ from the old one only by these title results.
Run once from the repository root:

    .venv/bin/python data/gold/audit/titles/apply.py
"""

import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(os.path.dirname(HERE))
BUILDERS = {"seed.jsonl": ("tools", "build_gold.py"), "extra-dev-2.jsonl": ("dev2-tools", "build.py")}


def literal(v):
    return "None" if v is None else json.dumps(v, ensure_ascii=False)


def add_to_seed(tools, c):
    """``title_results=[dict(anchor=..., ...)]`` in the record's dict of the ann_*.py that holds it."""
    items = []
    for r in c["new_title_results"]:
        anchor = c["title"][r["start"] : r["end"]]
        fields = [f"anchor={literal(anchor)}"] + [f"{k}={literal(r[k])}" for k in ("metric", "value", "unit", "dataset", "method")]
        items.append("dict(" + ", ".join(fields) + ")")
    line = f'    title_results=[{", ".join(items)}],\n'
    for path in glob.glob(os.path.join(tools, "ann_*.py")):
        source = open(path, encoding="utf-8").read()
        head = f'A["{c["id"]}"] = dict(\n'
        if head in source:
            if "title_results=" in source.split(head, 1)[1].split('\nA["', 1)[0]:
                sys.exit(f"{c['id']}: title_results there already (applied already?)")
            open(path, "w", encoding="utf-8").write(source.replace(head, head + line, 1))
            return
    sys.exit(f"{c['id']}: no annotation found")


def add_to_written(tools, c):
    """``"title_results": [(surface, metric, value, unit, dataset, method), ...]`` after the record's title."""
    items = []
    for r in c["new_title_results"]:
        surface = c["title"][r["start"] : r["end"]]
        items.append("(" + ", ".join(literal(v) for v in (surface, r["metric"], r["value"], r["unit"], r["dataset"], r["method"])) + ")")
    title_line = f'"title": {json.dumps(c["title"], ensure_ascii=False)},\n'
    for path in glob.glob(os.path.join(tools, "recs_*.py")):
        source = open(path, encoding="utf-8").read()
        if title_line in source:
            after = source.split(title_line, 1)[1]
            if after.lstrip().startswith('"title_results"'):
                sys.exit(f"{c['id']}: title_results there already (applied already?)")
            new = f'"title_results": [{", ".join(items)}],\n'
            open(path, "w", encoding="utf-8").write(source.replace(title_line, title_line + new, 1))
            return
    sys.exit(f"{c['id']}: no record with that title found")


def main():
    changes = [json.loads(line) for line in open(os.path.join(HERE, "changes.jsonl"), encoding="utf-8")]
    for file in dict.fromkeys(c["file"] for c in changes):
        mine = [c for c in changes if c["file"] == file]
        path = os.path.join(GOLD, file)
        before = [json.loads(line) for line in open(path, encoding="utf-8")]
        tools_dir, builder = BUILDERS[file]
        tools = os.path.join(GOLD, tools_dir)
        for c in mine:
            record = next(r for r in before if r["id"] == c["id"])
            if record.get("title_results", []) != c["old_title_results"] or record["title"] != c["title"]:
                sys.exit(f"{file} {c['id']}: gold differs from the change's old title results")
            (add_to_seed if file == "seed.jsonl" else add_to_written)(tools, c)
        subprocess.run([sys.executable, builder], cwd=tools, check=True)
        after = [json.loads(line) for line in open(path, encoding="utf-8")]
        wanted = {c["id"]: c["new_title_results"] for c in mine}
        for b, a in zip(before, after):
            got = a.pop("title_results", [])
            b.pop("title_results", None)
            if a != b:
                sys.exit(f"{file} {a['id']}: more than the title results changed")
            want = wanted.get(a["id"], [])
            norm = [{k: (float(v) if k == "value" else v) for k, v in r.items()} for r in want]
            if got != norm:
                sys.exit(f"{file} {a['id']}: built {got}, wanted {norm}")
        print(f"{file}: title results added to {len(mine)} records")


if __name__ == "__main__":
    main()
