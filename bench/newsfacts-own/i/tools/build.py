#!/usr/bin/env python3
"""Builds figures.jsonl / deals.jsonl / claims.json of batch i from labels.py and checks them."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import labels as L

BATCH = os.path.join(os.path.dirname(__file__), '..', 'i')
ART = os.path.join(BATCH, 'articles')

def body_offset(t):
    m = re.match(r'---\n.*?\n---\n', t, re.S)
    return m.end() if m else 0

def nth(hay, needle, n, start):  # same as score.py
    i = start - 1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i

def occ_at(src, off, text, pos):
    n, i = 0, off - 1
    while True:
        i = src.find(text, i + 1)
        if i < 0 or i > pos:
            return n
        n += 1

errors = 0
srcs = {f: open(os.path.join(ART, f), encoding='utf-8').read() for f in sorted(os.listdir(ART))}
out, spans = [], {}
for d in L.FIG:
    src = srcs[d['file']]; off = body_offset(src)
    at = d.pop('_at')
    if at:
        a = src.find(at, off)
        if a < 0 or at.find(d['text']) < 0:
            print('BAD at', d['file'], at); errors += 1; continue
        d['occurrence'] = occ_at(src, off, d['text'], a + at.find(d['text']))
    s = nth(src, d['text'], d['occurrence'], off)
    if s < 0:
        print('NOT FOUND', d['file'], d['text'], d['occurrence']); errors += 1; continue
    key = (d['file'], s)
    if key in spans:
        print('DUPLICATE', d['file'], d['text']); errors += 1
    spans[key] = s + len(d['text'])
    if d['value'] is None and d['low'] is None:
        print('NO VALUE', d['file'], d['text']); errors += 1
    for k in ('value', 'low', 'high'):
        if isinstance(d[k], float):
            d[k] = round(d[k], 6)
            if d[k] == int(d[k]) and abs(d[k]) >= 1:
                d[k] = int(d[k])
    out.append(d)
# order figures by position in file
out.sort(key=lambda d: (d['file'], nth(srcs[d['file']], d['text'], d['occurrence'], body_offset(srcs[d['file']]))))
with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')

# coverage: every digit run / spelled number not inside a labelled span
NUM = re.compile(r'[0-9][0-9,.]*|[一二三四五六七八九十两]成|(?:percent|per cent|billion|million|bn|mn)\b|%|元|美元')
for f, src in srcs.items():
    off = body_offset(src)
    lab = [(s, e) for (ff, s), e in spans.items() if ff == f]
    for m in NUM.finditer(src, off):
        if not any(s <= m.start() < e for s, e in lab):
            ctx = src[max(off, m.start() - 25): m.end() + 15].replace('\n', ' ')
            print('  unlabelled?', f[:2], repr(m.group()), '|', ctx)

deals = []
for d in L.DEALS:
    src = srcs[d['file']]
    if d['evidence'] not in src[body_offset(src):]:
        print('EVIDENCE NOT FOUND', d['file'], d['evidence']); errors += 1
    if isinstance(d['amount'], float):
        d['amount'] = int(round(d['amount']))
    deals.append(d)
with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as f:
    for d in deals:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')

def fix(c):
    c = dict(c)
    c['values'] = [int(v) if float(v) == int(v) else v for v in c['values']]
    c['files'] = [L.F[x] for x in c['files']]
    return c
claims = dict(conflicts=[fix(c) for c in L.CONFLICTS], consistent=[fix(c) for c in L.CONSISTENT])
# every claim value must appear among the labelled figures of its files
for grp in claims.values():
    for c in grp:
        for v in c['values']:
            hit = [d for d in out if d['file'] in c['files'] and (d['value'] == v or d['low'] == v or d['high'] == v)]
            if len(hit) == 0:
                print('CLAIM VALUE NOT LABELLED', c['subject'], c['metric'], v); errors += 1
json.dump(claims, open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(f'{len(out)} figures, {len(deals)} deals, {len(claims["conflicts"])} conflicts, {len(claims["consistent"])} consistent; errors={errors}')
sys.exit(1 if errors else 0)
