#!/usr/bin/env python3
"""Scores the gold labels against themselves with score.py (format check: should print all 1.0)."""
import json, os, re, subprocess, sys, tempfile
B = os.path.join(os.path.dirname(__file__), '..', 'i')
def off(t):
    m = re.match(r'---\n.*?\n---\n', t, re.S); return m.end() if m else 0
T = tempfile.mkdtemp()
with open(f'{T}/x.jsonl', 'w') as x:
    for l in open(f'{B}/figures.jsonl'):
        d = json.loads(l); src = open(f'{B}/articles/{d["file"]}').read(); i = off(src) - 1
        for _ in range(d['occurrence']): i = src.find(d['text'], i + 1)
        subj = d['subject']
        if isinstance(subj, list) or str(subj).startswith('group:'): subj = 'group'
        x.write(json.dumps(dict(file=d['file'], start=i, end=i + len(d['text']), kind=d['kind'], value=d['value'],
                                low=d['low'], high=d['high'], subject=subj, metric=d['metric'], period=d['period'])) + '\n')
with open(f'{T}/g.jsonl', 'w') as g:
    for l in open(f'{B}/deals.jsonl'):
        d = json.loads(l); g.write(json.dumps({'type': 'edge', 'from': d['payer'], 'to': d['payee']}) + '\n')
c = json.load(open(f'{B}/claims.json'))
with open(f'{T}/c.jsonl', 'w') as o:
    for k in c['conflicts']:
        o.write(json.dumps(dict(conflict=True, subject=k['subject'] if isinstance(k['subject'], str) else 'x', metric=k['metric'],
                                period=k['period'], values=[{'value': v} for v in k['values']])) + '\n')
sys.exit(subprocess.call([sys.executable, '/work/shared/testdata/newsfacts/score.py', B, f'{T}/x.jsonl', f'{T}/g.jsonl', f'{T}/c.jsonl', '--misses']))
