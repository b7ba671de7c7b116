"""Audit A of decision 18: write changes_A.jsonl and undecided_A.jsonl from judg_A.py, checked against the gold."""
import json, collections
from judg_A import CHANGES, UNDECIDED
GOLD = '/work/main/data/gold/'
OUT = '/work/main/data/gold/audit/decision-18/'
recs = {}
for f in ('seed.jsonl', 'written.jsonl'):
    for l in open(GOLD + f):
        r = json.loads(l); recs[(f, r['id'])] = r

def row(f, rid, field, idx, new, reason, question=None):
    r = recs[(f, rid)]
    x = (r.get(field) or [])[idx]
    text = r['title'] if field == 'title_results' else r['text']
    ev = text[max(0, x['start'] - 80):x['end'] + 70].replace('\n', ' ')
    assert x['method'] != new, (rid, idx, 'no change', new)
    d = {'file': f, 'id': rid, 'field': field, 'index': idx, 'metric': x['metric'], 'value': x['value'],
         'old_method': x['method'], 'new_method': new, 'evidence': ev, 'reason': reason}
    if question is not None: d['question'] = question
    if new is not None:
        assert new in text, (rid, idx, new)
    return d

seen = collections.Counter()
out_c = [row(*c) for c in CHANGES]
out_u = []
for u in UNDECIDED:
    f, rid, field, idx, new, reason, q = u
    x = recs[(f, rid)][field][idx]
    if x['method'] == new:   # the undecided proposal equals the gold: record it with the gold as both
        pass
    out_u.append(row(f, rid, field, idx, new, reason, q) if x['method'] != new else None)
for c in CHANGES + UNDECIDED:
    seen[(c[0], c[1], c[2], c[3])] += 1
dup = [k for k, v in seen.items() if v > 1]
assert not dup, dup
assert None not in out_u
with open(OUT + 'changes_A.jsonl', 'w') as fh:
    for d in out_c: fh.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(OUT + 'undecided_A.jsonl', 'w') as fh:
    for d in out_u: fh.write(json.dumps(d, ensure_ascii=False) + '\n')

# counts
n_res = {f: sum(len(r.get('results') or []) + len(r.get('title_results') or []) for (ff, _), r in recs.items() if ff == f) for f in ('seed.jsonl', 'written.jsonl')}
print('results read', n_res)
for f in ('seed.jsonl', 'written.jsonl'):
    ch = [d for d in out_c if d['file'] == f]
    kinds = collections.Counter('pronoun/description subject -> null' if d['reason'].startswith("decision 18: a pronoun") else
                                'no method named in the sentence -> null' if d['reason'].startswith('decision 18: the sentence names no method') else
                                'other' for d in ch)
    print(f, 'changes', len(ch), dict(kinds), 'undecided', sum(1 for d in out_u if d['file'] == f))
qs = collections.Counter(d['question'][:60] for d in out_u)
for q, n in qs.most_common(): print(n, q)
