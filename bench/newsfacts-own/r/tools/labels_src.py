"""Label source of batch r. One line per money / percent figure, in body order:
text | value (or low~high) | currency ('%' = percent) | qualifier | subject (A+B = list) | metric | period | note
build.py turns this into figures.jsonl (occurrence computed like score.py), deals.jsonl, claims.json."""
F = {}

F['01-qualcomm-photonix-talks-bloomberg.md'] = '''
about $1.5 billion | 1.5e9 | USD | approx | Qualcomm | acquisition | | rumour (people familiar): price of Photonix Labs; conflicts with the confirmed $1.2bn in 02/03
$640 million | 640000000 | USD | exact | Photonix Labs | valuation | 2025 | round led by Vertex Growth
roughly $90 million | 90000000 | USD | approx | Photonix Labs | revenue | 2027 | told to buyers (one person); conflicts with $85mn in the filing (02)
$28 million | 28000000 | USD | exact | Photonix Labs | revenue | 2026 |
4% | 4 | % | exact | Qualcomm | revenue-growth | FY2027Q1 | handset chips only; Qualcomm fiscal year ends in September, quarter ended December 2026
$7 billion to $9 billion | 7e9~9e9 | USD | range | market:co-packaged optics | market-size | 2030 | researcher estimate, per year
less than $1 billion | 1e9 | USD | max | market:co-packaged optics | market-size | 2026 | last year
$6.9 billion | 6.9e9 | USD | exact | Nvidia | acquisition | 2019 | background: Mellanox
2.3% | 2.3 | % | exact | Qualcomm | share-price | | intraday rise
$171.40 | 171.4 | USD | exact | Qualcomm | share-price | 2027-03 | per-share price (stock figure, as of)
about $188 billion | 188e9 | USD | approx | Qualcomm | market-cap | 2027-03 |
6% | -6 | % | exact | Qualcomm | share-price | 2027 | fallen 6% year to date
'''

F['02-qualcomm-photonix-deal-ft.md'] = '''
$1.2bn | 1.2e9 | USD | exact | Qualcomm | acquisition | | confirmed cash price for Photonix Labs (headline has it too, but front matter is not body)
up to $400mn | 400000000 | USD | max | Qualcomm | acquisition | | earn-out over three years; agrees with 最多4億美元 (03)
as much as $1.6bn | 1.6e9 | USD | max | Qualcomm | acquisition | | total incl. earn-out
about $1.5bn | 1.5e9 | USD | approx | Qualcomm | acquisition | | background: last week's reported value (rumour of 01)
$150mn | 150000000 | USD | exact | Qualcomm | compensation | | retention shares, booked as compensation expense
$13.8bn | 13.8e9 | USD | exact | Qualcomm | other | 2026-12 | cash and marketable securities (a stock figure, as of)
$410mn | 410000000 | USD | exact | Qualcomm | write-down | 2026 | goodwill write-down, "the group" = Qualcomm; last year
$85mn | 85000000 | USD | exact | Photonix Labs | revenue | 2027 | company forecast in the filing; conflicts with roughly $90 million (01)
roughly $90mn | 90000000 | USD | approx | Photonix Labs | revenue | 2027 | background: figure circulated among bankers
$28mn | 28000000 | USD | exact | Photonix Labs | revenue | 2026 | "It" = Photonix; last year
31 per cent | 31 | % | exact | Vertex Growth | stake | | Vertex's stake in Photonix
about $370mn | 370000000 | USD | approx | Vertex Growth | other | | proceeds at closing (its share of the price)
$640mn | 640000000 | USD | exact | Photonix Labs | valuation | 2025 | round led by Vertex
NIS 18mn | 18000000 | ILS | exact | Photonix Labs | subsidy | 2021-2024 | Israeli state grants (shekels)
1.1 per cent | 1.1 | % | exact | Qualcomm | share-price | | closing rise
'''

F['03-qualcomm-photonix-supplier-udn.md'] = '''
12億美元 | 1.2e9 | USD | exact | Qualcomm | acquisition | | agrees with $1.2bn (02)
最多4億美元 | 400000000 | USD | max | Qualcomm | acquisition | | earn-out
上看16億美元 | 1.6e9 | USD | max | Qualcomm | acquisition | | total incl. earn-out (上看 = up to)
9.8% | 9.8 | % | exact | 光聯精密 | share-price | | limit-up (漲停); Taiwan company with no English name
412元 | 412 | TWD | exact | 光聯精密 | share-price | 2027-03 | closing price per share, 新台幣 implied
0.6% | 0.6 | % | exact | TSMC | share-price | |
0.5% | 0.5 | % | exact | market:TAIEX | share-price | | index move (加權指數)
2,800萬美元 | 28000000 | USD | exact | Photonix Labs | revenue | 2026 | 去年; agrees with $28 million (01, 02)
8,500萬美元 | 85000000 | USD | exact | Photonix Labs | revenue | 2027 | company forecast (今年)
約58.4億元 | 5.84e9 | TWD | approx | 光聯精密 | revenue | 2026 |
27% | 27 | % | exact | 光聯精密 | revenue-growth | 2026 |
約一成五 | 15 | % | approx | 光聯精密 | other | 2026 | share of revenue from Photonix-related orders; 一成五 = 15%
20億至25億元 | 2e9~2.5e9 | TWD | range | 光聯精密 | capex | 2027 |
約30億元 | 3e9 | TWD | approx | Qualcomm | purchase | | market rumour of a prepayment to 光聯精密, denied by 光聯精密 (純屬市場臆測)
約合9,400萬美元 | 94000000 | USD | approx | Qualcomm | purchase | | same denied rumour, USD conversion
14.2元 | 14.2 | TWD | exact | 光聯精密 | profit | 2027 | EPS per share, investment adviser's estimate
9.6元 | 9.6 | TWD | exact | 光聯精密 | profit | 2026 | EPS per share, reported
近五成 | 50 | % | approx | 光聯精密 | profit-growth | 2027 | EPS growth estimate
450元 | 450 | TWD | exact | 光聯精密 | other | | old analyst price target
520元 | 520 | TWD | exact | 光聯精密 | other | | new analyst price target
超過七成 | 70 | % | min | 光聯精密 | other | | top-five customers' share of revenue
31.5% | 31.5 | % | exact | 光聯精密 | margin | 2026 | gross margin last year
'''

F['04-southern-cross-placement-reuters.md'] = '''
A$1.8 billion | 1.8e9 | AUD | exact | Southern Cross Data Centres Trust | funding | | institutional placement; revised to 21億澳元 in 05 (conflict)
$1.17 billion | 1.17e9 | USD | exact | Southern Cross Data Centres Trust | funding | | USD conversion of A$1.8 billion
about A$500 million | 500000000 | AUD | approx | GIC | investment | | GIC's take-up of the placement; agrees with 約5億澳元 (05)
A$6.40 | 6.4 | AUD | exact | Southern Cross Data Centres Trust | funding | | issue price per unit
7.2% | 7.2 | % | exact | Southern Cross Data Centres Trust | other | | placement discount
A$6.90 | 6.9 | AUD | exact | Southern Cross Data Centres Trust | share-price | 2027-03 | last close per unit before the halt
up to A$150 million | 150000000 | AUD | max | Southern Cross Data Centres Trust | funding | | retail unit purchase plan
about 9.5% | 9.5 | % | approx | GIC | stake | | GIC's stake in the trust after the placement
roughly 14% | 14 | % | approx | Harbourline Super | stake | | invented pension fund, stake in the trust
31.5 Australian cents | 0.315 | AUD | exact | Southern Cross Data Centres Trust | profit | FY2027 | distributable earnings per unit, new guidance; fiscal year ends 30 June 2027
30.0 cents | 0.3 | AUD | exact | Southern Cross Data Centres Trust | profit | FY2027 | old guidance, per unit
about A$3 billion | 3e9 | AUD | approx | Microsoft | contract | | 15-year lease, analysts' value over its life; agrees with 約30億澳元 (05)
between A$2.5 billion and A$3.0 billion | 2.5e9~3e9 | AUD | range | Southern Cross Data Centres Trust | capex | FY2028-FY2030 | next three financial years (July-June years)
24% | 24 | % | exact | Southern Cross Data Centres Trust | other | | gearing after the raise
33% | 33 | % | exact | Southern Cross Data Centres Trust | other | | gearing before
8% to 10% | 8~10 | % | range | Southern Cross Data Centres Trust | other | | discount the analyst had expected
A$5 billion | 5e9 | AUD | exact | Microsoft | capex | 2023-2025 | background: Australian cloud build-out over two years from 2023
18% | 18 | % | exact | Southern Cross Data Centres Trust | share-price | | rise over the past 12 months
6% | 6 | % | exact | market:S&P/ASX 200 | share-price | | index move over 12 months
'''

F['05-southern-cross-upsized-hket.md'] = '''
18億澳元 | 1.8e9 | AUD | exact | Southern Cross Data Centres Trust | funding | | original size (background)
21億澳元 | 2.1e9 | AUD | exact | Southern Cross Data Centres Trust | funding | | upsized placement; revision of A$1.8 billion (04)
約106億港元 | 1.06e10 | HKD | approx | Southern Cross Data Centres Trust | funding | | HKD conversion of 21億澳元
6.4澳元 | 6.4 | AUD | exact | Southern Cross Data Centres Trust | funding | | placement price per unit (每單位)
約5億澳元 | 500000000 | AUD | approx | GIC | investment | |
約9.5% | 9.5 | % | approx | GIC | stake | |
31.5澳仙 | 0.315 | AUD | exact | Southern Cross Data Centres Trust | profit | FY2027 | distributable earnings per unit (澳仙 = Australian cents); year to end-June
5% | 5 | % | exact | Southern Cross Data Centres Trust | other | FY2027 | size of the guidance raise
約30億澳元 | 3e9 | AUD | approx | Microsoft | contract | | lease value by market estimate
25億至30億澳元 | 2.5e9~3e9 | AUD | range | Southern Cross Data Centres Trust | capex | FY2028-FY2030 | next three financial years
33% | 33 | % | exact | Southern Cross Data Centres Trust | other | | gearing before (其 = the trust)
24%左右 | 24 | % | approx | Southern Cross Data Centres Trust | other | | gearing after
7.2澳元 | 7.2 | AUD | exact | Southern Cross Data Centres Trust | other | | old broker price target per unit
7.8澳元 | 7.8 | AUD | exact | Southern Cross Data Centres Trust | other | | new broker price target per unit
一成 | 10 | % | exact | Southern Cross Data Centres Trust | profit-growth | FY2028 | broker estimate (2028財年); 一成 = 10%
約4.9% | 4.9 | % | approx | Southern Cross Data Centres Trust | other | | yield at placement price
3.4% | 3.4 | % | exact | GDS Holdings | share-price | |
34.6港元 | 34.6 | HKD | exact | GDS Holdings | share-price | 2027-03 | closing price per share
0.7% | -0.7 | % | exact | market:Hang Seng Tech Index | share-price | | 跌0.7%
18% | 18 | % | exact | Southern Cross Data Centres Trust | share-price | | past-year rise
'''

F['06-xinheng-star-ipo-stcn.md'] = '''
68.50元 | 68.5 | CNY | exact | 芯衡科技 | ipo | | issue price per share; Chinese company with no English name
41.1亿元 | 4.11e9 | CNY | exact | 芯衡科技 | ipo | | gross proceeds; conflicts with net 38.6亿元 (08)
35亿元 | 3.5e9 | CNY | exact | 芯衡科技 | ipo | | amount planned in the prospectus
约为274亿元 | 2.74e10 | CNY | approx | 芯衡科技 | market-cap | 2027-03 | at the issue price
20% | 20 | % | exact | 芯衡科技 | other | | strategic placement share of the offering
约4.1亿元 | 4.1e8 | CNY | approx | China IC Industry Investment Fund III | investment | | strategic placement (大基金三期)
约2亿元 | 2e8 | CNY | approx | 上海临港芯创基金 | investment | | strategic placement
4% | 4 | % | exact | CICC Alternative Investment | other | | follow-on ratio; subsidiary of the sponsor CICC (中金公司)
约1.64亿元 | 1.64e8 | CNY | approx | CICC Alternative Investment | investment | | the subsidiary's figure, not the parent's
9.8亿元 | 9.8e8 | CNY | exact | 芯衡科技 | revenue | 2025 |
142% | 142 | % | exact | 芯衡科技 | revenue-growth | 2025 |
24.6亿元 | 2.46e9 | CNY | exact | 芯衡科技 | revenue | 2026 | agrees with 约24.6亿元 (08)
151% | 151 | % | exact | 芯衡科技 | revenue-growth | 2026 |
1.9亿元 | 1.9e8 | CNY | exact | 芯衡科技 | loss | 2026 | 归母净亏损
38% | -38 | % | exact | 芯衡科技 | other | 2026 | loss narrowed 38% (收窄: a fall)
约10.2亿元 | 1.02e9 | CNY | approx | 云枢智算 | purchase | 2026 | revenue 芯衡科技 got from its top customer = the customer's purchases; loop leg
41.5% | 41.5 | % | exact | 云枢智算 | other | 2026 | share of 芯衡科技 revenue
1.5亿元 | 1.5e8 | CNY | exact | 芯衡科技 | investment | 2024 | capital injection into 云枢智算 (its customer); loop leg
12% | 12 | % | exact | 芯衡科技 | stake | | stake in 云枢智算 (其 = 云枢智算)
8600万元 | 8.6e7 | CNY | exact | 芯衡科技 | subsidy | 2026 | government subsidy
超过四成 | 40 | % | min | 芯衡科技 | other | 2026 | subsidy as a share of the loss
约18亿元 | 1.8e9 | CNY | approx | 芯衡科技 | spending | | use of IPO proceeds: R&D
约11亿元 | 1.1e9 | CNY | approx | 芯衡科技 | spending | | use of proceeds: packaging and test platform
6亿元 | 6e8 | CNY | exact | 芯衡科技 | other | | working capital
30亿元以上 | 3e9 | CNY | min | 芯衡科技 | revenue | 2027 | analyst estimate
'''

F['07-xinheng-debut-cls.md'] = '''
268% | 268 | % | exact | 芯衡科技 | share-price | | opening rise vs the issue price
252元 | 252 | CNY | exact | 芯衡科技 | share-price | 2027-03 | opening price per share
275元 | 275 | CNY | exact | 芯衡科技 | share-price | 2027-03 | intraday high
突破1100亿元 | 1.1e11 | CNY | min | 芯衡科技 | market-cap | 2027-03 | intraday
196% | 196 | % | exact | 芯衡科技 | share-price | | midday gain (该股)
202.76元 | 202.76 | CNY | exact | 芯衡科技 | share-price | 2027-03 |
超过45亿元 | 4.5e9 | CNY | min | 芯衡科技 | other | | trading value of the stock
约78% | 78 | % | approx | 芯衡科技 | other | | turnover rate
约811亿元 | 8.11e10 | CNY | approx | 芯衡科技 | market-cap | 2027-03 |
68.50元 | 68.5 | CNY | exact | 芯衡科技 | ipo | | issue price per share
约6.7万元 | 67000 | CNY | approx | market:retail IPO subscribers | other | | paper gain per 500-share lot
约20亿元 | 2e9 | CNY | approx | 云枢智算 | purchase | 2027 | market rumour (市场传闻), company "未获悉"; conflicts with the signed 12亿元至15亿元 (08)
6亿元至7亿元 | 6e8~7e8 | CNY | range | 芯衡科技 | revenue | 2027Q1 | company forecast
80%至110% | 80~110 | % | range | 芯衡科技 | revenue-growth | 2027Q1 |
-3000万元至1000万元 | -3e7~1e7 | CNY | range | 芯衡科技 | profit | 2027Q1 | net profit forecast, range crossing zero
4.6% | 4.6 | % | exact | Cambricon | share-price | |
3.1% | 3.1 | % | exact | Moore Threads | share-price | |
2.2% | 2.2 | % | exact | Hygon | share-price | | 海光信息
1.2% | 1.2 | % | exact | market:STAR 50 | share-price | | index, half day
1.42万亿元 | 1.42e12 | CNY | exact | market:Shanghai and Shenzhen exchanges | other | | half-day turnover
约1100亿元 | 1.1e11 | CNY | approx | market:Shanghai and Shenzhen exchanges | other | | increase in turnover
约为0.034% | 0.034 | % | approx | 芯衡科技 | other | | offline allocation ratio
约为0.029% | 0.029 | % | approx | 芯衡科技 | other | | online lottery rate
'''

F['08-xinheng-loop-yicai.md'] = '''
12亿元至15亿元 | 1.2e9~1.5e9 | CNY | range | 云枢智算 | purchase | 2027 | signed framework agreement (后者 = 云枢智算); confirmed figure vs the rumoured 约20亿元 (07)
约20亿元 | 2e9 | CNY | approx | 云枢智算 | purchase | 2027 | background: the rumour, quoted
约24.6亿元 | 2.46e9 | CNY | approx | 芯衡科技 | revenue | 2026 |
六成左右 | 60 | % | approx | 云枢智算 | other | | contract upper bound as a share of 芯衡科技 2026 revenue
1.5亿元 | 1.5e8 | CNY | exact | 芯衡科技 | investment | 2024 | loop leg 1
12% | 12 | % | exact | 芯衡科技 | stake | |
41.5% | 41.5 | % | exact | 云枢智算 | other | 2026 | share of 后者 (芯衡科技) revenue
约6800万元 | 6.8e7 | CNY | approx | 芯衡科技 | cloud-contract | 2026 | rent for 云枢智算 compute (去年); loop leg 3
约16亿元 | 1.6e9 | CNY | approx | 云枢智算 | revenue | 2026 | 其 = 云枢智算
约90% | 90 | % | approx | 云枢智算 | revenue-growth | 2026 |
七成 | 70 | % | approx | 云枢智算 | other | 2026 | 约占…七成: share of its hardware purchases (该公司 = 云枢智算)
20亿至30亿元 | 2e9~3e9 | CNY | range | 云枢智算 | funding | | planned round, hedged (知情人士)
38.6亿元 | 3.86e9 | CNY | exact | 芯衡科技 | ipo | | net proceeds; conflicts with gross 41.1亿元 (06)
188.30元 | 188.3 | CNY | exact | 芯衡科技 | share-price | 2027-03 |
约175% | 175 | % | approx | 芯衡科技 | share-price | | vs issue price
约753亿元 | 7.53e10 | CNY | approx | 芯衡科技 | market-cap | 2027-03 |
约为31亿元 | 3.1e9 | CNY | approx | 芯衡科技 | revenue | 2027 | consensus estimate
'''

F['09-quillon-q4-fy27-call-transcript.md'] = '''
six hundred and twelve million dollars | 6.12e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | spoken; fiscal year ends 31 January (Q4 = Nov 2026-Jan 2027)
twenty-four percent | 24 | % | exact | Quillon Software | revenue-growth | FY2027Q4 | spoken
two point one eight billion dollars | 2.18e9 | USD | exact | Quillon Software | revenue | FY2027 | spoken; fiscal year ended 31 January 2027
twenty-two percent | 22 | % | exact | Quillon Software | revenue-growth | FY2027 |
one hundred and fifty million dollars | 1.5e8 | USD | min | Quillon Software | revenue | 2027-01 | Quill Agents ARR (crossed = more than), as of year end
three hundred and forty million dollars | 3.4e8 | USD | exact | Quillon Software | acquisition | 2027-02 | Tessellate, closed in February
five hundred sixty million | 5.6e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | subscription segment; currency implied
twenty-seven percent | 27 | % | exact | Quillon Software | revenue-growth | FY2027Q4 | subscription segment
fifty-two million | 5.2e7 | USD | exact | Quillon Software | revenue | FY2027Q4 | professional services segment
about three percent | -3 | % | approx | Quillon Software | revenue-growth | FY2027Q4 | professional services, down
four point one billion dollars | 4.1e9 | USD | exact | Quillon Software | orders | 2027-01 | remaining performance obligations (backlog), as of quarter end
thirty-one percent | 31 | % | exact | Quillon Software | growth | 2027-01 | RPO growth
two point oh billion | 2e9 | USD | exact | Quillon Software | orders | 2027-01 | current RPO; "oh" = zero
twenty-one and a half percent | 21.5 | % | exact | Quillon Software | margin | FY2027Q4 | non-GAAP operating margin
ninety-four cents | 0.94 | USD | exact | Quillon Software | profit | FY2027Q4 | non-GAAP EPS, per share
five hundred and forty million dollars | 5.4e8 | USD | exact | Quillon Software | other | FY2027 | free cash flow
forty-two million dollar | 4.2e7 | USD | exact | Quillon Software | write-down | FY2027Q4 | impairment on legacy analytics
one billion dollars | 1e9 | USD | exact | Quillon Software | buyback | | new authorization; agrees with $1 billion (10) and $1.0bn (11)
about two hundred million | 2e8 | USD | approx | Quillon Software | buyback | | left under the old program
two point six two to two point six seven billion dollars | 2.62e9~2.67e9 | USD | range | Quillon Software | revenue | FY2028 | press-release guidance, excludes Tessellate (old guidance)
two point six five to two point seven billion | 2.65e9~2.7e9 | USD | range | Quillon Software | revenue | FY2028 | guidance raised on the call incl. Tessellate (new guidance)
six hundred thirty to six hundred thirty-five million dollars | 6.3e8~6.35e8 | USD | range | Quillon Software | revenue | FY2028Q1 |
roughly one hundred eighty million | 1.8e8 | USD | approx | Quillon Software | capex | FY2028 | "this year" = fiscal 2028
about seven hundred fifty million dollars | 7.5e8 | USD | approx | Quillon Software | cloud-contract | | five-year Azure commitment
seven fifty | 7.5e8 | USD | exact | Quillon Software | cloud-contract | | analyst's spoken shorthand for $750 million (no unit word)
about a hundred fifty million | 1.5e8 | USD | approx | Quillon Software | cloud-contract | | per year of the Azure commitment
About thirty million dollars | 3e7 | USD | approx | Tessellate | revenue | FY2028 | acquired unit's contribution
seventy-nine percent | 79 | % | exact | Quillon Software | margin | FY2027Q4 | subscription gross margin
eighty-one percent | 81 | % | exact | Quillon Software | margin | FY2026Q4 | a year ago
something like forty percent | -40 | % | approx | market:AI inference costs | cost | | falling per year
'''

F['10-quillon-results-cnbc.md'] = '''
11% | 11 | % | exact | Quillon Software | share-price | | extended trading
$1 billion | 1e9 | USD | exact | Quillon Software | buyback | |
94 cents | 0.94 | USD | exact | Quillon Software | profit | FY2027Q4 | adjusted EPS, per share
87 cents | 0.87 | USD | exact | Quillon Software | profit | FY2027Q4 | analysts' estimate (LSEG), not reported
$612 million | 6.12e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | quarter ended Jan. 31
$598 million | 5.98e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | analysts' estimate
24% | 24 | % | exact | Quillon Software | revenue-growth | FY2027Q4 |
more than 90% | 90 | % | min | Quillon Software | other | FY2027Q4 | subscription share of revenue
27% | 27 | % | exact | Quillon Software | revenue-growth | FY2027Q4 | subscription
$560 million | 5.6e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | subscription segment
$2.62 billion to $2.67 billion | 2.62e9~2.67e9 | USD | range | Quillon Software | revenue | FY2028 | press-release guidance (old, excl. Tessellate); conflicts with $2.65-2.70bn (09, 11)
$2.61 billion | 2.61e9 | USD | exact | Quillon Software | revenue | FY2028 | analysts' expectation
$340 million | 3.4e8 | USD | exact | Quillon Software | acquisition | 2027-02 | Tessellate
$630 million to $635 million | 6.3e8~6.35e8 | USD | range | Quillon Software | revenue | FY2028Q1 |
$622 million | 6.22e8 | USD | exact | Quillon Software | revenue | FY2028Q1 | consensus
$150 million | 1.5e8 | USD | min | Quillon Software | revenue | 2027-01 | Quill Agents ARR (passed)
79% | 79 | % | exact | Quillon Software | margin | FY2027Q4 | subscription gross margin
81% | 81 | % | exact | Quillon Software | margin | FY2026Q4 |
about $750 million | 7.5e8 | USD | approx | Quillon Software | cloud-contract | | Azure, five years ("It" = Quillon)
$42 million | 4.2e7 | USD | exact | Quillon Software | write-down | FY2027Q4 | impairment
$18 million | 1.8e7 | USD | exact | Quillon Software | loss | FY2027Q4 | GAAP net loss
$25 million | 2.5e7 | USD | exact | Quillon Software | profit | FY2026Q4 | net income a year earlier
31% | 31 | % | exact | Quillon Software | growth | 2027-01 | RPO growth
$4.1 billion | 4.1e9 | USD | exact | Quillon Software | orders | 2027-01 | RPO (contracted, not yet recognized)
about 14% | 14 | % | approx | Quillon Software | share-price | 2027 | year to date incl. the expected move
3% | -3 | % | exact | market:iShares Expanded Tech-Software Sector ETF | share-price | 2027 | lost 3%
about $200 million | 2e8 | USD | approx | Quillon Software | buyback | | left under the prior program
$1.3 billion | 1.3e9 | USD | exact | Quillon Software | buyback | FY2026-FY2027 | repurchased over the last two fiscal years ("It")
'''

F['11-quillon-broker-note-harrow.md'] = '''
$185 | 185 | USD | exact | Quillon Software | other | | analyst price target per share (new)
$160 | 160 | USD | exact | Quillon Software | other | | old price target
$158.20 | 158.2 | USD | exact | Quillon Software | share-price | 2027-03 | 3 March close
$612.0m | 6.12e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | Q4 FY27 (Jan)
2% | 2 | % | exact | Quillon Software | other | FY2027Q4 | beat vs consensus
$600m | 6e8 | USD | exact | Quillon Software | revenue | FY2027Q4 | Harrow's own estimate
27% | 27 | % | exact | Quillon Software | revenue-growth | FY2027Q4 | subscription
$0.94 | 0.94 | USD | exact | Quillon Software | profit | FY2027Q4 | non-GAAP EPS per share
$0.87 | 0.87 | USD | exact | Quillon Software | profit | FY2027Q4 | Street estimate
$2.62-2.67bn | 2.62e9~2.67e9 | USD | range | Quillon Software | revenue | FY2028 | guidance in the print (old)
$2.65-2.70bn | 2.65e9~2.7e9 | USD | range | Quillon Software | revenue | FY2028 | lifted on the call (new)
$2.69bn | 2.69e9 | USD | exact | Quillon Software | revenue | FY2028 | Harrow's estimate
more than $150m | 1.5e8 | USD | min | Quillon Software | revenue | 2027-01 | Quill Agents ARR
roughly 6% | 6 | % | approx | Quillon Software | other | 2027-01 | agents share of total ARR
$400m-500m | 4e8~5e8 | USD | range | Quillon Software | revenue | 2028-01 | agents ARR estimate by end of FY28
31% | 31 | % | exact | Quillon Software | growth | 2027-01 | RPO growth
$4.1bn | 4.1e9 | USD | exact | Quillon Software | orders | 2027-01 | RPO
$2.0bn | 2e9 | USD | exact | Quillon Software | orders | 2027-01 | cRPO
200bp | -2 | % | exact | Quillon Software | margin | FY2027Q4 | fall in basis points = 2 percentage points
79% | 79 | % | exact | Quillon Software | margin | FY2027Q4 | subscription gross margin
~$750m | 7.5e8 | USD | approx | Quillon Software | cloud-contract | | Azure, five years
roughly $150m | 1.5e8 | USD | approx | Quillon Software | cloud-contract | | per year
about 5.6% | 5.6 | % | approx | Quillon Software | other | FY2028 | share of FY28 revenue
~$180m | 1.8e8 | USD | approx | Quillon Software | capex | FY2028 | guided
12% | 12 | % | approx | Quillon Software | other | FY2028 | heading toward: compute spend share of revenue
$1.0bn | 1e9 | USD | exact | Quillon Software | buyback | |
about 4% | 4 | % | approx | Quillon Software | other | | buyback vs market value
roughly $25bn | 2.5e10 | USD | approx | Quillon Software | market-cap | 2027-03 |
~$200m | 2e8 | USD | approx | Quillon Software | buyback | | left under old authorisation
2,180 | 2.18e9 | USD | exact | Quillon Software | revenue | FY2027 | table cell, $m (header)
2,690 | 2.69e9 | USD | exact | Quillon Software | revenue | FY2028 | table, estimate
3,230 | 3.23e9 | USD | exact | Quillon Software | revenue | FY2029 | table, estimate
22.0% | 22 | % | exact | Quillon Software | revenue-growth | FY2027 | table
23.4% | 23.4 | % | exact | Quillon Software | revenue-growth | FY2028 | table, estimate
20.1% | 20.1 | % | exact | Quillon Software | revenue-growth | FY2029 | table, estimate
19.8% | 19.8 | % | exact | Quillon Software | margin | FY2027 | table
21.0% | 21 | % | exact | Quillon Software | margin | FY2028 | table, estimate
22.5% | 22.5 | % | exact | Quillon Software | margin | FY2029 | table, estimate
3.38 | 3.38 | USD | exact | Quillon Software | profit | FY2027 | table, EPS per share
4.05 | 4.05 | USD | exact | Quillon Software | profit | FY2028 | table, EPS estimate
4.90 | 4.9 | USD | exact | Quillon Software | profit | FY2029 | table, EPS estimate
540 | 5.4e8 | USD | exact | Quillon Software | other | FY2027 | table, free cash flow $m
690 | 6.9e8 | USD | exact | Quillon Software | other | FY2028 | table, FCF estimate
860 | 8.6e8 | USD | exact | Quillon Software | other | FY2029 | table, FCF estimate
$185 | 185 | USD | exact | Quillon Software | other | | price target (second mention)
$120 | 120 | USD | exact | Quillon Software | other | | bear-case fair value per share
24% | -24 | % | exact | Quillon Software | share-price | | implied downside
$340m | 3.4e8 | USD | exact | Quillon Software | acquisition | | Tessellate purchase price
$42m | 4.2e7 | USD | exact | Quillon Software | write-down | | impairment
'''

F['12-chiyuan-adas-spinoff-36kr.md'] = '''
20亿元 | 2e9 | CNY | exact | 驰远智驾 | funding | | first round after the spin-off; subsidiary of Chiyuan Motors (no English name given for the unit)
约150亿元 | 1.5e10 | CNY | approx | 驰远智驾 | valuation | | post-money
约8亿元 | 8e8 | CNY | approx | HongShan | investment | | lead investor (红杉中国)
5亿元 | 5e8 | CNY | exact | Hefei Industry Investment | investment | | follow-on (合肥产投)
约3亿元 | 3e8 | CNY | approx | Horizon Robotics | investment | | follow-on (地平线); loop leg 1
4亿元 | 4e8 | CNY | exact | Chiyuan Motors | investment | | parent's injection (其余…来自驰远汽车)
100% | 100 | % | exact | Chiyuan Motors | stake | | parent's stake before
约62% | 62 | % | approx | Chiyuan Motors | stake | | parent's stake after
约45亿元 | 4.5e9 | CNY | approx | Chiyuan Motors | spending | 2024-2026 | ADAS R&D over the past three years
386亿元 | 3.86e10 | CNY | exact | Chiyuan Motors | revenue | 2026 | parent (English gloss given once: Chiyuan Motors)
31% | 31 | % | exact | Chiyuan Motors | revenue-growth | 2026 |
41亿元 | 4.1e9 | CNY | exact | Chiyuan Motors | loss | 2026 | 净亏损
7.2亿元 | 7.2e8 | CNY | exact | 驰远智驾 | revenue | 2026 | subsidiary's figure next to the parent's (同期 = 2026)
约85% | 85 | % | approx | 驰远智驾 | other | 2026 | share from the parent's licence fees
一成五左右 | 15 | % | approx | 驰远智驾 | other | 2026 | external revenue share; 一成五 = 15%
超过3亿元 | 3e8 | CNY | min | 驰远智驾 | revenue | 2027 | external revenue expected (据其透露)
约4.6亿元 | 4.6e8 | CNY | approx | 驰远智驾 | purchase | 2026 | chips bought from Horizon Robotics (去年); loop leg 2
20亿至30亿元 | 2e9~3e9 | CNY | range | 驰远智驾 | capex | 2027-2029 | own computing centre over the next three years (该公司)
约2亿元 | 2e8 | CNY | approx | 驰远智驾 | cloud-contract | | per year of rented cloud compute
超过五成 | 50 | % | min | 驰远智驾 | other | | external revenue share the CEO (其CEO) wants before an IPO
约30亿元 | 3e9 | CNY | approx | Chiyuan Motors | other | | capital reserve increase on the parent's books
6.8% | 6.8 | % | exact | Chiyuan Motors | share-price | |
42.35港元 | 42.35 | HKD | exact | Chiyuan Motors | share-price | 2027-03 |
150亿元 | 1.5e10 | CNY | exact | 驰远智驾 | valuation | | in the analyst's words
'''

F['13-llm-price-cut-ithome.md'] = '''
2 元 | 2 | CNY | exact | 深言智能 | price | | old input price per million tokens; Chinese start-up with no English name
0.8 元 | 0.8 | CNY | exact | 深言智能 | price | | new input price per million tokens
60% | -60 | % | exact | 深言智能 | price | | price cut (降幅)
8 元 | 8 | CNY | exact | 深言智能 | price | | old output price
3 元 | 3 | CNY | exact | 深言智能 | price | | new output price
62.5% | -62.5 | % | exact | 深言智能 | price | | price cut
0.2 元 | 0.2 | CNY | exact | 深言智能 | price | | cached input price (低至)
4 元 | 4 | CNY | exact | 深言智能 | price | | price before the September 2026 cut (该公司)
2 元 | 2 | CNY | exact | 深言智能 | price | | price after the September 2026 cut
50% | -50 | % | exact | 深言智能 | price | | September 2026 cut
约 38 元 | 38 | CNY | approx | 深言智能 | revenue | | ARPU: per paying user per month
约为 14 亿元 | 1.4e9 | CNY | approx | 深言智能 | revenue | | annualised subscription revenue (outlet's own calculation)
约 70% | -70 | % | approx | 深言智能 | cost | | inference cost fall vs previous model
1500 日元 | 1500 | JPY | exact | 深言智能日本 | price | | Japan subsidiary, monthly personal plan
4200 日元 | 4200 | JPY | exact | 深言智能日本 | price | | per seat per month
20 亿日元 | 2e9 | JPY | exact | 深言智能日本 | revenue | 2027 | subsidiary's target (该子公司, 今年)
6 亿美元 | 6e8 | USD | exact | 深言智能 | funding | 2026-12 | Series C
约 48 亿美元 | 4.8e9 | USD | approx | 深言智能 | valuation | 2026-12 | post-money
约 2 亿美元 | 2e8 | USD | approx | Alibaba | investment | 2026-12 | loop leg 1
不低于 25 亿元 | 2.5e9 | CNY | min | 深言智能 | cloud-contract | 2027-2029 | commitment to buy Alibaba Cloud compute over three years; loop leg 2
超过 95% | -95 | % | min | market:China LLM API prices | price | 2024-2027 | cumulative fall since 2024
'''

F['14-export-rule-market-wrap-wallstreetcn.md'] = '''
1.4% | -1.4 | % | exact | market:Nasdaq Composite | share-price | | index fall
0.9% | -0.9 | % | exact | market:S&P 500 | share-price | |
0.3% | -0.3 | % | exact | market:Dow Jones Industrial Average | share-price | |
3.6% | -3.6 | % | exact | market:PHLX Semiconductor Index | share-price | | 重挫
4.2% | -4.2 | % | exact | Nvidia | share-price | |
约1900亿美元 | -1.9e11 | USD | approx | Nvidia | market-cap-change | | 蒸发: a loss
3.8% | -3.8 | % | exact | AMD | share-price | |
5.1% | -5.1 | % | exact | Lam Research | share-price | | English name only, no Chinese name in the text
4.4% | -4.4 | % | exact | KLA | share-price | |
0.8% | 0.8 | % | exact | Qualcomm | share-price | | 逆势小涨
1.7% | -1.7 | % | exact | market:Nasdaq Golden Dragon China Index | share-price | |
2.3% | -2.3 | % | exact | Alibaba | share-price | |
25% | 25 | % | exact | market:US chip imports | tariff | | tariff on mature-node chip imports
约25亿美元 | 2.5e9 | USD | approx | Nvidia | cost | FY2028Q1 | company's own estimate of revenue lost to the rule (quarter to end-April 2027); conflicts with analysts' 40亿至50亿美元
780亿美元 | 7.8e10 | USD | exact | Nvidia | revenue | FY2028Q1 | earlier guidance for the quarter
40亿至50亿美元 | 4e9~5e9 | USD | range | Nvidia | cost | FY2028Q1 | Bernstein analysts' estimate of the revenue hit
约6亿美元 | 6e8 | USD | approx | Lam Research | cost | FY2027 | revenue hit, fiscal year to June 2027
3% | 3 | % | approx | Lam Research | other | FY2027 | share of annual revenue (约占)
100亿美元 | 1e10 | USD | exact | Lam Research | buyback | | 该公司
不超过3亿欧元 | 3e8 | EUR | max | ASML | cost | 2027 | revenue impact (阿斯麦)
2.7% | -2.7 | % | exact | ASML | share-price | |
0.6% | -0.6 | % | exact | market:Euro Stoxx 50 | share-price | |
约12% | 12 | % | approx | market:chip stocks | share-price | 2027 | year to date
20%至25% | -25~-20 | % | range | market:US chip-equipment sales to China | growth | 2027 | strategist's forecast fall (下降), numeric order low=-25
0.4% | 0.4 | % | exact | market:gold | price | |
3120美元 | 3120 | USD | exact | market:gold | price | 2027-03 | per ounce
0.2% | -0.2 | % | exact | market:US dollar index | other | |
约3% | -3 | % | approx | market:Bitcoin | price | |
'''

# Spans the check regex matches but which are not money / percent figures of the story.
IGNORE = {
    '04-southern-cross-placement-reuters.md': ['$1 = 1.5385'],  # exchange-rate line, not a figure
}

# (file, payer, payee, type, amount, currency, evidence[, note]); evidence is copied from the body
DEALS = [
    ('01-qualcomm-photonix-talks-bloomberg.md', 'Qualcomm', 'Photonix Labs', 'acquisition', 1500000000, 'USD', 'Qualcomm Inc. is in advanced talks to acquire Photonix Labs', 'rumour, about $1.5 billion'),
    ('01-qualcomm-photonix-talks-bloomberg.md', 'Vertex Growth', 'Photonix Labs', 'invest', None, None, 'a funding round led by Vertex Growth in 2025', 'round size not given; valuation $640 million'),
    ('01-qualcomm-photonix-talks-bloomberg.md', 'Photonix Labs', 'TSMC', 'purchase', None, None, 'makes its silicon-photonics chips at Taiwan Semiconductor Manufacturing Co.', 'foundry customer'),
    ('01-qualcomm-photonix-talks-bloomberg.md', 'Nvidia', 'Mellanox Technologies', 'acquisition', 6900000000, 'USD', 'Nvidia agreed to buy Mellanox Technologies for $6.9 billion in 2019', 'background'),
    ('02-qualcomm-photonix-deal-ft.md', 'Qualcomm', 'Photonix Labs', 'acquisition', 1200000000, 'USD', 'Qualcomm has agreed to buy Israeli optical chip start-up Photonix Labs for $1.2bn in cash', 'plus earn-out up to $400mn'),
    ('02-qualcomm-photonix-deal-ft.md', 'Qualcomm', 'Vertex Growth', 'acquisition', 370000000, 'USD', 'Vertex Growth, its largest shareholder with a 31 per cent stake, will receive about $370mn at closing', 'selling shareholder paid for its stake'),
    ('03-qualcomm-photonix-supplier-udn.md', 'Qualcomm', 'Photonix Labs', 'acquisition', 1200000000, 'USD', '高通（Qualcomm）宣布以12億美元現金收購以色列光通訊晶片新創Photonix Labs'),
    ('03-qualcomm-photonix-supplier-udn.md', 'Photonix Labs', 'TSMC', 'purchase', None, None, 'Photonix的矽光子晶片目前委由台積電生產'),
    ('03-qualcomm-photonix-supplier-udn.md', 'Photonix Labs', '光聯精密', 'purchase', None, None, '封裝與測試則由國內的光聯精密承接', 'orders are ~15% of 光聯精密 revenue'),
    ('04-southern-cross-placement-reuters.md', 'GIC', 'Southern Cross Data Centres Trust', 'invest', 500000000, 'AUD', 'GIC taking up about A$500 million of the new units'),
    ('04-southern-cross-placement-reuters.md', 'Microsoft', 'Southern Cross Data Centres Trust', 'cloud-contract', 3000000000, 'AUD', 'Southern Cross signed a 15-year lease with Microsoft', 'data-centre lease, analysts value it at about A$3 billion'),
    ('05-southern-cross-upsized-hket.md', 'GIC', 'Southern Cross Data Centres Trust', 'invest', 500000000, 'AUD', '新加坡政府投資公司（GIC）認購約5億澳元'),
    ('05-southern-cross-upsized-hket.md', 'Microsoft', 'Southern Cross Data Centres Trust', 'cloud-contract', 3000000000, 'AUD', '去年12月與微軟簽訂的15年租約', 'lease, about 30億澳元'),
    ('06-xinheng-star-ipo-stcn.md', 'China IC Industry Investment Fund III', '芯衡科技', 'invest', 410000000, 'CNY', '大基金三期”）获配金额约4.1亿元', 'strategic placement'),
    ('06-xinheng-star-ipo-stcn.md', '上海临港芯创基金', '芯衡科技', 'invest', 200000000, 'CNY', '上海临港芯创基金获配约2亿元'),
    ('06-xinheng-star-ipo-stcn.md', 'CICC Alternative Investment', '芯衡科技', 'invest', 164000000, 'CNY', '保荐机构中金公司的另类投资子公司按规定跟投', 'sponsor subsidiary follow-on, 约1.64亿元'),
    ('06-xinheng-star-ipo-stcn.md', '芯衡科技', '云枢智算', 'invest', 150000000, 'CNY', '芯衡科技在2024年曾向云枢智算增资1.5亿元', 'loop leg 1: vendor invests in its customer'),
    ('06-xinheng-star-ipo-stcn.md', '云枢智算', '芯衡科技', 'purchase', 1020000000, 'CNY', '第一大客户云枢智算贡献营收约10.2亿元', 'loop leg 2: investee buys the vendor\'s cards (2026)'),
    ('07-xinheng-debut-cls.md', '云枢智算', '芯衡科技', 'purchase', 2000000000, 'CNY', '云枢智算正洽谈向其追加采购约20亿元的推理加速卡', 'rumour (市场传闻); company not aware'),
    ('08-xinheng-loop-yicai.md', '云枢智算', '芯衡科技', 'purchase', None, 'CNY', '协议金额为12亿元至15亿元', 'signed 2027 framework agreement, range 1.2e9-1.5e9'),
    ('08-xinheng-loop-yicai.md', '芯衡科技', '云枢智算', 'invest', 150000000, 'CNY', '芯衡科技向云枢智算增资1.5亿元', 'loop leg 1'),
    ('08-xinheng-loop-yicai.md', '芯衡科技', '云枢智算', 'cloud-contract', 68000000, 'CNY', '芯衡科技还租用云枢智算的算力集群', 'loop leg 3: rent paid 2026, 约6800万元'),
    ('09-quillon-q4-fy27-call-transcript.md', 'Quillon Software', 'Tessellate', 'acquisition', 340000000, 'USD', 'We paid three hundred and forty million dollars for it'),
    ('09-quillon-q4-fy27-call-transcript.md', 'Quillon Software', 'Microsoft', 'cloud-contract', 750000000, 'USD', 'we signed a five-year commitment with Microsoft Azure worth about seven hundred fifty million dollars'),
    ('10-quillon-results-cnbc.md', 'Quillon Software', 'Tessellate', 'acquisition', 340000000, 'USD', 'Tessellate, the AI search startup Quillon bought for $340 million in February'),
    ('10-quillon-results-cnbc.md', 'Quillon Software', 'Microsoft', 'cloud-contract', 750000000, 'USD', "It committed about $750 million over five years to Microsoft's Azure cloud"),
    ('11-quillon-broker-note-harrow.md', 'Quillon Software', 'Microsoft', 'cloud-contract', 750000000, 'USD', "The company's five-year, ~$750m Azure commitment"),
    ('11-quillon-broker-note-harrow.md', 'Quillon Software', 'Tessellate', 'acquisition', 340000000, 'USD', 'integration of Tessellate ($340m purchase price)'),
    ('12-chiyuan-adas-spinoff-36kr.md', 'HongShan', '驰远智驾', 'invest', 800000000, 'CNY', '红杉中国在本轮出资约8亿元', 'lead investor'),
    ('12-chiyuan-adas-spinoff-36kr.md', 'Hefei Industry Investment', '驰远智驾', 'invest', 500000000, 'CNY', '合肥产投出资5亿元', 'follow-on'),
    ('12-chiyuan-adas-spinoff-36kr.md', 'Horizon Robotics', '驰远智驾', 'invest', 300000000, 'CNY', '地平线出资约3亿元', 'follow-on; loop leg 1'),
    ('12-chiyuan-adas-spinoff-36kr.md', 'Chiyuan Motors', '驰远智驾', 'invest', 400000000, 'CNY', '其余4亿元来自驰远汽车', 'parent into subsidiary'),
    ('12-chiyuan-adas-spinoff-36kr.md', '驰远智驾', 'Horizon Robotics', 'purchase', 460000000, 'CNY', '去年采购金额约4.6亿元', 'loop leg 2: investee buys the investor\'s chips'),
    ('13-llm-price-cut-ithome.md', 'Alibaba', '深言智能', 'invest', 200000000, 'USD', '其中阿里巴巴出资约 2 亿美元', 'Series C, loop leg 1'),
    ('13-llm-price-cut-ithome.md', 'Tencent', '深言智能', 'invest', None, None, '投资方包括阿里巴巴、腾讯以及多家地方国资基金', 'amount not stated'),
    ('13-llm-price-cut-ithome.md', '深言智能', 'Alibaba Cloud', 'cloud-contract', 2500000000, 'CNY', '深言智能承诺未来三年在阿里云采购不低于 25 亿元的算力服务', 'loop leg 2; minimum'),
]

CLAIMS = {
 'conflicts': [
  {'subject': 'Qualcomm', 'metric': 'acquisition', 'period': '', 'values': [1500000000, 1200000000],
   'files': ['01-qualcomm-photonix-talks-bloomberg.md', '02-qualcomm-photonix-deal-ft.md', '03-qualcomm-photonix-supplier-udn.md'],
   'note': 'rumour about $1.5 billion (01, repeated as background in 02) vs confirmed $1.2bn / 12億美元 (02, 03); earn-out and total are separate figures'},
  {'subject': 'Photonix Labs', 'metric': 'revenue', 'period': '2027', 'values': [90000000, 85000000],
   'files': ['01-qualcomm-photonix-talks-bloomberg.md', '02-qualcomm-photonix-deal-ft.md', '03-qualcomm-photonix-supplier-udn.md'],
   'note': 'roughly $90 million told to buyers (01) vs $85mn / 8,500萬美元 in the filing (02, 03)'},
  {'subject': 'Southern Cross Data Centres Trust', 'metric': 'funding', 'period': '', 'values': [1800000000, 2100000000],
   'files': ['04-southern-cross-placement-reuters.md', '05-southern-cross-upsized-hket.md'],
   'note': 'placement A$1.8 billion (04) revised up to 21億澳元 next day (05)'},
  {'subject': '芯衡科技', 'metric': 'ipo', 'period': '', 'values': [4110000000, 3860000000],
   'files': ['06-xinheng-star-ipo-stcn.md', '08-xinheng-loop-yicai.md'],
   'note': 'gross proceeds 41.1亿元 (06) vs net of fees 38.6亿元 (08)'},
  {'subject': '云枢智算', 'metric': 'purchase', 'period': '2027', 'values': [2000000000, 1200000000],
   'files': ['07-xinheng-debut-cls.md', '08-xinheng-loop-yicai.md'],
   'note': 'rumoured 约20亿元 (07) vs signed 12亿元至15亿元 (08, low end listed)'},
  {'subject': 'Quillon Software', 'metric': 'revenue', 'period': 'FY2028', 'values': [2620000000, 2650000000],
   'files': ['09-quillon-q4-fy27-call-transcript.md', '10-quillon-results-cnbc.md', '11-quillon-broker-note-harrow.md'],
   'note': 'old guidance $2.62-2.67bn in the press release (10 reports only this) vs new $2.65-2.70bn incl. Tessellate (09, 11); low ends listed'},
 ],
 'consistent': [
  {'subject': 'Photonix Labs', 'metric': 'revenue', 'period': '2026', 'values': [28000000],
   'files': ['01-qualcomm-photonix-talks-bloomberg.md', '02-qualcomm-photonix-deal-ft.md', '03-qualcomm-photonix-supplier-udn.md'],
   'note': '$28 million / $28mn / 2,800萬美元'},
  {'subject': 'Photonix Labs', 'metric': 'valuation', 'period': '2025', 'values': [640000000],
   'files': ['01-qualcomm-photonix-talks-bloomberg.md', '02-qualcomm-photonix-deal-ft.md'], 'note': '$640 million / $640mn'},
  {'subject': 'GIC', 'metric': 'investment', 'period': '', 'values': [500000000],
   'files': ['04-southern-cross-placement-reuters.md', '05-southern-cross-upsized-hket.md'], 'note': 'about A$500 million / 約5億澳元'},
  {'subject': 'Microsoft', 'metric': 'contract', 'period': '', 'values': [3000000000],
   'files': ['04-southern-cross-placement-reuters.md', '05-southern-cross-upsized-hket.md'], 'note': 'about A$3 billion / 約30億澳元 lease value'},
  {'subject': '芯衡科技', 'metric': 'revenue', 'period': '2026', 'values': [2460000000],
   'files': ['06-xinheng-star-ipo-stcn.md', '08-xinheng-loop-yicai.md'], 'note': '24.6亿元 / 约24.6亿元'},
  {'subject': '芯衡科技', 'metric': 'investment', 'period': '2024', 'values': [150000000],
   'files': ['06-xinheng-star-ipo-stcn.md', '08-xinheng-loop-yicai.md'], 'note': '1.5亿元 into 云枢智算, both'},
  {'subject': 'Quillon Software', 'metric': 'revenue', 'period': 'FY2027Q4', 'values': [612000000],
   'files': ['09-quillon-q4-fy27-call-transcript.md', '10-quillon-results-cnbc.md', '11-quillon-broker-note-harrow.md'],
   'note': 'six hundred and twelve million dollars / $612 million / $612.0m (segment figures $560m and $52m are parts, not conflicts)'},
  {'subject': 'Quillon Software', 'metric': 'buyback', 'period': '', 'values': [1000000000],
   'files': ['09-quillon-q4-fy27-call-transcript.md', '10-quillon-results-cnbc.md', '11-quillon-broker-note-harrow.md'],
   'note': 'one billion dollars / $1 billion / $1.0bn new authorization (about $200m left under the old program is a different figure)'},
  {'subject': 'Quillon Software', 'metric': 'orders', 'period': '2027-01', 'values': [4100000000],
   'files': ['09-quillon-q4-fy27-call-transcript.md', '10-quillon-results-cnbc.md', '11-quillon-broker-note-harrow.md'],
   'note': 'RPO four point one billion / $4.1 billion / $4.1bn (cRPO $2.0bn is a part)'},
  {'subject': 'Quillon Software', 'metric': 'cloud-contract', 'period': '', 'values': [750000000],
   'files': ['09-quillon-q4-fy27-call-transcript.md', '10-quillon-results-cnbc.md', '11-quillon-broker-note-harrow.md'],
   'note': 'Azure commitment ~$750m in all three (the ~$150m a year is a per-year figure)'},
 ],
}
