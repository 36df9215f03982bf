# Label source for batch m. Each article: list of figures in body order.
# M(text, value|(low,high), currency, qualifier, subject, metric, period, note)
# P(text, value|(low,high), qualifier, subject, metric, period, note)
# D(payer, payee, type, amount, currency, evidence, note)
def M(text, value, cur, q, subj, metric, period, note=None):
    return dict(kind='money', text=text, value=value, currency=cur, qualifier=q, subject=subj, metric=metric, period=period, note=note)
def P(text, value, q, subj, metric, period='', note=None):
    return dict(kind='percent', text=text, value=value, currency=None, qualifier=q, subject=subj, metric=metric, period=period, note=note)
def D(payer, payee, type_, amount, cur, evidence, note=None):
    return dict(payer=payer, payee=payee, type=type_, amount=amount, currency=cur, evidence=evidence, note=note)

H = 'Hengchuan Semiconductor'; Y = '曜石智算'; V = 'Veridian Grid'; C = 'Cerebras'
A = 'ASE Technology Holding'; S = 'SPIL'; HH = 'Hillhouse Investment'; UBS = 'UBS Asset Management'
K = 'Kuaishou'; FUND = 'National AI Industry Investment Fund'
CORNER = [HH, Y, UBS, K]
HKIPO = 'market:Hong Kong IPOs'
E8 = 100_000_000; E4 = 10_000; B = 1_000_000_000; MN = 1_000_000
M9_26 = '2026-01..2026-09'; M9_25 = '2025-01..2025-09'; M10_26 = '2026-01..2026-10'

F = {}; DEALS = {}

F['01-hengchuan-h-share-scmp.md'] = [
    M('up to HK$5.7 billion', 5.7*B, 'HKD', 'max', H, 'ipo', '', 'H-share offering size at top of range'),
    M('US$733 million', 733*MN, 'USD', 'max', H, 'ipo', '', 'conversion of the up-to deal size'),
    M('between HK$218.00 and HK$246.00', (218, 246), 'HKD', 'range', H, 'price', '', 'offer price range per H share'),
    P('about 16 per cent', 16, 'approx', H, 'other', '2026-11', 'discount of top of range to A-share close'),
    P('25 to 30 per cent', (25, 30), 'range', 'market:Hong Kong A+H deals', 'other', '2026', 'typical A+H discount'),
    M('US$200 million', 200*MN, 'USD', 'exact', CORNER, 'investment', '', 'cornerstone total, members listed next sentence'),
    P('roughly 27 per cent', 27, 'approx', CORNER, 'other', '', 'cornerstone share of base deal'),
    M('US$80 million', 80*MN, 'USD', 'exact', HH, 'investment', ''),
    M('US$50 million', 50*MN, 'USD', 'exact', Y, 'investment', '', 'cornerstone; circular loop leg'),
    M('US$40 million', 40*MN, 'USD', 'exact', UBS, 'investment', ''),
    M('US$30 million', 30*MN, 'USD', 'exact', K, 'investment', ''),
    M('800 million yuan', 800*MN, 'CNY', 'exact', H, 'investment', '2026-11', 'into Yaoshi Series C ("in November")'),
    M('2.4 billion yuan', 2.4*B, 'CNY', 'exact', Y, 'purchase', '', 'order for Hengchuan HC-900 cards; buyer as subject'),
    P('about 11 per cent', 11, 'approx', H, 'other', M9_26, 'Yaoshi share of Hengchuan revenue'),
    M('3.61 billion yuan', 3.61*B, 'CNY', 'exact', H, 'revenue', M9_26, 'first nine months'),
    P('About 60 per cent', 60, 'approx', H, 'other', '', 'use of proceeds: R&D'),
    P('25 per cent', 25, 'exact', H, 'other', '', 'use of proceeds: overseas sales'),
    M('about HK$268 billion', 268*B, 'HKD', 'approx', HKIPO, 'ipo', '2026', 'year to date'),
    P('41 per cent', 41, 'exact', HKIPO, 'growth', '2026'),
]
DEALS['01-hengchuan-h-share-scmp.md'] = [
    D(HH, H, 'invest', 80*MN, 'USD', 'Hillhouse Investment is taking the largest slice at US$80 million', 'IPO cornerstone'),
    D(Y, H, 'invest', 50*MN, 'USD', 'followed by Yaoshi Zhisuan, a Beijing-based AI cloud operator, with US$50 million', 'IPO cornerstone; circular loop 1'),
    D(UBS, H, 'invest', 40*MN, 'USD', 'UBS Asset Management with US$40 million', 'IPO cornerstone'),
    D(K, H, 'invest', 30*MN, 'USD', 'short-video platform Kuaishou with US$30 million', 'IPO cornerstone'),
    D(H, Y, 'invest', 800*MN, 'CNY', "Hengchuan put 800 million yuan into the cloud company's latest funding round", 'circular loop 1'),
    D(Y, H, 'purchase', 2.4*B, 'CNY', "Yaoshi last week placed an order worth 2.4 billion yuan for Hengchuan's HC-900 inference cards", 'circular loop 1'),
]

F['02-hengchuan-ipo-hket.md'] = [
    M('218至246港元', (218, 246), 'HKD', 'range', H, 'price', '', 'offer price range per H share'),
    M('最多約62億港元', 6.2*B, 'HKD', 'max', H, 'ipo', '', 'conflicts with HK$5.7bn in 01/04'),
    M('2億美元', 200*MN, 'USD', 'exact', CORNER, 'investment', '', 'cornerstone total'),
    M('約15.6億港元', 1.56*B, 'HKD', 'approx', CORNER, 'investment', '', 'conversion'),
    M('8000萬美元', 80*MN, 'USD', 'exact', HH, 'investment', ''),
    M('5000萬美元', 50*MN, 'USD', 'exact', Y, 'investment', '', 'cornerstone; circular loop'),
    M('4000萬美元', 40*MN, 'USD', 'exact', UBS, 'investment', ''),
    M('3000萬美元', 30*MN, 'USD', 'exact', K, 'investment', ''),
    P('138%', 138, 'exact', H, 'revenue-growth', '2026Q3', 'YoY'),
    M('14.82億元人民幣', 1482*MN, 'CNY', 'exact', H, 'revenue', '2026Q3'),
    P('21%', 21, 'exact', H, 'revenue-growth', '2026Q3', 'QoQ'),
    M('1.86億元人民幣', 186*MN, 'CNY', 'exact', H, 'profit', '2026Q3'),
    M('9500萬元人民幣', 95*MN, 'CNY', 'exact', H, 'loss', '2025Q3', 'year-earlier loss, loss stated positive'),
    P('54.3%', 54.3, 'exact', H, 'margin', '2026Q3', 'gross margin'),
    M('267.4元人民幣', 267.4, 'CNY', 'exact', H, 'price', '2026-11', 'A-share close last Friday (share price level)'),
    P('約235%', 235, 'approx', H, 'share-price', '2026', 'year to date'),
    M('8億元人民幣', 800*MN, 'CNY', 'exact', H, 'investment', '2026-11', 'into Yaoshi'),
    M('24億元人民幣', 2.4*B, 'CNY', 'exact', Y, 'purchase', ''),
    M('約120億港元', 12*B, 'HKD', 'approx', H, 'other', '', 'margin-loan subscriptions for the public tranche; hedged (據知情人士)'),
    M('約2680億港元', 268*B, 'HKD', 'approx', HKIPO, 'ipo', '2026'),
    P('約41%', 41, 'approx', HKIPO, 'growth', '2026'),
]
DEALS['02-hengchuan-ipo-hket.md'] = [
    D(HH, H, 'invest', 80*MN, 'USD', '高瓴認購8000萬美元', 'IPO cornerstone'),
    D(Y, H, 'invest', 50*MN, 'USD', '內地AI雲服務商曜石智算認購5000萬美元', 'IPO cornerstone; circular loop 1'),
    D(UBS, H, 'invest', 40*MN, 'USD', '瑞銀資產管理4000萬美元', 'IPO cornerstone'),
    D(K, H, 'invest', 30*MN, 'USD', '快手3000萬美元', 'IPO cornerstone'),
    D(H, Y, 'invest', 800*MN, 'CNY', '衡川在11月向曜石智算注資8億元人民幣', 'circular loop 1'),
    D(Y, H, 'purchase', 2.4*B, 'CNY', '曜石向衡川下達24億元人民幣的HC-900推理卡訂單', 'circular loop 1'),
]

F['03-yaoshi-order-cls.md'] = [
    M('约24亿元', 2.4*B, 'CNY', 'approx', Y, 'purchase', '', 'Hengchuan announcement; buyer as subject'),
    P('104%', 104, 'exact', H, 'other', '2025', 'contract as share of 2025 revenue'),
    M('8亿元', 800*MN, 'CNY', 'exact', H, 'investment', '2026-11'),
    P('约4.4%', 4.4, 'approx', H, 'stake', '', 'Hengchuan stake in Yaoshi'),
    P('8.6%', 8.6, 'exact', H, 'share-price', ''),
    M('约1870亿元', 187*B, 'CNY', 'approx', H, 'market-cap', '2026-11'),
]
DEALS['03-yaoshi-order-cls.md'] = [
    D(Y, H, 'purchase', 2.4*B, 'CNY', '曜石智算将向公司采购HC-900推理加速卡及配套软件服务，合同金额约24亿元', 'circular loop 1'),
    D(H, Y, 'invest', 800*MN, 'CNY', '公司于11月以自有资金8亿元参与曜石智算C轮融资', 'circular loop 1'),
]

RM = MN  # RMBm
F['04-hengchuan-broker-note.md'] = [
    M('RMB318.00', 318, 'CNY', 'exact', H, 'price', '', 'target price'),
    M('RMB276.00', 276, 'CNY', 'exact', H, 'price', '', 'previous target price'),
    M('RMB290.40', 290.4, 'CNY', 'exact', H, 'price', '2026-12', 'last close'),
    P('9.5%', 9.5, 'exact', H, 'other', '', 'implied upside'),
    M('RMB1,482m', 1482*RM, 'CNY', 'exact', H, 'revenue', '2026Q3'),
    P('+138%', 138, 'exact', H, 'revenue-growth', '2026Q3', 'YoY'),
    P('+21%', 21, 'exact', H, 'revenue-growth', '2026Q3', 'QoQ'),
    P('6%', 6, 'exact', H, 'other', '2026Q3', 'beat vs broker estimate'),
    P('9%', 9, 'exact', H, 'other', '2026Q3', 'beat vs consensus'),
    P('54.3%', 54.3, 'exact', H, 'margin', '2026Q3', 'gross margin'),
    P('+3.1ppt', 3.1, 'exact', H, 'margin', '2026Q3', 'percentage points QoQ'),
    M('RMB186m', 186*RM, 'CNY', 'exact', H, 'profit', '2026Q3'),
    M('RMB95m', 95*RM, 'CNY', 'exact', H, 'loss', '2025Q3'),
    M('RMB2.4bn', 2.4*B, 'CNY', 'exact', Y, 'purchase', ''),
    P('c.24%', 24, 'approx', H, 'other', '2027', 'order as share of FY27E revenue'),
    M('RMB800m', 800*RM, 'CNY', 'exact', H, 'investment', ''),
    M('HK$218-246', (218, 246), 'HKD', 'range', H, 'price', '', 'offer price range'),
    M('c.HK$5.7bn', 5.7*B, 'HKD', 'approx', H, 'ipo', ''),
    M('US$733m', 733*MN, 'USD', 'approx', H, 'ipo', '', 'conversion'),
    P('c.3.4%', 3.4, 'approx', H, 'other', '', 'dilution'),
    # financial summary
    M('2,310', 2310*RM, 'CNY', 'exact', H, 'revenue', '2025', 'FY25A'),
    M('5,240', 5240*RM, 'CNY', 'exact', H, 'revenue', '2026'),
    M('9,860', 9860*RM, 'CNY', 'exact', H, 'revenue', '2027'),
    M('14,120', 14120*RM, 'CNY', 'exact', H, 'revenue', '2028'),
    P('96%', 96, 'exact', H, 'revenue-growth', '2025'),
    P('127%', 127, 'exact', H, 'revenue-growth', '2026'),
    P('88%', 88, 'exact', H, 'revenue-growth', '2027'),
    P('43%', 43, 'exact', H, 'revenue-growth', '2028'),
    P('49.8%', 49.8, 'exact', H, 'margin', '2025'),
    P('53.6%', 53.6, 'exact', H, 'margin', '2026'),
    P('55.1%', 55.1, 'exact', H, 'margin', '2027'),
    P('55.4%', 55.4, 'exact', H, 'margin', '2028'),
    M('(312)', 312*RM, 'CNY', 'exact', H, 'loss', '2025', 'parenthesised negative net profit; loss stated positive'),
    M('402', 402*RM, 'CNY', 'exact', H, 'profit', '2026'),
    M('1,635', 1635*RM, 'CNY', 'exact', H, 'profit', '2027'),
    M('2,804', 2804*RM, 'CNY', 'exact', H, 'profit', '2028'),
    P('38.5%', 38.5, 'exact', H, 'other', '2025', 'R&D / sales'),
    P('27.0%', 27.0, 'exact', H, 'other', '2026', 'R&D / sales'),
    P('21.2%', 21.2, 'exact', H, 'other', '2027', 'R&D / sales'),
    P('19.0%', 19.0, 'exact', H, 'other', '2028', 'R&D / sales'),
    M('RMB318', 318, 'CNY', 'exact', H, 'price', '', 'target price again'),
    P('10-15%', (10, 15), 'range', H, 'other', '', 'expected H-share discount to A'),
    P('about 9%', 9, 'approx', H, 'market-share', '2026'),
    P('6%', 6, 'exact', H, 'market-share', '2025'),
    P('63%', 63, 'exact', H, 'other', M9_26, 'top-five customer concentration'),
]
DEALS['04-hengchuan-broker-note.md'] = [
    D(Y, H, 'purchase', 2.4*B, 'CNY', 'The RMB2.4bn Yaoshi Zhisuan contract (announced 30 Nov)', 'circular loop 1'),
    D(H, Y, 'invest', 800*MN, 'CNY', "the company's RMB800m investment in Yaoshi's Series C", 'circular loop 1'),
]

F['05-yaoshi-series-c-36kr.md'] = [
    M('30亿元', 3*B, 'CNY', 'exact', Y, 'funding', '', 'Series C; conflicts with 35亿元 in 06'),
    M('150亿元', 15*B, 'CNY', 'exact', Y, 'valuation', '', 'pre-money'),
    M('180亿元', 18*B, 'CNY', 'exact', Y, 'valuation', '', 'post-money; conflicts with 约200亿元 in 06'),
    M('8亿元', 800*MN, 'CNY', 'exact', H, 'investment', ''),
    M('10亿元', 1*B, 'CNY', 'exact', FUND, 'investment', ''),
    P('六成', 60, 'approx', [H, FUND], 'other', '', 'joint share of the round, written 六成'),
    M('约1.1亿元', 110*MN, 'CNY', 'approx', Y, 'revenue', '2023', 'background'),
    M('6亿元', 600*MN, 'CNY', 'exact', Y, 'funding', '2024', 'Series A, background'),
    M('12亿元', 1.2*B, 'CNY', 'exact', Y, 'funding', '2025', 'Series B, background'),
    M('4.3亿元', 430*MN, 'CNY', 'exact', Y, 'revenue', '2025'),
    M('约12亿元', 1.2*B, 'CNY', 'approx', Y, 'revenue', '2026', 'expected'),
    P('近180%', 180, 'approx', Y, 'revenue-growth', '2026'),
    M('3亿元左右', 300*MN, 'CNY', 'approx', Y, 'loss', '2026', 'adjusted loss, hedged (或)'),
    P('超过55%', 55, 'min', Y, 'other', '', 'inference share of revenue'),
    P('不足10%', 10, 'max', Y, 'other', '2024', 'inference share of revenue'),
    P('约40%', 40, 'approx', Y, 'other', '', 'domestic chips share of fleet'),
    M('约24亿元', 2.4*B, 'CNY', 'approx', Y, 'purchase', ''),
    M('5000万美元', 50*MN, 'USD', 'exact', Y, 'investment', '', 'IPO cornerstone in Hengchuan'),
    M('约合人民币3.6亿元', 360*MN, 'CNY', 'approx', Y, 'investment', '', 'conversion'),
]
QM = 'Qiming Venture Partners'; SGT = 'Shanghai State-owned Capital Investment'
DEALS['05-yaoshi-series-c-36kr.md'] = [
    D(FUND, Y, 'invest', 1*B, 'CNY', '国家人工智能产业投资基金出资10亿元'),
    D(H, Y, 'invest', 800*MN, 'CNY', '衡川半导体在本轮出资8亿元', 'circular loop 1'),
    D(SGT, Y, 'invest', None, None, '上海国投、快手跟投'),
    D(K, Y, 'invest', None, None, '上海国投、快手跟投'),
    D(QM, Y, 'invest', None, None, '老股东启明创投继续加码；2024年A轮融资6亿元，由启明创投领投', 'amount of its own ticket not stated'),
    D(Y, H, 'purchase', 2.4*B, 'CNY', '曜石智算与衡川半导体签署了约24亿元的HC-900推理卡采购合同', 'circular loop 1'),
    D(Y, H, 'invest', 50*MN, 'USD', '曜石智算还以基石投资者身份参与衡川半导体港股IPO，认购5000万美元', 'circular loop 1'),
]

F['06-yaoshi-latepost.md'] = [
    M('35亿元', 3.5*B, 'CNY', 'exact', Y, 'funding', '', 'hedged (知情人士); conflicts with 30亿元 in 05'),
    M('30亿元', 3*B, 'CNY', 'exact', Y, 'funding', '', "citing 36Kr's figure (equity part)"),
    M('约5亿元', 500*MN, 'CNY', 'approx', Y, 'funding', '', 'convertible-bond part of the round'),
    M('约200亿元', 20*B, 'CNY', 'approx', Y, 'valuation', '', 'post-money after conversion'),
    M('8亿元', 800*MN, 'CNY', 'exact', H, 'investment', '2026-11'),
    M('约24亿元', 2.4*B, 'CNY', 'approx', Y, 'purchase', ''),
    M('5000万美元', 50*MN, 'USD', 'exact', Y, 'investment', '', 'cornerstone'),
    M('约15亿元', 1.5*B, 'CNY', 'approx', '', 'contract', '2025', 'unnamed model company / unnamed cloud vendor: subject not scored'),
    M('2亿元至10亿元', (200*MN, 1*B), 'CNY', 'range', 'group:domestic chip companies', 'investment', '2026', 'at least three unnamed chip firms'),
    M('约12亿元', 1.2*B, 'CNY', 'approx', Y, 'revenue', '2026'),
    P('约18%', 18, 'approx', Y, 'margin', '2026', 'inference gross margin'),
    P('约35%', 35, 'approx', Y, 'margin', '2026', 'GPU rental gross margin'),
    P('50%', -50, 'max', Y, 'price', '', 'API price cut of up to 50% (最高下调)'),
    P('15%', 15, 'max', Y, 'margin', '2027', 'could fall below 15%'),
    M('约40亿元', 4*B, 'CNY', 'approx', Y, 'debt', '', 'project loan under negotiation'),
    P('3.1%', 3.1, 'min', Y, 'other', '', 'loan rate, as low as (或低至)'),
    M('约65亿元', 6.5*B, 'CNY', 'approx', [Y, 'Ulanqab state-owned platform'], 'investment', '', 'JV total investment, 7:3 split'),
]
DEALS['06-yaoshi-latepost.md'] = [
    D(H, Y, 'invest', 800*MN, 'CNY', '衡川半导体11月向曜石投入8亿元', 'circular loop 1'),
    D(Y, H, 'purchase', 2.4*B, 'CNY', '曜石随即下单约24亿元采购衡川的HC-900推理卡', 'circular loop 1'),
    D(Y, H, 'invest', 50*MN, 'USD', '曜石又拿出5000万美元参与衡川在香港的IPO基石认购', 'circular loop 1'),
]

F['07-yaoshi-price-cut-qbitai.md'] = [
    M('1元', 1, 'CNY', 'exact', Y, 'price', '', 'old input price per million tokens'),
    M('0.5元', 0.5, 'CNY', 'exact', Y, 'price', '', 'new input price per million tokens'),
    P('50%', -50, 'exact', Y, 'price', '', 'price cut (降幅)'),
    M('8元', 8, 'CNY', 'exact', Y, 'price', '', 'old output price'),
    M('4.8元', 4.8, 'CNY', 'exact', Y, 'price', '', 'new output price'),
    P('40%', -40, 'exact', Y, 'price', ''),
    M('0.8元', 0.8, 'CNY', 'exact', Y, 'price', '', 'GLM-5 hosted input price'),
    M('9.8元', 9.8, 'CNY', 'exact', Y, 'price', '', 'old per card-hour'),
    M('6.9元', 6.9, 'CNY', 'exact', Y, 'price', '', 'new per card-hour'),
    P('约30%', -30, 'approx', Y, 'price', ''),
    M('3800元', 3800, 'CNY', 'min', Y, 'price', '', 'per card per month, lowest (最低)'),
    M('2元', 2, 'CNY', 'exact', 'DeepSeek', 'price', '', 'official API input price, cache miss'),
    M('0.5元', 0.5, 'CNY', 'exact', 'DeepSeek', 'price', '', 'cache hit'),
    M('4元', 4, 'CNY', 'exact', 'Zhipu AI', 'price', '', 'GLM-5 input price on Zhipu platform'),
    P('300%', 300, 'exact', Y, 'growth', '', 'new-user registrations in a day'),
    P('约45%', -45, 'approx', Y, 'cost', '', 'unit token cost fall with HC-900'),
    P('约70%', -70, 'approx', 'market:China inference API', 'price', '2026'),
]
DEALS['07-yaoshi-price-cut-qbitai.md'] = [
    D(Y, H, 'purchase', None, None, '降价的底气来自衡川HC-900推理卡', 'implied purchase, no amount'),
]

A_SH = 'market:A-share'
F['08-ashare-compute-wrap-yicai.md'] = [
    P('0.82%', 0.82, 'exact', 'market:Shanghai Composite', 'share-price', ''),
    P('1.35%', 1.35, 'exact', 'market:Shenzhen Component', 'share-price', ''),
    P('2.07%', 2.07, 'exact', 'market:ChiNext', 'share-price', ''),
    P('3.41%', 3.41, 'exact', 'market:STAR 50', 'share-price', ''),
    M('1.92万亿元', 1.92e12, 'CNY', 'exact', A_SH, 'other', '', 'turnover (single day)'),
    M('约2100亿元', 210*B, 'CNY', 'approx', A_SH, 'other', '', 'turnover increase'),
    P('8.6%', 8.6, 'exact', H, 'share-price', ''),
    M('约1870亿元', 187*B, 'CNY', 'approx', H, 'market-cap', '2026-11'),
    M('约24亿元', 2.4*B, 'CNY', 'approx', Y, 'purchase', ''),
    P('6.2%', 6.2, 'exact', 'Unisplendour', 'share-price', '', 'Inspur Information hit limit-up with no figure'),
    P('5.5%', 5.5, 'exact', 'Sugon', 'share-price', ''),
    P('8.1%', 8.1, 'exact', 'Range Intelligent Computing', 'share-price', ''),
    P('1.1%', -1.1, 'exact', 'Ping An Insurance', 'share-price', ''),
    P('0.7%', -0.7, 'exact', 'China Merchants Bank', 'share-price', ''),
    M('约86.4亿元', 8.64*B, 'CNY', 'approx', 'market:A-share electronics sector', 'other', '', 'main-force net inflow'),
    M('约41.2亿元', 4.12*B, 'CNY', 'approx', 'market:A-share computer sector', 'other', '', 'net inflow'),
    M('约23.5亿元', -2.35*B, 'CNY', 'approx', 'market:A-share bank sector', 'other', '', 'net outflow, negative'),
    M('约58亿元', 5.8*B, 'CNY', 'approx', 'market:STAR chip ETFs', 'other', '', 'weekly net inflow'),
    P('0.6%', 0.6, 'exact', 'market:Hang Seng Index', 'share-price', ''),
    P('1.9%', 1.9, 'exact', 'market:Hang Seng Tech', 'share-price', ''),
    P('3.2%', 3.2, 'exact', K, 'share-price', ''),
    P('50%以上', 50, 'min', 'market:A-share computing sector', 'profit-growth', '2026Q4', 'strategist forecast'),
]
DEALS['08-ashare-compute-wrap-yicai.md'] = [
    D(Y, H, 'purchase', 2.4*B, 'CNY', '公司盘前公告获曜石智算约24亿元订单', 'circular loop 1'),
]

SH = 'market:Shanghai compute vouchers'
F['09-compute-subsidy-21jingji.md'] = [
    M('10亿元', 1*B, 'CNY', 'exact', SH, 'subsidy', '2027', 'annual voucher budget from 2027'),
    P('30%', 30, 'max', SH, 'subsidy', '2027', 'subsidy rate up to (最高可达)'),
    M('2000万元', 20*MN, 'CNY', 'max', SH, 'subsidy', '2027', 'cap per company per year'),
    M('约6亿元', 600*MN, 'CNY', 'approx', SH, 'subsidy', '2023'),
    P('10%至20%', (10, 20), 'range', SH, 'subsidy', '2023', 'subsidy rate'),
    M('超过80亿元', 8*B, 'CNY', 'min', 'market:China compute vouchers', 'subsidy', '2025', 'cumulative'),
    M('约1.2亿元', 120*MN, 'CNY', 'approx', Y, 'subsidy', '2026H1'),
    P('约25%', 25, 'approx', Y, 'other', '2026H1', 'subsidy as share of revenue'),
    M('约5亿元', 500*MN, 'CNY', 'approx', Y, 'funding', '', 'convertible bonds in Series C'),
    M('约1.5万元', 15000, 'CNY', 'approx', 'market:China GPU rental', 'price', '2023', 'per card per month, H100-class'),
    M('约6000元', 6000, 'CNY', 'approx', 'market:China GPU rental', 'price', '', 'current'),
    P('约60%', -60, 'approx', 'market:China GPU rental', 'price', ''),
    P('35%左右', 35, 'approx', 'market:China GPU rental', 'other', '', 'utilisation'),
    M('约1260亿元', 126*B, 'CNY', 'approx', 'market:China compute leasing', 'market-size', '2026'),
    P('约45%', 45, 'approx', 'market:China compute leasing', 'growth', '2026'),
    M('突破2500亿元', 250*B, 'CNY', 'min', 'market:China compute leasing', 'market-size', '2028'),
    P('约31%', 31, 'approx', 'group:top five compute leasing providers', 'market-share', '2024'),
    P('48%', 48, 'exact', 'group:top five compute leasing providers', 'market-share', '2026'),
    M('约3400万元', 34*MN, 'CNY', 'approx', '', 'subsidy', '', 'unnamed company, subsidy obtained by fraud'),
    M('约680万元', 6.8*MN, 'CNY', 'approx', '', 'fine', '2026-10', 'unnamed company fined'),
]
DEALS['09-compute-subsidy-21jingji.md'] = []

F['10-veridian-q1-call-transcript.md'] = [
    M('two point three one billion dollars', 2.31*B, 'USD', 'exact', V, 'revenue', 'FY2027Q1', 'spoken'),
    P('seventy-four percent', 74, 'exact', V, 'revenue-growth', 'FY2027Q1', 'YoY, spoken'),
    P('about twelve percent', 12, 'approx', V, 'revenue-growth', 'FY2027Q1', 'QoQ'),
    M('seventeen point five billion dollars', 17.5*B, 'USD', 'exact', V, 'orders', '2026-10', 'contracted backlog at quarter end; conflicts with 18.6bn in 12'),
    M('four hundred million dollars', 400*MN, 'USD', 'exact', C, 'investment', '', 'circular loop 2'),
    P('four percent', 4, 'approx', C, 'stake', '', 'roughly a four percent stake'),
    M('about one point six billion dollars', 1.6*B, 'USD', 'approx', V, 'purchase', '', 'of Cerebras CS-3 systems over two years'),
    M('two point two billion dollars', 2.2*B, 'USD', 'exact', C, 'cloud-contract', '', 'five-year capacity agreement'),
    M('one point oh two billion', 1.02*B, 'USD', 'exact', V, 'profit', 'FY2027Q1', 'adjusted EBITDA'),
    P('forty-four percent', 44, 'exact', V, 'margin', 'FY2027Q1', 'EBITDA margin'),
    P('forty-one percent', 41, 'exact', V, 'margin', 'FY2026Q4'),
    M('a hundred and thirty-eight million', 138*MN, 'USD', 'exact', V, 'loss', 'FY2027Q1', 'GAAP net loss'),
    M('about two point four billion', 2.4*B, 'USD', 'approx', V, 'capex', 'FY2027Q1'),
    M('about nine billion dollars', 9*B, 'USD', 'approx', V, 'capex', 'FY2027', 'full-year guidance'),
    M('eight and a half billion', 8.5*B, 'USD', 'exact', V, 'capex', 'FY2027', 'previous guidance (September)'),
    M('between two point five five and two point six five billion', (2.55*B, 2.65*B), 'USD', 'range', V, 'revenue', 'FY2027Q2', 'guidance'),
    M('three point two billion dollar', 3.2*B, 'USD', 'exact', V, 'debt', '', 'delayed-draw term loan at the unnamed Amarillo SPV (subsidiary), non-recourse'),
    P('two point seven five percent', 2.75, 'exact', V, 'other', '', 'loan spread over SOFR'),
    M('five hundred million dollar', 500*MN, 'USD', 'exact', V, 'buyback', ''),
    M('four hundred million', 400*MN, 'USD', 'exact', C, 'investment', '', 'in analyst question'),
    M('one point six billion', 1.6*B, 'USD', 'exact', V, 'purchase', ''),
    M('two point two billion', 2.2*B, 'USD', 'exact', C, 'cloud-contract', ''),
    M('two point two billion', 2.2*B, 'USD', 'exact', C, 'cloud-contract', ''),
    P('about four percent', 4, 'approx', C, 'stake', ''),
    P('about eight percent', -8, 'approx', V, 'price', 'FY2027Q1', 'blended GPU-hour price down QoQ'),
    M('roughly two dollars and ten cents', 2.10, 'USD', 'approx', V, 'price', 'FY2027Q1', 'per GPU-hour'),
    P('about ninety-one percent', 91, 'approx', V, 'other', 'FY2027Q1', 'utilisation'),
    M('about two hundred and ten million', 210*MN, 'USD', 'approx', V, 'cost', 'FY2027Q1', 'interest expense'),
]
DEALS['10-veridian-q1-call-transcript.md'] = [
    D(C, V, 'invest', 400*MN, 'USD', 'Cerebras is investing four hundred million dollars in Veridian for roughly a four percent stake', 'circular loop 2'),
    D(V, C, 'purchase', 1.6*B, 'USD', 'we are committing to buy about one point six billion dollars of their CS-3 systems', 'circular loop 2'),
    D(C, V, 'cloud-contract', 2.2*B, 'USD', 'Cerebras has signed a five-year capacity agreement with us worth two point two billion dollars', 'circular loop 2'),
    D('KKR', V, 'invest', None, None, 'three point two billion dollar delayed-draw term loan at our Amarillo project SPV, led by KKR and Ares', 'loan (debt financing) to the SPV'),
    D('Ares', V, 'invest', None, None, 'led by KKR and Ares', 'loan (debt financing) to the SPV'),
]

F['11-veridian-results-reuters.md'] = [
    M('about $9 billion', 9*B, 'USD', 'approx', V, 'capex', 'FY2027'),
    P('74%', 74, 'exact', V, 'revenue-growth', 'FY2027Q1'),
    M('$2.31 billion', 2.31*B, 'USD', 'exact', V, 'revenue', 'FY2027Q1'),
    M('$2.22 billion', 2.22*B, 'USD', 'exact', V, 'revenue', 'FY2027Q1', 'analysts consensus estimate'),
    M('$2.55 billion to $2.65 billion', (2.55*B, 2.65*B), 'USD', 'range', V, 'revenue', 'FY2027Q2', 'guidance'),
    M('$2.48 billion', 2.48*B, 'USD', 'exact', V, 'revenue', 'FY2027Q2', 'consensus estimate'),
    M('$400 million', 400*MN, 'USD', 'exact', C, 'investment', ''),
    M('about $1.6 billion', 1.6*B, 'USD', 'approx', V, 'purchase', ''),
    M('$2.2 billion', 2.2*B, 'USD', 'exact', C, 'cloud-contract', '', 'over five years'),
    P('6.3%', 6.3, 'exact', V, 'share-price', '', 'extended trading'),
    P('about 140%', 140, 'approx', V, 'share-price', '2026', 'year to date'),
    M('roughly $61 billion', 61*B, 'USD', 'approx', V, 'market-cap', '2026-12'),
    M('$138 million', 138*MN, 'USD', 'exact', V, 'loss', 'FY2027Q1'),
    M('$212 million', 212*MN, 'USD', 'exact', V, 'loss', 'FY2026Q1'),
    M('$500 million', 500*MN, 'USD', 'exact', V, 'buyback', ''),
    M('more than $14 billion', 14*B, 'USD', 'min', V, 'debt', '', 'raised over the past 18 months'),
    M('$3.2 billion', 3.2*B, 'USD', 'exact', V, 'debt', '', 'Amarillo loan'),
]
DEALS['11-veridian-results-reuters.md'] = [
    D(C, V, 'invest', 400*MN, 'USD', 'the chipmaker will invest $400 million in Veridian', 'circular loop 2'),
    D(V, C, 'purchase', 1.6*B, 'USD', 'Veridian will buy about $1.6 billion of Cerebras systems', 'circular loop 2'),
    D(C, V, 'cloud-contract', 2.2*B, 'USD', "Cerebras will pay $2.2 billion over five years for capacity in Veridian's facilities", 'circular loop 2'),
]

F['12-veridian-cerebras-information.md'] = [
    M('$17.5 billion', 17.5*B, 'USD', 'exact', V, 'orders', '2026-10', 'as told to investors'),
    M('about $18.6 billion', 18.6*B, 'USD', 'approx', V, 'orders', '2026-10', 'hedged (people familiar); conflicts with 17.5bn'),
    M('$400 million', 400*MN, 'USD', 'exact', C, 'investment', ''),
    M('around $1.6 billion', 1.6*B, 'USD', 'approx', V, 'purchase', ''),
    M('$2.2 billion', 2.2*B, 'USD', 'exact', C, 'cloud-contract', ''),
    M('about $1.9 billion', 1.9*B, 'USD', 'approx', C, 'revenue', M9_26),
    M('$0.6 billion', 0.6*B, 'USD', 'exact', C, 'revenue', M9_25),
    M('up to $3 billion', 3*B, 'USD', 'max', C, 'revenue', '2027', 'projection'),
    M('$3.2 billion', 3.2*B, 'USD', 'exact', V, 'debt', '', 'loan sits in an SPV off the parent balance sheet'),
    M('about $1.1 billion', 1.1*B, 'USD', 'approx', 'KKR', 'debt', '', 'lender commitment to the loan'),
    M('$900 million', 900*MN, 'USD', 'exact', 'Ares', 'debt', '', 'lender commitment to the loan'),
    M('$1.25 billion', 1.25*B, 'USD', 'exact', V, 'debt', '2026-09', 'senior notes sold in September'),
    P('7.125%', 7.125, 'exact', V, 'other', '', 'coupon'),
    M('about $210 million', 210*MN, 'USD', 'approx', V, 'cost', 'FY2027Q1', 'interest expense last quarter'),
    M('$95 million', 95*MN, 'USD', 'exact', V, 'cost', 'FY2026Q1', 'interest expense a year earlier'),
    M('close to $16 billion', 16*B, 'USD', 'approx', V, 'debt', '', 'total debt incl. leases, hedged'),
]
DEALS['12-veridian-cerebras-information.md'] = [
    D(C, V, 'invest', 400*MN, 'USD', 'agreed to invest $400 million in Veridian', 'circular loop 2'),
    D(V, C, 'purchase', 1.6*B, 'USD', 'Veridian in turn agreed to buy around $1.6 billion of Cerebras hardware', 'circular loop 2'),
    D(C, V, 'cloud-contract', 2.2*B, 'USD', 'Cerebras will then rent capacity back from Veridian under a $2.2 billion, five-year contract', 'circular loop 2'),
    D('KKR', V, 'invest', 1.1*B, 'USD', 'KKR committed about $1.1 billion ... to the loan', 'loan to the Amarillo SPV'),
    D('Ares', V, 'invest', 900*MN, 'USD', 'Ares about $900 million to the loan', 'loan to the Amarillo SPV'),
]

F['13-ase-advanced-packaging-ctee.md'] = [
    M('40億美元', 4*B, 'USD', 'exact', A, 'revenue', '2027', 'LEAP revenue target (上看); conflicts with $3.5bn in 14'),
    M('約26億美元', 2.6*B, 'USD', 'approx', A, 'revenue', '2026', 'LEAP revenue estimate'),
    P('逾五成', 50, 'min', A, 'revenue-growth', '2027', 'written 逾五成'),
    M('約62億美元', 6.2*B, 'USD', 'approx', A, 'capex', '2026'),
    P('約六成', 60, 'approx', A, 'other', '2026', 'share of capex to advanced packaging'),
    M('新台幣419億元', 41.9*B, 'TWD', 'exact', S, 'investment', '', 'subsidiary new plant'),
    M('約新台幣180億元', 18*B, 'TWD', 'approx', 'ASE Inc.', 'investment', '', 'subsidiary (日月光半導體) Kaohsiung test capacity'),
    M('新台幣611.2億元', 61.12*B, 'TWD', 'exact', A, 'revenue', '2026-10'),
    P('3.8%', 3.8, 'exact', A, 'revenue-growth', '2026-10', 'MoM'),
    P('12.5%', 12.5, 'exact', A, 'revenue-growth', '2026-10', 'YoY'),
    M('約新台幣5,730億元', 573*B, 'TWD', 'approx', A, 'revenue', M10_26),
    P('約10%', 10, 'approx', A, 'revenue-growth', M10_26),
    M('突破新台幣12元', 12, 'TWD', 'min', A, 'profit', '2026', 'EPS forecast by institutions'),
    P('19.5%至20%', (19.5, 20), 'range', A, 'margin', '2026', 'gross margin'),
    P('1.2%', 1.2, 'exact', 'market:TAIEX', 'share-price', ''),
    M('新台幣152.3億元', 15.23*B, 'TWD', 'exact', 'market:Taiwan foreign investors', 'other', '', 'net buy'),
    P('3.6%', 3.6, 'exact', A, 'share-price', ''),
    P('4.8%', 4.8, 'exact', 'King Yuan Electronics', 'share-price', ''),
    P('2.1%', -2.1, 'exact', 'Unimicron', 'share-price', ''),
]
DEALS['13-ase-advanced-packaging-ctee.md'] = [
    D(H, A, 'purchase', None, None, '市場傳出其部分HC-900產品的後段封測委由日月光投控承接', 'rumoured, no amount'),
]

F['14-ase-nikkei.md'] = [
    M('$3.5 billion', 3.5*B, 'USD', 'exact', A, 'revenue', '2027', 'LEAP revenue; conflicts with 40億美元 in 13'),
    P('about 35%', 35, 'approx', A, 'revenue-growth', '2027'),
    M('around $2.6 billion', 2.6*B, 'USD', 'approx', A, 'revenue', '2026'),
    M('$600 million', 600*MN, 'USD', 'exact', A, 'revenue', '2024', 'background'),
    M('around $6.2 billion', 6.2*B, 'USD', 'approx', A, 'capex', '2026'),
    M('41.9 billion New Taiwan dollars', 41.9*B, 'TWD', 'exact', S, 'investment', ''),
    M('$1.3 billion', 1.3*B, 'USD', 'exact', S, 'investment', '', 'conversion'),
    P('1.1%', 1.1, 'exact', A, 'share-price', ''),
    P('3.6%', 3.6, 'exact', A, 'share-price', ''),
    P('about 68%', 68, 'approx', A, 'share-price', '2026', 'year to date'),
    P('5% to 10%', (5, 10), 'range', A, 'price', '2026', 'advanced testing price increases'),
    P('less than 15%', 15, 'max', A, 'other', '', 'advanced packaging share of group revenue'),
    M('about NT$573 billion', 573*B, 'TWD', 'approx', A, 'revenue', M10_26),
]
DEALS['14-ase-nikkei.md'] = [
    D(H, A, 'purchase', None, None, "Among ASE's newer customers is Hengchuan Semiconductor", 'customer relation, no amount'),
]

CLAIMS = {
 'conflicts': [
  dict(subject=Y, metric='funding', period='', values=[3*B, 3.5*B], files=['05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md'], note='Series C size: 36Kr 30亿元 vs LatePost 35亿元 (incl. convertible)'),
  dict(subject=Y, metric='valuation', period='', values=[18*B, 20*B], files=['05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md'], note='post-money valuation'),
  dict(subject=H, metric='ipo', period='', values=[5.7*B, 6.2*B], files=['01-hengchuan-h-share-scmp.md', '04-hengchuan-broker-note.md', '02-hengchuan-ipo-hket.md'], note='H-share deal size at top of range, HKD'),
  dict(subject=V, metric='orders', period='2026-10', values=[17.5*B, 18.6*B], files=['10-veridian-q1-call-transcript.md', '12-veridian-cerebras-information.md'], note='backlog at end of fiscal Q1'),
  dict(subject=A, metric='revenue', period='2027', values=[4*B, 3.5*B], files=['13-ase-advanced-packaging-ctee.md', '14-ase-nikkei.md'], note='LEAP (advanced packaging) revenue target'),
 ],
 'consistent': [
  dict(subject=H, metric='revenue', period='2026Q3', values=[1482*MN], files=['02-hengchuan-ipo-hket.md', '04-hengchuan-broker-note.md']),
  dict(subject=H, metric='profit', period='2026Q3', values=[186*MN], files=['02-hengchuan-ipo-hket.md', '04-hengchuan-broker-note.md']),
  dict(subject=Y, metric='purchase', period='', values=[2.4*B], files=['01-hengchuan-h-share-scmp.md', '02-hengchuan-ipo-hket.md', '03-yaoshi-order-cls.md', '04-hengchuan-broker-note.md', '05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md', '08-ashare-compute-wrap-yicai.md']),
  dict(subject=H, metric='investment', period='2026-11', values=[800*MN], files=['01-hengchuan-h-share-scmp.md', '02-hengchuan-ipo-hket.md', '03-yaoshi-order-cls.md', '04-hengchuan-broker-note.md', '05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md'], note='04 and 05 state no month (period "")'),
  dict(subject=Y, metric='investment', period='', values=[50*MN], files=['01-hengchuan-h-share-scmp.md', '02-hengchuan-ipo-hket.md', '05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md'], note='cornerstone ticket in Hengchuan IPO'),
  dict(subject=Y, metric='revenue', period='2026', values=[1.2*B], files=['05-yaoshi-series-c-36kr.md', '06-yaoshi-latepost.md']),
  dict(subject=H, metric='market-cap', period='2026-11', values=[187*B], files=['03-yaoshi-order-cls.md', '08-ashare-compute-wrap-yicai.md']),
  dict(subject=V, metric='revenue', period='FY2027Q1', values=[2.31*B], files=['10-veridian-q1-call-transcript.md', '11-veridian-results-reuters.md'], note='11 also carries a $2.22bn consensus estimate for the same quarter: not a conflict'),
  dict(subject=V, metric='capex', period='FY2027', values=[9*B], files=['10-veridian-q1-call-transcript.md', '11-veridian-results-reuters.md'], note='transcript also gives the superseded $8.5bn guidance'),
  dict(subject=V, metric='loss', period='FY2027Q1', values=[138*MN], files=['10-veridian-q1-call-transcript.md', '11-veridian-results-reuters.md']),
  dict(subject=C, metric='investment', period='', values=[400*MN], files=['10-veridian-q1-call-transcript.md', '11-veridian-results-reuters.md', '12-veridian-cerebras-information.md']),
  dict(subject=C, metric='cloud-contract', period='', values=[2.2*B], files=['10-veridian-q1-call-transcript.md', '11-veridian-results-reuters.md', '12-veridian-cerebras-information.md']),
  dict(subject=A, metric='capex', period='2026', values=[6.2*B], files=['13-ase-advanced-packaging-ctee.md', '14-ase-nikkei.md']),
  dict(subject=A, metric='revenue', period='2026', values=[2.6*B], files=['13-ase-advanced-packaging-ctee.md', '14-ase-nikkei.md'], note='LEAP revenue 2026'),
  dict(subject=A, metric='revenue', period=M10_26, values=[573*B], files=['13-ase-advanced-packaging-ctee.md', '14-ase-nikkei.md']),
  dict(subject=S, metric='investment', period='', values=[41.9*B], files=['13-ase-advanced-packaging-ctee.md', '14-ase-nikkei.md']),
 ],
}
