import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { cjkSpacing, compileTerms, headlineSeparators, mainlandNumbers, mainlandStyle, mainlandWords } from './mainland.js';
import { beyondHeadline } from './tidy.js';

test('spacing: no space between a Chinese character and a number or Latin word; Latin next to Latin keeps it', () => {
  const cases: [string, string][] = [
    ['合计资本开支约 6600 亿美元，较 2025 年增长', '合计资本开支约6600亿美元，较2025年增长'],
    ['谷歌母公司 Alphabet 和 Meta 2026 年合计', '谷歌母公司Alphabet和Meta 2026年合计'],
    ['预计为 **1750 亿至 1850 亿美元**，约为上一年的两倍', '预计为**1750亿至1850亿美元**，约为上一年的两倍'],
    ['第二财季资本开支为 **375 亿美元** ，按此节奏', '第二财季资本开支为**375亿美元**，按此节奏'],
    ['IT之家 2 月 6 日消息', 'IT之家2月6日消息'],
    ['Meta**1250亿美元**（区间中值）', 'Meta **1250亿美元**（区间中值）'],
    ['**Meta**2026年', '**Meta**2026年'],
    ['Nvidia said revenue rose 5% to $68 billion.', 'Nvidia said revenue rose 5% to $68 billion.'],
  ];
  for (const [input, want] of cases) assert.equal(cjkSpacing(input), want, input);
});

test('numbers: Taiwan 兆 of money is 万亿, thousands separators go before a Chinese unit; 兆瓦 stays', () => {
  const cases: [string, string][] = [
    ['合并营收新台币1兆461亿元', '合并营收新台币1.0461万亿元'],
    ['营收为**2.06兆元新台币**', '营收为**2.06万亿元新台币**'],
    ['营收7.5兆元', '营收7.5万亿元'],
    ['税后纯益新台币5,057亿元', '税后纯益新台币5057亿元'],
    ['每周出货量已达约1,000柜', '每周出货量已达约1000柜'],
    ['新建300兆瓦数据中心', '新建300兆瓦数据中心'],
    ['Revenue of $1,234 million', 'Revenue of $1,234 million'],
    ['用户数达1,234,567人', '用户数达1,234,567人'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandNumbers(input), want, input);
  // The value is the same number: the numeric guard and the check read both alike.
  const [tw] = extractFigures('合并营收新台币1兆461亿元。');
  const [cn] = extractFigures('合并营收新台币1.0461万亿元。');
  assert.equal(tw?.value, cn?.value);
  assert.equal(cn?.value, 1.0461e12);
});

test('words: Taiwan finance vocabulary in mainland words, only where it is that word', () => {
  const cases: [string, string][] = [
    [
      '季增**5.7%**、年增**20.5%**；税后纯益新台币5057亿元，每股纯益19.50元',
      '环比增长**5.7%**、同比增长**20.5%**；税后净利润新台币5057亿元，每股收益19.50元',
    ],
    ['15日召开法说会，毛利率优于财测高标', '15日召开业绩说明会，毛利率优于业绩指引上限'],
    ['第三季AI服务器营收年增逾170%', '第三季度AI服务器营收同比增长逾170%'],
    ['今年资本支出上看560亿美元', '今年资本开支有望达到560亿美元'],
    ['有望较今年成长一倍以上', '有望较今年增长一倍以上'],
    // Mainland words that only contain the Taiwan ones are left alone.
    ['年增长率为5%，第三季度营收', '年增长率为5%，第三季度营收'],
    ['公司的成长路径与季节性因素', '公司的成长路径与季节性因素'],
    ['获利了结压力', '获利了结压力'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandWords(input), want, input);
  assert.throws(() => compileTerms([['(', 'x']]), /bad regex/);
});

test('words: Hong Kong and Taiwan finance wording (after Traditional → Simplified) in mainland words', () => {
  const cases: [string, string][] = [
    ['恒指半日升1.2%，大市半日成交额录得1230亿元。科网股普遍造好', '恒指半日涨1.2%，半日成交额达1230亿元。科技股普遍走强'],
    [
      '收入按年增长**15%**至**1930亿元人民币**，纯利按年增长**18%**，胜市场预期',
      '收入同比增长**15%**至**1930亿元人民币**，净利润同比增长**18%**，超市场预期',
    ],
    [
      '资本开支录得**220亿元**，按季增长**9%**；营收按年升12%，利润按年跌3%',
      '资本开支达**220亿元**，环比增长**9%**；营收同比增长12%，利润同比下降3%',
    ],
    ['有分析指，其广告收入亦按年增长20%', '有分析人士指出，其广告收入也同比增长20%'],
    // 孖展 (margin financing) is 融资 and 录得 before an amount is 获得 in a mainland editor's copy (editor21's blind
    // review, 2026-12-05: 孖展认购 and 录得 read as Hong Kong wording).
    ['孖展认购反应热烈，计划集资最多62亿港元', '保证金融资认购反应热烈，计划募资最多62亿港元'],
    ['首日已录得约186亿港元孖展认购', '首日已获得约186亿港元保证金融资认购'],
    [
      '将当AI机器人新创星衍智能的基石投资人，前三季营收年增35%，执行长表示',
      '将担任AI机器人初创企业星衍智能的基石投资者，前三季度营收同比增长35%，首席执行官表示',
    ],
    // Mainland text that only contains those characters is left alone.
    [
      '提升3%，上升5%，回升2%，拉升4%；当前市场相当于当地的大市场，大市值公司',
      '提升3%，上升5%，回升2%，拉升4%；当前市场相当于当地的大市场，大市值公司',
    ],
    ['单纯利用价格优势，纯利润，前三季度，升级，集资额，募集资金', '单纯利用价格优势，纯利润，前三季度，升级，募资额，募集资金'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandWords(input), want, input);
});

test('headlines: a space between two phrases is a comma; a spaced-out headline is closed up', () => {
  assert.equal(
    headlineSeparators('英伟达第四财季营收681亿美元超预期 数据中心业务占比逾九成'),
    '英伟达第四财季营收681亿美元超预期，数据中心业务占比逾九成',
  );
  assert.equal(headlineSeparators('鸿海AI服务器营收年增逾170% 明年机柜出货看增一倍'), '鸿海AI服务器营收年增逾170%，明年机柜出货看增一倍');
  assert.equal(headlineSeparators('四大云厂商 2026 年资本开支合计约 6600 亿美元'), '四大云厂商 2026 年资本开支合计约 6600 亿美元');
  assert.equal(mainlandStyle('四大云厂商 2026 年资本开支合计约 6600 亿美元'), '四大云厂商2026年资本开支合计约6600亿美元');
});

test('a one-line summary does not restate its headline', () => {
  const head = 'CoreWeave在手订单增至1300亿美元';
  assert.equal(
    beyondHeadline('据CNBC报道，CoreWeave在手订单增至1300亿美元。CoreWeave资本开支为120亿美元。', head),
    'CoreWeave资本开支为120亿美元。',
  );
  assert.equal(beyondHeadline('据CNBC报道，CoreWeave在手订单增至1300亿美元。', head), '');
  assert.equal(beyondHeadline('CoreWeave称在手订单创新高。', head), 'CoreWeave称在手订单创新高。');
  // A follow-up's headline keeps its marker; the line restating it without the marker still goes.
  assert.equal(
    beyondHeadline(
      '据彭博援引知情人士报道，澜舟算力港股IPO募资48亿港元。澜舟算力市值约为260亿港元。',
      '澜舟算力港股IPO募资48亿港元（续报）',
    ),
    '澜舟算力市值约为260亿港元。',
  );
  assert.equal(beyondHeadline('澜舟算力的募资额为48亿港元。公司计划下周挂牌。', '澜舟算力港股IPO募资48亿港元'), '公司计划下周挂牌。');
  // Said again in other words with nothing after it: the line stays (a brief item is never a bare headline).
  assert.equal(beyondHeadline('澜舟算力的募资额为48亿港元。', '澜舟算力港股IPO募资48亿港元'), '澜舟算力的募资额为48亿港元。');
  // A year the headline leaves to the body is no number the headline left out.
  assert.equal(beyondHeadline('澜舟算力2026年第三季度营收为12亿元。毛利率回升。', '澜舟算力第三季度营收12亿元'), '毛利率回升。');
  // A different figure or more said than the headline: kept.
  assert.equal(
    beyondHeadline('澜舟算力的募资额为48亿港元，较原计划增加12亿港元。', '澜舟算力港股IPO募资48亿港元'),
    '澜舟算力的募资额为48亿港元，较原计划增加12亿港元。',
  );
  assert.equal(
    beyondHeadline('澜舟算力将在明年一季度交付首批48台服务器。', '澜舟算力港股IPO募资48亿港元'),
    '澜舟算力将在明年一季度交付首批48台服务器。',
  );
});

test('mainland words: a stock code in prose goes (台积电（2330）, 2330.TW, NASDAQ: NVDA); 超威 is AMD; a year in brackets stays', () => {
  const cases: [string, string][] = [
    ['台积电（2330）15日召开业绩说明会', '台积电15日召开业绩说明会'],
    ['鸿海(2317)第三季度营收', '鸿海第三季度营收'],
    ['台积电2330.TW股价上涨', '台积电股价上涨'],
    ['英伟达（NASDAQ: NVDA）盘后下跌', '英伟达盘后下跌'],
    ['腾讯（0700.HK）发布财报', '腾讯发布财报'],
    ['超威发布MI450芯片', 'AMD发布MI450芯片'],
    ['超威半导体CEO苏姿丰', 'AMD CEO苏姿丰'],
    ['超威动力发布年报', '超威动力发布年报'],
    ['人工智能（AI）需求强劲', '人工智能（AI）需求强劲'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandWords(input), want, input);
});

test('a regional word the source glossed with the mainland one is said once (辉达（英伟达） → 英伟达)', () => {
  assert.equal(mainlandWords('辉达（英伟达）股价上涨3%。'), '英伟达股价上涨3%。');
  // A bracket the mainland rules did not make stays as written.
  assert.equal(mainlandWords('台积电（台积电）'), '台积电（台积电）');
});
