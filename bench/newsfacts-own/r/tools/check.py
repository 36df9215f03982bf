#!/usr/bin/env python3
"""Checks batch r: every figure text found at its occurrence (score.py counting), figures in body
order, no overlapping labels, no money / percent span left unlabelled (regex; spoken numbers of the
transcript are also matched by the word-number pattern, and were checked by hand), claims files exist."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_src as S
BATCH = os.path.dirname(HERE)
ARTS = os.path.join(BATCH, 'articles')

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

CN = '0-9０-９.,，一二三四五六七八九十百千万萬两兩半零〇'
CUR = r'(?:美元|元|澳元|港元|新台币|新台幣|台币|欧元|歐元|日元|日圓|韩元|韓元|谢克尔|澳仙|美分|雷亚尔|卢比)'
PATTERNS = [
    r'\d[\d,.]*\s*(?:%|％|per ?cent|percent)',
    r'百分之[' + CN + r']+',
    r'[一二三四五六七八九十两兩半][成]',
    r'[一二三四五六七八九][成][一二三四五六七八九]',
    r'(?:A\$|US\$|HK\$|NT\$|S\$|\$|€|£|¥|NIS ?)\s*\d[\d,.]*',
    r'[' + CN + r']+\s*(?:万亿|萬億|亿|億|万|萬|兆|千)?\s*' + CUR,
    r'\d[\d,.]*\s*(?:billion|million|trillion|bn|mn|cents?)\b',
    r'\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point)[a-z\- ]*(?:billion|million|percent|dollars|cents)\b',
]
RX = re.compile('|'.join('(?:%s)' % p for p in PATTERNS))

def main():
    figs = [json.loads(l) for l in open(os.path.join(BATCH, 'figures.jsonl'), encoding='utf-8') if l.strip()]
    bad = 0
    spans = {}
    for g in figs:
        src = open(os.path.join(ARTS, g['file']), encoding='utf-8').read()
        s = nth(src, g['text'], g['occurrence'], body_offset(src))
        if s < 0:
            print('NOT FOUND', g['file'], g['text']); bad += 1; continue
        spans.setdefault(g['file'], []).append((s, s + len(g['text']), g['text']))
        for k in ('kind', 'qualifier', 'subject', 'metric', 'period'):
            if k not in g:
                print('MISSING', k, g); bad += 1
        if g['value'] is None and g['low'] is None:
            print('NO VALUE', g); bad += 1
    for f, sp in spans.items():
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                print('ORDER/OVERLAP', f, a[2], b[2]); bad += 1
    ign = getattr(S, 'IGNORE', {})
    for f in sorted(os.listdir(ARTS)):
        src = open(os.path.join(ARTS, f), encoding='utf-8').read()
        off = body_offset(src)
        sp = spans.get(f, [])
        for m in RX.finditer(src, off):
            txt = m.group(0).strip(' ,，.')
            if not re.search(r'\d|[一二三四五六七八九十两兩半]|point|hundred|billion|million', txt):
                continue
            if any(m.start() < e and m.end() > s for s, e, _ in sp):
                continue
            if any(x in txt or txt in x for x in ign.get(f, [])):
                continue
            print('UNLABELLED', f, repr(txt), src[max(off, m.start() - 25):m.end() + 10].replace('\n', ' ')); bad += 1
    names = set(os.listdir(ARTS))
    for kind in ('conflicts', 'consistent'):
        for c in json.load(open(os.path.join(BATCH, 'claims.json'), encoding='utf-8'))[kind]:
            for f in c['files']:
                if f not in names:
                    print('CLAIM FILE?', f); bad += 1
    print('figures', len(figs), 'problems', bad)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
