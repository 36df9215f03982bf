#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl, claims.json of batch l from labels.py / deals_claims.py.
Occurrence: each figure is looked up after the end of the previous figure of its article
(labels are written in body order); occurrence = its rank among all (overlapping) matches of
its text in the body, counted the way score.py counts them."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import ARTICLES
from deals_claims import DEALS, CONFLICTS, CONSISTENT
BATCH = os.path.dirname(HERE)

def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0

def main():
    out, errors = [], []
    for fn, figs in ARTICLES.items():
        src = open(os.path.join(BATCH, 'articles', fn), encoding='utf-8').read()
        b = body_offset(src)
        pos = b
        for g in figs:
            t = g['text']
            s = src.find(t, pos)
            if s < 0:
                errors.append(f'{fn}: {t!r} not found after offset {pos}')
                continue
            if g['occ']:
                # explicit override: trust but verify later
                pass
            occ, i = 0, b - 1
            while True:
                i = src.find(t, i + 1)
                if i < 0 or i > s:
                    break
                occ += 1
            if g['occ'] and g['occ'] != occ:
                errors.append(f'{fn}: {t!r} explicit occ {g["occ"]} != computed {occ}')
            pos = s + len(t)
            v = g['value']
            norm = lambda x: (int(round(x)) if abs(x) >= 1000 else round(x, 6))
            v = tuple(norm(x) for x in v) if isinstance(v, tuple) else norm(v)
            rng = isinstance(v, tuple)
            rec = dict(file=fn, text=t, occurrence=occ, kind='percent' if g['currency'] is None else 'money',
                       value=None if rng else v, low=v[0] if rng else None, high=v[1] if rng else None,
                       currency=g['currency'], qualifier=g['qualifier'], subject=g['subject'],
                       metric=g['metric'], period=g['period'])
            if g['note']:
                rec['note'] = g['note']
            out.append(rec)
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    for r in DEALS:
        if r['amount'] is not None:
            r['amount'] = int(round(r['amount']))
    for c in CONFLICTS + CONSISTENT:
        c['values'] = [int(round(x)) if abs(x) >= 1000 else x for x in c['values']]
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as fh:
        for r in DEALS:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(conflicts=CONFLICTS, consistent=CONSISTENT), fh, ensure_ascii=False, indent=1)
    print(f'{len(out)} figures, {len(DEALS)} deals, {len(CONFLICTS)} conflicts, {len(CONSISTENT)} consistent groups')

if __name__ == '__main__':
    main()
