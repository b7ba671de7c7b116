"""Build changes.jsonl / undecided.jsonl for the decision-19 audit from candidates.json and the judgements below.
Judgements were made by reading each candidate's sentence (see report.md)."""
import json, glob, os
G = "/work/main/data/gold/"
recs = {}
for p in glob.glob(G + "*.jsonl"):
    for l in open(p, encoding="utf-8"):
        if l.strip():
            r = json.loads(l); recs[(os.path.basename(p), r["id"])] = r
rows = json.load(open("candidates.json"))

KEEP = {547: "'mean' is part of 'ensemble-mean', the forecast being scored (RMSE of the ensemble mean), i.e. the thing measured"}
UNDECIDED = {
    283: ("overall CRPS ranking", "Does 'overall' modify CRPS or the ranking ('the overall ranking by CRPS')? Decision 19 covers the word before the measure, but here the word arguably belongs to 'ranking'; if it counted, would the span be 'overall CRPS' or 'overall CRPS ranking'?"),
    485: ("relative AUPRC gain", "'a 9.3% relative AUPRC gain': 'relative' qualifies the gain (a relative change), as in the guideline's own 'relative WER reduction'; should the span become 'relative AUPRC gain' (by analogy), 'relative AUPRC', or stay 'AUPRC' because the word modifies 'gain' and not the measure?"),
    671: ("median ROC-AUC", "'a median ROC-AUC difference of +0.003': 'median' is the statistic of the per-dataset differences, not of ROC-AUC itself ([median [ROC-AUC difference]]); does that count as modifying the measure (extend to 'median ROC-AUC') or as belonging to 'difference' (leave)?"),
}
# ends moved to cover the guideline's own example span "relative WER reduction"
END_TO = {569: "relative WER reduction", 822: "relative WER reduction"}
REASON = {
    "average": "'average' directly before the measure says which statistic is reported (decision 19)",
    "mean": "'mean' directly before the measure says which statistic is reported (decision 19)",
    "median": "'median' directly before the measure says which statistic is reported (decision 19)",
    "overall": "'overall' directly before the measure says which value is reported (decision 19)",
    "total": "'total' directly before the measure says which value is reported (decision 19)",
}
SPECIAL = {
    569: "decision 19's own example: 'a relative WER reduction of 8%' -> span 'relative WER reduction'",
    822: "decision 19's own example: 'a relative WER reduction of 8%' -> span 'relative WER reduction'",
    532: "'the average accuracy gap ... (79.6 vs 80.0)' compares average accuracies; same form as gold's 'average accuracy gap' spans (decision 19)",
    600: "'average' modifies 'relative EER reduction' (average over the three test sets); decision 19",
    770: "'a 78.4% average success rate': word after the figure, directly before the measure (cf. gold '71.3% average success rate')",
    836: "'77.6% average accuracy': word after the figure, directly before the measure (cf. gold '74.2% average accuracy')",
    228: "'its average MSE/MAE': 'average' modifies MSE (and MAE); cf. gold 'The average MSE/MAE' -> 'average MSE'",
    581: "'average mean reciprocal rank': 'average' (over splits) says which statistic of MRR is reported (decision 19)",
}

def overlaps(spans, a, b, skip):
    return [s for s in spans if s is not skip and s["start"] < b and a < s["end"]]

changes, undecided, kept = [], [], []
for i, r in enumerate(rows):
    if r["kind"] != "preceded":
        continue
    rec = recs[(r["file"], r["id"])]
    t = rec["text"] if r["field"] == "spans" else rec["title"]
    spans = rec[r["field"]]
    me = [s for s in spans if s["start"] == r["start"] and s["end"] == r["end"] and s["label"] == "METRIC"][0]
    ns = r["wstart"]
    if i in KEEP:
        kept.append((i, r, KEEP[i])); continue
    if i in UNDECIDED:
        nt, q = UNDECIDED[i]
        ne = ns + len(nt)
        assert t[ns:ne] == nt, (i, t[ns:ne])
    else:
        ne = r["end"]
        if i in END_TO:
            ne = ns + len(END_TO[i])
        nt = t[ns:ne]
        q = None
    ev0, ev1 = max(0, ns - 55), min(len(t), ne + 55)
    ev = ("…" if ev0 else "") + t[ev0:ev1].replace("\n", " ") + ("…" if ev1 < len(t) else "")
    obj = {"file": r["file"], "id": r["id"], "field": r["field"], "start": r["start"], "end": r["end"],
           "new_start": ns, "new_end": ne, "old_text": r["span"], "new_text": nt, "evidence": ev}
    ov = overlaps(spans, ns, ne, me)
    assert t[ns:ne] == nt
    if q is not None or ov:
        if ov and q is None:
            q = "Extension overlaps another span: " + ", ".join(f"{s['label']} {t[s['start']:s['end']]!r} [{s['start']},{s['end']})" for s in ov)
        elif ov:
            q += " (Note: the proposed range overlaps " + ", ".join(f"{s['label']} {t[s['start']:s['end']]!r}" for s in ov) + ")"
        obj["reason"] = "not settled by decision 19's wording; left as it is"
        obj["question"] = q
        undecided.append(obj)
    else:
        obj["reason"] = SPECIAL[i] if i in SPECIAL else REASON[r["word"]]
        changes.append(obj)

with open("changes.jsonl", "w", encoding="utf-8") as f:
    for o in changes: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("undecided.jsonl", "w", encoding="utf-8") as f:
    for o in undecided: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(changes), "changes;", len(undecided), "undecided;", len(kept), "kept")
