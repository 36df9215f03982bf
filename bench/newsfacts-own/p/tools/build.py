#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl and claims.json of batch p from tools/labels_src.py.

Each label's position is the first whole-number match of its text after the previous label of the
same article; its `occurrence` is then counted exactly as score.py counts (str.find from the body
start, overlapping matches inside longer numbers included)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_src
from common import body_offset, occurrence_at

BATCH = os.path.dirname(HERE)
ARTS = os.path.join(BATCH, 'articles')


def num(v):
    if v is None:
        return None
    v = float(v)
    r = round(v)
    if abs(v - r) <= 1e-9 * max(1.0, abs(v)):
        return int(r)
    return round(v, 6)


def whole(src, i, text):
    """True when the match at i is not the tail or head of a longer number."""
    if text[0].isdigit() and i > 0:
        p = src[i - 1]
        if p.isdigit() or (p in '.,' and i > 1 and src[i - 2].isdigit()):
            return False
    j = i + len(text)
    if text[-1].isdigit() and j < len(src):
        n = src[j]
        if n.isdigit() or (n in '.,' and j + 1 < len(src) and src[j + 1].isdigit()):
            return False
    return True


def locate(src, text, pos):
    i = src.find(text, pos)
    while i >= 0 and not whole(src, i, text):
        i = src.find(text, i + 1)
    return i


def main():
    rows = []
    for fn in sorted(labels_src.L):
        src = open(os.path.join(ARTS, fn), encoding='utf-8').read()
        start = body_offset(src)
        pos = start
        for lab in labels_src.L[fn]:
            i = locate(src, lab['text'], pos)
            if i < 0:
                sys.exit(f'{fn}: {lab["text"]!r} not found after offset {pos}')
            occ = occurrence_at(src, lab['text'], i, start)
            pos = i + len(lab['text'])
            v = lab['value']
            low = high = None
            if isinstance(v, tuple):
                low, high, v = num(min(v)), num(max(v)), None
            row = dict(file=fn, text=lab['text'], occurrence=occ, kind=lab['kind'], value=num(v),
                       low=low, high=high, currency=lab['currency'], qualifier=lab['qualifier'],
                       subject=lab['subject'], metric=lab['metric'], period=lab['period'])
            if lab.get('note'):
                row['note'] = lab['note']
            rows.append(row)
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as f:
        for fn, payer, payee, typ, amount, cur, ev, note in labels_src.D:
            d = dict(file=fn, payer=payer, payee=payee, type=typ, amount=num(amount), currency=cur, evidence=ev)
            if note:
                d['note'] = note
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    claims = {k: [dict(c, values=[num(x) for x in c['values']]) for c in v] for k, v in labels_src.CLAIMS.items()}
    with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as f:
        json.dump(claims, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'figures {len(rows)}  deals {len(labels_src.D)}  conflicts {len(claims["conflicts"])}  consistent {len(claims["consistent"])}')


if __name__ == '__main__':
    main()
