"""Cross-check: gold results with method null whose sentence has a METHOD span before the figure (candidates for a named subject)."""
import json, sys, re
sys.argv = ['x']
from show_B import sent_of
exec(open('judge_B.py').read())
judged = {(j['file'], j['id'], j['field'], j['index']) for j in J}
FILES = ['extra-dev.jsonl', 'extra-dev-2.jsonl', 'extra-dev-3.jsonl', 'extra-dev-4.jsonl', 'extra-dev-5.jsonl',
         'extra-dev-6.jsonl', 'holdout.jsonl', 'fresh.jsonl', 'fresh-2.jsonl']
n = 0
for f in FILES:
    for r in map(json.loads, filter(str.strip, open('../../' + f))):
        src = r['text']
        for k, x in enumerate(r.get('results') or []):
            if x['method'] is not None or (f, r['id'], 'results', k) in judged:
                continue
            s, e = sent_of(src, x['start'], x['end'])
            spans = [src[sp['start']:sp['end']] for sp in r['spans'] if sp['label'] == 'METHOD' and s <= sp['start'] < x['start']]
            if not spans: continue
            n += 1
            a = x['start']
            print(f"{f} {r['id']} [{k}] spans={spans} :: ...{src[max(s, a-160):a]}[[{src[a:x['end']]}]]{src[x['end']:x['end']+40]}")
print(n)
