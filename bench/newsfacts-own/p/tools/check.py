#!/usr/bin/env python3
"""Checks batch p: front matter; every label found at its occurrence (score.py counting) inside the
body; labels in body order and not overlapping; no money / percent span left unlabelled (regex);
field values valid; spoken numbers in the transcript re-parsed; deal evidence present; claim values
backed by labelled figures. Exit 1 on any problem."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import body_offset, nth, candidates

BATCH = os.path.dirname(HERE)
ARTS = os.path.join(BATCH, 'articles')
METRICS = set('''capex investment funding valuation revenue profit loss contract purchase cloud-contract orders
spending cost price market-size market-cap market-cap-change debt buyback acquisition stake market-share margin
share-price revenue-growth capex-growth profit-growth growth write-down compensation fine subsidy ipo tariff other'''.split())
QUALS = {'exact', 'approx', 'min', 'max', 'range', 'vague'}
CURS = {'USD', 'CNY', 'EUR', 'KRW', 'JPY', 'TWD', 'HKD', 'INR'}
DEAL_TYPES = {'invest', 'purchase', 'cloud-contract', 'equity-option', 'acquisition', 'stake'}
PERIOD = re.compile(r'^(|\d{4}|FY\d{4}|\d{4}Q[1-4]|FY\d{4}Q[1-4]|\d{4}H[12]|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{4}|\d{4}Q1-Q3)$')
problems = []


def bad(*a):
    problems.append(' '.join(str(x) for x in a))


# --- spoken numbers -------------------------------------------------------------------------
UNITS = {w: i for i, w in enumerate('zero one two three four five six seven eight nine ten eleven twelve thirteen '
                                    'fourteen fifteen sixteen seventeen eighteen nineteen'.split())}
TENS = {w: 10 * i for i, w in enumerate('_ _ twenty thirty forty fifty sixty seventy eighty ninety'.split()) if w != '_'}
SCALES = {'thousand': 1e3, 'million': 1e6, 'billion': 1e9, 'trillion': 1e12, 'crore': 1e7}


def spoken(text):
    """Value of an English number phrase ('four hundred and twelve point six billion rupees')."""
    words = [w for w in re.split(r'[\s-]+', text.lower()) if w]
    total, group, frac, in_frac, scale, seen = 0.0, 0.0, '', False, 1.0, False
    for k, w in enumerate(words):
        if w in UNITS:
            seen = True
            if in_frac:
                frac += str(UNITS[w])
            else:
                group += UNITS[w]
        elif w in TENS:
            seen = True
            group += TENS[w]
        elif w == 'hundred':
            group *= 100
        elif w == 'point':
            in_frac = True
        elif w == 'thousand' and any(x in SCALES for x in words[k + 1:]):
            total += group * 1000
            group = 0.0
        elif w in SCALES:
            scale = SCALES[w]
    if not seen:
        return None
    return (total + group + (float('0.' + frac) if frac else 0)) * scale


def main():
    figs = [json.loads(l) for l in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(os.listdir(ARTS))
    if len(files) != 14:
        bad('expected 14 articles, got', len(files))
    by_file = {}
    for g in figs:
        by_file.setdefault(g['file'], []).append(g)
    langs = {}
    for fn in files:
        src = open(os.path.join(ARTS, fn), encoding='utf-8').read()
        m = re.match(r'---\n(.*?)\n---\n', src, re.S)
        if not m:
            bad(fn, 'no front matter')
            continue
        fm = dict(re.findall(r'^(\w+): (.*)$', m.group(1), re.M))
        for k in ('title', 'date', 'outlet', 'url', 'lang'):
            if k not in fm:
                bad(fn, 'front matter lacks', k)
        if not ('2027-01-11' <= fm.get('date', '') <= '2027-01-15'):
            bad(fn, 'date out of range', fm.get('date'))
        langs[fn] = fm.get('lang')
        start = body_offset(src)
        body = src[start:]
        if fm.get('lang') == 'en':
            n = len(re.findall(r"[A-Za-z0-9][\w'.,$€%-]*", body))
            if not 300 <= n <= 900:
                bad(fn, 'word count', n)
        else:
            n = len(re.findall(r'[\u4e00-\u9fff]', body))
            if not 600 <= n <= 1500:
                bad(fn, 'Chinese character count', n)
        spans = []
        for g in by_file.get(fn, []):
            i = nth(src, g['text'], g['occurrence'], start)
            if i < 0:
                bad(fn, 'not found:', g['text'], g['occurrence'])
                continue
            spans.append((i, i + len(g['text']), g))
        for (a1, b1, g1), (a2, b2, g2) in zip(spans, spans[1:]):
            if a2 < b1:
                bad(fn, 'out of order or overlapping:', g1['text'], '/', g2['text'])
        for a, b, t in candidates(body):
            a += start; b += start
            if not any(s < b and e > a for s, e, _ in spans):
                bad(fn, 'unlabelled money/percent span:', repr(t), 'at', a)
        for s, e, g in spans:
            if g['kind'] not in ('money', 'percent'):
                bad(fn, g['text'], 'kind', g['kind'])
            if g['qualifier'] not in QUALS:
                bad(fn, g['text'], 'qualifier', g['qualifier'])
            if g['metric'] not in METRICS:
                bad(fn, g['text'], 'metric', g['metric'])
            if not PERIOD.match(g['period']):
                bad(fn, g['text'], 'period', g['period'])
            if g['kind'] == 'money' and g['currency'] not in CURS:
                bad(fn, g['text'], 'currency', g['currency'])
            if g['kind'] == 'percent' and g['currency'] is not None:
                bad(fn, g['text'], 'percent with a currency')
            if g['qualifier'] == 'range':
                if g['value'] is not None or g['low'] is None or g['high'] is None or g['low'] > g['high']:
                    bad(fn, g['text'], 'range needs low <= high and no value')
            elif g['qualifier'] == 'vague':
                pass
            elif g['value'] is None:
                bad(fn, g['text'], 'no value')
            subj = g['subject']
            if not subj or (isinstance(subj, list) and len(subj) < 2):
                bad(fn, g['text'], 'subject', subj)
            # the digits written in the text must be consistent with the value
            digits = re.findall(r'\d[\d,]*(?:\.\d+)?', g['text'])
            if digits and g['value'] is not None and g['kind'] == 'percent':
                if abs(float(digits[0].replace(',', '')) - abs(g['value'])) > 1e-9:
                    bad(fn, g['text'], 'percent value mismatch', g['value'])
            if not digits and g['qualifier'] != 'vague' and not re.search('[一二两兩三四五六七八九十]', g['text']):
                v = spoken(g['text'])
                want = abs(g['value']) if g['value'] is not None else None
                if g['text'] == 'three forty':
                    v = 340e9  # analyst's shorthand, checked by hand
                if v is None or want is None or abs(v - want) > 1e-6 * max(1, want):
                    bad(fn, 'spoken number', repr(g['text']), 'parses to', v, 'labelled', g['value'])
    for fn in by_file:
        if fn not in files:
            bad('figures for a missing article', fn)
    # deals
    for l in open(os.path.join(BATCH, 'deals.jsonl'), encoding='utf-8'):
        if not l.strip():
            continue
        d = json.loads(l)
        src = open(os.path.join(ARTS, d['file']), encoding='utf-8').read()
        if d['evidence'] not in src[body_offset(src):]:
            bad(d['file'], 'deal evidence not in body:', d['evidence'][:40])
        if d['type'] not in DEAL_TYPES:
            bad(d['file'], 'deal type', d['type'])
        if (d['amount'] is None) != (d['currency'] is None):
            bad(d['file'], 'deal amount/currency mismatch', d['payer'], d['payee'])
    # claims: every value backed by a labelled figure of that subject / metric in a listed file
    claims = json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))
    for kind in ('conflicts', 'consistent'):
        for c in claims[kind]:
            for f in c['files']:
                if f not in files:
                    bad('claim file missing', f)
            for v in c['values']:
                ok = any(g['file'] in c['files'] and g['subject'] == c['subject'] and g['metric'] == c['metric']
                         and g['value'] is not None and abs(abs(g['value']) - abs(v)) <= 0.01 * abs(v) for g in figs)
                if not ok:
                    bad(kind, c['subject'], c['metric'], 'value', v, 'not backed by a figure')
            for f in c['files']:
                if not any(g['file'] == f and g['subject'] == c['subject'] and g['metric'] == c['metric'] for g in figs):
                    bad(kind, c['subject'], c['metric'], 'file', f, 'has no such figure')
    zh = [f for f in files if langs.get(f) == 'zh']
    hant = [f for f in files if langs.get(f) == 'zh-Hant']
    en = [f for f in files if langs.get(f) == 'en']
    if (len(zh), len(hant), len(en)) != (6, 2, 6):
        bad('language mix', len(zh), len(hant), len(en))
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(figs)} figures in {len(by_file)} articles; {len(problems)} problems')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
