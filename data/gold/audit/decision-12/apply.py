#!/usr/bin/env python3
"""Apply the renames of changes.jsonl (guideline decision 12, outcome counts) to the gold.

The changes were proposed blind: the auditor read only the guideline and the gold files, never
the pipeline or its output (report.md). Only a result's "metric" changes. Sets built from
recs_*.py sources are edited there and rebuilt; extra-dev and fresh, which have no builder,
are edited in place with their serialisation kept. Run once from the repository root:

    .venv/bin/python data/gold/audit/decision-12/apply.py [--dry]

It checks each change against the gold (id, index, value and old name) and refuses to run
twice (a change whose old name is no longer there)."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.abspath(os.path.join(HERE, "..", ".."))
TOOLS = {"extra-dev-2.jsonl": "dev2-tools", "extra-dev-3.jsonl": "dev3-tools", "fresh-2.jsonl": "fresh2-tools",
         "holdout.jsonl": "holdout-tools", "written.jsonl": "written-tools"}


def number(value):
    """The ways a recs_*.py tuple may write the value: 27, 27.0."""
    v = float(value)
    forms = {repr(v)}
    if v.is_integer():
        forms.add(str(int(v)))
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms)) + ")"


def edit_source(tools, change):
    """Rename the metric in the one recs_*.py tuple that reads ("<evidence>", "<old>", <value>, ...)."""
    pattern = re.compile(r'"' + re.escape(change["old_metric"]) + r'",(\s*)' + number(change["value"]) + r"\b")
    hits = []
    folder = os.path.join(GOLD, tools)
    for name in sorted(os.listdir(folder)):
        if name.startswith("recs_") and name.endswith(".py"):
            path = os.path.join(folder, name)
            source = open(path, encoding="utf-8").read()
            hits += [(path, source, m) for m in pattern.finditer(source)]
    if len(hits) != 1:
        sys.exit(f"{change['id']}: {len(hits)} source tuples read {change['old_metric']!r}, {change['value']}")
    path, source, m = hits[0]
    new = f'"{change["new_metric"]}",{m.group(1)}' + m.group(0)[m.group(0).index(",") + 1 + len(m.group(1)):]
    return path, source[: m.start()] + new + source[m.end():]


def main(dry):
    changes = [json.loads(l) for l in open(os.path.join(HERE, "changes.jsonl"), encoding="utf-8")]
    by_file = {}
    for c in changes:
        by_file.setdefault(c["file"], []).append(c)
    for file, file_changes in by_file.items():
        path = os.path.join(GOLD, file)
        lines = open(path, encoding="utf-8").read().splitlines()
        records = [json.loads(l) for l in lines]
        index = {r["id"]: k for k, r in enumerate(records)}
        for c in file_changes:
            result = records[index[c["id"]]][c["field"]][c["index"]]
            if result["metric"] != c["old_metric"] or float(result["value"]) != float(c["value"]):
                sys.exit(f"{file} {c['id']}: found {result['metric']!r} {result['value']}, expected "
                         f"{c['old_metric']!r} {c['value']} (applied already?)")
            result["metric"] = c["new_metric"]
        if file in TOOLS:
            edits = {}
            for c in file_changes:
                p, text = edit_source(TOOLS[file], {**c, **({} if c["id"] not in edits else {})})
                edits[p] = text
                if not dry:
                    open(p, "w", encoding="utf-8").write(text)
            if not dry:
                subprocess.run([sys.executable, os.path.join(GOLD, TOOLS[file], "build.py")], check=True,
                               stdout=subprocess.DEVNULL)
                built = [json.loads(l) for l in open(path, encoding="utf-8")]
                if built != records:
                    sys.exit(f"{file}: the rebuilt gold differs from the gold with only these renames")
        elif not dry:
            with open(path, "w", encoding="utf-8") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{file}: {len(file_changes)} renamed" + (" (dry run)" if dry else ""))


if __name__ == "__main__":
    main("--dry" in sys.argv[1:])
