"""Audit C of decision 18: second-pass aids. Lists results that still carry a method although the figure's clause holds a
pronoun (run with PATTERN=pron) or whose sentence does not write the method (PATTERN=absent); every hit was re-read by hand."""
import os
if os.environ.get('PATTERN', 'pron') == 'pron':
    import json, re, sys
    sys.path.insert(0, '.')
    import judge_C as J
    from dump_C import sentences
    done = {t[:4] for t in J.CHANGES} | {t[:4] for t in J.UNDECIDED}
    G = '/work/main/data/gold/'
    for f in J.REVIEWED:
        for l in open(G + f):
            r = json.loads(l)
            for field in ('results', 'title_results'):
                text = r['title'] if field == 'title_results' else r['text']
                for i, x in enumerate(r.get(field) or []):
                    if x['method'] is None or (f, r['id'], field, i) in done: continue
                    a = 0
                    for s, e in sentences(text):
                        if s <= x['start'] < e: a = s; break
                    pre = text[a:x['start']]
                    # last clause
                    parts = re.split(r'[;:]|, (?:and|while|whereas|but|yet) |\band\b(?= (?:its|it)\b)', pre)
                    clause = parts[-1]
                    if re.search(r'\b(it|its|It|Its|they|their|them)\b', clause) and x['method'] not in clause:
                        print(f, r['id'], i, x['method'], '|', clause[-150:], '||', text[x['start']:x['end']][:60])
else:
    import json, re, sys
    sys.path.insert(0, '.')
    import judge_C as J
    from dump_C import sentences
    done = {t[:4] for t in J.CHANGES} | {t[:4] for t in J.UNDECIDED}
    G = '/work/main/data/gold/'
    for f in J.REVIEWED:
        for l in open(G + f):
            r = json.loads(l)
            for field in ('results', 'title_results'):
                text = r['title'] if field == 'title_results' else r['text']
                for i, x in enumerate(r.get(field) or []):
                    if x['method'] is None or (f, r['id'], field, i) in done: continue
                    for s, e in sentences(text):
                        if s <= x['start'] < e: break
                    sent = text[s:e]
                    m = x['method']
                    key = re.sub(r'[^a-z0-9]', '', m.lower())
                    if key not in re.sub(r'[^a-z0-9]', '', sent.lower()):
                        print(f, r['id'], i, repr(m), '|', sent[:220])
