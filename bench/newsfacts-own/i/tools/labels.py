"""Gold labels for newsfacts batch i. Edit here, then run build.py.

M(...) money figure, P(...) percent figure. `at` = a longer snippet (first occurrence in the body)
that contains `text`; build.py derives `occurrence` from it. Without `at`, occurrence = occ (1)."""

FIG = []
F = {}
def _files(*names):
    for n in names:
        F[n[:2]] = n
_files('01-xai-raise-bloomberg.md', '02-xai-raise-wallstreetcn.md', '03-xai-spv-theinformation.md',
       '04-bytedance-capex-cls.md', '05-bytedance-moorethreads-36kr.md', '06-bytedance-capex-reuters.md',
       '07-tsmc-board-money-udn.md', '08-mediatek-google-ctee.md', '09-tsmc-board-reuters.md',
       '10-micron-fq4-call-transcript.md', '11-micron-results-ft.md', '12-micron-northbridge-note.md',
       '13-minimax-price-cut-ithome.md', '14-kunlunxin-funding-cls.md')

def _add(kind, f, text, value, cur, q, subj, metric, period, note='', at=None, occ=1, low=None, high=None):
    d = dict(file=F[f], text=text, occurrence=occ, kind=kind, value=value, low=low, high=high,
             currency=cur, qualifier=q, subject=subj, metric=metric, period=period)
    if note:
        d['note'] = note
    d['_at'] = at
    FIG.append(d)

def M(f, text, value, cur, q, subj, metric, period, note='', **kw):
    _add('money', f, text, value, cur, q, subj, metric, period, note, **kw)

def P(f, text, value, q, subj, metric, period, note='', **kw):
    _add('percent', f, text, value, None, q, subj, metric, period, note, **kw)

B = 1e9
SPV = 'group:xAI special purpose vehicle (unnamed in this article)'

# ---------------- 01 Bloomberg: xAI round ----------------
M('01', 'about $18 billion', 18*B, 'USD', 'approx', 'xAI', 'funding', '', 'equity round in progress; no date stated')
M('01', '$230 billion', 230*B, 'USD', 'exact', 'xAI', 'valuation', '2026-09', 'post-money, current round (stock figure: as of article month)')
M('01', '$113 billion', 113*B, 'USD', 'exact', 'xAI', 'valuation', '2026-07', 'previous round = the July round named later in the article; the figure the correction restores')
M('01', 'roughly $5 billion', 5*B, 'USD', 'approx', 'Qatar Investment Authority', 'investment', '', 'lead investor in xAI round')
M('01', 'as much as $2 billion', 2*B, 'USD', 'max', 'Nvidia', 'investment', '', 'into xAI; circular: xAI buys Nvidia chips')
M('01', 'about $1 billion', 1*B, 'USD', 'approx', 'Cisco', 'investment', '', 'into xAI', at='Cisco Systems Inc. about $1 billion')
M('01', '$1.5 billion', 1.5*B, 'USD', 'exact', 'Sakura Growth Partners', 'investment', '', 'Japanese fund, into xAI')
M('01', 'about $12.5 billion', 12.5*B, 'USD', 'approx', SPV, 'debt', '', 'SPV borrows off xAI balance sheet; named Colossus Compute Funding in 03')
M('01', 'about $18 billion', 18*B, 'USD', 'approx', 'xAI', 'purchase', '2026-2027', 'xAI spending on Nvidia GB300 through 2027; same text as the round size', at='spend about $18 billion')
M('01', 'roughly $500 million', 0.5*B, 'USD', 'approx', 'xAI', 'revenue', '2026H1')
M('01', 'about $1 billion', 1*B, 'USD', 'approx', 'xAI', 'other', '', 'monthly cash burn', at='burning about $1 billion a month')
M('01', '$10 billion', 10*B, 'USD', 'exact', 'xAI', 'funding', '2026-07', 'previous round, half debt half equity')
M('01', '$113 billion', 113*B, 'USD', 'exact', 'xAI', 'valuation', '2026-07', 'inside the correction line', at='valuation in first paragraph to $113 billion')
M('01', '$130 billion', 130*B, 'USD', 'exact', 'xAI', 'valuation', '2026-07', 'erroneous value withdrawn by the correction; must not be used as a claim')

# ---------------- 02 华尔街见闻: xAI round ----------------
M('02', '约200亿美元', 20*B, 'USD', 'approx', 'xAI', 'funding', '', 'includes 20亿 bridge already received; conflicts with $18bn in 01')
M('02', '约2300亿美元', 230*B, 'USD', 'approx', 'xAI', 'valuation', '2026-09', 'post-money')
M('02', '约合人民币1.64万亿元', 1.64e12, 'CNY', 'approx', 'xAI', 'valuation', '2026-09', 'currency conversion in brackets')
M('02', '1130亿美元', 113*B, 'USD', 'exact', 'xAI', 'valuation', '', 'previous round; month not stated in this article')
M('02', '20亿美元', 2*B, 'USD', 'exact', 'xAI', 'funding', '', 'bridge money already received, part of the 200亿', at='此前已到位的20亿美元过桥资金')
M('02', '约50亿美元', 5*B, 'USD', 'approx', 'Qatar Investment Authority', 'investment', '', 'lead investor')
M('02', '最多20亿美元', 2*B, 'USD', 'max', 'Nvidia', 'investment', '', 'into xAI')
M('02', '约10亿美元', 1*B, 'USD', 'approx', 'Cisco', 'investment', '', 'into xAI', at='思科约10亿美元')
M('02', '约120亿美元', 12*B, 'USD', 'approx', SPV, 'debt', '', 'conflicts with $12.5bn in 01/03')
M('02', '约180亿美元', 18*B, 'USD', 'approx', 'xAI', 'purchase', '2026-2027', 'xAI spending on Nvidia GB300 through end-2027')
M('02', '约5亿美元', 0.5*B, 'USD', 'approx', 'xAI', 'revenue', '2026H1')
M('02', '约10亿美元', 1*B, 'USD', 'approx', 'xAI', 'other', '', 'monthly cash burn', at='每月现金消耗约10亿美元')
P('02', '1.8%', 1.8, 'exact', 'Nvidia', 'share-price', '', 'Monday close')
P('02', '0.6%', 0.6, 'exact', 'Cisco', 'share-price', '')

# ---------------- 03 The Information: SPV ----------------
CCF = 'Colossus Compute Funding'
M('03', '$12.5 billion', 12.5*B, 'USD', 'exact', CCF, 'debt', '', 'SPV borrowing on behalf of xAI (off balance sheet)', at='will borrow $12.5 billion')
M('03', '$8 billion', 8*B, 'USD', 'exact', CCF, 'debt', '', 'secured notes, part of the $12.5bn')
M('03', '$4.5 billion', 4.5*B, 'USD', 'exact', CCF, 'debt', '', 'term loan, part of the $12.5bn')
M('03', 'about $3 billion', 3*B, 'USD', 'approx', 'Apollo Global Management', 'investment', '', 'anchor order in the SPV notes')
M('03', 'about $3.1 billion', 3.1*B, 'USD', 'approx', 'xAI', 'contract', '', 'annual lease payment to the SPV')
P('03', 'around 6.75%', 6.75, 'approx', CCF, 'other', '', 'note yield / coupon talk')
M('03', '$18 billion to $20 billion', None, 'USD', 'range', 'xAI', 'funding', '', 'range of the two reports', low=18*B, high=20*B)
M('03', '$230 billion', 230*B, 'USD', 'exact', 'xAI', 'valuation', '2026-09')
M('03', 'up to $2 billion', 2*B, 'USD', 'max', 'Nvidia', 'investment', '', 'into xAI')
M('03', 'at least $18 billion', 18*B, 'USD', 'min', 'xAI', 'purchase', '2026-2027', 'spend with Nvidia through 2027')
M('03', '$3.4 billion', 3.4*B, 'USD', 'exact', 'xAI', 'cloud-contract', '', 'four-year contract with Nebius')
P('03', 'roughly 2%', 2, 'approx', 'Nvidia', 'stake', '2026-09', "Nvidia's stake in Nebius")
M('03', 'about $2.6 billion', 2.6*B, 'USD', 'approx', 'Nebius', 'purchase', '', 'Nebius buying Nvidia systems (circular leg)')
P('03', '11%', 11, 'exact', 'Nebius', 'share-price', '')

# ---------------- 04 财联社 flash: ByteDance capex ----------------
M('04', '约1800亿元人民币', 180*B, 'CNY', 'approx', 'ByteDance', 'capex', '2027')
M('04', '约1500亿元', 150*B, 'CNY', 'approx', 'ByteDance', 'capex', '2026', 'this year, expected')
P('04', '两成', 20, 'approx', 'ByteDance', 'capex-growth', '2027')
M('04', '约850亿元', 85*B, 'CNY', 'approx', 'ByteDance', 'purchase', '2027', 'AI-chip purchases, part of capex (其中); conflicts with 900亿 in 05')
P('04', '约四成', 40, 'approx', 'ByteDance', 'other', '2027', 'domestic chips share of chip purchases')
P('04', '超12%', 12, 'min', 'Moore Threads', 'share-price', '', 'intraday')
P('04', '9.4%', 9.4, 'exact', 'Moore Threads', 'share-price', '', 'close')
M('04', '3,500亿元上方', 350*B, 'CNY', 'min', 'Moore Threads', 'market-cap', '2026-09')

# ---------------- 05 36氪: ByteDance / Moore Threads ----------------
M('05', '约1800亿元人民币', 180*B, 'CNY', 'approx', 'ByteDance', 'capex', '2027')
M('05', '1500亿元左右', 150*B, 'CNY', 'approx', 'ByteDance', 'capex', '2026')
M('05', '约为1100亿元', 110*B, 'CNY', 'approx', 'ByteDance', 'capex', '2025', 'actual')
M('05', '约900亿元', 90*B, 'CNY', 'approx', 'ByteDance', 'purchase', '2027', 'AI-chip purchases, part of capex; conflicts with 850亿 in 04/06')
M('05', '约60亿元', 6*B, 'CNY', 'approx', 'ByteDance', 'purchase', '', 'framework order with Moore Threads over two years; conflicts with 5bn yuan in 06')
M('05', '约15亿元', 1.5*B, 'CNY', 'approx', 'ByteDance', 'investment', '', 'private placement in Moore Threads (circular)')
M('05', '12.8亿元', 1.28*B, 'CNY', 'exact', 'Moore Threads', 'revenue', '2026H1')
P('05', '186.5%', 186.5, 'exact', 'Moore Threads', 'revenue-growth', '2026H1')
M('05', '约7.3亿元', 0.73*B, 'CNY', 'approx', 'Moore Threads', 'loss', '2026H1')
P('05', '约为54%', 54, 'approx', 'Moore Threads', 'margin', '2026H1', 'gross margin')
P('05', '不足三成', 30, 'max', 'ByteDance', 'other', '2026', 'domestic share of chip purchases')
P('05', '约四成', 40, 'approx', 'ByteDance', 'other', '2027', 'domestic share of chip purchases')
M('05', '约为45亿美元', 4.5*B, 'USD', 'approx', 'ByteDance', 'cloud-contract', '', 'five-year lease with unnamed SE Asian operator')
M('05', '约合320亿元人民币', 32*B, 'CNY', 'approx', 'ByteDance', 'cloud-contract', '', 'conversion in brackets')

# ---------------- 06 Reuters: ByteDance ----------------
M('06', 'about 180 billion yuan', 180*B, 'CNY', 'approx', 'ByteDance', 'capex', '2027')
M('06', '$25.3 billion', 25.3*B, 'USD', 'exact', 'ByteDance', 'capex', '2027', 'conversion in brackets')
P('06', '20%', 20, 'exact', 'ByteDance', 'capex-growth', '2027')
M('06', 'roughly 150 billion yuan', 150*B, 'CNY', 'approx', 'ByteDance', 'capex', '2026')
M('06', 'about 85 billion yuan', 85*B, 'CNY', 'approx', 'ByteDance', 'purchase', '2027', 'AI-chip purchases, part of capex')
M('06', 'roughly 5 billion yuan', 5*B, 'CNY', 'approx', 'ByteDance', 'purchase', '', 'Moore Threads accelerators over two years')
P('06', '9.4%', 9.4, 'exact', 'Moore Threads', 'share-price', '')
P('06', 'more than 140%', 140, 'min', 'Moore Threads', 'share-price', '2026', 'year to date')
P('06', 'about 25%', 25, 'approx', 'ByteDance', 'revenue-growth', '2025')
M('06', 'more than $150 billion', 150*B, 'USD', 'min', 'ByteDance', 'revenue', '2025')

# ---------------- 07 經濟日報: TSMC board ----------------
M('07', '約新台幣4,650億元', 465*B, 'TWD', 'approx', 'TSMC', 'capex', '', 'capital appropriation approved by the board')
M('07', '約152億美元', 15.2*B, 'USD', 'approx', 'TSMC', 'capex', '', 'conversion in brackets')
M('07', '不超過100億美元', 10*B, 'USD', 'max', 'TSMC', 'investment', '', 'capital injection into TSMC Arizona')
M('07', '不超過45億美元', 4.5*B, 'USD', 'max', 'TSMC Arizona', 'debt', '', 'subsidiary bond guaranteed by parent; conflicts with $4bn in 09')
M('07', '新台幣3,358億元', 335.8*B, 'TWD', 'exact', 'TSMC', 'revenue', '2026-08')
P('07', '3.2%', 3.2, 'exact', 'TSMC', 'revenue-growth', '2026-08', 'month on month')
P('07', '33.8%', 33.8, 'exact', 'TSMC', 'revenue-growth', '2026-08', 'year on year')
M('07', '約新台幣2兆5,600億元', 2.56e12, 'TWD', 'approx', 'TSMC', 'revenue', '2026', 'Jan-Aug cumulative (year to date)')
P('07', '36.1%', 36.1, 'exact', 'TSMC', 'revenue-growth', '2026', 'Jan-Aug year to date')
M('07', '新台幣6元', 6, 'TWD', 'exact', 'TSMC', 'other', '2026Q2', 'cash dividend per share')
M('07', '5元', 5, 'TWD', 'exact', 'TSMC', 'other', '2026Q1', 'previous quarter dividend per share', at='前一季的5元')
M('07', '1元', 1, 'TWD', 'exact', 'TSMC', 'other', '2026Q2', 'dividend increase per share', at='增加1元')
M('07', '520億至560億美元', None, 'USD', 'range', 'TSMC', 'capex', '2026', low=52*B, high=56*B)
P('07', '約七成', 70, 'approx', 'TSMC', 'other', '2026', 'share of capex for advanced nodes')
M('07', '上看600億美元', 60*B, 'USD', 'max', 'TSMC', 'capex', '2027', 'analyst estimate')
M('07', '1,385元', 1385, 'TWD', 'exact', 'TSMC', 'price', '2026-09', 'share price level')
P('07', '1.5%', 1.5, 'exact', 'TSMC', 'share-price', '')

# ---------------- 08 工商時報: MediaTek ----------------
M('08', '約新台幣1,200億元', 120*B, 'TWD', 'approx', 'MediaTek', 'revenue', '2027', 'analyst estimate of Google TPU ASIC contribution')
M('08', '約40億美元', 4*B, 'USD', 'approx', 'MediaTek', 'revenue', '2027', 'conversion in brackets')
P('08', '約一成', 10, 'approx', 'MediaTek', 'other', '2027', 'share of total revenue', at='比重約一成')
M('08', '新台幣512.3億元', 51.23*B, 'TWD', 'exact', 'MediaTek', 'revenue', '2026-08')
P('08', '4.1%', -4.1, 'exact', 'MediaTek', 'revenue-growth', '2026-08', 'month-on-month fall (月減)')
P('08', '23.5%', 23.5, 'exact', 'MediaTek', 'revenue-growth', '2026-08', 'year on year')
M('08', '新台幣3,980億元', 398*B, 'TWD', 'exact', 'MediaTek', 'revenue', '2026', 'Jan-Aug cumulative')
P('08', '18.7%', 18.7, 'exact', 'MediaTek', 'revenue-growth', '2026', 'Jan-Aug year to date')
M('08', '約1,850億美元', 185*B, 'USD', 'approx', 'Alphabet', 'capex', '2026')
M('08', '突破600億美元', 60*B, 'USD', 'min', 'market:cloud ASIC', 'market-size', '2027')
P('08', '約一成', 10, 'approx', 'MediaTek', 'market-share', '2027', 'target share of cloud ASIC market', at='取得約一成')
M('08', '新台幣1,650元', 1650, 'TWD', 'exact', 'MediaTek', 'other', '', 'old target price of a foreign broker')
M('08', '2,050元', 2050, 'TWD', 'exact', 'MediaTek', 'other', '', 'new target price (raised to … from …)')
M('08', '新台幣98元', 98, 'TWD', 'exact', 'MediaTek', 'other', '2027', 'EPS estimate')
P('08', '逾三成', 30, 'min', 'MediaTek', 'profit-growth', '2027', 'EPS growth estimate')
P('08', '10%', 10, 'exact', 'MediaTek', 'share-price', '', 'limit up')
M('08', '新台幣1,760元', 1760, 'TWD', 'exact', 'MediaTek', 'price', '2026-09', 'share price level')
M('08', '新台幣2.8兆元之上', 2.8e12, 'TWD', 'min', 'MediaTek', 'market-cap', '2026-09')

# ---------------- 09 Reuters: TSMC board ----------------
M('09', 'about T$465 billion', 465*B, 'TWD', 'approx', 'TSMC', 'capex', '', 'capital appropriation')
M('09', '$15.2 billion', 15.2*B, 'USD', 'exact', 'TSMC', 'capex', '', 'conversion in brackets', at='($15.2 billion)')
M('09', 'up to $10 billion', 10*B, 'USD', 'max', 'TSMC', 'investment', '', 'capital injection into TSMC Arizona')
M('09', 'up to $4 billion', 4*B, 'USD', 'max', 'TSMC Arizona', 'debt', '', 'parent-guaranteed bond; conflicts with 45億美元 in 07')
M('09', '$52 billion to $56 billion', None, 'USD', 'range', 'TSMC', 'capex', '2026', low=52*B, high=56*B)
P('09', '33.8%', 33.8, 'exact', 'TSMC', 'revenue-growth', '2026-08')
M('09', 'T$335.8 billion', 335.8*B, 'TWD', 'exact', 'TSMC', 'revenue', '2026-08')
M('09', '$33.5 billion to $34.7 billion', None, 'USD', 'range', 'TSMC', 'revenue', '2026Q3', 'guidance', low=33.5*B, high=34.7*B)
P('09', '1.5%', 1.5, 'exact', 'TSMC', 'share-price', '')
P('09', '0.4%', 0.4, 'exact', 'market:Taiwan stock market', 'share-price', '', 'index move')

# ---------------- 10 Micron call transcript (FY ends late Aug) ----------------
M('10', 'twelve point four billion dollars', 12.4*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'quarter ended Aug 27 2026')
P('10', 'forty-eight percent', 48, 'exact', 'Micron', 'revenue-growth', 'FY2026Q4', 'year over year')
P('10', 'nineteen percent', 19, 'exact', 'Micron', 'revenue-growth', 'FY2026Q4', 'sequential')
M('10', 'forty-one point seven billion dollars', 41.7*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026', 'conflicts with $40.7bn in 11')
M('10', 'about four point one billion', 4.1*B, 'USD', 'approx', 'Micron', 'revenue', 'FY2026Q4', 'HBM segment')
P('10', 'about sixty percent', 60, 'approx', 'Micron', 'other', 'FY2026Q4', 'data center share of revenue')
M('10', 'six point two billion', 6.2*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'Cloud Memory Business Unit')
P('10', 'seventy-one percent', 71, 'exact', 'Micron', 'revenue-growth', 'FY2026Q4', 'CMBU y/y')
M('10', 'one point nine billion', 1.9*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'Core Data Center unit')
M('10', 'three point one billion', 3.1*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'Mobile and Client unit')
M('10', 'one point two billion', 1.2*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'Automotive and Embedded unit')
P('10', 'fifty-one point two percent', 51.2, 'exact', 'Micron', 'margin', 'FY2026Q4', 'gross margin')
P('10', 'forty-four point seven percent', 44.7, 'exact', 'Micron', 'margin', 'FY2026Q3', 'previous quarter')
M('10', 'three point four billion dollars', 3.4*B, 'USD', 'exact', 'Micron', 'profit', 'FY2026Q4', 'GAAP net income')
M('10', 'three dollars and thirty cents', 3.30, 'USD', 'exact', 'Micron', 'other', 'FY2026Q4', 'non-GAAP EPS')
M('10', 'thirteen point eight billion dollars, plus or minus three hundred million', None, 'USD', 'range', 'Micron', 'revenue', 'FY2027Q1', 'guidance 13.8bn ± 0.3bn', low=13.5*B, high=14.1*B)
P('10', 'fifty-three percent, plus or minus one percentage point', None, 'range', 'Micron', 'margin', 'FY2027Q1', 'gross-margin guidance 53 ± 1', low=52, high=54)
M('10', 'around twenty billion dollars', 20*B, 'USD', 'approx', 'Micron', 'capex', 'FY2027')
M('10', 'roughly fifteen and a half billion', 15.5*B, 'USD', 'approx', 'Micron', 'capex', 'FY2026')
M('10', 'about six hundred million dollars', 0.6*B, 'USD', 'approx', 'Micron', 'buyback', 'FY2026Q4')
M('10', 'exceed a hundred billion dollars', 100*B, 'USD', 'min', 'market:HBM', 'market-size', '2027', 'calendar 2027 TAM')
P('10', 'low twenties percent', None, 'vague', 'Micron', 'market-share', '', 'DRAM share', low=20, high=23)
P('10', 'high teens percent', None, 'vague', 'Micron', 'growth', 'FY2026Q4', 'DRAM ASP q/q', low=17, high=19)
P('10', 'low double digits', None, 'vague', 'Micron', 'growth', 'FY2026Q4', 'NAND price q/q; percent implied', low=10, high=13)

# ---------------- 11 FT: Micron ----------------
P('11', '7 per cent', 7, 'exact', 'Micron', 'share-price', '', 'after hours')
P('11', '48 per cent', 48, 'exact', 'Micron', 'revenue-growth', 'FY2026Q4')
M('11', '$12.4bn', 12.4*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4')
M('11', '$12.1bn', 12.1*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'analyst consensus, not reported')
M('11', '$3.4bn', 3.4*B, 'USD', 'exact', 'Micron', 'profit', 'FY2026Q4', 'net income')
M('11', '$887mn', 0.887*B, 'USD', 'exact', 'Micron', 'profit', 'FY2025Q4', 'year-earlier quarter')
M('11', '$40.7bn', 40.7*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026', 'conflicts with 41.7bn in the call')
M('11', 'about $4.1bn', 4.1*B, 'USD', 'approx', 'Micron', 'revenue', 'FY2026Q4', 'HBM')
P('11', '71 per cent', 71, 'exact', 'Micron', 'revenue-growth', 'FY2026Q4', 'cloud memory unit')
M('11', '$13.5bn to $14.1bn', None, 'USD', 'range', 'Micron', 'revenue', 'FY2027Q1', 'guidance', low=13.5*B, high=14.1*B)
M('11', '$13.2bn', 13.2*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027Q1', 'consensus')
M('11', 'about $20bn', 20*B, 'USD', 'approx', 'Micron', 'capex', 'FY2027', 'fiscal year began late Aug 2026')
M('11', '$6.1bn', 6.1*B, 'USD', 'exact', 'Micron', 'subsidy', '', 'US government grants')
M('11', 'about $190bn', 190*B, 'USD', 'approx', 'Micron', 'market-cap', '2026-09')
P('11', 'about a third', 33.3, 'approx', 'Sandisk', 'share-price', '2026', 'year to date; fraction in words')

# ---------------- 12 broker note ----------------
M('12', '$210', 210, 'USD', 'exact', 'Micron', 'other', '', 'new price target', at='Price target: $210')
M('12', '$165', 165, 'USD', 'exact', 'Micron', 'other', '', 'old price target')
M('12', '$169.40', 169.40, 'USD', 'exact', 'Micron', 'price', '2026-09', 'share price, 17 Sep close')
P('12', '24%', 24, 'exact', 'Micron', 'other', '', 'upside to target')
M('12', '$12.4bn', 12.4*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4')
M('12', '$12.0bn', 12.0*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', "broker's own estimate")
M('12', '$12.1bn', 12.1*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'consensus')
P('12', '51.2%', 51.2, 'exact', 'Micron', 'margin', 'FY2026Q4')
P('12', '49.8%', 49.8, 'exact', 'Micron', 'margin', 'FY2026Q4', 'consensus')
M('12', '$3.30', 3.30, 'USD', 'exact', 'Micron', 'other', 'FY2026Q4', 'non-GAAP EPS')
M('12', '$3.02', 3.02, 'USD', 'exact', 'Micron', 'other', 'FY2026Q4', 'consensus EPS')
M('12', '$13.8bn', 13.8*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027Q1', 'guidance midpoint')
P('12', '5%', 5, 'exact', 'Micron', 'other', 'FY2027Q1', 'guide vs consensus gap', at='is 5% above')
M('12', '$13.2bn', 13.2*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027Q1', 'consensus')
P('12', '53% (+/-1pt)', None, 'range', 'Micron', 'margin', 'FY2027Q1', 'gross-margin guidance 53 ± 1', low=52, high=54)
M('12', '$4.1bn', 4.1*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2026Q4', 'HBM')
M('12', '$24bn', 24*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027', 'HBM, broker estimate')
P('12', 'roughly 41%', 41, 'approx', 'Micron', 'other', 'FY2027', 'HBM share of revenue, estimate')
M('12', '~$20bn', 20*B, 'USD', 'approx', 'Micron', 'capex', 'FY2027')
P('12', '~29%', 29, 'approx', 'Micron', 'capex-growth', 'FY2027')
M('12', '$15.5bn', 15.5*B, 'USD', 'exact', 'Micron', 'capex', 'FY2026')
M('12', '$14bn', 14*B, 'USD', 'exact', 'Micron', 'other', 'FY2027', 'free cash flow estimate')
M('12', '$58.6bn', 58.6*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027', 'broker estimate, raised to … from …')
M('12', '$51.0bn', 51.0*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027', 'previous broker estimate')
M('12', '$53.4bn', 53.4*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2027', 'consensus')
M('12', '$17.40', 17.40, 'USD', 'exact', 'Micron', 'other', 'FY2027', 'EPS estimate')
M('12', '$13.85', 13.85, 'USD', 'exact', 'Micron', 'other', 'FY2027', 'previous EPS estimate')
M('12', '$66.0bn', 66.0*B, 'USD', 'exact', 'Micron', 'revenue', 'FY2028', 'broker estimate')
P('12', '+8%', 8, 'exact', 'Micron', 'growth', 'FY2027Q1', 'DRAM ASP q/q assumption')
M('12', '$210', 210, 'USD', 'exact', 'Micron', 'other', '', 'price target', at='Our $210 target')
M('12', 'about $17.50', 17.50, 'USD', 'approx', 'Micron', 'other', '2027', 'calendar-2027 EPS estimate (about)')
P('12', 'about 11%', 11, 'approx', 'Micron', 'other', 'FY2026', 'China share of revenue')

# ---------------- 13 IT之家: MiniMax ----------------
P('13', '最高达 60%', -60, 'max', 'MiniMax', 'price', '', 'API price cut (降幅)')
M('13', '0.8 元', 0.8, 'CNY', 'exact', 'MiniMax', 'price', '', 'input, per million tokens')
M('13', '3.2 元', 3.2, 'CNY', 'exact', 'MiniMax', 'price', '', 'output, per million tokens')
P('13', '约 45%', -45, 'approx', 'MiniMax', 'cost', '', 'inference cost fall vs previous model')
P('13', '12.5%', 12.5, 'exact', 'MiniMax', 'other', '', 'benchmark score improvement')
M('13', '突破 2 亿美元', 0.2*B, 'USD', 'min', 'MiniMax', 'revenue', '2026-06', 'annualized revenue as of June')
P('13', '约七成', 70, 'approx', 'MiniMax', 'other', '2026-06', 'overseas share of revenue')
P('13', '8.4%', 8.4, 'exact', 'MiniMax', 'share-price', '', 'midday')
M('13', '约 1050 亿港元', 105*B, 'HKD', 'approx', 'MiniMax', 'market-cap', '2026-09')
M('13', '不少于 20 亿元', 2*B, 'CNY', 'min', 'MiniMax', 'cloud-contract', '', 'three-year Baidu AI Cloud commitment')

# ---------------- 14 财联社: Kunlunxin ----------------
M('14', '35亿元', 3.5*B, 'CNY', 'exact', 'Kunlunxin', 'funding', '')
M('14', '约420亿元', 42*B, 'CNY', 'approx', 'Kunlunxin', 'valuation', '2026-09', 'post-money')
M('14', '约210亿元', 21*B, 'CNY', 'approx', 'Kunlunxin', 'valuation', '2025-09', 'a year earlier')
M('14', '约10亿元', 1*B, 'CNY', 'approx', 'Baidu', 'investment', '', 'follow-on investment in Kunlunxin (circular)')
P('14', '约65%', 65, 'approx', 'Baidu', 'stake', '', 'stake in Kunlunxin before the round')
P('14', '约62%', 62, 'approx', 'Baidu', 'stake', '2026-09', 'after the round')
M('14', '约21.6亿元', 2.16*B, 'CNY', 'approx', 'Kunlunxin', 'revenue', '2026H1')
P('14', '128%', 128, 'exact', 'Kunlunxin', 'revenue-growth', '2026H1')
P('14', '约占六成', 60, 'approx', 'Kunlunxin', 'other', '2026H1', 'share of revenue from Baidu')
M('14', '约45亿元', 4.5*B, 'CNY', 'approx', 'Baidu', 'purchase', '2027', 'Baidu AI Cloud buys Kunlunxin chips')
M('14', '约8亿元', 0.8*B, 'CNY', 'approx', 'China Mobile', 'purchase', '2026', 'inference servers from Kunlunxin')
M('14', '100亿元', 10*B, 'CNY', 'exact', 'Baidu', 'revenue', '2026Q2', 'AI new-business segment')
P('14', '34%', 34, 'exact', 'Baidu', 'revenue-growth', '2026Q2')
M('14', '58亿元', 5.8*B, 'CNY', 'exact', 'Baidu', 'capex', '2026Q2')
P('14', '21%', 21, 'exact', 'Baidu', 'capex-growth', '2026Q2', 'quarter on quarter')
P('14', '5.2%', 5.2, 'exact', 'Baidu', 'share-price', '')
M('14', '128.4港元', 128.4, 'HKD', 'exact', 'Baidu', 'price', '2026-09', 'share price level')

# ======================= deals =======================
DEALS = []
def D(f, payer, payee, typ, amount, cur, evidence, note=''):
    d = dict(file=F[f], payer=payer, payee=payee, type=typ, amount=amount, currency=cur, evidence=evidence)
    if note:
        d['note'] = note
    DEALS.append(d)

D('01', 'Qatar Investment Authority', 'xAI', 'invest', 5*B, 'USD', 'Qatar Investment Authority is set to lead the round with roughly $5 billion')
D('01', 'Nvidia', 'xAI', 'invest', 2*B, 'USD', 'Nvidia Corp. plans to put in as much as $2 billion', 'circular leg 1 (max)')
D('01', 'Cisco', 'xAI', 'invest', 1*B, 'USD', 'Cisco Systems Inc. about $1 billion')
D('01', 'Sakura Growth Partners', 'xAI', 'invest', 1.5*B, 'USD', 'Sakura Growth Partners, a Tokyo fund backed by Japanese pension money, $1.5 billion')
D('01', 'xAI', 'Nvidia', 'purchase', 18*B, 'USD', 'it expects to spend about $18 billion on Nvidia GB300 systems through 2027', 'circular leg 2')
D('01', SPV, 'Nvidia', 'purchase', None, None, 'raise about $12.5 billion of debt to buy Nvidia processors and lease them to xAI', 'SPV unnamed here; the $12.5bn is debt, not the order size')
D('02', 'Qatar Investment Authority', 'xAI', 'invest', 5*B, 'USD', '由卡塔尔投资局（QIA）领投，出资约50亿美元')
D('02', 'Nvidia', 'xAI', 'invest', 2*B, 'USD', '英伟达拟出资最多20亿美元')
D('02', 'Cisco', 'xAI', 'invest', 1*B, 'USD', '思科约10亿美元')
D('02', 'xAI', 'Nvidia', 'purchase', 18*B, 'USD', '其在英伟达GB300系统上的支出将达到约180亿美元')
D('02', SPV, 'Nvidia', 'purchase', None, None, '由其发行约120亿美元债务，用于购买英伟达GPU')
D('03', 'Apollo Global Management', CCF, 'invest', 3*B, 'USD', 'Apollo Global Management has agreed to anchor the notes with about $3 billion', 'buys SPV notes')
D('03', CCF, 'Nvidia', 'purchase', None, None, 'will own the Nvidia GB300 servers outright')
D('03', 'xAI', CCF, 'purchase', 3.1*B, 'USD', 'which will pay about $3.1 billion a year under the lease', 'lease, per year')
D('03', 'Nvidia', 'xAI', 'invest', 2*B, 'USD', "Nvidia's contribution of up to $2 billion")
D('03', 'xAI', 'Nvidia', 'purchase', 18*B, 'USD', 'what xAI plans to spend with it, at least $18 billion through 2027')
D('03', 'xAI', 'Nebius', 'cloud-contract', 3.4*B, 'USD', 'a four-year, $3.4 billion contract to rent GPU capacity from Nebius Group', 'circular: Nvidia holds Nebius stake, Nebius buys Nvidia')
D('03', 'Nebius', 'Nvidia', 'purchase', 2.6*B, 'USD', 'is buying about $2.6 billion of Nvidia systems to serve that contract')
D('03', 'Nvidia', 'Nebius', 'stake', None, None, 'Nebius, in which Nvidia owns a stake of roughly 2%')
D('05', 'ByteDance', 'Moore Threads', 'purchase', 6*B, 'CNY', '字节已与摩尔线程签署一份约60亿元的训练卡采购框架协议')
D('05', 'ByteDance', 'Moore Threads', 'invest', 1.5*B, 'CNY', '字节旗下的战略投资平台此前还参与了摩尔线程的定增，认购金额约15亿元', 'circular: invest and buy')
D('06', 'ByteDance', 'Moore Threads', 'purchase', 5*B, 'CNY', 'ByteDance has agreed to buy roughly 5 billion yuan of training accelerators from Moore Threads')
D('06', 'ByteDance', 'Huawei', 'purchase', None, None, 'one of its largest domestic suppliers alongside Huawei')
D('07', 'TSMC', 'TSMC Arizona', 'invest', 10*B, 'USD', '核准對美國子公司TSMC Arizona增資不超過100億美元', 'capital injection (max)')
D('08', 'Alphabet', 'MediaTek', 'purchase', 120*B, 'TWD', '聯發科取得Google第八代TPU推論晶片的ASIC設計訂單，法人估計，該案明年可為聯發科貢獻營收約新台幣1,200億元', 'amount is an analyst estimate of 2027 revenue')
D('09', 'TSMC', 'TSMC Arizona', 'invest', 10*B, 'USD', 'a capital injection of up to $10 billion into its Arizona subsidiary')
D('09', 'Nvidia', 'TSMC', 'purchase', None, None, 'TSMC, a key supplier to Nvidia and Apple')
D('09', 'Apple', 'TSMC', 'purchase', None, None, 'TSMC, a key supplier to Nvidia and Apple')
D('13', 'MiniMax', 'Baidu', 'cloud-contract', 2*B, 'CNY', 'MiniMax 宣布与百度智能云达成合作，未来三年将采购不少于 20 亿元的云算力服务', 'Baidu AI Cloud (min)')
D('14', 'China Integrated Circuit Industry Investment Fund III', 'Kunlunxin', 'invest', None, None, '本轮由国家集成电路产业投资基金三期领投', 'leads the 35亿元 round; own amount not stated')
D('14', 'Baidu', 'Kunlunxin', 'invest', 1*B, 'CNY', '百度跟投约10亿元')
D('14', 'Baidu', 'Kunlunxin', 'purchase', 4.5*B, 'CNY', '百度智能云已与昆仑芯签订2027年约45亿元的芯片采购协议', 'circular: parent invests and buys')
D('14', 'China Mobile', 'Kunlunxin', 'purchase', 0.8*B, 'CNY', '中国移动亦在今年集采中向昆仑芯采购了约8亿元的推理服务器')

# ======================= claims =======================
CONFLICTS = [
    dict(subject='xAI', metric='funding', period='', values=[18*B, 20*B], files=['01', '02', '03'],
         note='01 $18bn; 02 约200亿美元 (incl. bridge); 03 gives the range'),
    dict(subject=CCF, metric='debt', period='', values=[12.5*B, 12*B], files=['01', '02', '03'],
         note='SPV debt: 01/03 $12.5bn vs 02 约120亿美元'),
    dict(subject='ByteDance', metric='purchase', period='2027', values=[85*B, 90*B], files=['04', '05', '06'],
         note='AI-chip purchases in 2027: 850亿 (04, 06) vs 900亿 (05)'),
    dict(subject='ByteDance', metric='purchase', period='', values=[6*B, 5*B], files=['05', '06'],
         note='Moore Threads order: 约60亿元 vs roughly 5 billion yuan'),
    dict(subject='TSMC Arizona', metric='debt', period='', values=[4.5*B, 4*B], files=['07', '09']),
    dict(subject='Micron', metric='revenue', period='FY2026', values=[41.7*B, 40.7*B], files=['10', '11']),
]
CONSISTENT = [
    dict(subject='xAI', metric='valuation', period='2026-09', values=[230*B], files=['01', '02', '03']),
    dict(subject='Qatar Investment Authority', metric='investment', period='', values=[5*B], files=['01', '02']),
    dict(subject='Nvidia', metric='investment', period='', values=[2*B], files=['01', '02', '03']),
    dict(subject='xAI', metric='purchase', period='2026-2027', values=[18*B], files=['01', '02', '03']),
    dict(subject='xAI', metric='revenue', period='2026H1', values=[0.5*B], files=['01', '02']),
    dict(subject='ByteDance', metric='capex', period='2027', values=[180*B], files=['04', '05', '06'],
         note='total capex agrees while the chip purchases inside it conflict'),
    dict(subject='ByteDance', metric='capex', period='2026', values=[150*B], files=['04', '05', '06']),
    dict(subject='Moore Threads', metric='share-price', period='', values=[9.4], files=['04', '06']),
    dict(subject='TSMC', metric='capex', period='', values=[465*B], files=['07', '09'], note='capital appropriation, TWD'),
    dict(subject='TSMC', metric='investment', period='', values=[10*B], files=['07', '09']),
    dict(subject='TSMC', metric='revenue', period='2026-08', values=[335.8*B], files=['07', '09']),
    dict(subject='TSMC', metric='capex', period='2026', values=[52*B, 56*B], files=['07', '09'], note='same range'),
    dict(subject='Micron', metric='revenue', period='FY2026Q4', values=[12.4*B], files=['10', '11', '12']),
    dict(subject='Micron', metric='capex', period='FY2027', values=[20*B], files=['10', '11', '12']),
    dict(subject='Micron', metric='profit', period='FY2026Q4', values=[3.4*B], files=['10', '11']),
    dict(subject='Micron', metric='margin', period='FY2026Q4', values=[51.2], files=['10', '12']),
    dict(subject='Micron', metric='capex', period='FY2026', values=[15.5*B], files=['10', '12']),
    dict(subject='xAI', metric='valuation', period='2026-07', values=[113*B], files=['01', '02'],
         note="previous (July) round; 01's correction line retracts $130bn, which must not make a conflict"),
    dict(subject='Cisco', metric='investment', period='', values=[1*B], files=['01', '02']),
    dict(subject='TSMC', metric='share-price', period='', values=[1.5], files=['07', '09']),
    dict(subject='Micron', metric='revenue', period='FY2027Q1', values=[13.5*B, 14.1*B], files=['10', '11', '12'],
         note='guidance range 13.5-14.1bn (10 as 13.8 ± 0.3, 11 as range, 12 as midpoint 13.8); consensus 13.2bn beside it is not a conflict'),
]
