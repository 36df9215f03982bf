#!/usr/bin/env python3
# newsfacts-half.py SRC DST LO HI: a copy of a labelled batch holding only its articles numbered LO..HI (01-07 the
# development half, 08-14 the unread half) and their labels; score it with FACTBRIEF_NEWSFACTS=<dir with DST and score.py>.
import sys, os, json, shutil, re
src, dst, lo, hi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(os.path.join(dst, 'articles'), exist_ok=True)
keep = set()
for f in sorted(os.listdir(os.path.join(src, 'articles'))):
    m = re.match(r'(\d+)', f)
    if m and lo <= int(m.group(1)) <= hi:
        shutil.copy(os.path.join(src, 'articles', f), os.path.join(dst, 'articles', f)); keep.add(f)
def fileof(o):
    return o.get('file') or o.get('article') or ''
for name in ['figures.jsonl', 'deals.jsonl']:
    p = os.path.join(src, name)
    if not os.path.exists(p): continue
    out = []
    for l in open(p):
        if not l.strip(): continue
        o = json.loads(l); f = os.path.basename(fileof(o))
        if f in keep or (f + '.md') in keep or not f: out.append(l.rstrip('\n'))
    open(os.path.join(dst, name), 'w').write('\n'.join(out) + '\n')
c = json.load(open(os.path.join(src, 'claims.json')))
for k in ['conflicts', 'consistent']:
    c[k] = [g for g in c.get(k, []) if all(os.path.basename(x) in keep or os.path.basename(x)+'.md' in keep for x in g.get('files', []))]
json.dump(c, open(os.path.join(dst, 'claims.json'), 'w'), ensure_ascii=False, indent=1)
if os.path.exists(os.path.join(src, 'README.md')): shutil.copy(os.path.join(src, 'README.md'), dst)
