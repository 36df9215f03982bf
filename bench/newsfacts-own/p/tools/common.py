"""Shared helpers: body offset and n-th occurrence counted exactly as score.py does."""
import re

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

def occurrence_at(hay, needle, pos, start):
    """The n such that nth(hay, needle, n, start) == pos (score.py's counting, overlaps included)."""
    n, i = 0, start - 1
    while True:
        i = hay.find(needle, i + 1)
        if i < 0:
            return None
        n += 1
        if i == pos:
            return n
        if i > pos:
            return None

NUM = r'\d[\d,]*(?:\.\d+)?'
CN = r'[零一二两兩三四五六七八九十百千万萬亿億]+'
SCALE_EN = r'(?:\s?(?:trillion|billion|million|thousand|trn|tn|bn|mn|m|k)\b)?'
CUR_EN = r'(?:won|yen|euros?|rupees|yuan|dollars|crore|pounds)'
CUR_CN = r'(?:美元|美金|韩元|韓元|欧元|歐元|日元|日圓|日圆|港元|港币|新台币|新台幣|卢比|盧比|人民币|元)'
PATTERNS = [
    r'(?:US\$|HK\$|NT\$|[$€£¥₩]|\b(?:KRW|EUR|USD|JPY|INR|CNY|TWD|HKD|Rs\.?)\s?)' + NUM + SCALE_EN,
    NUM + SCALE_EN + r'\s?' + CUR_EN + r'\b',
    NUM + r'\s?(?:%|percent\b|per cent\b)',
    r'(?:新台幣|新台币|港元|人民币)\s?' + NUM,
    NUM + r'\s?(?:万亿|兆|亿|億|万|萬|千)?\s?' + CUR_CN,
    CN + r'(?:万亿|兆|亿|億|万|萬)' + CUR_CN,
    r'数[十百千万亿]+' + CUR_CN,
    r'百分之' + r'[\d零一二两三四五六七八九十点.]+',
    r'(?<![完构组变达促形赞])[一二两兩三四五六七八九十半]成(?![本长長为為交员員立果功熟绩績])',
]
RX = re.compile('|'.join('(?:%s)' % p for p in PATTERNS))

def candidates(body):
    return [(m.start(), m.end(), m.group()) for m in RX.finditer(body)]
