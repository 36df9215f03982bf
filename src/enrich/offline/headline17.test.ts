import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClaimRow, digestStory, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { defaultOutlets } from '../../select/index.js';
import { shortWords, withinLength } from '../assemble/tidy.js';
import { createOfflineEngine, offlineTitle } from './engine.js';
import { fitHeadline, headlinePeriod } from './headline-shape.js';
import { companyName, trimTitle } from './titles.js';

const engine = createOfflineEngine();
const story = (title: string, text: string, claims: ClaimRow[] = []) => oneItemStory({ title, text }, claims);

test('a built headline says a quarter without its year: the lead keeps the full period', async () => {
  assert.equal(headlinePeriod('美光2026年第三季度营收139亿美元'), '美光三季度营收139亿美元');
  assert.equal(headlinePeriod('博通预计2026财年第二财季营收约205亿美元'), '博通预计第二财季营收约205亿美元');
  assert.equal(headlinePeriod('Snowflake 2026年上半年营收23亿美元'), 'Snowflake上半年营收23亿美元');
  // An annual figure keeps its year: it is the news.
  assert.equal(headlinePeriod('中信证券2025年净利润283亿元'), '中信证券2025年净利润283亿元');
  const s = await engine.doWriteStory(
    story(
      'Micron quarterly revenue jumps to $13.9 billion on AI memory demand',
      'Micron Technology said revenue for the third quarter rose to $13.9 billion, driven by demand for high-bandwidth memory.',
      [['Micron', 'revenue', '2026Q3', 1.39e10]],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /2026年/, s.headline);
  assert.match(s.headline, /三季度/, s.headline);
  assert.match(s.paragraphs.join(''), /2026年第三季度/, 'the lead keeps the year');
});

test('a title stating an amount heads with the event of that amount, not an earlier verb’s other figure', async () => {
  const s = await engine.doWriteStory(
    story(
      'Oracle Lines Up $38 Billion Bridge Loan for Data Centers, Taps Bond Market Again',
      'Oracle has secured a $38 billion bridge loan from a group of banks to fund two data-center campuses, according to people familiar with the matter. The company raised $15 billion of new funding from investors earlier this year.',
      [
        ['Oracle', 'debt', '2026', 3.8e10],
        ['Oracle', 'funding', '2026', 1.5e10],
      ],
    ),
    'stories',
  );
  // On people familiar's word (decision 114): 传….
  assert.equal(s.headline, '传甲骨文获得380亿美元过桥贷款');
});

test('the goods a title names are what an export curb restricts and what a bare purchase buys', async () => {
  const curb = await engine.doWriteStory(
    story(
      'US tightens AI chip export rules for cloud providers',
      'The U.S. Commerce Department tightened rules on exports of advanced AI chips on Monday, requiring licenses for more buyers.',
    ),
    'stories',
  );
  assert.equal(curb.headline, '美国收紧对AI芯片的出口管制');
  const buy = await engine.doWriteStory(
    story(
      'Oracle commits $40 billion to Nvidia chips for new data centers',
      'Oracle will buy about $40 billion of Nvidia chips for its new data centers over the next two years, people familiar said.',
      [['Oracle', 'contract', '2026', 4e10, 'Nvidia']],
    ),
    'stories',
  );
  // Its only source gives it on people familiar's word: 传 (decision 122).
  assert.match(buy.headline, /^传甲骨文2026年将向英伟达采购约400亿美元芯片$/, buy.headline);
});

test('a company name before a colon is the subject of a Chinese title, not a kicker', () => {
  const o = defaultOutlets();
  assert.ok(companyName('星河智芯科技'));
  assert.ok(companyName('东方证券'));
  assert.ok(!companyName('循环融资疑云'));
  assert.ok(!companyName('AI军备竞赛不停歇'));
  assert.equal(trimTitle('星河智芯科技：前三季度营收同比增长80%，拟定增募资不超40亿元', o), '星河智芯科技：前三季度营收同比增长80%');
  assert.equal(trimTitle('循环融资疑云：某大模型公司新一轮融资约20亿美元', o), '某大模型公司新一轮融资约20亿美元');
});

test('a space before a number that opens a clause separates two clauses; a name set off before its figures is closed up', () => {
  const o = defaultOutlets();
  // Before: `…集体走强2026年业绩有望翻倍…` glued into one clause of 35 characters, over the length goal.
  assert.equal(
    trimTitle('光模块板块集体走强 2026年业绩有望翻倍 多家机构上调目标价至历史新高位置', o),
    '光模块板块集体走强，2026年业绩有望翻倍',
  );
  assert.equal(trimTitle('星河智芯科技 3月营收同比增长35%创新高', o), '星河智芯科技3月营收同比增长35%创新高');
  // A number spaced on both sides is pangu spacing.
  assert.equal(trimTitle('美国四巨头2026年资本开支合计约 6600 亿美元', o), '美国四巨头2026年资本开支合计约6600亿美元');
});

test('the day title joins two headlines only within a headline’s 30 characters', () => {
  const a = digestStory({ storyId: 'a', headline: '星河智芯科技拟定增募资不超40亿元' });
  const b = digestStory({ storyId: 'b', headline: '某云厂商三季度营收同比增长三成' });
  assert.equal(offlineTitle([a, b]), '星河智芯科技拟定增募资不超40亿元');
  const c = digestStory({ storyId: 'c', headline: '美光三季度营收139亿美元' });
  const d = digestStory({ storyId: 'd', headline: '甲骨文发行180亿美元债券' });
  assert.equal(offlineTitle([c, d]), '美光三季度营收139亿美元；甲骨文发行180亿美元债券');
});

test('a name before a title’s colon that owns the story’s figures stays, even one the gazetteer does not know', async () => {
  const s = await engine.doWriteStory(
    story(
      '青岚芯科：前三季度营收同比增长97%',
      '青岚芯科晚间公告，公司前三季度实现营收42亿元，同比增长97%。公司同时披露定增预案，拟募资不超过30亿元。',
      [['青岚芯科', 'revenue-growth', '2026Q1-Q3', 97]],
    ),
    'stories',
  );
  assert.equal(s.headline, '青岚芯科：前三季度营收同比增长97%');
});

test('a built headline past 30 characters is said shorter: period, then year; a follow-up keeps its marker', () => {
  const long = '星河智芯科技2026年第三季度数据中心业务营收同比增长35%（续报）';
  assert.ok([...long].length > 30);
  assert.equal(fitHeadline(long, 30), '星河智芯科技三季度数据中心业务营收同比增长35%（续报）');
  // A year before a measure goes when the quarter rule is not enough.
  assert.equal(
    fitHeadline('Brightline Data Centers 2026年资本开支将上调至320亿美元（续报）', 30),
    'Brightline Data Centers资本开支将上调至320亿美元（续报）',
  );
  // What fits is left alone: a year of an annual figure is news.
  assert.equal(fitHeadline('中信证券2025年净利润283亿元', 30), '中信证券2025年净利润283亿元');
});

test('borrowed money heads with its verb, the amount before the instrument: 获得…贷款, never 贷款N', async () => {
  const s = await engine.doWriteStory(
    story(
      'Inside Meridian’s Data-Center Debt Vehicle: $9 Billion and a Private-Credit Anchor',
      'Meridian Compute Funding has arranged a $9 billion loan from a group of private-credit funds.',
      [['Meridian Compute Funding', 'debt', 'unknown', 9e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /获得90亿美元贷款$/, s.headline);
});

test('a headline over 30 characters with nothing to cut says its words short (同比增, 超, 增至), its news whole', () => {
  const long = '星河智芯科技第三季度数据中心营收同比增长超过170%至人民币286亿元';
  assert.ok([...long].length > 30, String([...long].length));
  assert.equal(withinLength(long), '星河智芯科技三季度数据中心营收同比增超170%至286亿元');
  assert.equal(shortWords('东方云算上半年净利润同比下降12%，营收增长至58亿元'), '东方云算上半年净利润同比降12%，营收增至58亿元');
  // A headline that fits keeps its words.
  assert.equal(withinLength('东方云算营收同比增长12%'), '东方云算营收同比增长12%');
});
