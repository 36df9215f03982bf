#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl and claims.json of batch o from tools/labels_src.py.
Occurrences are computed exactly as score.py finds them (nth(): search restarts one character
after the previous hit, starting at the end of the YAML front matter)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import labels_src as L


def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0


def occurrence_at(src, needle, pos, start):
    """n such that score.py's nth(src, needle, n, start) == pos"""
    i, n = start - 1, 0
    while True:
        i = src.find(needle, i + 1)
        if i < 0:
            raise ValueError(f'{needle!r} not found at {pos}')
        n += 1
        if i == pos:
            return n


def num(v):
    if v is None:
        return None
    v = round(float(v), 6)
    return int(v) if v == int(v) else v


def main():
    rows = []
    for fn, figs in L.FIG.items():
        src = open(os.path.join(BATCH, 'articles', fn), encoding='utf-8').read()
        start = body_offset(src)
        cur = start
        for f in figs:
            pos = src.find(f['text'], cur)
            if pos < 0:
                sys.exit(f'{fn}: {f["text"]!r} not found after offset {cur}')
            occ = occurrence_at(src, f['text'], pos, start)
            cur = pos + len(f['text'])
            v = f['value']
            low = high = None
            if isinstance(v, tuple):
                low, high, v = v[0], v[1], None
            r = dict(file=fn, text=f['text'], occurrence=occ, kind=f['kind'], value=num(v), low=num(low),
                     high=num(high), currency=f['currency'], qualifier=f['qualifier'], subject=f['subject'],
                     metric=f['metric'], period=f['period'])
            if f.get('note'):
                r['note'] = f['note']
            rows.append(r)
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as o:
        for fn, payer, payee, typ, amt, cur_, ev, note in L.DEALS:
            d = dict(file=fn, payer=payer, payee=payee, type=typ, amount=num(amt), currency=cur_, evidence=ev)
            if note:
                d['note'] = note
            o.write(json.dumps(d, ensure_ascii=False) + '\n')
    claims = {k: [dict(c, values=[num(x) for x in c['values']]) for c in v] for k, v in L.CLAIMS.items()}
    with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as o:
        json.dump(claims, o, ensure_ascii=False, indent=1)
        o.write('\n')
    print(f'figures {len(rows)}  deals {len(L.DEALS)}  conflicts {len(claims["conflicts"])}  consistent {len(claims["consistent"])}')


if __name__ == '__main__':
    main()
