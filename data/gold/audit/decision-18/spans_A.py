"""Print the METHOD spans of a record. Usage: python3 spans_A.py FILE ID"""
import json, sys
for l in open('/work/main/data/gold/' + sys.argv[1]):
    r = json.loads(l)
    if r['id'] == sys.argv[2]:
        print(sorted(set(r['text'][s['start']:s['end']] for s in r['spans'] if s['label'] == 'METHOD')))
