"""Cross-check: gold results with a method that the figure's sentence does not write, and that judge_B.py leaves alone."""
import json, sys
sys.argv = ['x']
from show_B import sent_of
exec(open('judge_B.py').read())
judged = {(j['file'], j['id'], j['field'], j['index']) for j in J}
FILES = ['extra-dev.jsonl', 'extra-dev-2.jsonl', 'extra-dev-3.jsonl', 'extra-dev-4.jsonl', 'extra-dev-5.jsonl',
         'extra-dev-6.jsonl', 'holdout.jsonl', 'fresh.jsonl', 'fresh-2.jsonl']
for f in FILES:
    for r in map(json.loads, filter(str.strip, open('../../' + f))):
        for field, src in (('results', r['text']), ('title_results', r.get('title', ''))):
            for k, x in enumerate(r.get(field) or []):
                if x['method'] is None or (f, r['id'], field, k) in judged:
                    continue
                s, e = sent_of(src, x['start'], x['end'])
                sent = src[s:e]
                m = x['method']
                toks = [t for t in m.replace('-', ' ').split() if len(t) > 2]
                if m.lower() in sent.lower():
                    continue
                # spans of METHOD in sentence
                spans = [src[sp['start']:sp['end']] for sp in r.get('spans' if field == 'results' else 'title_spans', []) if sp['label'] == 'METHOD' and s <= sp['start'] < e]
                print(f"{f} {r['id']} {field}[{k}] M={m!r} spans={spans}\n    {sent.strip()[:300]}")
