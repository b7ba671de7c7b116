"""Inter-annotator agreement on results: a second annotator's results for the test split, scored
against the gold with the same matching as ``paperlens eval`` (result_key, same_result), so that the
pipeline's result F1 can be read against what two people reading the same guideline agree on.

    python data/gold/audit/agreement/score.py GOLD.jsonl[,GOLD2.jsonl] SECOND.jsonl[,SECOND2.jsonl]

Prints precision, recall and F1 of the second annotation against the gold (F1 is symmetric), for
(metric, value, dataset) and (metric, value)."""
import json
import sys
from collections import ChainMap

from nlp import evaluate, pipeline


def read(paths):
    records = {}
    for path in paths.split(","):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return records


def main(gold_paths, second_paths):
    gold, second = read(gold_paths), read(second_paths)
    nlp = pipeline.load()
    names = evaluate.canonical_names(nlp.get_pipe("paperlens_kb"))
    ids = [i for i in second if i in gold]
    groups = [[gold[i].get("title") or "", gold[i]["text"]] for i in ids]
    docs = nlp.pipe(pipeline.BLOCK_SEPARATOR.join(g) for g in groups)
    out = {}
    for with_dataset in (True, False):
        tp = n_second = n_gold = 0
        for i, group, doc in zip(ids, groups, docs if with_dataset else [None] * len(ids)):
            if with_dataset:
                gold[i]["_names"] = evaluate.names_in_doc(pipeline.split_doc(doc, group))
            doc_names = ChainMap(names, gold[i]["_names"])
            g = [evaluate.result_key(r, doc_names, with_dataset)
                 for r in gold[i].get("results", []) + gold[i].get("title_results", [])]
            s = [evaluate.result_key(r, doc_names, with_dataset) for r in second[i].get("results", [])]
            tp += evaluate.multiset_tp(s, g)
            n_second += len(s)
            n_gold += len(g)
        p = tp / n_second if n_second else 0.0
        r = tp / n_gold if n_gold else 0.0
        out["results" if with_dataset else "results_metric_value"] = {
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "second": n_second, "gold": n_gold, "agreed": tp}
    out["records"] = len(ids)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: score.py GOLD.jsonl[,...] SECOND.jsonl[,...]")
    print(json.dumps(main(sys.argv[1], sys.argv[2]), indent=1))
