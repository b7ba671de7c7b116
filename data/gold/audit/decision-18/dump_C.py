"""Audit C of decision 18: print each result's sentence with its figure marked and its gold method.
Usage: python3 dump_C.py FILE [FILE...]"""
import json, re, sys
GOLD = '/work/main/data/gold/'

def sentences(text):
    # split after . ! ? followed by space and an uppercase letter/digit/quote, not after common abbreviations
    out, s = [], 0
    for m in re.finditer(r'[.!?]\s+(?=[A-Z0-9(\["“$\\])', text):
        pre = text[max(0, m.start()-6):m.start()+1]
        if re.search(r'(\be\.g|\bi\.e|\bvs|\bet al|\bFig|\bEq|\bcf|\bapprox|\bNo|\bresp)\.$', pre):
            continue
        out.append((s, m.start()+1)); s = m.end()
    out.append((s, len(text)))
    return out

def show(rec, field, fname):
    text = rec['title'] if field == 'title_results' else rec['text']
    res = rec.get(field) or []
    if not res: return
    sents = sentences(text)
    by = {}
    for i, r in enumerate(res):
        for k, (a, b) in enumerate(sents):
            if a <= r['start'] < b or (k == len(sents)-1):
                by.setdefault(k, []).append(i); break
    for k in sorted(by):
        a, b = sents[k]
        marks = sorted(by[k], key=lambda i: (res[i]['start'], res[i]['end']))
        # insert marks from the end
        s = text[a:b]
        ins = []
        for i in marks:
            r = res[i]
            m = r['method'] if r['method'] is not None else '-'
            ins.append((r['start']-a, '⟦')); ins.append((r['end']-a, '⟧«%d %s»' % (i, m)))
        for pos, t in sorted(ins, key=lambda x: (-x[0], x[1] == '⟦')):
            pos = max(0, min(len(s), pos)); s = s[:pos] + t + s[pos:]
        tag = 'T' if field == 'title_results' else 'S'
        print('%s: %s' % (tag, s))

for fname in sys.argv[1:]:
    for line in open(GOLD + fname):
        rec = json.loads(line)
        print('## %s' % rec['id'])
        show(rec, 'title_results', fname)
        show(rec, 'results', fname)
