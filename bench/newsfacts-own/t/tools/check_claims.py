#!/usr/bin/env python3
"""Checks every claims.json group against figures.jsonl: each listed file has a figure with that subject/metric/period
whose value (or low/high) is one of the group's values."""
import json, os
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = [json.loads(l) for l in open(os.path.join(T, 'figures.jsonl'), encoding='utf-8')]
C = json.load(open(os.path.join(T, 'claims.json'), encoding='utf-8'))
ok = True
for kind in ('conflicts', 'consistent'):
    for g in C[kind]:
        seen = set()
        for fl in g['files']:
            hits = [f for f in F if f['file'] == fl and f['subject'] == g['subject'] and f['metric'] == g['metric'] and f['period'] == g['period']
                    and any(abs(abs(x) - v) <= 0.01 * v for x in (f['value'], f['low'], f['high']) if x is not None for v in g['values'])]
            if not hits:
                print('NO FIGURE', kind, g['subject'], g['metric'], g['period'], fl); ok = False
            for h in hits:
                for v in g['values']:
                    if any(x is not None and abs(abs(x) - v) <= 0.01 * v for x in (h['value'], h['low'], h['high'])): seen.add(v)
        if kind == 'conflicts' and len(seen) < 2:
            print('CONFLICT WITH <2 VALUES', g['subject'], g['metric']); ok = False
print('claims check', 'ok' if ok else 'FAILED')
