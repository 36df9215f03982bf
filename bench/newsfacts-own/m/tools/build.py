#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl, claims.json of batch m from labels_src.py.
Occurrence is computed: each label is searched in the article body from the start of the previous
label (labels are in body order); occurrence = number of hits of the text (overlapping, as score.py
counts) from the body start up to and including this one."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import labels_src as L
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, 'articles')

def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0

def num(v):
    if v is None: return None
    r = round(v)
    return int(r) if abs(v - r) < 1e-6 * max(1, abs(v)) and abs(v) >= 1000 else round(v, 6)

def count_hits(hay, needle, start, end):
    n, i = 0, hay.find(needle, start)
    while 0 <= i <= end:
        n += 1; i = hay.find(needle, i + 1)
    return n

def main():
    files = sorted(os.listdir(ART))
    assert set(files) == set(L.F), (set(files) ^ set(L.F))
    figs, deals = [], []
    for f in files:
        src = open(os.path.join(ART, f), encoding='utf-8').read()
        b0 = body_offset(src); cur = b0
        for lab in L.F[f]:
            i = src.find(lab['text'], cur)
            if i < 0:
                sys.exit(f'NOT FOUND after cursor: {f}: {lab["text"]!r}')
            occ = count_hits(src, lab['text'], b0, i)
            cur = i + 1
            v = lab['value']
            rec = dict(file=f, text=lab['text'], occurrence=occ, kind=lab['kind'])
            if isinstance(v, tuple):
                rec.update(value=None, low=num(v[0]), high=num(v[1]))
            else:
                rec.update(value=num(v), low=None, high=None)
            rec.update(currency=lab['currency'], qualifier=lab['qualifier'], subject=lab['subject'],
                       metric=lab['metric'], period=lab['period'])
            if lab.get('note'): rec['note'] = lab['note']
            figs.append(rec)
        for d in L.DEALS.get(f, []):
            rec = dict(file=f, payer=d['payer'], payee=d['payee'], type=d['type'], amount=num(d['amount']),
                       currency=d['currency'], evidence=d['evidence'])
            if d.get('note'): rec['note'] = d['note']
            deals.append(rec)
    with open(os.path.join(ROOT, 'figures.jsonl'), 'w', encoding='utf-8') as o:
        for r in figs: o.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'deals.jsonl'), 'w', encoding='utf-8') as o:
        for r in deals: o.write(json.dumps(r, ensure_ascii=False) + '\n')
    cl = {k: [dict(c, values=[num(v) for v in c['values']]) for c in L.CLAIMS[k]] for k in L.CLAIMS}
    json.dump(cl, open(os.path.join(ROOT, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'{len(files)} articles, {len(figs)} figures, {len(deals)} deals, '
          f'{len(cl["conflicts"])} conflicts, {len(cl["consistent"])} consistent groups')

main()
