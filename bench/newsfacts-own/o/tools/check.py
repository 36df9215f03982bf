#!/usr/bin/env python3
"""Checks batch o labels: each text found at its occurrence (score.py counting), figures in body
order, no overlapping labels, no money / percent span of a body left unlabelled (regex; spoken
numbers are caught through their unit words, table cells under a unit header were checked by hand),
fields well-formed, deal evidence present in its article, claim files exist."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
ART = os.path.join(BATCH, 'articles')

METRICS = set('''capex investment funding valuation revenue profit loss contract purchase cloud-contract orders
spending cost price market-size market-cap market-cap-change debt buyback acquisition stake market-share margin
share-price revenue-growth capex-growth profit-growth growth write-down compensation fine subsidy ipo tariff
other'''.split())
QUALS = {'exact', 'approx', 'min', 'max', 'range', 'vague'}
PERIOD = re.compile(r'^(|\d{4}|FY\d{4}|\d{4}Q[1-4]|FY\d{4}Q[1-4]|\d{4}H[12]|FY\d{4}H[12]|\d{4}-\d{2}|\d{4}-\d{4}'
                    r'|\d{4}Q1-Q[2-4]|\d{4}M1-M\d{1,2})$')
CURR = {'USD', 'CNY', 'HKD', 'JPY', 'TWD', 'KRW', 'INR', 'EUR'}
NUM = r'\d[\d,]*(?:\.\d+)?'
PATTERNS = [
    NUM + r'\s*(?:%|％|per ?cent\b|percent\b)',
    r'(?:US\$|HK\$|NT\$|\$|¥|￥|₩|₹|€|£)\s?' + NUM,
    NUM + r'\s*(?:万亿|亿|億|万|萬|兆|千)?\s*(?:美元|港元|港币|港幣|日元|日圓|日币|韩元|韓元|韓圜|卢比|盧比|欧元|歐元|元)',
    r'新台[币幣]\s*' + NUM,
    NUM + r'\s*(?:crore|lakh|billion|million|trillion|bn|tn)\b',
    r'[一二三四五六七八九十两兩]成',
    NUM + r'\s*个?百分点',
    r'\b(?:percent|per cent|dollars?|cents|rupees|crore|billion|million|trillion|basis points)\b',
]
RX = re.compile('|'.join('(?:%s)' % p for p in PATTERNS), re.I)
# spans a reader of the regex would flag but that are not money / percent figures
ALLOW = {
    '01-halcyon-convertible-reuters.md': {'dollar'},   # "Every dollar Nvidia puts in"
    '05-aoba-guidance-ft.md': {'dollar'},              # "¥150 to the dollar"
    '14-hanbit-broker-note.md': {'dollar'},            # "against the dollar"
}


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
    errs = []
    figs = [json.loads(l) for l in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(os.listdir(ART))
    by = {}
    for g in figs:
        by.setdefault(g['file'], []).append(g)
    for fn in files:
        src = open(os.path.join(ART, fn), encoding='utf-8').read()
        head = src[:body_offset(src)]
        for k in ('title:', 'date:', 'outlet:', 'url:', 'lang:'):
            if '\n' + k not in head:
                errs.append(f'{fn}: front matter lacks {k}')
        start = body_offset(src)
        spans = []
        for g in by.get(fn, []):
            s = nth(src, g['text'], g['occurrence'], start)
            if s < 0:
                errs.append(f"{fn}: {g['text']!r} occurrence {g['occurrence']} not found")
                continue
            e = s + len(g['text'])
            if spans and s < spans[-1][1]:
                errs.append(f"{fn}: {g['text']!r} out of body order or overlapping {spans[-1][2]!r}")
            spans.append((s, e, g['text']))
            if g['kind'] not in ('money', 'percent'):
                errs.append(f"{fn}: {g['text']!r} bad kind")
            if g['qualifier'] not in QUALS:
                errs.append(f"{fn}: {g['text']!r} bad qualifier")
            if g['metric'] not in METRICS:
                errs.append(f"{fn}: {g['text']!r} metric {g['metric']!r} not in README list")
            if not PERIOD.match(g['period']):
                errs.append(f"{fn}: {g['text']!r} period {g['period']!r}")
            if g['qualifier'] == 'range':
                if g['value'] is not None or g['low'] is None or g['high'] is None or g['low'] > g['high']:
                    errs.append(f"{fn}: {g['text']!r} range needs low/high only")
            elif g['value'] is None and g['qualifier'] != 'vague':
                errs.append(f"{fn}: {g['text']!r} no value")
            if g['kind'] == 'money' and g['currency'] not in CURR:
                errs.append(f"{fn}: {g['text']!r} currency {g['currency']!r}")
            if g['kind'] == 'percent' and g['currency'] is not None:
                errs.append(f"{fn}: {g['text']!r} percent with currency")
            if not g.get('subject'):
                errs.append(f"{fn}: {g['text']!r} no subject")
        for m in RX.finditer(src, start):
            if any(s < m.end() and e > m.start() for s, e, _ in spans):
                continue
            if m.group(0) in ALLOW.get(fn, ()):
                continue
            line = src[max(start, m.start() - 30):m.end() + 30].replace('\n', ' ')
            errs.append(f'{fn}: unlabelled {m.group(0)!r} in …{line}…')
    for fn in by:
        if fn not in files:
            errs.append(f'figures.jsonl names missing file {fn}')
    for l in open(os.path.join(BATCH, 'deals.jsonl'), encoding='utf-8'):
        if not l.strip():
            continue
        d = json.loads(l)
        src = open(os.path.join(ART, d['file']), encoding='utf-8').read()
        if d['evidence'] not in src[body_offset(src):]:
            errs.append(f"deal evidence not in {d['file']}: {d['evidence']!r}")
        if d['type'] not in ('invest', 'purchase', 'cloud-contract', 'equity-option', 'acquisition', 'stake'):
            errs.append(f"deal type {d['type']}")
    cl = json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))
    for grp in ('conflicts', 'consistent'):
        for c in cl[grp]:
            for f in c['files']:
                if f not in files:
                    errs.append(f'claims {grp}: missing file {f}')
            if grp == 'conflicts' and len(set(c['values'])) < 2:
                errs.append(f'conflict with <2 values: {c}')
            # every claimed value is labelled in at least one listed file with that subject/metric/period
            for v in c['values']:
                ok = any(g['file'] in c['files'] and g['subject'] == c['subject'] and g['metric'] == c['metric']
                         and g['period'] == c['period'] and g['value'] is not None and abs(g['value'] - v) <= 0.01 * v
                         for g in figs)
                if not ok:
                    errs.append(f"claims {grp}: value {v} of {c['subject']} {c['metric']} not labelled")
    for e in errs:
        print(e)
    print(f'{len(figs)} figures in {len(by)} files; {len(errs)} problems')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
