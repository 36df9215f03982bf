"""Deals (capital flows) and cross-article claims for batch l."""
XH, LX, MC, CV = 'Xingheng Compute', 'Lanxin Technology', '沐川智能', 'Corvane Systems'

def d(file, payer, payee, type_, amount, currency, evidence, note=''):
    r = dict(file=file, payer=payer, payee=payee, type=type_, amount=amount, currency=currency, evidence=evidence)
    if note:
        r['note'] = note
    return r

F1, F2, F3, F4 = '01-xingheng-ipo-launch-cls.md', '02-xingheng-ipo-hket.md', '03-xingheng-prices-top-bloomberg.md', '04-xingheng-circular-latepost.md'
F5, F6, F7, F8 = '05-lanxin-broker-note-huatai.md', '06-lanxin-placement-stcn.md', '07-hp-q4-fy26-call-transcript.md', '08-hp-results-reuters.md'
F10, F11, F12, F13 = '10-corvane-raise-the-information.md', '11-corvane-closes-36kr.md', '12-ashare-hk-wrap-yicai.md', '13-us-market-wrap-cnbc.md'

DEALS = [
    d(F1, 'GIC', XH, 'invest', 1.2e8, 'USD', '新加坡政府投资公司GIC认购1.2亿美元', 'IPO cornerstone'),
    d(F1, LX, XH, 'invest', 1e8, 'USD', '国产AI芯片公司澜芯科技认购1亿美元', 'IPO cornerstone; loop 1 leg A'),
    d(F1, 'Tianyi Cloud', XH, 'invest', 5e7, 'USD', '中国电信旗下天翼云认购5000万美元', 'IPO cornerstone; subsidiary of China Telecom'),
    d(F2, XH, LX, 'purchase', 3.2e9, 'CNY', '星衡今年首九個月向瀾芯採購加速卡約人民幣32億元', 'loop 1 leg B'),
    d(F2, LX, XH, 'invest', 8e8, 'CNY', '瀾芯在2025年B輪融資時曾投資星衡8億元人民幣', 'loop 1 leg A'),
    d(F2, XH, '黔星智算', 'invest', 5e9, 'CNY', '合資成立「黔星智算」，註冊資本50億元人民幣，星衡持股49%', 'joint registered capital (JV)'),
    d(F2, 'Tianyi Cloud', '黔星智算', 'invest', 5e9, 'CNY', '合資成立「黔星智算」，註冊資本50億元人民幣，…天翼雲持股51%', 'joint registered capital (JV)'),
    d(F3, LX, XH, 'invest', 1e8, 'USD', 'Lanxin, Xingheng\'s biggest supplier, is putting in $100 million', 'loop 1 leg A'),
    d(F3, 'GIC', XH, 'invest', None, None, 'Eight cornerstone investors, including Singapore\'s GIC Pte and chip designer Lanxin Technology Co., agreed to buy $310 million of stock', 'share of a group total'),
    d(F4, LX, XH, 'invest', 8e8, 'CNY', '澜芯科技领投星衡智算B轮融资。该轮融资总额20亿元，其中澜芯出资8亿元', 'loop 1 leg A'),
    d(F4, XH, LX, 'purchase', 3.2e9, 'CNY', '星衡向澜芯采购加速卡及配套板卡约32亿元', 'loop 1 leg B'),
    d(F4, LX, XH, 'invest', 1e8, 'USD', '澜芯又以基石身份认购1亿美元（约合人民币7.1亿元）'),
    d(F5, XH, LX, 'purchase', 2.8e9, 'CNY', 'the AI cloud operator bought RMB2,800m of Lanxin accelerators in 9M26', 'loop 1 leg B; amount conflicts with 02/04'),
    d(F5, LX, XH, 'stake', 8e8, 'CNY', "Lanxin's RMB800m equity stake in Xingheng (4.6%)"),
    d(F5, LX, XH, 'invest', 1e8, 'USD', 'plus a US$100m cornerstone subscription'),
    d(F6, MC, LX, 'purchase', 2.5e9, 'CNY', '沐川智能拟在2027年底前向其采购不超过25亿元的加速卡及模组', 'loop 3 leg B (upper bound)'),
    d(F6, LX, MC, 'stake', None, None, '澜芯科技目前持有沐川智能约8%的股份', 'loop 3 leg A; amount not stated'),
    d(F7, 'HP Inc', 'Humane', 'acquisition', 1.16e8, 'USD', "we bought Humane's software team and IP for one hundred sixteen million dollars in early 2025", 'background'),
    d(F10, 'Cisco', CV, 'invest', 4e8, 'USD', 'Cisco Systems is expected to lead the round with around $400 million', 'loop 2 leg A'),
    d(F10, CV, 'Cisco', 'purchase', 1e9, 'USD', 'Corvane has agreed to buy up to $1 billion of Cisco switches and optical gear over three years', 'loop 2 leg B'),
    d(F11, 'Cisco', CV, 'invest', 4e8, 'USD', '本轮由思科领投，思科出资4亿美元', 'loop 2 leg A'),
    d(F11, 'Intel', CV, 'invest', 1.5e8, 'USD', '英特尔资本跟投1.5亿美元', 'Intel Capital = Intel'),
    d(F11, CV, 'Cisco', 'purchase', 1e9, 'USD', 'Corvane同时与思科签署采购协议，未来三年将采购最多10亿美元的交换机和光模块', 'loop 2 leg B'),
    d(F12, MC, LX, 'purchase', 2.5e9, 'CNY', '沐川智能…获得澜芯科技最多25亿元的加速卡供货承诺'),
    d(F13, 'Cisco', CV, 'invest', None, None, 'it will lead a $1.2 billion funding round for inference cloud startup Corvane Systems'),
    d(F13, CV, 'Cisco', 'purchase', 1e9, 'USD', 'a commitment from Corvane to buy as much as $1 billion of Cisco networking equipment'),
]

def c(subject, metric, period, values, files, note=''):
    r = dict(subject=subject, metric=metric, period=period, values=values, files=files)
    if note:
        r['note'] = note
    return r

F9 = '09-hp-supply-chain-ctee.md'
F14 = '14-sensetime-price-cut-qbitai.md'
CONFLICTS = [
    c(XH, 'purchase', '2026Q1-Q3', [3.2e9, 2.8e9], [F2, F4, F5], "Xingheng's 9M purchases from Lanxin: 约32亿元 (prospectus per HKET, LatePost) vs RMB2,800m (Huatai)"),
    c('HP Personal Systems', 'revenue', 'FY2026Q4', [10.2e9, 9.8e9], [F7, F8, F9], 'call and Reuters say 10.2 billion; 工商時報 prints 98億美元'),
    c(CV, 'valuation', '', [10.2e9, 11e9], [F10, F11], 'post-money: about $10.2 billion (The Information, talks) vs 110亿美元 (36氪, closed)'),
]
CONSISTENT = [
    c(XH, 'ipo', '', [6.2e9], [F1, F2, F3, F4], '最多62亿港元 / HK$6.2 billion (offer price 25 HKD also in 03, 04, 12)'),
    c(XH, 'revenue', '2026H1', [1.86e9], [F1, F2, F3]),
    c(XH, 'revenue-growth', '2026H1', [152], [F1, F2, F3]),
    c(XH, 'loss', '2026H1', [3.4e8], [F1, F3]),
    c(XH, 'revenue', '2025', [2.31e9], [F2, F4]),
    c(XH, 'margin', '2026H1', [17.5], [F2, F4]),
    c(XH, 'price', '2026-09', [6.5], [F2, F4, F14], 'per card-hour after the September cut'),
    c(LX, 'revenue', '2026Q1-Q3', [5.68e9], [F5, F6], 'RMB5,680m / 56.8亿元 (05 also has US$85m overseas revenue for the same period)'),
    c(LX, 'revenue-growth', '2026Q1-Q3', [97], [F5, F6]),
    c(LX, 'funding', '', [6e9], [F5, F6, F12], 'private placement cap'),
    c(MC, 'purchase', '', [2.5e9], [F6, F12]),
    c('HP Inc', 'revenue', 'FY2026Q4', [14.6e9], [F7, F8, F9], '08 also quotes a $14.4 billion analyst estimate, not a claim of fact'),
    c('HP Print', 'revenue', 'FY2026Q4', [4.3e9], [F7, F8, F9]),
    c('HP Inc', 'buyback', '', [10e9], [F7, F8], 'new authorization'),
    c(CV, 'funding', '', [1.2e9], [F10, F11, F13]),
    c(CV, 'revenue', '2026-10', [3.8e8], [F10, F11], 'annualized'),
    c(CV, 'loss', '2026Q1-Q3', [2.1e8], [F10, F11]),
    c(CV, 'debt', '', [2.6e9], [F10, F11]),
    c(CV, 'purchase', '', [1e9], [F10, F11, F13]),
    c('Cisco', 'investment', '', [4e8], [F10, F11]),
]
