"""Build changes_B.jsonl and undecided_B.jsonl from judge_B.py, checking every row against the gold."""
import json, collections
exec(open('judge_B.py').read())
import sys as _s; _argv=_s.argv; _s.argv=['x']
from show_B import sent_of
_s.argv=_argv

GOLD = '../../'
FILES = ['extra-dev.jsonl', 'extra-dev-2.jsonl', 'extra-dev-3.jsonl', 'extra-dev-4.jsonl', 'extra-dev-5.jsonl',
         'extra-dev-6.jsonl', 'holdout.jsonl', 'fresh.jsonl', 'fresh-2.jsonl']
recs = {f: {r['id']: r for r in map(json.loads, filter(str.strip, open(GOLD + f)))} for f in FILES}

KIND_REASON = {
    'SP': 'undecided: pronoun/description subject whose antecedent is named in the same sentence (decision 18: pronoun -> null vs. the method the clause reports on)',
    'BASE': 'undecided: only the model the method works on is named (decision 18: not its method; decision 9: the base model if that is all it names)',
    'PART': 'undecided: only a part the method is run with is named (decision 18: not its method; decision 9: the base model if that is all it names)',
    'COLON': 'undecided: figure in a clause after a colon whose subject is not a method; the method is the subject before the colon',
    'SUBC': 'undecided: figure in a subordinate clause (where/whose/so) with a non-method subject attached to a clause whose subject is the method',
    'SUB': 'undecided: the method is named only in a subordinate clause; the figure\'s own clause has a non-method subject',
    'COMP': 'undecided: gold null, but the clause\'s subject is written with a METHOD name (technique, component or named baseline)',
    'P': 'undecided: the subject may be a description or the method\'s name written in lower case',
    'OTHER': 'undecided: see question',
}
seen = set()
changes, undecided = [], []
for j in J:
    key = (j['file'], j['id'], j['field'], j['index'])
    assert key not in seen, key
    seen.add(key)
    r = recs[j['file']][j['id']]
    x = r[j['field']][j['index']]
    src = r['title'] if j['field'] == 'title_results' else r['text']
    a, b = x['start'], x['end']
    s0, e0 = sent_of(src, a, b)
    ev = src[max(s0, a - 70):min(e0, b + 70)].strip().replace('\n', ' ')
    row = {'file': j['file'], 'id': j['id'], 'field': j['field'], 'index': j['index'], 'metric': x['metric'],
           'value': x['value'], 'old_method': x['method'], 'new_method': j['new_method'], 'evidence': ev,
           'reason': j['reason'] or KIND_REASON.get(j['kind'], '')}
    if j['undecided']:
        row['question'] = j['question']
        undecided.append((j['kind'], row))
    else:
        assert x['method'] != j['new_method'], key
        if j['new_method'] is not None:
            assert j['new_method'] in src, key
        changes.append((j['kind'], row))

order = {f: n for n, f in enumerate(FILES)}
sk = lambda t: (order[t[1]['file']], t[1]['id'], t[1]['field'], t[1]['index'])
changes.sort(key=sk); undecided.sort(key=sk)
with open('changes_B.jsonl', 'w') as fh:
    for k, row in changes: fh.write(json.dumps(row, ensure_ascii=False) + '\n')
with open('undecided_B.jsonl', 'w') as fh:
    for k, row in undecided: fh.write(json.dumps(row, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    tot = collections.Counter()
    for f in FILES:
        n = sum(len(r.get('results') or []) + len(r.get('title_results') or []) for r in recs[f].values())
        ck = collections.Counter(k for k, row in changes if row['file'] == f)
        uk = collections.Counter(k for k, row in undecided if row['file'] == f)
        old_named = sum(1 for k, row in changes if row['file'] == f and row['old_method'] is None)
        print(f'{f:20s} results {n:4d} changed {sum(ck.values()):4d} {dict(ck)}  undecided {sum(uk.values())} {dict(uk)}')
        tot['results'] += n; tot['changed'] += sum(ck.values()); tot['undecided'] += sum(uk.values())
    print(dict(tot))
    print('changes by kind', collections.Counter(k for k, _ in changes))
    print('undecided by kind', collections.Counter(k for k, _ in undecided))
