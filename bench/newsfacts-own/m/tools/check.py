#!/usr/bin/env python3
"""Validates batch m: every figures.jsonl text occurs in its article body at the stated occurrence
(counted like score.py: overlapping hits from the body start), figures are in body order, no two
labels overlap, and lists money/percent-looking spans that no label covers (for review)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, 'articles')

def body_offset(t):
    m = re.match(r'---\n.*?\n---\n', t, re.S)
    return m.end() if m else 0

def nth(hay, needle, n, start):
    i = start - 1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0: return -1
    return i

FIG = re.compile(r'(?:(?:US|HK|NT)?\$|RMB|HK\$)\s?[\d.,]+\s?(?:bn|m|billion|million|trillion)?'
                 r'|[\d.,]+\s?(?:%|％|ppt| per cent| percent)'
                 r'|[\d.,]+(?:万亿|亿|萬|万|億|千)?(?:元|美元|港元|港幣|日元)'
                 r'|\(\d[\d,]*\)'
                 r'|(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w.])'
                 r'|[a-z-]+ percent|[一二三四五六七八九十]成')
errors = 0; spans = {}; order_ok = True
figs = [json.loads(l) for l in open(os.path.join(ROOT, 'figures.jsonl'), encoding='utf-8') if l.strip()]
last = {}
for g in figs:
    src = open(os.path.join(ART, g['file']), encoding='utf-8').read()
    s = nth(src, g['text'], g['occurrence'], body_offset(src))
    if s < 0:
        print('MISSING', g['file'], g['text'], g['occurrence']); errors += 1; continue
    if s < last.get(g['file'], -1):
        print('ORDER', g['file'], g['text']); errors += 1
    last[g['file']] = s
    for a, b in spans.get(g['file'], []):
        if s < b and s + len(g['text']) > a:
            print('OVERLAP', g['file'], g['text']); errors += 1
    spans.setdefault(g['file'], []).append((s, s + len(g['text'])))
    if g['kind'] not in ('money', 'percent'): print('KIND', g); errors += 1
    if g['value'] is None and g.get('low') is None: print('NOVALUE', g); errors += 1
    if g['kind'] == 'money' and not g['currency']: print('NOCUR', g); errors += 1
unl = 0
for f in sorted(os.listdir(ART)):
    src = open(os.path.join(ART, f), encoding='utf-8').read(); b0 = body_offset(src)
    for m in FIG.finditer(src, b0):
        if not any(m.start() < b and m.end() > a for a, b in spans.get(f, [])):
            print('  unlabelled?', f, repr(m.group())); unl += 1
print(f'{len(figs)} figures checked, {errors} errors, {unl} unlabelled candidates to review')
sys.exit(1 if errors else 0)
