"""Find candidates for the dataset audit (kinds a, b, c) from the gold's own DATASET spans."""
import json, glob, os, re, sys, unicodedata

GOLD = os.path.join(os.path.dirname(__file__), '..', '..')
ABBR = ('e.g.', 'i.e.', 'vs.', 'et al.', 'etc.', 'Fig.', 'cf.', 'approx.', 'resp.', 'No.', 'Eq.', 'Sec.', 'Yahoo!', 'St.', 'Inc.', 'Jr.', 'Dr.', 'Mr.', 'Ms.')

def sentences(text):
    """Return list of (start, end) sentence bounds."""
    bounds, s = [], 0
    for m in re.finditer(r'[.!?](?=\s+["“(\[]?[A-Z0-9])', text):
        i = m.end()
        before = text[max(0, i - 8):i]
        if any(before.endswith(a) for a in ABBR):
            continue
        bounds.append((s, i)); s = i
        while s < len(text) and text[s].isspace():
            s += 1
    bounds.append((s, len(text)))
    return bounds

def norm(x):
    x = unicodedata.normalize('NFKC', x or '').lower()
    return re.sub(r'[^0-9a-z]+', '', x)

def loaded():
    for f in sorted(glob.glob(os.path.join(GOLD, '*.jsonl'))):
        for line in open(f, encoding='utf-8'):
            yield os.path.basename(f), json.loads(line)

def items():
    for fname, r in loaded():
        for field, tkey, skey in (('results', 'text', 'spans'), ('title_results', 'title', 'title_spans')):
            text = r[tkey]; spans = r.get(skey) or []
            sb = sentences(text) if field == 'results' else [(0, len(text))]
            for i, res in enumerate(r.get(field) or []):
                s, e = next(b for b in sb if b[0] <= res['start'] < b[1] or (b[1] == len(text) and res['start'] >= b[0]))
                ds = [sp for sp in spans if sp['label'] == 'DATASET' and s <= sp['start'] < e]
                yield dict(file=fname, id=r['id'], field=field, index=i, res=res, text=text,
                           sent=(s, e), ds=ds)

def mentions(name, sent_text, ds_texts):
    n = norm(name)
    if not n: return False
    if n in norm(sent_text): return True
    return any(norm(t) and (norm(t) in n or n in norm(t)) for t in ds_texts)

def classify(it):
    res, text = it['res'], it['text']
    s, e = it['sent']; st = text[s:e]
    dtexts = [text[d['start']:d['end']] for d in it['ds']]
    kinds = []
    if res.get('dataset') is None:
        if it['ds']: kinds.append('a')
    else:
        if not mentions(res['dataset'], st, dtexts): kinds.append('b')
        if it['ds']:
            fig = (res['start'] + res['end']) / 2
            close = min(it['ds'], key=lambda d: min(abs(d['start'] - fig), abs(d['end'] - fig)))
            ct = text[close['start']:close['end']]
            if not (norm(ct) == norm(res['dataset']) or (norm(ct) and (norm(ct) in norm(res['dataset']) or norm(res['dataset']) in norm(ct)))):
                kinds.append('c')
    return kinds

if __name__ == '__main__':
    out = []
    tot = {}
    for it in items():
        k = classify(it)
        tot.setdefault(it['file'], [0, 0]); tot[it['file']][0] += 1
        if k:
            tot[it['file']][1] += 1
            res = it['res']; s, e = it['sent']
            out.append(dict(kinds=k, file=it['file'], id=it['id'], field=it['field'], index=it['index'],
                            metric=res['metric'], value=res['value'], unit=res.get('unit'), dataset=res.get('dataset'),
                            method=res.get('method'), fig=it['text'][res['start']:res['end']],
                            ds=[it['text'][d['start']:d['end']] for d in it['ds']],
                            sent=it['text'][s:e]))
    json.dump(out, open('/tmp/ds_cands.json', 'w'), ensure_ascii=False, indent=0)
    from collections import Counter
    print(tot)
    print(Counter(tuple(c['kinds']) for c in out))
    print(Counter(c['file'] for c in out))
