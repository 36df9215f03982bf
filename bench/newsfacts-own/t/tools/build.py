#!/usr/bin/env python3
"""Builds figures.jsonl from tools/labels.txt and checks every text is found, in order, in its article body.
labels.txt: '@ FILE' starts an article; then 'text | value | cur | q | subject | metric | period | note'.
value: number, 'lo~hi', or '' (null). cur: ISO code, or '%' for a percent figure (currency null).
q: e/a/min/max/r/v. subject: 'A;B' is a list."""
import json, os, re, sys
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
Q = dict(e='exact', a='approx', min='min', max='max', r='range', v='vague')
out, cur_file, body, off, pos, errs = [], None, '', 0, -1, 0
def num(s):
    return float(eval(s)) if s else None
for ln in open(os.path.join(T, 'tools/labels.txt'), encoding='utf-8'):
    ln = ln.rstrip('\n')
    if not ln.strip() or ln.startswith('#'):
        continue
    if ln.startswith('@ '):
        cur_file = ln[2:].strip()
        src = open(os.path.join(T, 'articles', cur_file), encoding='utf-8').read()
        m = re.match(r'---\n.*?\n---\n', src, re.S); off = m.end(); body = src; pos = off - 1
        continue
    p = [x.strip() for x in ln.split('|')]
    p += [''] * (8 - len(p))
    text, val, cc, q, subj, met, per, note = p[:8]
    i = body.find(text, pos + 1)
    if i < 0:
        print('NOT FOUND in order', cur_file, text, file=sys.stderr); errs += 1; continue
    occ = 0; j = off - 1
    while True:
        j = body.find(text, j + 1)
        occ += 1
        if j == i: break
    pos = i
    lo = hi = v = None
    if '~' in val:
        lo, hi = [num(x) for x in val.split('~')]
    else:
        v = num(val)
    for x in ('v', 'lo', 'hi'):
        y = locals()[x]
        if y is not None and y == int(y): locals()  # keep floats; ints below
    fix = lambda y: (int(y) if y is not None and y == int(y) and abs(y) >= 1 else y)
    s = [x.strip() for x in subj.split(';')] if ';' in subj else subj
    r = dict(file=cur_file, text=text, occurrence=occ, kind='percent' if cc == '%' else 'money', value=fix(v), low=fix(lo), high=fix(hi),
             currency=None if cc == '%' else (cc or None), qualifier=Q[q], subject=s, metric=met, period=per)
    if note: r['note'] = note
    out.append(r)
with open(os.path.join(T, 'figures.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'figures;', errs, 'errors')
from collections import Counter
print(Counter(r['file'] for r in out))
