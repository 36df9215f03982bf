#!/usr/bin/env python3
"""Builds batch s from tools/src/*.txt (inline-labelled articles) and tools/claims_src.json.
Markup: {{text|value|currency|qualifier|subject|metric|period|note}}
  value: number, 'lo~hi' (range), '-' (none/vague); currency '%' => kind percent;
  subject 'A+B' => list. Deals after a line '===deals': payer | payee | type | amount | cur | evidence | note"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
M = re.compile(r'\{\{(.*?)\}\}')
def num(s):
    v = float(s); return int(v) if v == int(v) and abs(v) >= 1 else v
def nth_pos(hay, needle, start):
    out, i = [], start - 1
    while True:
        i = hay.find(needle, i + 1)
        if i < 0: return out
        out.append(i)
figs, deals, warn = [], [], []
for fn in sorted(os.listdir(os.path.join(HERE, 'src'))):
    if not fn.endswith('.txt'): continue
    raw = open(os.path.join(HERE, 'src', fn), encoding='utf-8').read()
    head, rest = raw.split('\n---\n', 1)
    body, _, dl = rest.partition('\n===deals\n')
    name = fn[:-4] + '.md'
    fm = '---\n' + head.strip() + '\n---\n'
    plain, marks, pos = '', [], 0
    for m in M.finditer(body):
        plain += body[pos:m.start()]
        f = m.group(1).split('|')
        if len(f) < 7: warn.append(f'{name}: bad markup {m.group(0)}'); f += [''] * 7
        marks.append((len(fm) + len(plain), f)); plain += f[0]; pos = m.end()
    plain += body[pos:]
    full = fm + plain.strip('\n') + '\n'
    open(os.path.join(OUT, 'articles', name), 'w', encoding='utf-8').write(full)
    for at, f in marks:
        text, val, cur, qual, subj, met, per = [x.strip() for x in f[:7]]
        note = f[7].strip() if len(f) > 7 else ''
        occ = nth_pos(full, text, len(fm)).index(at) + 1
        kind = 'percent' if cur == '%' else 'money'
        o = dict(file=name, text=text, occurrence=occ, kind=kind, value=None, low=None, high=None,
                 currency=None if kind == 'percent' else cur, qualifier=qual,
                 subject=subj.split('+') if '+' in subj else subj, metric=met, period=per)
        if '~' in val: o['low'], o['high'] = [num(x) for x in val.split('~')]
        elif val not in ('-', ''): o['value'] = num(val)
        if note: o['note'] = note
        if qual not in ('exact', 'approx', 'min', 'max', 'range', 'vague'): warn.append(f'{name}: qual {qual} {text}')
        if (qual == 'range') != ('~' in val): warn.append(f'{name}: range mismatch {text}')
        figs.append(o)
    # unlabelled-looking figures
    for m in re.finditer(r'[0-9一二三四五六七八九十两百千]+(\.\d+)?\s*(%|％|亿|億|万|萬|元|美元|percent|billion|million|bn\b|trillion)|[$¥€£]\s?\d|HK\$|NT\$', plain):
        inside = any(at - len(fm) <= m.start() < at - len(fm) + len(f[0]) for at, f in marks)
        if not inside: warn.append(f'{name}: unlabelled? ...{plain[max(0,m.start()-15):m.end()+8]!r}')
    for line in dl.strip().splitlines():
        if not line.strip(): continue
        p = [x.strip() for x in line.split(' | ')]
        p += [''] * (7 - len(p))
        d = dict(file=name, payer=p[0], payee=p[1], type=p[2], amount=num(p[3]) if p[3] not in ('', '-') else None,
                 currency=p[4] or None, evidence=p[5])
        if p[6]: d['note'] = p[6]
        if p[5] not in plain: warn.append(f'{name}: evidence not in body: {p[5]}')
        deals.append(d)
with open(os.path.join(OUT, 'figures.jsonl'), 'w', encoding='utf-8') as w:
    for o in figs: w.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'deals.jsonl'), 'w', encoding='utf-8') as w:
    for o in deals: w.write(json.dumps(o, ensure_ascii=False) + '\n')
cs = os.path.join(HERE, 'claims_src.json')
if os.path.exists(cs):
    c = json.load(open(cs, encoding='utf-8'))
    key = lambda s: tuple(s) if isinstance(s, list) else s
    for kind in ('conflicts', 'consistent'):
        for g in c[kind]:
            for fn in g['files']:
                hits = [o for o in figs if o['file'] == fn and key(o['subject']) in (key(g['subject']),) + tuple(g.get('alias', [])) and o['metric'] == g['metric'] and o['period'] == g['period']]
                if not hits: warn.append(f'claims {kind}: no figure in {fn} for {g["subject"]} {g["metric"]} {g["period"]}')
            if kind == 'conflicts':
                vs = [o.get('value') or o.get('low') for o in figs if o['file'] in g['files'] and key(o['subject']) in (key(g['subject']),) + tuple(g.get('alias', [])) and o['metric'] == g['metric'] and o['period'] == g['period']]
                for v in g['values']:
                    if not any(x and abs(abs(x) - abs(v)) <= 0.01 * abs(v) for x in vs): warn.append(f'claims: value {v} not labelled for {g["subject"]} {g["metric"]}')
            g.pop('alias', None)
            g['values'] = [num(v) for v in g['values']]
    json.dump(c, open(os.path.join(OUT, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('conflicts', len(c['conflicts']), 'consistent', len(c['consistent']))
print('articles', len([f for f in os.listdir(os.path.join(HERE, 'src')) if f.endswith('.txt')]), 'figures', len(figs), 'deals', len(deals))
for w_ in warn: print('WARN', w_)
