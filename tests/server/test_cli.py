"""`paperlens annotate`: the extractor without a browser."""
import json
import subprocess

from tests.conftest import paperlens_command


def run(*args, stdin=None):
    return subprocess.run(paperlens_command() + list(args), input=stdin, capture_output=True, text=True, timeout=120)


def test_annotate_plain_text_from_stdin(seed_by_title):
    text = seed_by_title("LowDiff")["text"]
    result = run("annotate", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert ("DATASET", "FFHQ") in {(s["label"], s["text"]) for s in out["spans"]}
    assert all(text[s["start"]:s["end"]] == s["text"] for s in out["spans"])


def test_annotate_jsonl_file_one_line_per_record(tmp_path, seed_records):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in seed_records[:5]) + "\n", encoding="utf-8")
    result = run("annotate", str(path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in seed_records[:5]]
    assert all("spans" in line and "title_spans" in line for line in lines)


def test_bad_jsonl_line_is_one_readable_line_and_nonzero(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "FID on CIFAR-10"}\n{"text": oops}\n', encoding="utf-8")
    result = run("annotate", str(path))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "line 2" in result.stderr
    assert result.stdout == ""


def test_missing_file_is_a_clear_error(tmp_path):
    result = run("annotate", str(tmp_path / "nope.txt"))
    assert result.returncode != 0 and "nope.txt" in result.stderr
