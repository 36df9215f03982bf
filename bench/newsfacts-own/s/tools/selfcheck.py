#!/usr/bin/env python3
"""Builds a 'perfect' prediction from the gold files and runs score.py on it (should score 1.0 everywhere)."""
import json, os, re, subprocess, sys, tempfile
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/testdata/newsfacts/score.py'
T = tempfile.mkdtemp()
with open(f'{T}/x.jsonl', 'w') as w:
    for l in open(f'{B}/figures.jsonl'):
        g = json.loads(l); src = open(f"{B}/articles/{g['file']}").read()
        off = re.match(r'---\n.*?\n---\n', src, re.S).end(); i = off - 1
        for _ in range(g['occurrence']): i = src.find(g['text'], i + 1)
        subj = g['subject']
        if isinstance(subj, list) or str(subj).startswith('group:'): subj = 'GROUP'
        w.write(json.dumps(dict(file=g['file'], start=i, end=i + len(g['text']), kind=g['kind'], value=g['value'], low=g['low'], high=g['high'],
                                subject=subj, metric=g['metric'], period=g['period']), ensure_ascii=False) + '\n')
with open(f'{T}/g.jsonl', 'w') as w:
    for l in open(f'{B}/deals.jsonl'):
        d = json.loads(l); w.write(json.dumps(dict(type='edge', **{'from': d['payer'], 'to': d['payee']}), ensure_ascii=False) + '\n')
with open(f'{T}/c.jsonl', 'w') as w:
    for c in json.load(open(f'{B}/claims.json'))['conflicts']:
        w.write(json.dumps(dict(subject=c['subject'] if isinstance(c['subject'], str) else 'GROUP', metric=c['metric'], period=c['period'], conflict=True,
                                values=[dict(value=v) for v in c['values']]), ensure_ascii=False) + '\n')
subprocess.run([sys.executable, SCORE, B, f'{T}/x.jsonl', f'{T}/g.jsonl', f'{T}/c.jsonl', '--misses'])
