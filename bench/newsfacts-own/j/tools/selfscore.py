#!/usr/bin/env python3
"""Runs the shared score.py with batch j's labels standing in for the extractor's output; every
number it prints must be 1.0 (and conflicts n/n, consistent_flagged 0/n)."""
import json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
SCORE = os.environ.get('SCORE', '/work/shared/testdata/newsfacts/score.py')

def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0

def nth(hay, needle, n, start):
    i = start - 1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i

def subj(s):
    if isinstance(s, list):
        return ' + '.join(s)
    if isinstance(s, str) and s.startswith('market:'):
        return None
    return s

t = tempfile.mkdtemp()
x, g, c = (os.path.join(t, n) for n in ('x.jsonl', 'g.jsonl', 'c.jsonl'))
with open(x, 'w') as o:
    for line in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8'):
        f = json.loads(line)
        src = open(os.path.join(BATCH, 'articles', f['file']), encoding='utf-8').read()
        s = nth(src, f['text'], f['occurrence'], body_offset(src))
        o.write(json.dumps(dict(file=os.path.join(BATCH, 'articles', f['file']), start=s, end=s + len(f['text']),
                                kind=f['kind'], value=f['value'], low=f['low'], high=f['high'],
                                subject=subj(f['subject']), metric=f['metric'], period=f['period']), ensure_ascii=False) + '\n')
with open(g, 'w') as o:
    for line in open(os.path.join(BATCH, 'deals.jsonl'), encoding='utf-8'):
        d = json.loads(line)
        o.write(json.dumps(dict(type='edge', **{'from': d['payer'], 'to': d['payee'], 'kind': d['type']}), ensure_ascii=False) + '\n')
with open(c, 'w') as o:
    for k in json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))['conflicts']:
        o.write(json.dumps(dict(subject=subj(k['subject']), metric=k['metric'], period=k['period'], conflict=True,
                                values=[{'value': v} for v in k['values']]), ensure_ascii=False) + '\n')
r = subprocess.run([sys.executable, SCORE, BATCH, x, g, c, '--misses'], capture_output=True, text=True)
print(r.stdout, end='')
print(r.stderr, end='', file=sys.stderr)
res = json.loads(r.stdout.strip().splitlines()[0])
bad = [k for k in ('found', 'value', 'subject', 'metric', 'period', 'deal_recall', 'deal_precision') if res.get(k) != 1.0]
a, b = res['conflicts_found'].split('/')
if a != b:
    bad.append('conflicts_found')
if not res['consistent_flagged'].startswith('0/'):
    bad.append('consistent_flagged')
if res['market_figures_given_a_company']:
    bad.append('market_figures_given_a_company')
print('SELFSCORE', 'OK' if not bad else f'FAIL {bad}')
sys.exit(1 if bad or r.stderr.strip() else 0)
