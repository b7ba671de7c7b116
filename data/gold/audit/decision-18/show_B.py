"""Print every result of a gold set in its sentence, for the decision-18 audit (part B)."""
import json, re, sys

ABBR = ('e.g.', 'i.e.', 'vs.', 'al.', 'Fig.', 'cf.', 'approx.', 'Eq.', 'etc.', 'resp.', 'No.')

def sentences(text):
    out, s = [], 0
    for m in re.finditer(r'[.!?]["\')\]]?\s+(?=[A-Z0-9(\["\'$\\])', text):
        e = m.start() + 1
        words = text[:e].split()
        last = words[-1] if words else ''
        if last in ABBR or last.lstrip('(') in ABBR:
            continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, len(text)))
    return out

def sent_of(text, a, b):
    for s, e in sentences(text):
        if s <= a < e:
            return s, max(e, b)
    return 0, len(text)

def show(path, lo=0, hi=10**9):
    recs = [json.loads(l) for l in open(path) if l.strip()]
    for ri, r in enumerate(recs):
        if not (lo <= ri < hi):
            continue
        print(f"=== {r['id']} | {r['title'][:90]}")
        for field, src in (('title_results', r.get('title', '')), ('results', r['text'])):
            res = r.get(field) or []
            groups = {}
            for i, x in enumerate(res):
                groups.setdefault(sent_of(src, x['start'], x['end']), []).append(i)
            for (s, e), idx in sorted(groups.items()):
                marks = []
                for i in idx:
                    marks.append((res[i]['start'], f'[{i}:'))
                    marks.append((res[i]['end'], ']'))
                sent = ''
                pos = s
                for p, m in sorted(marks, key=lambda t: (t[0], t[1] != ']')):
                    sent += src[pos:p] + m
                    pos = p
                sent += src[pos:e]
                pre = 'T ' if field == 'title_results' else ''
                print(pre + sent.strip())
                for i in idx:
                    x = res[i]
                    print(f"   {i}: {x['metric']}={x['value']}{x.get('unit') or ''} ds={x['dataset']} M={x['method']}")

if __name__ == '__main__':
    show(sys.argv[1], *(int(a) for a in sys.argv[2:]))
