#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl and claims.json of batch n from tools/labels_src.py.
Occurrences are computed exactly as score.py finds them: the n-th str.find of the text from the
body start, each search starting one character after the previous hit (overlaps counted)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import labels_src as L


def body_offset(text):
    m = re.match(r'---\n.*?\n---\n', text, re.S)
    return m.end() if m else 0


def occurrence_at(src, needle, pos, start):
    """n such that the n-th hit of needle counted from start (score.py's nth) is at pos."""
    n, i = 0, start - 1
    while True:
        i = src.find(needle, i + 1)
        if i < 0:
            return None
        n += 1
        if i == pos:
            return n
        if i > pos:
            return None


def main():
    arts = os.path.join(BATCH, 'articles')
    files = sorted(f for f in os.listdir(arts) if f.endswith('.md'))
    missing = [f for f in files if f not in L.FIGURES]
    if missing:
        sys.exit(f'no labels for {missing}')
    rows = []
    for f in files:
        src = open(os.path.join(arts, f), encoding='utf-8').read()
        b = body_offset(src)
        cursor = b
        for lab in L.FIGURES[f]:
            pos = src.find(lab['text'], cursor)
            if pos < 0:
                sys.exit(f'{f}: {lab["text"]!r} not found after offset {cursor}')
            occ = occurrence_at(src, lab['text'], pos, b)
            row = dict(file=f, text=lab['text'], occurrence=occ, kind=lab['kind'], value=lab['value'],
                       low=lab['low'], high=lab['high'], currency=lab['currency'], qualifier=lab['qualifier'],
                       subject=lab['subject'], metric=lab['metric'], period=lab['period'])
            for k in ('value', 'low', 'high'):
                v = row[k]
                if isinstance(v, float) and v.is_integer() and abs(v) >= 1:
                    row[k] = int(v)
                elif isinstance(v, float):
                    row[k] = round(v, 6)
            if lab.get('note'):
                row['note'] = lab['note']
            rows.append(row)
            cursor = pos + len(lab['text'])
    with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')

    def intify(v):
        return int(v) if isinstance(v, float) and v.is_integer() else v
    with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as o:
        for d in L.DEALS:
            d = dict(d)
            d['amount'] = intify(d['amount'])
            if not d.get('note'):
                d.pop('note', None)
            o.write(json.dumps(d, ensure_ascii=False) + '\n')
    claims = {k: [dict(c, values=[intify(v) for v in c['values']]) for c in L.CLAIMS[k]] for k in L.CLAIMS}
    with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as o:
        json.dump(claims, o, ensure_ascii=False, indent=1)
        o.write('\n')
    print(f'figures {len(rows)} (money {sum(r["kind"]=="money" for r in rows)}, percent {sum(r["kind"]=="percent" for r in rows)}), '
          f'deals {len(L.DEALS)}, conflicts {len(claims["conflicts"])}, consistent {len(claims["consistent"])}')


if __name__ == '__main__':
    main()
