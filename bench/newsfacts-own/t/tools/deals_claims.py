#!/usr/bin/env python3
"""Writes deals.jsonl and claims.json (label source) and checks every evidence string occurs in its article."""
import json, os
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = [
 ("04-skhynix-q1-reuters.md", "Nvidia", "SK hynix", "purchase", 2.4e9, "USD", "The company said a U.S. customer had agreed to prepay $2.4 billion to secure HBM4 supply", "prepayment; customer identified as Nvidia by two people familiar"),
 ("07-skhynix-q1-wallstreetcn.md", "Nvidia", "SK hynix", "purchase", 3e9, "USD", "一家美国大客户同意预付约30亿美元", "hedged identification (市场普遍认为); amount conflicts with 04"),
 ("07-skhynix-q1-wallstreetcn.md", "SK hynix", "Hanmi Semiconductor", "purchase", 215e9, "KRW", "向韩美半导体追加了约2150亿韩元的TC键合机订单", None),
 ("05-qiyuan-alibaba-credits-theinformation.md", "Alibaba", "Qiyuan AI", "invest", 6e8, "USD", "Alibaba plans to put in $600 million", "about $350 million of it as cloud credits"),
 ("05-qiyuan-alibaba-credits-theinformation.md", "Qiyuan AI", "Alibaba Cloud", "cloud-contract", 5e8, "USD", "Qiyuan has separately agreed to spend at least $500 million on Alibaba Cloud over the next three years", "money loop: credits come back as cloud revenue"),
 ("05-qiyuan-alibaba-credits-theinformation.md", "Shanghai AI Industry Investment Fund", "Qiyuan AI", "invest", 1e8, "USD", "about $100 million from the Shanghai AI Industry Investment Fund", "state guidance fund"),
 ("05-qiyuan-alibaba-credits-theinformation.md", "HongShan", "Qiyuan AI", "invest", None, None, "smaller checks from existing investor HongShan", None),
 ("05-qiyuan-alibaba-credits-theinformation.md", "Alibaba", "Moonshot AI", "invest", None, None, "in its last round, which Alibaba also joined", "background"),
 ("09-qiyuan-round-confirmed-36kr.md", "Alibaba", "Qiyuan AI", "invest", 4.2e8, "USD", "阿里巴巴在本轮中出资4.2亿美元", "2.5亿美元 of it as 阿里云算力额度"),
 ("09-qiyuan-round-confirmed-36kr.md", "Qiyuan AI", "Alibaba Cloud", "cloud-contract", 3e9, "CNY", "启元智能承诺未来三年在阿里云上的算力采购金额不低于30亿元", "min (不低于)"),
 ("09-qiyuan-round-confirmed-36kr.md", "Shanghai AI Industry Investment Fund", "Qiyuan AI", "invest", 1e8, "USD", "上海人工智能产业投资基金出资1亿美元", None),
 ("09-qiyuan-round-confirmed-36kr.md", "HongShan", "Qiyuan AI", "invest", None, None, "上海人工智能产业投资基金、红杉中国及多家老股东跟投", "红杉中国 = HongShan"),
 ("08-xinyue-hk-ipo-hkej.md", "Tencent", "芯岳科技", "invest", 5e7, "USD", "其中騰訊認購5,000萬美元", "IPO cornerstone"),
 ("08-xinyue-hk-ipo-hkej.md", "Temasek", "芯岳科技", "invest", None, None, "包括騰訊、淡馬錫及中國國有企業結構調整基金等", "cornerstone; own amount not stated here"),
 ("08-xinyue-hk-ipo-hkej.md", "China State-owned Enterprise Structural Adjustment Fund", "芯岳科技", "invest", None, None, "包括騰訊、淡馬錫及中國國有企業結構調整基金等", "cornerstone; 國調基金"),
 ("10-xinyue-hk-ipo-stcn.md", "Tencent", "芯岳科技", "invest", 5e7, "USD", "腾讯认购5000万美元", None),
 ("10-xinyue-hk-ipo-stcn.md", "Temasek", "芯岳科技", "invest", 4e7, "USD", "淡马锡认购4000万美元", None),
 ("10-xinyue-hk-ipo-stcn.md", "Mubadala", "芯岳科技", "invest", 3e7, "USD", "穆巴达拉认购3000万美元", None),
 ("10-xinyue-hk-ipo-stcn.md", "China State-owned Enterprise Structural Adjustment Fund", "芯岳科技", "invest", None, None, "国调基金等其余3家合计认购约1.3亿美元", "own amount not stated (group of three 约1.3亿美元)"),
 ("10-xinyue-hk-ipo-stcn.md", "芯岳科技", "TSMC", "purchase", 6.2e8, "CNY", "2026财年向台积电支付晶圆代工费用约6.2亿元", "foundry fees"),
 ("06-langtuo-annual-report-yicai.md", "ByteDance", "浪拓信息", "purchase", 21.4e9, "CNY", "字节跳动为第一大客户，全年贡献收入约214亿元", None),
 ("06-langtuo-annual-report-yicai.md", "Alibaba", "浪拓信息", "purchase", 16.3e9, "CNY", "阿里巴巴为第二大客户，贡献约163亿元", None),
 ("06-langtuo-annual-report-yicai.md", "浪拓信息", "Hygon", "purchase", 4.6e9, "CNY", "公司全年向海光信息采购CPU约46亿元", "海光信息 = Hygon Information Technology"),
 ("06-langtuo-annual-report-yicai.md", "浪拓信息", "浪拓云图", "invest", 1.02e9, "CNY", "浪拓信息年内已向其实缴出资10.2亿元", "joint venture, 51% held; 其 = 浪拓云图"),
 ("02-quanta-march-revenue-udn.md", "Quanta", "Quanta Computer USA", "invest", 4.5e8, "USD", "董事會通過增資美國子公司Quanta Computer USA 4.5億美元", "parent into subsidiary"),
 ("11-asml-q1-bloomberg.md", "TSMC", "ASML", "purchase", 1.1e9, "EUR", "High-NA systems for Taiwan Semiconductor Manufacturing Co. worth about €1.1 billion", "people familiar"),
 ("12-asml-broker-note.md", "SK hynix", "ASML", "purchase", 9e8, "EUR", "a roughly €900m EUV order from SK hynix for its M15X fab", "broker channel check"),
 ("12-asml-broker-note.md", "Samsung Electronics", "ASML", "purchase", 7e8, "EUR", "about €700m from Samsung Electronics for Pyeongtaek", "broker channel check"),
]
C = {"conflicts": [
 dict(subject="SK hynix", metric="profit", period="2027Q1", values=[14.6e12, 14.2e12], files=["03-skhynix-q1-call-transcript.md", "04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"], note="operating profit 14.6 trillion won (03, 04) vs 约14.2万亿韩元 (07); the 11.2 trillion net profit and the 13.2 trillion consensus share the key but are different measures"),
 dict(subject="SK hynix", metric="market-share", period="2027Q1", values=[58, 62], files=["04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"], note="HBM share about 58% (04) vs 约62% (07); 'sixty percent' hearsay in 03 has no period"),
 dict(subject="SK hynix", metric="capex", period="2027", values=[32e12, 34e12], files=["03-skhynix-q1-call-transcript.md", "04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"], note="around thirty-two trillion won (03) / about 32 trillion (04) vs 约34万亿韩元 (07); Indiana 1.2 trillion is a part"),
 dict(subject="Nvidia", metric="purchase", period="", values=[2.4e9, 3e9], files=["04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"], note="HBM4 prepayment $2.4 billion (04; transcript 03 gives the same amount without naming the customer) vs 约30亿美元 (07)"),
 dict(subject="Qiyuan AI", metric="funding", period="", values=[1e9, 7e8], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"], note="about $1 billion (05, before closing) vs confirmed 7亿美元 (09); rumoured 约50亿元 (01) is CNY and roughly agrees with 09"),
 dict(subject="Qiyuan AI", metric="valuation", period="", values=[5e9, 3.8e9], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"], note="about $5 billion (05) denied; 38亿美元 post-money (09); 09 repeats 50亿美元 as the denied figure"),
 dict(subject="Alibaba", metric="investment", period="", values=[6e8, 4.2e8], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"], note="lead cheque $600 million (05) vs 4.2亿美元 (09)"),
 dict(subject="Alibaba", metric="investment", period="", values=[3.5e8, 2.5e8], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"], note="cloud-credit part: roughly $350 million (05) vs 2.5亿美元 (09)"),
 dict(subject="ASML", metric="orders", period="2027Q1", values=[7.1e9, 7.3e9], files=["11-asml-q1-bloomberg.md", "12-asml-broker-note.md"], note="net bookings €7.1 billion (11) vs €7.3bn on the broker's definition (12)"),
 dict(subject="芯岳科技", metric="market-cap", period="", values=[36.5e9, 35e9], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"], note="約365億元 (08) vs 约350亿港元 (10), both at the top of the range"),
 dict(subject="group:芯岳科技 cornerstone investors", metric="investment", period="", values=[2.6e8, 2.5e8], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"], note="six cornerstones' total 約2.6億美元 (08) vs 约2.5亿美元 (10)"),
 dict(subject="芯岳科技", metric="loss", period="FY2026", values=[7.9e8, 8.3e8], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"], note="year to 31 March 2026: 虧損7.9億元人民幣 (08) vs 净亏损约8.3亿元 (10)"),
], "consistent": [
 dict(subject="SK hynix", metric="revenue", period="2027Q1", values=[31.8e12], files=["03-skhynix-q1-call-transcript.md", "04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"], note="spoken 'thirty-one point eight trillion won' = 31.8 trillion won = 31.8万亿韩元; 07 adds a CNY conversion"),
 dict(subject="SK hynix", metric="capex", period="2026", values=[27e12], files=["03-skhynix-q1-call-transcript.md", "04-skhynix-q1-reuters.md", "07-skhynix-q1-wallstreetcn.md"]),
 dict(subject="SK hynix", metric="loss", period="2027Q1", values=[300e9], files=["03-skhynix-q1-call-transcript.md", "04-skhynix-q1-reuters.md"], note="NAND segment loss: around three hundred billion won / 300 billion won"),
 dict(subject="Solidigm", metric="profit", period="2027Q1", values=[90e6], files=["03-skhynix-q1-call-transcript.md", "07-skhynix-q1-wallstreetcn.md"]),
 dict(subject="Qiyuan AI", metric="revenue", period="2026", values=[4.6e8], files=["01-qiyuan-round-rumour-cls.md", "05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"]),
 dict(subject="Qiyuan AI", metric="loss", period="2026", values=[1.7e9], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"]),
 dict(subject="Qiyuan AI", metric="spending", period="2026", values=[1.1e9], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"]),
 dict(subject="Shanghai AI Industry Investment Fund", metric="investment", period="", values=[1e8], files=["05-qiyuan-alibaba-credits-theinformation.md", "09-qiyuan-round-confirmed-36kr.md"]),
 dict(subject="ASML", metric="revenue", period="2027Q1", values=[8.3e9], files=["11-asml-q1-bloomberg.md", "12-asml-broker-note.md"], note="estimates €8.1 billion / €8.14bn share the key but are forecasts"),
 dict(subject="ASML", metric="revenue", period="2026", values=[34.6e9], files=["11-asml-q1-bloomberg.md", "12-asml-broker-note.md"]),
 dict(subject="ASML", metric="revenue", period="2027Q2", values=[8.0e9, 8.6e9], files=["11-asml-q1-bloomberg.md", "12-asml-broker-note.md"], note="same guidance range; broker's consensus €8.4bn sits inside it"),
 dict(subject="ASML", metric="orders", period="2027-03", values=[39e9], files=["11-asml-q1-bloomberg.md", "12-asml-broker-note.md"], note="backlog about €39 billion / €39bn"),
 dict(subject="芯岳科技", metric="ipo", period="", values=[32.8, 36.5], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"], note="offer price range; proceeds 約54.8億元 vs 约54.75亿港元 also agree (rounding)"),
 dict(subject="芯岳科技", metric="revenue", period="FY2026", values=[1.24e9], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"]),
 dict(subject="芯岳科技", metric="revenue", period="FY2027-9M", values=[1.13e9], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"]),
 dict(subject="Tencent", metric="investment", period="", values=[5e7], files=["08-xinyue-hk-ipo-hkej.md", "10-xinyue-hk-ipo-stcn.md"]),
]}
fix = lambda y: int(y) if isinstance(y, float) and y == int(y) and abs(y) >= 1 else y
bad = 0
with open(os.path.join(T, 'deals.jsonl'), 'w', encoding='utf-8') as f:
    for fl, pa, pe, ty, am, cu, ev, no in D:
        body = open(os.path.join(T, 'articles', fl), encoding='utf-8').read().split('\n---\n', 1)[1]
        if ev not in body:
            print('EVIDENCE NOT FOUND', fl, ev); bad += 1
        r = dict(file=fl, payer=pa, payee=pe, type=ty, amount=fix(am), currency=cu, evidence=ev)
        if no: r['note'] = no
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
for g in C['conflicts'] + C['consistent']:
    g['values'] = [fix(v) for v in g['values']]
json.dump(C, open(os.path.join(T, 'claims.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(D), 'deals', len(C['conflicts']), 'conflicts', len(C['consistent']), 'consistent', bad, 'bad evidence')
