#!/usr/bin/env python3
"""Lists number-with-unit spans in each body that no label covers (a check for missed figures)."""
import json, os, re
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = [json.loads(l) for l in open(os.path.join(T, 'figures.jsonl'), encoding='utf-8')]
pat = re.compile(r'[$€¥]?\d[\d,.]*\s*(%|percent|个百分点|percentage|億|亿|万|萬|元|美元|港元|韩元|billion|million|trillion|bn|m\b|won)')
for fn in sorted(os.listdir(os.path.join(T, 'articles'))):
    src = open(os.path.join(T, 'articles', fn), encoding='utf-8').read()
    off = re.match(r'---\n.*?\n---\n', src, re.S).end()
    spans = []
    for f in F:
        if f['file'] != fn: continue
        i = off - 1
        for _ in range(f['occurrence']): i = src.find(f['text'], i + 1)
        spans.append((i, i + len(f['text'])))
    for m in pat.finditer(src, off):
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in spans):
            print(fn, repr(src[max(off, m.start()-8):m.end()+4]))
