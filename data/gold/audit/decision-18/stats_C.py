"""Audit C of decision 18: counts for report_C.md (results read, changes by kind, undecided by class, per file)."""
import json, collections
import judge_C as J
G = '/work/main/data/gold/'
def kind(r):
    t = r['reason']
    if t.startswith(J.PRON): return 'A1 pronoun subject -> null'
    if t.startswith(J.DESC): return 'A2 description subject -> null'
    if t.startswith(J.NOSENT) or t.startswith(J.NONAME) or "figure's clause names no method" in t or 'sentence names no method' in t: return 'B sentence/clause names no method -> null'
    if t.startswith(J.ABL): return 'C ablation clause -> null'
    if t.startswith(J.PART) or 'part the variant' in t: return 'D part it is run with -> null'
    if "margin is the subject" in t: return "F margin given to the method set against -> subject"
    if 'set against' in t: return 'E method set against -> null'
    if 'its subject' in t: return 'G named technique subject given null -> technique'
    return 'other'
ch = [json.loads(l) for l in open('changes_C.jsonl')]
un = [json.loads(l) for l in open('undecided_C.jsonl')]
read = collections.OrderedDict()
for f in J.REVIEWED:
    n = t = 0
    for l in open(G + f):
        r = json.loads(l); n += len(r.get('results') or []); t += len(r.get('title_results') or [])
    read[f] = (n, t)
kinds = sorted({kind(r) for r in ch})
print('| file | results read | changed | ' + ' | '.join(k for k in kinds) + ' | undecided |')
tot = collections.Counter()
for f, (n, t) in read.items():
    c = collections.Counter(kind(r) for r in ch if r['file'] == f)
    u = sum(1 for r in un if r['file'] == f)
    row = [f, '%d + %d title' % (n, t) if t else str(n), str(sum(c.values()))] + [str(c[k]) for k in kinds] + [str(u)]
    print('| ' + ' | '.join(row) + ' |')
    tot['read'] += n + t; tot['ch'] += sum(c.values()); tot['un'] += u
    for k in kinds: tot[k] += c[k]
print('| total | %d | %d | ' % (tot['read'], tot['ch']) + ' | '.join(str(tot[k]) for k in kinds) + ' | %d |' % tot['un'])
print()
for k in kinds: print(k, tot[k])
print()
for q, n in collections.Counter(r['reason'] for r in un).most_common(): print(n, q)
print()
fresh = [f for f in read if f.startswith('fresh')]
print('changes in fresh sets', sum(1 for r in ch if r['file'] in fresh), 'extra-dev', sum(1 for r in ch if r['file'] not in fresh))
print('changes where old method is the record\'s own subject method (pronoun/desc):', sum(1 for r in ch if kind(r).startswith('A')))
print('new_method non-null:', [(r['id'], r['index'], r['old_method'], r['new_method']) for r in ch if r['new_method']])
