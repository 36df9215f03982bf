/**
 * The figure label conventions of decision 032 and the metric rules beside them, on sentences written for this test
 * (not taken from any labelled batch): a stock's price level is dated only by a month the text names; a broker's
 * target price is a price; a margin raised to a value is a margin level; a bare 涨 / 跌 or a signed move after a name is
 * a stock move; money from a round's existing investors is the round; a round's payout for equipment is a purchase.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const DATE = '2026-09-15';

type Want = Partial<Pick<Figure, 'metric' | 'period'>>;

const CASES: [string, string, Want][] = [
  // a stock's level: a year, quarter or fiscal year of another figure of the sentence does not date it; a month does
  [
    'Shares of Vantor rose 3.1% to $88.40 on Tuesday and are up 22% so far this year.',
    '$88.40',
    { metric: 'share-price', period: undefined },
  ],
  ['Kestrel (KSTL US) +2.2% to $41.05 after it lifted its fiscal 2027 revenue outlook.', '$41.05', { period: undefined }],
  ['该股周二收涨2.3%，报61.8元，今年以来累计上涨35%。', '61.8元', { metric: 'share-price', period: undefined }],
  ['股价较去年11月创下的212.4元高点回落近三成。', '212.4元', { metric: 'share-price', period: '2025-11' }],
  // a broker's target price is a price (not the stock's level), dated by no forecast year
  [
    'Jefferies raised its 2027 earnings estimate and lifted its price target on Arista to $190 from $165.',
    '$190',
    { metric: 'price', period: undefined },
  ],
  [
    'Jefferies raised its 2027 earnings estimate and lifted its price target on Arista to $190 from $165.',
    '$165',
    { metric: 'price', period: undefined },
  ],
  ['国泰君安将寒武纪目标价由1500元上调至1800元，并上调2026年盈利预测。', '1500元', { metric: 'price' }],
  [
    'We cut our FY2027 revenue forecast by 4% and lower our target price to HK$9.20 from HK$10.60.',
    'HK$10.60',
    { metric: 'price', period: undefined },
  ],
  // a dividend per share is a dividend, dated by its quarter
  ['联发科董事会核准第二季每股配发现金股利25元。', '25元', { metric: 'dividend', period: '2026Q2' }],
  // a margin raised to a value, or from one, is a margin level
  ['该公司净利润率增长至18.6%。', '18.6%', { metric: 'margin' }],
  ['云业务利润率由7.2%增长至9.5%。', '7.2%', { metric: 'margin' }],
  ['The unit’s EBITDA margin widened to 31.4% in the quarter.', '31.4%', { metric: 'margin' }],
  // a margin's change in percentage points is a margin figure (there is no margin growth)
  ['第二季度公司毛利率为16.2%，较上季提高0.7个百分点。', '0.7个百分点', { metric: 'margin' }],
  // a percent level named by nothing in its clause takes the ratio an earlier clause names (and the list after it)
  ['毛利率方面，公司维持41%左右的指引不变。', '41%左右', { metric: 'margin' }],
  ['按份额计，长鑫约12%，南亚科约8%。', '约8%', { metric: 'market-share' }],
  ['公司营收同比增长9%，预计全年增长约12%。', '约12%', { metric: 'revenue-growth' }],
  // 收在 (Taiwan's "closed at") gives a stock's level, whatever follows
  ['华硕昨日股价下跌1.8%，收在512元，市值约3800亿元。', '512元', { metric: 'share-price' }],
  // a keyword inside what an amount includes names no metric of it
  ['Capital expenditures including finance leases were $29.4 billion in the quarter.', '$29.4 billion', { metric: 'capex' }],
  ['资本开支（包括融资租赁）为86亿美元。', '86亿美元', { metric: 'capex' }],
  // an amount per share guided or earned keeps its period
  ['公司上半年每股赚2.35元。', '2.35元', { period: '2026H1' }],
  ['Vantor made $2.10 a share in the second quarter.', '$2.10', { period: '2026Q2' }],
  // a bare 涨 / 跌 after a name, or a signed move right after one, is a stock's move
  ['封测板块午后走强，晶辰微大涨6.4%，华拓芯涨3.9%。', '6.4%', { metric: 'share-price' }],
  ['封测板块午后走强，晶辰微大涨6.4%，华拓芯涨3.9%。', '3.9%', { metric: 'share-price' }],
  ['从全年表现看，半导体行业今年以来累计涨幅约27%。', '约27%', { metric: 'share-price' }],
  ['Overnight: Kospi -0.9%; Taiex +1.4%; Nikkei 225 +0.6%.', '+1.4%', { metric: 'share-price' }],
  ['- Hanmi Semiconductor -3.3% on reports that HBM contract prices will fall.', '-3.3%', { metric: 'share-price' }],
  // a move of one trading day is a stock's, never a stake; a percent of shares held is a stake, whatever verb follows
  ['持有该公司约35%股份的星海控股当日上涨5.2%。', '5.2%', { metric: 'share-price' }],
  ['持有该公司约35%股份的星海控股当日上涨5.2%。', '约35%', { metric: 'stake' }],
  ['Helix Partners, which holds about 35% of the chipmaker, rose 5.2% on the day.', '5.2%', { metric: 'share-price' }],
  // a company's own measures keep their base
  ['公司第二季度营收同比增长14%，出货量增长9%。', '14%', { metric: 'revenue-growth' }],
  ['Revenue +11% YoY to $3.2 billion.', '+11%', { metric: 'revenue-growth' }],
  // money from a round's existing investors is the round
  [
    'Nimbus Labs raised $320 million, and about $90 million of it came from existing investors.',
    'about $90 million',
    { metric: 'funding' },
  ],
  ['本轮融资中，约2亿元来自老股东追加投资。', '约2亿元', { metric: 'funding' }],
  // a round's payout for equipment or services is a purchase, not the round
  ['星图智算完成15亿元C轮融资，其中5亿元将用于向华为采购昇腾服务器。', '5亿元', { metric: 'purchase' }],
  ['Nimbus Labs raised $320 million, including $110 million it will pay Dell for GPU servers.', '$110 million', { metric: 'purchase' }],
  // what a lead brings to a round is its investment; the round stays funding
  ['Temasek will lead the round with about $400 million, the people said.', 'about $400 million', { metric: 'investment' }],
  ['Nimbus Labs raised $320 million in a round led by Accel.', '$320 million', { metric: 'funding' }],
  // a backlog of orders is orders, not a contract
  ['Its backlog of orders for networking gear reached $14 billion.', '$14 billion', { metric: 'orders' }],
  // a part of a round with no payout keeps the round's metric
  ['星图智算完成15亿元C轮融资，其中5亿元由国调基金认购。', '5亿元', { metric: 'funding' }],
];

for (const [sentence, surface, want] of CASES) {
  test(`convention: ${surface} in "${sentence.slice(0, 40)}…" → ${JSON.stringify(want)}`, () => {
    const { figures } = extract(sentence, { date: DATE }, gaz);
    const f = figures.find((x) => x.text === surface) ?? figures.find((x) => x.text.includes(surface));
    assert.ok(f, `no figure ${surface} in ${figures.map((x) => x.text).join(', ')}`);
    for (const [k, v] of Object.entries(want)) assert.equal(f[k as keyof Figure], v, `${k} of ${surface}`);
  });
}
