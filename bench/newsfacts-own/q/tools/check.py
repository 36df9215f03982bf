#!/usr/bin/env python3
"""Checks batch q's labels: every label's text is found at its occurrence (score.py's counting),
labels are in body order and do not overlap, and no money / percent span of a body is left
unlabelled (regex; spoken numbers are caught by their unit words and were checked by hand)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)

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

N = r'\d[\d,]*(?:\.\d+)?'
CUR_AFTER = r'(?:元人民幣|元人民币|美元|港元|港幣|港币|欧元|歐元|日元|韩元|韓元|卢比|盧比|新台幣|新台币|元)'
PATTERNS = [
    N + r'\s*(?:%|％)',                                   # 8.4%, 2% 左右
    N + r'\s*(?:per cent|percent)',
    r'百分之[\d一二三四五六七八九十点]+',
    N + r'\s*厘',                                          # HK: 3.5厘 = 3.5%
    r'[一二三四五六七八九]成',                              # 三成 = 30%
    N + r'\s*(?:万亿|兆|亿|億|万|萬)?\s*' + CUR_AFTER,      # 45亿元, 46 亿欧元, 4,242港元
    r'(?:新台幣|新台币|人民币|人民幣|港币)\s*' + N,
    r'(?:US\$|HK\$|NT\$|\$|€|¥|₹|Rs\.?\s?)\s?' + N + r'(?:\s?(?:bn|mn|billion|million|trillion|crore))?',
    N + r'\s?(?:bn|mn|billion|million|trillion|crore)\b',
    r'\b(?:billion|million|trillion|percent|crore|rupees|dollars)\b',   # spoken numbers' unit words
]
RX = re.compile('|'.join('(?:%s)' % p for p in PATTERNS))
# regex hits that are not money/percent figures (checked by hand)
NOT_FIGURES = {
}

def main():
    figs = [json.loads(l) for l in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8') if l.strip()]
    errors = []
    spans = {}
    for g in figs:
        src = open(os.path.join(BATCH, 'articles', g['file']), encoding='utf-8').read()
        b = body_offset(src)
        s = nth(src, g['text'], g['occurrence'], b)
        if s < 0:
            errors.append(f"{g['file']}: {g['text']!r} occurrence {g['occurrence']} not found")
            continue
        spans.setdefault(g['file'], []).append((s, s + len(g['text']), g['text']))
        if g['kind'] not in ('money', 'percent'):
            errors.append(f"{g['file']}: {g['text']!r} bad kind")
        if g['value'] is None and (g['low'] is None or g['high'] is None):
            errors.append(f"{g['file']}: {g['text']!r} has no value")
        if (g['kind'] == 'money') != (g['currency'] is not None):
            errors.append(f"{g['file']}: {g['text']!r} currency/kind mismatch")
    for f, sp in spans.items():
        for (a, ae, at), (c, ce, ct) in zip(sp, sp[1:]):
            if c < ae:
                errors.append(f'{f}: {ct!r} at {c} is before the end of {at!r} ({ae}): out of order or overlapping')
    arts = sorted(os.listdir(os.path.join(BATCH, 'articles')))
    for f in arts:
        src = open(os.path.join(BATCH, 'articles', f), encoding='utf-8').read()
        b = body_offset(src)
        sp = spans.get(f, [])
        for m in RX.finditer(src, b):
            if not any(s < m.end() and e > m.start() for s, e, _ in sp):
                if (f, m.group()) in NOT_FIGURES:
                    continue
                line = src[max(b, m.start() - 30):m.end() + 20].replace('\n', ' ')
                errors.append(f'{f}: unlabelled {m.group()!r} in …{line}…')
    labelled = {g['file'] for g in figs}
    for f in arts:
        if f not in labelled:
            errors.append(f'{f}: no labels')
    for e in errors:
        print(e)
    print(f"{len(figs)} labels in {len(arts)} articles: {'clean' if not errors else str(len(errors)) + ' problem(s)'}")
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
