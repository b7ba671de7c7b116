"""Audit C of decision 18: write changes_C.jsonl and undecided_C.jsonl from judge_C.py, checked against the gold."""
import json, collections
import judge_C as J
from dump_C import sentences
GOLD = '/work/main/data/gold/'
recs = {}
def rec(f, i):
    if f not in recs:
        recs[f] = {r['id']: r for r in map(json.loads, open(GOLD + f))}
    return recs[f][i]

def evidence(r, field, res):
    text = r['title'] if field == 'title_results' else r['text']
    for a, b in sentences(text):
        if a <= res['start'] < b: break
    lo = max(a, res['start'] - 70); hi = min(b, res['end'] + 70)
    extra = 140 - (hi - lo)
    if extra > 0:
        lo2 = max(a, lo - extra); extra -= lo - lo2; lo = lo2
        hi = min(b, hi + max(0, extra))
    return text[lo:hi].strip()

def row(t, kind):
    f, i, field, k, new, note = t
    r = rec(f, i); res = r[field][k]
    d = collections.OrderedDict(file=f, id=i, field=field, index=k, metric=res['metric'], value=res['value'],
                                old_method=res['method'], new_method=new, evidence=evidence(r, field, res))
    if kind == 'change':
        assert new != res['method'], t
        d['reason'] = note
    else:
        d['reason'] = QCLASS.get(note, 'open case of decision 18')
        d['question'] = note
    return d

QCLASS = {
    J.Q_METRIC: 'open: the figure\'s clause has a metric/non-method subject; the method is named only in another clause of the sentence',
    J.Q_BASE: 'open: only the model the method is applied to (or a part it is run with) is named; decision 9 (base model) vs decision 18 (null)',
    J.Q_DESCREF: 'open: baseline figure written for a description of the base model named in the sentence ("the original model", "FP16")',
    J.Q_FRAME: 'open: the method is named only in a leading subordinate clause; the figure\'s own subject is a pronoun or metric',
    J.Q_PART: 'open: the subject is a named technique that is part of the model named in a frame',
    J.Q_PROTOCOL: 'open: the subject is a named technique/protocol applied to the paper\'s method',
    J.Q_LATTER: 'open: anaphor "the latter" for a named model',
    J.Q_BOTH: 'open: the subject names both the method and the model it is applied to',
    J.Q_RESP: 'open: method subject with figures listed "respectively" after the models it is applied to',
}
seen = set()
for kind, lst, out in (('change', J.CHANGES, 'changes_C.jsonl'), ('undecided', J.UNDECIDED, 'undecided_C.jsonl')):
    with open(out, 'w') as fh:
        for t in lst:
            key = t[:4]; assert key not in seen, key; seen.add(key)
            fh.write(json.dumps(row(t, kind), ensure_ascii=False) + '\n')
print(len(J.CHANGES), 'changes;', len(J.UNDECIDED), 'undecided;', 'reviewed:', J.REVIEWED)
