#!/usr/bin/env python3
"""Validates batch l: figure texts at their occurrence in the body (score.py's counting), body
order, no overlaps, field vocabularies, deal evidence present, claims backed by figure labels."""
import json, os, re, sys
BATCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METRICS = set('''capex investment funding valuation revenue profit loss contract purchase cloud-contract orders
spending cost price market-size market-cap market-cap-change debt buyback acquisition stake market-share margin
share-price revenue-growth capex-growth profit-growth growth write-down compensation fine subsidy ipo tariff other'''.split())
QUAL = {'exact', 'approx', 'min', 'max', 'range', 'vague'}
PERIOD = re.compile(r'^$|^(FY)?\d{4}$|^(FY)?\d{4}(Q[1-4]|H[12])$|^\d{4}-(0[1-9]|1[0-2])$|^\d{4}-\d{4}$|^\d{4}Q1-Q3$')
DEAL_TYPES = {'invest', 'purchase', 'cloud-contract', 'equity-option', 'acquisition', 'stake'}

def body_offset(t):
    m = re.match(r'---\n.*?\n---\n', t, re.S)
    return m.end() if m else 0

def nth(hay, needle, n, start):
    i = start - 1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i

errs = []
figs = [json.loads(l) for l in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8') if l.strip()]
arts = sorted(os.listdir(os.path.join(BATCH, 'articles')))
src = {a: open(os.path.join(BATCH, 'articles', a), encoding='utf-8').read() for a in arts}
for a, t in src.items():
    fm = re.match(r'---\n(.*?)\n---\n', t, re.S)
    if not fm:
        errs.append(f'{a}: no front matter'); continue
    for k in ('title', 'date', 'outlet', 'url', 'lang'):
        if not re.search(rf'^{k}: .+', fm.group(1), re.M):
            errs.append(f'{a}: front matter lacks {k}')
last = {}
per_file = {}
for g in figs:
    a = g['file']
    if a not in src:
        errs.append(f'{a}: no such article'); continue
    t = src[a]
    s = nth(t, g['text'], g['occurrence'], body_offset(t))
    if s < 0:
        errs.append(f"{a}: {g['text']!r} occurrence {g['occurrence']} not in body"); continue
    if s < last.get(a, -1):
        errs.append(f"{a}: {g['text']!r} out of body order / overlapping")
    last[a] = s + len(g['text'])
    per_file[a] = per_file.get(a, 0) + 1
    if g['metric'] not in METRICS: errs.append(f"{a}: metric {g['metric']}")
    if g['qualifier'] not in QUAL: errs.append(f"{a}: qualifier {g['qualifier']}")
    if not PERIOD.match(g['period']): errs.append(f"{a}: period {g['period']!r}")
    if g['kind'] not in ('money', 'percent'): errs.append(f"{a}: kind")
    if (g['kind'] == 'percent') != (g['currency'] is None): errs.append(f"{a}: {g['text']} kind/currency")
    if g['qualifier'] == 'range' and (g['low'] is None or g['high'] is None or g['value'] is not None):
        errs.append(f"{a}: {g['text']} range without low/high")
    if g['qualifier'] != 'range' and g['value'] is None:
        errs.append(f"{a}: {g['text']} no value")
    subj = g['subject']
    if not subj or (isinstance(subj, list) and len(subj) < 2):
        errs.append(f"{a}: {g['text']} bad subject")
    # digits of the text must be consistent with the value (Arabic digits only)
    digs = re.findall(r'\d[\d,]*\.?\d*', g['text'])
    v = g['value'] if g['value'] is not None else g['low']
    if digs and v is not None:
        first = float(digs[0].replace(',', ''))
        ratio = abs(v) / first if first else 0
        ok = any(abs(ratio - m) < 1e-6 * max(1, m) for m in (1, 1e4, 1e6, 1e8, 1e9, 1e12, 0.01))
        if not ok: errs.append(f"{a}: {g['text']} value {v} does not match digits")
for a in arts:
    if a not in per_file: errs.append(f'{a}: no figures')
# deals
for l in open(os.path.join(BATCH, 'deals.jsonl'), encoding='utf-8'):
    if not l.strip(): continue
    d = json.loads(l)
    if d['type'] not in DEAL_TYPES: errs.append(f"deal type {d['type']}")
    for piece in d['evidence'].split('…'):
        if piece.strip() and piece not in src.get(d['file'], ''):
            errs.append(f"deal evidence not in {d['file']}: {piece!r}")
# claims
cl = json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))
for kind in ('conflicts', 'consistent'):
    for c in cl[kind]:
        for f in c['files']:
            if f not in src: errs.append(f'claim file {f}')
        vals = set()
        for f in c['files']:
            hit = [g for g in figs if g['file'] == f and g['subject'] == c['subject'] and g['metric'] == c['metric'] and g['period'] == c['period'] and g['value'] in c['values']]
            if not hit: errs.append(f"{kind}: no figure in {f} for {c['subject']} {c['metric']} {c['period']} {c['values']}")
            vals |= {g['value'] for g in hit}
        if kind == 'conflicts' and len(vals) < 2: errs.append(f'conflict with <2 values: {c}')
print(f'{len(figs)} figures in {len(per_file)} articles; per article: ' + ', '.join(f'{a[:2]}={n}' for a, n in sorted(per_file.items())))
print('OK' if not errs else '\n'.join(errs))
sys.exit(1 if errs else 0)
