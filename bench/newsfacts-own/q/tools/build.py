#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl and claims.json of batch q from tools/labels_src.py.
Occurrence = the n-th time `text` appears in the body, counted exactly as score.py does
(str.find from the end of the front matter, each search starting one character after the last hit,
so hits inside longer numbers count too)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from labels_src import FIG, DEALS, CLAIMS

def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0

def clean_hit(src, text, i):
    """A hit is a real figure, not a piece of a longer number."""
    if text[0].isdigit() and i > 0 and (src[i-1].isdigit() or (src[i-1] in '.,' and i > 1 and src[i-2].isdigit())):
        return False
    j = i + len(text)
    if text[-1].isdigit() and j < len(src) and (src[j].isdigit() or (src[j] in '.,' and j + 1 < len(src) and src[j+1].isdigit())):
        return False
    return True

def occurrences_upto(src, text, start, pos):
    n, i = 0, start - 1
    while True:
        i = src.find(text, i + 1)
        if i < 0 or i > pos:
            return n
        n += 1

def num(v):
    if v is None:
        return None
    r = round(v, 4)
    return int(r) if r == int(r) else r

def locate():
    """yield (file, row, start) with start the body position of each label, in body order."""
    for f, rows in FIG.items():
        src = open(os.path.join(BATCH, 'articles', f), encoding='utf-8').read()
        b = body_offset(src)
        cur = b
        for row in rows:
            text = row[0]
            i = src.find(text, cur)
            while i >= 0 and not clean_hit(src, text, i):
                i = src.find(text, i + 1)
            if i < 0:
                raise SystemExit(f'{f}: {text!r} not found after position {cur}')
            yield f, src, b, row, i
            cur = i + len(text)

def main():
    figs = []
    for f, src, b, row, i in locate():
        text, value, cur, qual, subj, metric, period = row[:7]
        note = row[7] if len(row) > 7 else None
        rec = dict(file=f, text=text, occurrence=occurrences_upto(src, text, b, i),
                   kind='percent' if cur is None else 'money', value=None, low=None, high=None,
                   currency=cur, qualifier=qual, subject=subj, metric=metric, period=period)
        if isinstance(value, tuple):
            rec['low'], rec['high'] = num(value[0]), num(value[1])
        else:
            rec['value'] = num(value)
        if note:
            rec['note'] = note
        figs.append(rec)
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as o:
        for r in figs:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as o:
        for d in DEALS:
            f, payer, payee, typ, amount, cur, ev = d[:7]
            r = dict(file=f, payer=payer, payee=payee, type=typ, amount=num(amount), currency=cur, evidence=ev)
            if len(d) > 7:
                r['note'] = d[7]
            o.write(json.dumps(r, ensure_ascii=False) + '\n')
    claims = {k: [dict(c, values=[num(v) for v in c['values']]) for c in v] for k, v in CLAIMS.items()}
    with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as o:
        json.dump(claims, o, ensure_ascii=False, indent=1)
        o.write('\n')
    print(f"figures {len(figs)} ({sum(r['kind']=='money' for r in figs)} money, {sum(r['kind']=='percent' for r in figs)} percent), "
          f"deals {len(DEALS)}, conflicts {len(claims['conflicts'])}, consistent {len(claims['consistent'])}")

if __name__ == '__main__':
    main()
