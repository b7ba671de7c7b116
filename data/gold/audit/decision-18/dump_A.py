"""Audit A of decision 18: print each record's result sentences, figures marked, with gold methods.
Usage: python3 dump_A.py FILE [START [END]]   (record index range)"""
import json, re, sys
GOLD = '/work/main/data/gold/'

def sentences(text):
    out, s = [], 0
    for m in re.finditer(r'[.!?]\s+(?=[A-Z0-9(\["“$\\])', text):
        pre = text[max(0, m.start()-6):m.start()+1]
        if re.search(r'(\be\.g|\bi\.e|\bvs|\bet al|\bFig|\bEq|\bcf|\bapprox|\bNo|\bresp)\.$', pre):
            continue
        out.append((s, m.start()+1)); s = m.end()
    out.append((s, len(text)))
    return out

def show(rec, field):
    text = rec['title'] if field == 'title_results' else rec['text']
    res = rec.get(field) or []
    if not res: return
    sents = sentences(text)
    groups = {}
    for i, r in enumerate(res):
        si = next(k for k, (a, b) in enumerate(sents) if a <= r['start'] < b or (k == len(sents)-1))
        groups.setdefault(si, []).append(i)
    for si in sorted(groups):
        a, b = sents[si]
        idxs = sorted(groups[si], key=lambda i: res[i]['start'])
        s, pos = '', a
        for i in idxs:
            r = res[i]
            if r['start'] < pos: continue
            s += text[pos:r['start']] + '⟦%d:' % i + text[r['start']:r['end']] + '⟧'; pos = r['end']
        s += text[pos:b]
        print('  [%s S%d] %s' % (field[0], si, s))
        for i in groups[si]:
            r = res[i]
            print('     %2d %-28s %-8s ds=%-18s M=%s' % (i, r['metric'][:28], str(r['value']) + (r['unit'] or ''), str(r['dataset'])[:18], r['method']))

fname = sys.argv[1]
recs = [json.loads(l) for l in open(GOLD + fname)]
lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
hi = int(sys.argv[3]) if len(sys.argv) > 3 else len(recs)
for k in range(lo, min(hi, len(recs))):
    rec = recs[k]
    if not rec.get('results') and not rec.get('title_results'): continue
    print('#%d %s | %s' % (k, rec['id'], rec['title'][:150]))
    show(rec, 'title_results'); show(rec, 'results')
    print()
