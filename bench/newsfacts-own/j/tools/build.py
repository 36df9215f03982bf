#!/usr/bin/env python3
"""Builds figures.jsonl, deals.jsonl, claims.json of batch j from labels.py and checks them:
every figure text occurs in its body (occurrence computed in label order and verified), labels are
in body order, no money/percent-looking token in a body is left unlabelled, deal evidence is quoted
verbatim from the body, each claim value is a labelled figure of one of its files."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from labels import FIGURES, DEALS, CLAIMS

ART = os.path.join(BATCH, 'articles')
errors, warnings = [], []

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

def count_upto(hay, needle, start, pos):
    n, i = 0, start - 1
    while True:
        i = hay.find(needle, i + 1)
        if i < 0 or i > pos:
            return n
        n += 1

# money / percent-looking tokens that should be labelled
TOKEN = re.compile(r'(\d[\d,.]*\s*(?:%|％|per cent|亿|億|万|萬|兆|元|美元|港元|trillion|billion|million|bn|tn))|([$€¥₩]\s?\d[\d,.]*)|(Rs\d[\d,.]*)')

files = sorted(os.listdir(ART))
if set(files) != set(FIGURES):
    errors.append(f'articles vs labelled files differ: {set(files) ^ set(FIGURES)}')
out_fig, spans = [], {}
for f in files:
    src = open(os.path.join(ART, f), encoding='utf-8').read()
    fm = src[:body_offset(src)]
    for k in ('title:', 'date:', 'outlet:', 'url:', 'lang:'):
        if f'\n{k}' not in fm:
            errors.append(f'{f}: front matter lacks {k}')
    b0 = body_offset(src)
    cur = b0
    spans[f] = []
    for g in FIGURES.get(f, []):
        pos = src.find(g['text'], cur)
        if pos < 0:
            errors.append(f"{f}: '{g['text']}' not found after offset {cur} (order or text wrong)")
            continue
        occ = count_upto(src, g['text'], b0, pos)
        if g.get('occurrence') and g['occurrence'] != occ:
            errors.append(f"{f}: '{g['text']}' labelled occurrence {g['occurrence']} but label order gives {occ}")
        if nth(src, g['text'], occ, b0) != pos:
            errors.append(f"{f}: '{g['text']}' occurrence {occ} does not resolve to {pos}")
        cur = pos + len(g['text'])
        spans[f].append((pos, cur))
        if g['kind'] == 'money' and not g['currency']:
            errors.append(f"{f}: '{g['text']}' money without currency")
        if (g['value'] is None) == (g['low'] is None):
            errors.append(f"{f}: '{g['text']}' needs value xor low/high")
        if g['qualifier'] == 'range' and g['low'] is None:
            errors.append(f"{f}: '{g['text']}' range without low/high")
        for k in ('value', 'low', 'high'):
            v = g[k]
            if v is not None:
                g[k] = int(round(v)) if abs(v) >= 1000 else round(v, 6)
        row = dict(file=f, text=g['text'], occurrence=occ, kind=g['kind'], value=g['value'], low=g['low'],
                   high=g['high'], currency=g['currency'], qualifier=g['qualifier'], subject=g['subject'],
                   metric=g['metric'], period=g['period'])
        if g.get('note'):
            row['note'] = g['note']
        out_fig.append(row)
    for m in TOKEN.finditer(src, b0):
        s, e = m.span()
        if src[e:e+1] in ('股', '瓦', '張', '张'):   # shares / megawatts, not money
            continue
        if not any(a < e and b > s for a, b in spans[f]):
            warnings.append(f'{f}: unlabelled token {m.group(0)!r} at {s}: ...{src[max(b0, s-15):e+5]!r}')

for d in DEALS:
    src = open(os.path.join(ART, d['file']), encoding='utf-8').read()
    if d['evidence'] not in src[body_offset(src):]:
        errors.append(f"deal evidence not verbatim in {d['file']}: {d['evidence']}")
    for k in ('payer', 'payee', 'type'):
        if not d.get(k):
            errors.append(f'deal lacks {k}: {d}')

def same_subj(a, b):
    return (sorted(a) if isinstance(a, list) else a) == (sorted(b) if isinstance(b, list) else b)

def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1)

for kind in ('conflicts', 'consistent'):
    for c in CLAIMS[kind]:
        for f in c['files']:
            if f not in FIGURES:
                errors.append(f'claim names unknown file {f}')
        cand = [g for g in out_fig if g['file'] in c['files'] and same_subj(g['subject'], c['subject'])
                and g['metric'] == c['metric'] and g['period'] == c['period']]
        for v in c['values']:
            if not any(close(g['value'], v) or close(g['low'], v) or close(g['high'], v) for g in cand):
                errors.append(f'{kind}: value {v} of {c["subject"]} {c["metric"]} {c["period"]} is not a labelled figure')
        files_with = {g['file'] for g in cand}
        for f in c['files']:
            if f not in files_with:
                errors.append(f'{kind}: {c["subject"]} {c["metric"]} {c["period"]} has no labelled figure in {f}')
        if kind == 'conflicts' and len(files_with) < 2:
            errors.append(f'conflict within a single file: {c}')

with open(os.path.join(BATCH, 'figures.jsonl'), 'w', encoding='utf-8') as o:
    for r in out_fig:
        o.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(BATCH, 'deals.jsonl'), 'w', encoding='utf-8') as o:
    for d in DEALS:
        o.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(os.path.join(BATCH, 'claims.json'), 'w', encoding='utf-8') as o:
    json.dump(CLAIMS, o, ensure_ascii=False, indent=1)
    o.write('\n')

for w in warnings:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
print(f"figures {len(out_fig)} (money {sum(g['kind']=='money' for g in out_fig)}, percent {sum(g['kind']=='percent' for g in out_fig)}), "
      f"deals {len(DEALS)}, conflicts {len(CLAIMS['conflicts'])}, consistent {len(CLAIMS['consistent'])}, "
      f"errors {len(errors)}, warnings {len(warnings)}")
sys.exit(1 if errors else 0)
