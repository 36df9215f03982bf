#!/usr/bin/env python3
"""Checks batch n labels: every text found at its occurrence (score.py counting), figures in body
order, no overlapping labels, and no money / percent span left unlabelled (regex; spoken numbers and
bare table cells are listed for checking by hand with --spoken)."""
import json, os, re, sys
from collections import defaultdict

BATCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NUM = r'\d[\d,]*(?:\.\d+)?'
CUR_ZH = r'(?:美元|港元|港币|韩元|韓元|新台币|新台幣|日元|日圓|欧元|歐元|人民币|人民幣|卢比|元)'
UNIT_ZH = r'(?:万亿|萬億|兆|亿|億|万|萬|千)?'
PATTERNS = [
    rf'(?:新台幣|新台币|人民幣|人民币)?\s?{NUM}\s?{UNIT_ZH}(?:{NUM}\s?{UNIT_ZH})?\s?{CUR_ZH}',   # 21 万亿韩元, 7兆8,540億元
    rf'(?:新台幣|新台币|人民幣|人民币)?(?:数|數|几|幾|十几|十幾)[十百千]?{UNIT_ZH}{CUR_ZH}',      # 数十亿元
    rf'{NUM}\s?%',                                                                         # 5%, 30 %
    r'[一二三四五六七八九十两]成',                                                          # 六成
    rf'(?:US|NT|HK|A|C|S)?[$€¥£]\s?{NUM}(?:\s?(?:bn|mn|m|k|billion|million|trillion))?',     # $24.6bn, NT$832.6 billion
    rf'{NUM}\s?(?:billion|million|trillion)?\s?(?:won|yuan|yen|euros?|dollars|rupees)',      # 21 trillion won
    rf'{NUM}\s?(?:per ?cent|percent|cents)',                                                # 14 per cent
]
SPOKEN = r'\b(?:percent|per cent|dollars?|cents|billion|million|trillion)\b'


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


def main():
    show_spoken = '--spoken' in sys.argv
    arts = os.path.join(BATCH, 'articles')
    labels = defaultdict(list)
    for line in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8'):
        if line.strip():
            g = json.loads(line)
            labels[g['file']].append(g)
    errors = 0
    for f in sorted(os.listdir(arts)):
        src = open(os.path.join(arts, f), encoding='utf-8').read()
        b = body_offset(src)
        spans = []
        prev_end = b
        for g in labels.get(f, []):
            s = nth(src, g['text'], g['occurrence'], b)
            if s < 0:
                print(f'NOT FOUND {f}: {g["text"]!r} #{g["occurrence"]}'); errors += 1; continue
            e = s + len(g['text'])
            if s < prev_end:
                print(f'ORDER/OVERLAP {f}: {g["text"]!r} at {s} before {prev_end}'); errors += 1
            spans.append((s, e))
            prev_end = e
            if g['kind'] not in ('money', 'percent'):
                print(f'BAD KIND {f}: {g}'); errors += 1
            if g['kind'] == 'money' and not g.get('currency'):
                print(f'NO CURRENCY {f}: {g["text"]!r}'); errors += 1
            if g['qualifier'] == 'range' and (g.get('low') is None or g.get('high') is None):
                print(f'RANGE WITHOUT low/high {f}: {g["text"]!r}'); errors += 1
            if g['qualifier'] not in ('exact', 'approx', 'min', 'max', 'range', 'vague'):
                print(f'BAD QUALIFIER {f}: {g["text"]!r}'); errors += 1
        for pat in PATTERNS:
            for m in re.finditer(pat, src[b:]):
                s, e = m.start() + b, m.end() + b
                if not any(s < ee and e > ss for ss, ee in spans):
                    line = src.count('\n', 0, s) + 1
                    print(f'UNLABELLED {f}:{line}: {m.group()!r}'); errors += 1
        if show_spoken:
            for m in re.finditer(SPOKEN, src[b:]):
                s = m.start() + b
                cov = any(ss <= s < ee for ss, ee in spans)
                print(f'  spoken-check {f}: ...{src[max(b, s-45):s+len(m.group())]!r} {"labelled" if cov else "NOT LABELLED"}')
    # deals: evidence is verbatim article text
    for line in open(os.path.join(BATCH, 'deals.jsonl'), encoding='utf-8'):
        if line.strip():
            d = json.loads(line)
            if d['evidence'] not in open(os.path.join(arts, d['file']), encoding='utf-8').read():
                print(f'DEAL EVIDENCE NOT IN TEXT {d["file"]}: {d["evidence"]!r}'); errors += 1
    # claims: every value is a labelled figure (same subject and metric) in one of the group's files,
    # and every file of the group holds at least one such figure
    claims = json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))
    for kind in ('conflicts', 'consistent'):
        for c in claims[kind]:
            figs = [g for f in c['files'] for g in labels.get(f, [])
                    if g['subject'] == c['subject'] and g['metric'] == c['metric']]
            for v in c['values']:
                if not any(g.get('value') is not None and abs(g['value'] - v) <= 1e-6 * abs(v) for g in figs):
                    print(f'CLAIM VALUE NOT LABELLED {kind} {c["subject"]} {c["metric"]}: {v}'); errors += 1
            for f in c['files']:
                if not any(g['file'] == f for g in figs):
                    print(f'CLAIM FILE WITHOUT FIGURE {kind} {c["subject"]} {c["metric"]}: {f}'); errors += 1
            if kind == 'conflicts' and len(set(c['values'])) < 2:
                print(f'CONFLICT WITH ONE VALUE {c}'); errors += 1
    n = sum(len(v) for v in labels.values())
    print(f'{n} figures checked, {errors} problems')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
