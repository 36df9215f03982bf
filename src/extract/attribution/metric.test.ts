/**
 * Metrics as families, signs and denials, on sentences written for this test (not taken from any labelled batch):
 * each row is a sentence, the surface of one figure in it, and what attribution must say about that figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

type Want = Partial<Pick<Figure, 'metric' | 'direction' | 'negated' | 'unit' | 'counterparty' | 'subject' | 'scope'>>;

const CASES: [string, string, Want][] = [
  // cash flow is no profit (a conflict between them would be false)
  ['Free cash flow was $640 million, while net profit rose to $1.1 billion.', '$640 million', { metric: 'cash-flow' }],
  ['公司前三季度经营活动现金流为42亿元。', '42亿元', { metric: 'cash-flow' }],
  // a loss that widens or narrows changes
  ['Lumen Robotics said its net loss narrowed 18% to $240 million.', '18%', { metric: 'growth' }],
  // a percent level of a metric's growth; the value a guidance is raised from measures the same thing; deal wins and
  // total contract value are bookings (orders), not a contract of the company's own
  ['Wipro lifted its fiscal-year revenue growth guidance to 5%-6%.', '5%-6%', { metric: 'revenue-growth' }],
  ['HCL now sees revenue rising 4% to 5%, up from its earlier forecast of 3% to 5%.', '3% to 5%', { metric: 'revenue-growth' }],
  ['公司将全年营收增速指引上调至12%-14%，此前为10%-12%。', '10%-12%', { metric: 'revenue-growth' }],
  ['Deal wins totalled $2.4 billion in the quarter, with half of that net new.', '$2.4 billion', { metric: 'orders' }],
  ['Large-deal TCV was US$1.9bn in the quarter.', 'US$1.9bn', { metric: 'orders' }],
  // a change nothing names, right after a listed company or an index, is its price move; a company's other changes
  // name their metric; an index's return over a stretch of time stays a return
  ['Vertiv shares rose 5.2% on Friday. Schneider Electric gained 1.4%.', '1.4%', { metric: 'share-price', subject: 'Schneider Electric' }],
  ['个股方面，宁德时代收跌1.1%，报265.4元；比亚迪跌2.3%。', '2.3%', { metric: 'share-price', subject: 'BYD' }],
  ['Asia at the close: Hang Seng Tech +1.9%; Kospi -0.4%; Nikkei 225 +0.2%.', '-0.4%', { metric: 'share-price' }],
  ['The benchmark Sensex index fell 0.7% while the Nifty 50 closed up 0.5%.', '0.5%', { metric: 'share-price' }],
  ['美股周三收高，那斯达克指数收涨1.3%，道琼工业指数小涨0.3%。', '0.3%', { metric: 'share-price' }],
  ['Revenue at Vertiv rose 21% in the quarter.', '21%', { metric: 'revenue-growth' }],
  ['The Nasdaq 100 has gained 18% over the past 12 months.', '18%', { metric: 'growth' }],
  // a stock code followed by a move; the level a change reaches is the level of what changed; EBITA is a profit;
  // a net purchase or sale of shares is a fund flow, not revenue
  ['Kingsoft Cloud (3896 HK) +4.1% to HK$5.62 after its AI revenue beat.', '+4.1%', { metric: 'share-price' }],
  ['Meituan (3690 HK) -2.2%; Lenovo (992 HK) +3.4% before its results.', '+3.4%', { metric: 'share-price' }],
  // a subordinate clause after the figure speaks of something else
  [
    'Shares of Biren, which listed in Hong Kong in January, closed up 6.1% on Tuesday after local media reported its spending plan.',
    '6.1%',
    { metric: 'share-price' },
  ],
  ['Snowflake (SNOW US) +7% after hours on a product-revenue beat.', '+7%', { metric: 'share-price' }],
  // the forms a market wrap uses for one company's move: the name's own tail or code between, the direction after the
  // figure, the move set off by commas; a fund's net selling is a flow of the whole market, no company's
  ['Chip stocks slid. Renesas Electronics fell 4.2%, Tokyo Electron lost 3.1%.', '4.2%', { metric: 'share-price' }],
  // A relative clause set off by commas between a company and its move stands aside (its own percent is no move).
  [
    "Kioxia Holdings, which makes about 20 percent of the world's NAND flash, rose 3.4 percent in Tokyo.",
    '3.4 percent',
    { metric: 'share-price', subject: 'Kioxia' },
  ],
  ['Renesas Electronics, whose chips go into most cars, fell 2.6% on Friday.', '2.6%', { metric: 'share-price' }],
  ['Kioxia Holdings (285A JP) rose 2.3% in Tokyo.', '2.3%', { metric: 'share-price', subject: 'Kioxia' }],
  ['Kioxia closed 2.1% higher on Monday.', '2.1%', { metric: 'share-price' }],
  ['Advantest, down 5.6%, was the biggest drag on the index.', '5.6%', { metric: 'share-price' }],
  ['Kioxia bucked the trend with a 1.9% gain.', '1.9%', { metric: 'share-price' }],
  ['Kioxia ended the year with a 5% share of the NAND market.', '5%', { metric: 'market-share' }],
  ['瑞萨电子盘中一度大跌7%。', '7%', { metric: 'share-price' }],
  [
    'Renesas fell 2%. Foreign investors sold a net 1.2 trillion won of Korean shares.',
    '1.2 trillion won',
    { metric: 'fund-flow', subject: undefined },
  ],
  // a broker's own forecast in its note is an estimate, not the company's figure
  ['We expect December-quarter revenue of Rmb98bn-101bn for Meituan.', 'Rmb98bn-101bn', { scope: '市场预期' }],
  ['我们预计快手2026年营收约1420亿元。', '约1420亿元', { scope: '市场预期' }],
  ['Kingsoft Cloud (3896 HK) +4.1% to HK$5.62 after its AI revenue beat.', 'HK$5.62', { metric: 'share-price' }],
  ['Shares of Nebius rose 6% to $98.40 after revenue more than doubled.', '$98.40', { metric: 'share-price' }],
  ['Ad revenue rose 18% to $9.1 billion, and the company raised its capex plan to $30 billion.', '$9.1 billion', { metric: 'revenue' }],
  ['经调整EBITA同比下降9%至215亿元。', '215亿元', { metric: 'profit' }],
  ['Foreign investors net sold 640 billion won of Korean shares on Friday.', '640 billion won', { metric: 'fund-flow' }],
  ['南向资金全天净买入港股约92亿港元。', '约92亿港元', { metric: 'fund-flow' }],
  // an amount joined to a per-share amount is per share too; a total beside one is not
  ['分析师将该公司两年的每股收益预测分别上调至2.10元和2.65元。', '2.65元', { unit: 'per share' }],
  ['Diluted EPS: $0.74 reported vs. $0.69 expected by analysts.', '$0.69', { unit: 'per share' }],
  ['Diluted EPS: $0.74 reported vs. $0.69 expected by analysts.', '$0.74', { unit: 'per share' }],
  ['Quarterly profit was $2.3 billion and $0.74 per share, the firm said.', '$2.3 billion', { unit: undefined }],
  // a bare move in a sentence about trading is a share-price move
  ['受消息影响，港股科网股周二普遍回落，金蝶国际跌3.4%，明源云则逆市升1.2%。', '3.4%', { metric: 'share-price' }],
  ['Shares of the company fell 6.2% in extended trading after it cut its forecast.', '6.2%', { metric: 'share-price' }],
  // the paragraph speaks of shares: a later sentence's bare move is still the stock's ('They …'), a date and a cause
  // may stand between the company and its move, and a move written before its index is the index's
  ['Shares of Qorvex closed up 2.2% on Monday. They have lost about 14% since January.', 'about 14%', { metric: 'share-price' }],
  ['二级市场上，澄海光电3月5日受减持消息影响下跌6.4%。', '6.4%', { metric: 'share-price' }],
  ['The stock has returned 31% this year, ahead of the roughly 12% rise in the S&P 500.', 'roughly 12%', { metric: 'share-price' }],
  // …but a paragraph with no word of trading keeps a bare change a change
  ['Active users of the app rose 40% in the quarter.', '40%', { metric: 'growth' }],
  // a subsidy or a fine is also written as a rate; a compute voucher is a subsidy; a rental price per card-hour is a
  // price, not a lease contract; a vehicle owned in shares names stakes
  ['杭州对采购国产算力的企业给予补贴，补贴比例由20%提高至40%。', '40%', { metric: 'subsidy' }],
  ['成都今年将发放算力券约3亿元。', '约3亿元', { metric: 'subsidy' }],
  ["Regulators can impose fines of up to 6% of a company's annual turnover.", 'up to 6%', { metric: 'fine' }],
  ['该公司把H100的租用价从每卡每小时12元下调至8元。', '8元', { metric: 'price' }],
  ['The campus is held by a vehicle 70% owned by Apollo funds and 30% by Oracle.', '70%', { metric: 'stake' }],
  // a Hong Kong listing's proceeds are written 集资 / 招股
  ['云擎科技今日起招股，招股价18至21港元，集资最多45亿港元。', '最多45亿港元', { metric: 'ipo' }],
  // an amount net of something is its own measure: the exclusion is its scope, and a keyword inside the exclusion or
  // inside an aside closed before the amount (租赁 in the brackets) names nothing of it
  ['该公司去年资本开支（不含融资租赁）为412亿美元。', '412亿美元', { metric: 'capex', scope: '不含融资租赁' }],
  [
    'Revenue excluding traffic acquisition costs was $61 billion.',
    '$61 billion',
    { metric: 'revenue', scope: 'excluding traffic acquisition costs' },
  ],
  // …not a change of revenue in the same sentence
  ['受益于港股IPO回暖，该行营收同比增长18%。', '18%', { metric: 'revenue-growth' }],
  // one measure, many names: capex
  ['谷歌母公司Alphabet表示，今年资本支出将达到1800亿美元。', '1800亿美元', { metric: 'capex' }],
  ['Meta said its capital expenditures would reach $120 billion next year.', '$120 billion', { metric: 'capex' }],
  ['微软本财年在AI基础设施投入约900亿美元。', '约900亿美元', { metric: 'capex' }],
  ['据统计，全球数据中心资本开支今年将突破8000亿美元。', '8000亿美元', { metric: 'capex' }],
  ['Oracle lifted its capital budget for the fiscal year to about $45 billion.', 'about $45 billion', { metric: 'capex' }],
  // money put into another company is an investment, even with an outlay verb
  ['腾讯向智谱注资20亿元，阿里则拟投入最多30亿元。', '最多30亿元', { metric: 'investment' }],
  ['Google is putting up to $3 billion of equity into Anthropic.', 'up to $3 billion', { metric: 'investment', counterparty: 'Anthropic' }],
  ['亚马逊拟向OpenAI投资最多300亿美元。', '最多300亿美元', { metric: 'investment', counterparty: 'OpenAI' }],
  ['阿里巴巴与腾讯联合领投，两家合计出资6亿美元。', '6亿美元', { metric: 'investment' }],
  // an instrument noun after the amount ('of equity') yields to the verb that governs it
  ['The data-centre venture was financed with $4 billion of equity and $9 billion of loans.', '$4 billion', { metric: 'funding' }],
  ['The data-centre venture was financed with $4 billion of equity and $9 billion of loans.', '$9 billion', { metric: 'debt' }],
  ['Mistral raised $1.2 billion of equity from a group of European funds.', '$1.2 billion', { metric: 'funding' }],
  // a raise takes the debt instrument named right after its amount
  ['Intel raised $11 billion in a bond sale on Tuesday.', '$11 billion', { metric: 'debt' }],
  ['Intel raised $11 billion from new investors on Tuesday.', '$11 billion', { metric: 'funding' }],
  // 'worth' after a common noun prices that thing, not a company
  ['Analysts say similar off-balance-sheet structures worth $40 billion are being discussed.', '$40 billion', { metric: undefined }],
  [
    'Bankers say packages of about $30 billion are in the works for campuses in Arizona, with KKR and Ares among the lenders.',
    'about $30 billion',
    { metric: 'debt' },
  ],
  ['The startup, now worth $12 billion, plans to hire 500 engineers.', '$12 billion', { metric: 'valuation' }],
  // 'people familiar with the deal' is where the number came from, not what it measures
  [
    'Cohere did not disclose its valuation, but people familiar with the deal put it at about $7 billion.',
    'about $7 billion',
    { metric: 'valuation' },
  ],
  // share prices and stock moves
  ['消息公布后，苹果股价盘后一度跌超5%，报约190美元。', '约190美元', { metric: 'share-price', unit: 'per share' }],
  ['消息公布后，苹果股价盘后一度跌超5%，报约190美元。', '5%', { metric: 'share-price', direction: 'down' }],
  ['Intel shares closed at $31.40 on Tuesday, valuing the company at about $137 billion.', '$31.40', { metric: 'share-price' }],
  ['Intel shares closed at $31.40 on Tuesday, valuing the company at about $137 billion.', 'about $137 billion', { metric: 'market-cap' }],
  ['该公司发行价为每股88港元，首日收涨57%。', '57%', { metric: 'share-price' }],
  // earnings per share are profit, per share
  ['Net income was $9.2 billion, or $2.41 per share.', '$2.41', { metric: 'profit', unit: 'per share' }],
  ['公司调整后每股收益为0.95美元。', '0.95美元', { metric: 'profit', unit: 'per share' }],
  // `profit per share` names the profit, not a share price (decision 099)
  [
    'The company expects adjusted profit per share of 58 cents to 66 cents for the quarter.',
    '58 cents to 66 cents',
    { metric: 'profit', unit: 'per share' },
  ],
  // an estimate measures what the figure it is set against measures
  ['季度营收为512亿美元，高于市场预期的498亿美元。', '498亿美元', { metric: 'revenue' }],
  // a market is not every '市场'
  ['据悉，英特尔正考虑在欧洲市场发行最多80亿美元的公司债。', '最多80亿美元', { metric: 'debt' }],
  ['IDC预计，今年中国AI芯片市场规模约1500亿元，其中国产芯片份额约40%。', '约40%', { metric: 'market-share' }],
  ['The market for AI accelerators will reach $500 billion by 2028.', '$500 billion', { metric: 'market-size' }],
  // listings, placements
  ['该公司IPO募资总额约35亿港元，发行价每股60港元。', '约35亿港元', { metric: 'ipo' }],
  ['公司去年完成的25亿元定增，主要用于新一代芯片研发。', '25亿元', { metric: 'funding' }],
  // contracts and orders
  ['Microsoft signed agreements with Nebius worth $17.4 billion.', '$17.4 billion', { metric: 'contract', counterparty: 'Nebius' }],
  ['Meta has placed orders for roughly $14 billion worth of Google TPUs.', 'roughly $14 billion', { metric: 'contract' }],
  ['截至9月末，甲骨文剩余履约义务为4550亿美元。', '4550亿美元', { metric: 'orders' }],
  // signs: falls, losses, cuts
  ['英特尔市值一夜蒸发约900亿美元。', '约900亿美元', { metric: 'market-cap-change', direction: 'down' }],
  ['Nvidia fell 4%, erasing about $180 billion in market value.', 'about $180 billion', { metric: 'market-cap-change', direction: 'down' }],
  ['Kimi宣布API降价，输入价格降幅为40%。', '40%', { metric: 'price', direction: 'down' }],
  ['公司表示，推理服务成本下降超过60%。', '超过60%', { metric: 'cost', direction: 'down' }],
  // Taiwanese wording (extraction reads Traditional text folded to Simplified)
  ['营收将成长近25%。', '近25%', { metric: 'revenue-growth' }],
  // denials state no claim
  ['软银对OpenAI的投资并非一次性400亿美元，而是分期到位。', '400亿美元', { negated: true }],
  ['本轮融资或将达到80亿美元，而非此前传闻的50亿美元。', '50亿美元', { negated: true }],
  ['The deal is not $20 billion up front, people familiar said.', '$20 billion', { negated: true }],
  ['It expects revenue of not less than $5 billion.', 'not less than $5 billion', { negated: undefined }],
  ['今年研发投入不会低于30亿元。', '30亿元', { negated: undefined, metric: 'spending' }],
  // an investment in one's own grid, plants or data centres, with no company receiving it, is capex
  ['国家电网表示，今年电网投资将超过6500亿元。', '6500亿元', { metric: 'capex' }],
  ['Intel said its investment in new fabs would be about $25 billion this year.', 'about $25 billion', { metric: 'capex' }],
  ['软银表示将向Arm投资20亿美元用于扩产。', '20亿美元', { metric: 'investment', counterparty: 'Arm' }],
  // '的' after an amount says what it is of, like 'of' in English
  ['2023年，腾讯领投智谱约5亿美元的C轮融资。', '约5亿美元', { metric: 'funding', subject: 'Zhipu AI' }],
  // a forecast set against an amount measures what it measures, unless it names its own metric
  ['The company reported sales of $41.2 billion and a forecast of $44 billion for the next quarter.', '$44 billion', { metric: 'revenue' }],
  ['It reported revenue of $41.2 billion and capital spending guidance of $30 billion.', '$30 billion', { metric: 'capex' }],
  // an agreement to pay is a contract
  ['Anthropic agreed to pay about $30 billion for Microsoft Azure capacity.', 'about $30 billion', { metric: 'contract' }],
  // a segment or region before the metric word: the figure measures that part, not the company
  ['分业务看，云计算业务营收达到412亿元，占总营收近三成。', '412亿元', { metric: 'revenue', scope: '云业务' }],
  ['Its data-center revenue climbed to $30.8 billion in the quarter.', '$30.8 billion', { metric: 'revenue', scope: '数据中心' }],
  ['该公司海外收入同比增长45%，达到88亿元。', '45%', { metric: 'revenue-growth', scope: '海外' }],
  ['联想方案服务业务收入为21亿美元。', '21亿美元', { metric: 'revenue', scope: '方案服务' }],
  ['小米集团合并营收为1110亿元。', '1110亿元', { metric: 'revenue', scope: undefined }],
  ['The company posted total revenue of $12.4 billion.', '$12.4 billion', { metric: 'revenue', scope: undefined }],
  // a segment named after the metric word, a segment's change, AI and software lines
  ['Revenue from its networking segment was $4.3 billion, up 21% from a year earlier.', '$4.3 billion', { scope: '网络' }],
  ['Revenue from its networking segment was $4.3 billion, up 21% from a year earlier.', '21%', { scope: '网络' }],
  ['Revenue from its mobile devices division rose to $2.2 billion.', '$2.2 billion', { scope: 'mobile devices' }],
  ['Sales of AI accelerators reached $6.4 billion in the quarter.', '$6.4 billion', { scope: 'AI' }],
  ['Revenue from Microsoft accounted for $3.1 billion.', '$3.1 billion', { scope: undefined }],
  ['Marvell said AI revenue was $1.9 billion.', '$1.9 billion', { scope: 'AI' }],
  ['甲骨文本季度软件营收为58亿美元。', '58亿美元', { scope: '软件' }],
  ['OpenAI营收为130亿美元。', '130亿美元', { scope: undefined }],
  // someone else's estimate of the figure is the market's, not the company's
  ['Revenue rose 18% to $9.2 billion, beating estimates of $8.8 billion.', '$8.8 billion', { scope: '市场预期' }],
  ['Revenue rose 18% to $9.2 billion, beating estimates of $8.8 billion.', '$9.2 billion', { scope: undefined }],
  [
    "It expects revenue of about $10 billion, compared with analysts' average estimate of $9.6 billion.",
    '$9.6 billion',
    { scope: '市场预期' },
  ],
  [
    "It expects revenue of about $10 billion, compared with analysts' average estimate of $9.6 billion.",
    'about $10 billion',
    { scope: undefined },
  ],
  ['美光第二财季营收为96亿美元，高于分析师平均预期的91亿美元。', '91亿美元', { scope: '市场预期' }],
  ['法人预估，华硕第二季度营收约1600亿元，同比增长约15%。', '约15%', { scope: '市场预期' }],
  ['华硕预计第二季度营收约1600亿元。', '约1600亿元', { scope: undefined }],
  // a change noun (涨幅) measures the base of the clause before it: a stock after 涨停, a price after 价格
  ['概念股午后拉升，中文在线涨停，涨幅20%。', '20%', { metric: 'share-price' }],
  ['受需求拉动，DRAM合约价格本季度涨幅约18%。', '约18%', { metric: 'price' }],
  ['The company booked $3 billion of new orders.', '$3 billion', { metric: 'orders' }],
  ['公司当季新签的算力订单约为50亿元。', '约为50亿元', { metric: 'orders' }],
  // verb forms and nouns of the lexicon's families
  ['The shares have fallen 14% since January.', '14%', { metric: 'share-price', direction: 'down' }],
  ['The chipmaker booked $6 billion of new orders in the quarter.', '$6 billion', { metric: 'orders' }],
  ['The company repurchased $2.1 billion of its shares.', '$2.1 billion', { metric: 'buyback' }],
  // a broker's target price written short ('TP', 'PT') or as 目标股价 / 目標價 is a target price, not a raise, a stock's
  // price or a contract (decision 032)
  ['Northgate Securities lifted its TP on Contoso Cloud to HK$7.20 from HK$6.10.', 'HK$7.20', { metric: 'price' }],
  ['We raise our PT on Contoso Cloud to $420 (from $360) on stronger AI demand.', '$420', { metric: 'price' }],
  ['华辰证券将星辰半导体目标股价由450元上调至520元。', '520元', { metric: 'price' }],
  ['華辰證券將星辰半導體目標價由450元上調至520元。', '520元', { metric: 'price' }],
  // a clause that only continues the sentence's opening noun measures that noun, not what a later clause's amount
  // measures; an aside between them explains the noun; a base after 'up from' measures what the level does
  [
    "Nimbus Cloud's order backlog, or remaining performance obligations, was $18.4 billion at the end of June, the company said; it signed $2.2 billion of new contracts in the quarter.",
    '$18.4 billion',
    { metric: 'orders' },
  ],
  [
    "Nimbus Cloud's order backlog, or remaining performance obligations, was $18.4 billion at the end of June, up from $15.9 billion in March; it signed $2.2 billion of new contracts in the quarter.",
    '$15.9 billion',
    { metric: 'orders' },
  ],
  [
    'Large deal wins - orders worth more than $30 million each - came to $1.7 billion in the quarter, with 40% net new.',
    '$1.7 billion',
    { metric: 'orders' },
  ],
  ['据公告，公司在手订单，截至9月末为420亿元，上年同期为300亿元；三季度新签了50亿元的服务器采购合同。', '300亿元', { metric: 'orders' }],
  // a keyword right after an amount names that amount: a later clause's amount after it is a list sibling
  ['The utility now expects adjusted earnings of $4.10 to $4.30 per share in 2026, a midpoint of $4.20.', '$4.20', { metric: 'profit' }],
  // bookings are orders taken, not revenue earned
  ['Quarterly bookings at the game publisher rose to $1.3 billion, while revenue was $1.1 billion.', '$1.3 billion', { metric: 'orders' }],
  ['Zoom said net bookings reached $950 million in the quarter.', '$950 million', { metric: 'orders' }],
];

const DATE = '2026-02-10';

for (const [sentence, surface, want] of CASES) {
  test(`metric: ${surface} in "${sentence.slice(0, 40)}…" → ${JSON.stringify(want)}`, () => {
    const { figures } = extract(sentence, { date: DATE }, gaz);
    const f = figures.find((x) => x.text === surface) ?? figures.find((x) => x.text.includes(surface) || surface.includes(x.text));
    assert.ok(f, `no figure ${surface} in ${figures.map((x) => x.text).join(', ')}`);
    for (const [k, v] of Object.entries(want)) assert.equal(f[k as keyof Figure], v, `${k} of ${surface}`);
  });
}

/** Changes name their base as the label set does: revenue / capex / profit growth, else plain growth. */
const GROWTH: [string, string, string][] = [
  ['公司第四季度净利润为120亿元，同比增长35%。', '35%', 'profit-growth'],
  ['Its cloud unit grew 28% to $12.1 billion in revenue.', '28%', 'revenue-growth'],
  ['截至年末，未履约订单为900亿美元，同比增长60%。', '60%', 'growth'],
  ['今年资本开支同比增长约四成。', '约四成', 'capex-growth'],
  // a list of parallel moves: the second continues what the first measured
  ['消息传出后，博通股价大涨6.1%，AMD小幅下跌1.2%。', '1.2%', 'share-price'],
  ['Shares of Micron jumped 7% while Western Digital slipped 2%.', '2%', 'share-price'],
];

for (const [sentence, surface, metric] of GROWTH) {
  test(`growth: ${surface} in "${sentence.slice(0, 30)}…" → ${metric}`, () => {
    const f = extract(sentence, { date: DATE }, gaz).figures.find((x) => x.text === surface || x.text.includes(surface));
    assert.equal(f?.metric, metric);
  });
}

test('metric: a cornerstone subscription in an IPO is an investment, the proceeds are the IPO', () => {
  const s = '该公司IPO募资约50亿港元，其中基石投资者合计认购约20亿港元。';
  const figs = extract(s, { date: DATE }, gaz).figures;
  assert.equal(figs.find((f) => f.text.includes('50亿'))?.metric, 'ipo');
  assert.equal(figs.find((f) => f.text.includes('20亿'))?.metric, 'investment');
});

test('metric: money committed to a cloud is a contract, money committed to a company an investment', () => {
  const cloud = extract('OpenAI has committed $180 billion to Microsoft Azure.', { date: DATE }, gaz).figures[0];
  assert.equal(cloud?.metric, 'contract');
  assert.equal(cloud?.counterparty, 'Microsoft');
  const stake = extract('Microsoft has committed $10 billion to Anthropic.', { date: DATE }, gaz).figures[0];
  assert.equal(stake?.metric, 'investment');
});

/** Metrics that only the text around a sentence can tell. */
const IN_CONTEXT: [string, string, string][] = [
  // the parts of a total continue its metric, even after a paragraph break
  ['三大电信运营商今年资本开支合计约2900亿元。\n\n其中中国移动1510亿元居首，中国电信约830亿元。', '约830亿元', 'capex'],
  // a part measures what its whole measures, not the comparison base before it (a part set aside to buy goods is a
  // purchase: decision 126, owner37.test.ts)
  ['快手计划今年资本开支约300亿元，高于去年的约200亿元，其中约120亿元将用于建设数据中心。', '约120亿元', 'capex'],
  // an amount repeated without a keyword restates the earlier one of the same owner
  ['小米今年研发投入将达到300亿元。\n\n“300亿元只是开始。”雷军说。', '300亿元', 'spending'],
  // a transaction word alone yields to the earlier statement of the same amount
  ['Microsoft said it would invest $10 billion in Anthropic. Analysts called the $10 billion deal a hedge.', '$10 billion', 'investment'],
];

for (const [text, surface, metric] of IN_CONTEXT) {
  test(`metric in context: every ${surface} in "${text.slice(0, 30)}…" → ${metric}`, () => {
    const figs = extract(text, { date: DATE }, gaz).figures.filter((x) => x.text === surface);
    assert.ok(figs.length > 0, `no figure ${surface}`);
    for (const f of figs) assert.equal(f.metric, metric, `${f.text} at ${f.start}`);
  });
}

test('metric: "after the investment" dates a valuation, it does not name the amount', () => {
  const f = extract(
    'Kestrel Computing raised $300 million in a round that values the company at $4 billion after the investment.',
    { date: DATE },
    gaz,
  ).figures;
  assert.equal(f.find((x) => x.text === '$4 billion')?.metric, 'valuation');
  assert.equal(f.find((x) => x.text === '$4 billion')?.subject, 'Kestrel Computing');
});
