#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl and claims.json of batch r from labels_src.py.
Occurrences are counted exactly as score.py does (n-th str.find from the body start, step 1)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_src as S
BATCH = os.path.dirname(HERE)
ARTS = os.path.join(BATCH, 'articles')

def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0

def occurrence_of(src, text, pos, start):
    n, i = 0, start - 1
    while True:
        i = src.find(text, i + 1)
        if i < 0:
            raise ValueError('not found')
        n += 1
        if i == pos:
            return n
        if i > pos:
            raise ValueError('skipped')

def num(s):
    return float(s) if ('.' in s or 'e' in s) else int(s)

def parse(fname, block):
    src = open(os.path.join(ARTS, fname), encoding='utf-8').read()
    start = body_offset(src)
    cur = start
    out = []
    for ln in block.strip('\n').split('\n'):
        if not ln.strip():
            continue
        p = [x.strip() for x in ln.split('|')]
        p += [''] * (8 - len(p))
        text, val, cur_, qual, subj, metric, period, note = p[:8]
        pos = src.find(text, cur)
        if pos < 0:
            sys.exit(f'{fname}: {text!r} not found after offset {cur}')
        occ = occurrence_of(src, text, pos, start)
        cur = pos + len(text)
        kind = 'percent' if cur_ == '%' else 'money'
        low = high = value = None
        if '~' in val:
            a, b = val.split('~'); low, high = num(a), num(b)
        else:
            value = num(val)
        if '+' in subj:
            subj = [x.strip() for x in subj.split('+')]
        d = dict(file=fname, text=text, occurrence=occ, kind=kind, value=value, low=low, high=high,
                 currency=None if kind == 'percent' else cur_, qualifier=qual or 'exact', subject=subj,
                 metric=metric, period=period)
        if note:
            d['note'] = note
        out.append(d)
    return out

def main():
    figs = []
    for fname in sorted(S.F):
        figs += parse(fname, S.F[fname])
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as f:
        for d in figs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as f:
        for d in S.DEALS:
            fname, payer, payee, typ, amount, cur, ev = d[:7]
            src = open(os.path.join(ARTS, fname), encoding='utf-8').read()
            if ev not in src[body_offset(src):]:
                sys.exit(f'deal evidence not in {fname}: {ev}')
            o = dict(file=fname, payer=payer, payee=payee, type=typ, amount=amount, currency=cur, evidence=ev)
            if len(d) > 7:
                o['note'] = d[7]
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    json.dump(S.CLAIMS, open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'figures {len(figs)}  deals {len(S.DEALS)}  conflicts {len(S.CLAIMS["conflicts"])}  consistent {len(S.CLAIMS["consistent"])}')

if __name__ == '__main__':
    main()
