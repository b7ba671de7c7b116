#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (guideline decision 14: a time is named by what is timed).

The renames were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Only a result's "metric" changes. In sets built from
recs_*.py sources the result's tuple in its record is found by parsing the source (its surface,
old name and value) and its name rewritten, and the set is rebuilt; extra-dev and fresh, which
have no builder, are edited in place. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-14/apply.py

It checks each change against the gold (id, index, value, old name) and refuses to run twice."""
import ast
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))
TOOLS = {"extra-dev-2.jsonl": "dev2-tools", "extra-dev-3.jsonl": "dev3-tools", "extra-dev-4.jsonl": "dev4-tools",
         "fresh-2.jsonl": "fresh2-tools", "holdout.jsonl": "holdout-tools", "written.jsonl": "written-tools"}


def rename_in_source(tools, record, result, new_name):
    """Rewrite the metric of the one tuple in the record's results that reads (surface, old name, value)."""
    surface = record["text"][result["start"] : result["end"]]
    folder = os.path.join(GOLD, tools)
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("recs_") and name.endswith(".py")):
            continue
        path = os.path.join(folder, name)
        source = open(path, encoding="utf-8").read()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Dict):
                continue
            fields = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
            title = fields.get("title")
            if not (isinstance(title, ast.Constant) and title.value == record["title"] and "results" in fields):
                continue
            hits = []
            for item in fields["results"].elts:
                values = ast.literal_eval(item)
                if values[0] == surface and values[1] == result["metric"] and float(values[2]) == result["value"]:
                    hits.append(item.elts[1])
            if len(hits) != 1:
                sys.exit(f"{record['id']}: {len(hits)} tuples read {surface!r}, {result['metric']!r}")
            lines = source.splitlines(keepends=True)
            at = lambda line, col: sum(len(l) for l in lines[: line - 1]) + col  # noqa: E731
            a, b = at(hits[0].lineno, hits[0].col_offset), at(hits[0].end_lineno, hits[0].end_col_offset)
            return path, source[:a] + json.dumps(new_name, ensure_ascii=False) + source[b:]
    sys.exit(f"{record['id']}: no record titled {record['title']!r} in {tools}")


def main():
    changes = [json.loads(l) for l in open(os.path.join(HERE, "changes.jsonl"), encoding="utf-8")]
    for file in dict.fromkeys(c["file"] for c in changes):
        path = os.path.join(GOLD, file)
        records = [json.loads(l) for l in open(path, encoding="utf-8")]
        index = {r["id"]: r for r in records}
        for c in (c for c in changes if c["file"] == file):
            record = index[c["id"]]
            result = record[c["field"]][c["index"]]
            if result["metric"] != c["old_metric"] or float(result["value"]) != float(c["value"]):
                sys.exit(f"{file} {c['id']}: found {result['metric']!r} {result['value']} (applied already?)")
            if file in TOOLS:
                src, text = rename_in_source(TOOLS[file], record, result, c["new_metric"])
                open(src, "w", encoding="utf-8").write(text)
            result["metric"] = c["new_metric"]
        if file in TOOLS:
            subprocess.run([sys.executable, os.path.join(GOLD, TOOLS[file], "build.py")], check=True,
                           stdout=subprocess.DEVNULL)
            built = [json.loads(l) for l in open(path, encoding="utf-8")]
            if built != records:
                sys.exit(f"{file}: the rebuilt gold differs from the gold with only these renames")
        else:
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{file}: {sum(c['file'] == file for c in changes)} renamed")


if __name__ == "__main__":
    main()
