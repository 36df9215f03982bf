import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from labels import F, DEALS, CLAIMS
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = os.path.join(root, 'articles')
def body_offset(t):
    m = re.match(r'---\n.*?\n---\n', t, re.S); return m.end() if m else 0
def num(v):
    if v is None: return None
    if abs(v) >= 1000: return int(round(v))
    r = round(v, 6)
    return int(r) if r == int(r) else r
files = sorted(os.listdir(arts))
assert set(F) == set(files), set(files) ^ set(F)
out = []; bad = 0; spans = {}
for fn in files:
    src = open(os.path.join(arts, fn), encoding='utf-8').read()
    b0 = body_offset(src); body = src[b0:]
    pos = 0; spans[fn] = []
    for g in F[fn]:
        i = body.find(g['text'], pos)
        if i < 0:
            print('NOT FOUND in order', fn, g['text']); bad += 1; continue
        # occurrence: n-th (overlapping) match from body start, as score.py's nth()
        n = 0; j = -1
        while True:
            j = body.find(g['text'], j + 1)
            if j < 0 or j > i: break
            n += 1
        pos = i + len(g['text'])
        spans[fn].append((i, i + len(g['text'])))
        rec = dict(file=fn, text=g['text'], occurrence=n, kind=g['kind'], value=num(g['value']), low=num(g['low']), high=num(g['high']),
                   currency=g['currency'], qualifier=g['qualifier'], subject=g['subject'], metric=g['metric'], period=g['period'])
        if g['note']: rec['note'] = g['note']
        out.append(rec)
with open(os.path.join(root, 'figures.jsonl'), 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
dl = []
for fn, ds in DEALS.items():
    src = open(os.path.join(arts, fn), encoding='utf-8').read()
    for d in ds:
        if d['evidence'] not in src: print('EVIDENCE NOT FOUND', fn, d['evidence']); bad += 1
        r = dict(file=fn, payer=d['payer'], payee=d['payee'], type=d['type'], amount=num(d['amount']), currency=d['currency'], evidence=d['evidence'])
        if d['note']: r['note'] = d['note']
        dl.append(r)
with open(os.path.join(root, 'deals.jsonl'), 'w', encoding='utf-8') as f:
    for r in dl: f.write(json.dumps(r, ensure_ascii=False) + '\n')
cl = {k: [dict(c, values=[num(v) for v in c['values']]) for c in v] for k, v in CLAIMS.items()}
for k in cl:
    for c in cl[k]:
        for fn in c['files']: assert fn in files, fn
        if not c['note']: del c['note']
json.dump(cl, open(os.path.join(root, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
# scan for unlabelled money / percent candidates
pat = re.compile(r'(\d[\d,\.]*\s*(%|percent|亿|萬|万|兆|billion|million|trillion|元|港元|euros?|yuan)|[\$¥€]\s?\d[\d,\.]*|[一二三四五六七八九十]成|percent)')
for fn in files:
    src = open(os.path.join(arts, fn), encoding='utf-8').read(); body = src[body_offset(src):]
    for m in pat.finditer(body):
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in spans[fn]):
            print('UNLABELLED?', fn, repr(body[max(0, m.start()-15):m.end()+5]))
print('figures', len(out), 'deals', len(dl), 'conflicts', len(cl['conflicts']), 'consistent', len(cl['consistent']), 'errors', bad)
