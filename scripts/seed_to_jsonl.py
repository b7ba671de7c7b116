"""Turn the saved Hugging Face Papers search page (text dump) into JSONL records.

The dump is the page's visible text: each card is a date line, the title, the
abstract, then authors or the organisation. We key on the date line because
some cards show an organisation instead of an author count.

    python scripts/seed_to_jsonl.py data/seed/hf-papers-search-efficient.txt > data/seed/hf-papers-search-efficient.jsonl
"""
import json
import re
import sys

DATE = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(, \d{4})?( \d+)?$")


def records(lines):
    lines = [line.strip() for line in lines if line.strip()]
    for i, line in enumerate(lines[:-2]):
        if DATE.match(line):
            title, text = lines[i + 1], lines[i + 2]
            if len(text) > 200:  # a real abstract, not the trailing page furniture
                yield {"title": title, "text": text}


def main(path):
    with open(path, encoding="utf-8") as f:
        for n, rec in enumerate(records(f.read().split("\n"))):
            print(json.dumps({"id": f"hf-efficient-{n:03d}", **rec}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
