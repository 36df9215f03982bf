import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClaimRow, type DealRow, digestStory, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { newsFirst, writeDigest } from '../digest.js';
import { createOfflineEngine, sentenceCount } from './engine.js';
import { decimalSpans } from './story-templates.js';

const engine = createOfflineEngine();

function story(title: string, text: string, claims: ClaimRow[] = [], deals: DealRow[] = [], url?: string) {
  return oneItemStory({ title, text, ...(url ? { url } : {}) }, claims, deals);
}

test('an event title whose amount has a decimal point is still its event (`sells $12.5 billion of bonds`)', async () => {
  const s = await engine.doWriteStory(
    story(
      'Meta sells $12.5 billion of bonds to fund data centers',
      'Meta Platforms sold $12.5 billion of bonds on Tuesday to fund the build-out of its data centers, according to a filing.',
      [['Meta', 'debt', '2026', 1.25e10]],
    ),
    'stories',
  );
  assert.match(s.headline, /^Meta发行125亿美元债券$/, s.headline);
  // The body only says the headline again (据路透社报道，Meta发行125亿美元债券。): a 更多动态 line while a fuller story remains.
  assert.equal(s.thin, true, 'the event said only as its headline: thin');
  assert.equal(s.brief, true, 'one sentence: brief');
  assert.equal(decimalSpans('\\bsells?\\b[^.;]*\\bbonds?\\b'), '\\bsells?\\b(?:[^.;]|(?<=\\d)\\.(?=\\d))*\\bbonds?\\b');
  assert.ok(new RegExp(decimalSpans('\\bsells?\\b[^.;]*\\bbonds?\\b'), 'i').test('Sells $16.5 Billion of Bonds'));
  assert.ok(!new RegExp(decimalSpans('\\bsells?\\b[^.;]*\\bbonds?\\b'), 'i').test('Sells shares. Bonds rally'));
});

test('tapping a bond market is a bond sale (软银发行3000亿日元债券)', async () => {
  const bonds = await engine.doWriteStory(
    story(
      'SoftBank taps yen bond market for 300 billion yen',
      'SoftBank Group raised 300 billion yen from retail bonds, its largest yen offering this year.',
      [['SoftBank', 'debt', '2026', 3e11]],
    ),
    'stories',
  );
  assert.match(bonds.headline, /^软银发行3000亿日元债券$/, bonds.headline);
});

test('an English-only story with no event and one fact is thin; with an event said only as its headline too', async () => {
  const thin = await engine.doWriteStory(
    story('Chip stocks and the AI trade: what to watch', 'Nvidia reported revenue of $68 billion for the quarter.', [
      ['Nvidia', 'revenue', '2026Q4', 6.8e10],
    ]),
    'stories',
  );
  assert.equal(thin.thin, true, JSON.stringify(thin.paragraphs));
  assert.equal(thin.brief, true);
  const fine = await engine.doWriteStory(
    story('EU fines Meta 480 million euros', 'The European Commission fined Meta 480 million euros on Monday.', [
      ['Meta', 'fine', '2026', 4.8e8],
    ]),
    'stories',
  );
  // The fine is the event, but its body only says the headline again: thin all the same (compose23).
  assert.equal(fine.thin, true, JSON.stringify(fine.paragraphs));
});

test('sentenceCount counts sentences, not stops inside numbers or a closing mark', () => {
  assert.equal(sentenceCount(['据路透社报道，Meta被欧盟罚款**4.8亿欧元**。']), 1);
  assert.equal(sentenceCount(['据彭博报道，软银发行3000亿日元债券。软银2026年营收为**1.2万亿日元**。']), 2);
  assert.equal(sentenceCount(['阿里云宣布降价。', '“此次降价幅度最高达85%。”']), 2);
});

test('newsFirst: a thin story steps down while another top story remains; a brief story never opens the day', () => {
  const zh = digestStory({
    storyId: 'zh',
    headline: '阿里云大模型API再降价最高85%',
    paragraphs: ['阿里云宣布降价。价格最低每百万tokens 0.3元。'],
  });
  const brief = digestStory({
    storyId: 'brief',
    headline: 'Meta被欧盟罚款4.8亿欧元',
    paragraphs: ['据路透社报道，Meta被欧盟罚款4.8亿欧元。'],
    brief: true,
  });
  const thin = digestStory({ storyId: 'thin', headline: '英伟达营收为680亿美元', thin: true, brief: true });
  const out = newsFirst([thin, brief, zh]);
  assert.deepEqual(
    out.map((s) => [s.storyId, s.minor]),
    [
      ['thin', true],
      ['zh', false],
      ['brief', false],
    ],
  );
  // Nothing fuller: the order stands (an event said in one sentence still outranks a thin story); a thin story alone
  // keeps its top slot.
  assert.deepEqual(
    newsFirst([brief, thin]).map((s) => [s.storyId, s.minor]),
    [
      ['brief', false],
      ['thin', true],
    ],
  );
  assert.deepEqual(
    newsFirst([thin]).map((s) => s.minor),
    [false],
  );
  // A story told before is no leader either: the fuller fresh one leads.
  const told = digestStory({ storyId: 'told', toldBefore: true });
  assert.deepEqual(
    newsFirst([told, brief, zh]).map((s) => s.storyId),
    ['told', 'zh', 'brief'],
  );
});

test('writeDigest: the Chinese story opens the day; the thin one and the one saying only its headline are one-liners', async () => {
  const fine = story('EU fines Meta 480 million euros', 'The European Commission fined Meta 480 million euros on Monday.', [
    ['Meta', 'fine', '2026', 4.8e8],
  ]);
  const thin = story('Chip stocks and the AI trade: what to watch', 'Nvidia reported revenue of $68 billion for the quarter.', [
    ['Nvidia', 'revenue', '2026Q4', 6.8e10],
  ]);
  const zh = oneItemStory(
    {
      title: '阿里云大模型API再降价，最高降幅85%',
      text: '阿里云周二宣布，通义千问系列大模型API价格再次下调，最高降幅达85%。此次降价覆盖旗下主力模型，输入价格最低降至每百万tokens 0.3元。',
      url: 'https://www.ithome.com/0/1/1.htm',
    },
    [['Alibaba Cloud', 'price-cut', '2026', 85]],
  );
  const d = await writeDigest([thin, fine, zh], engine, { date: '2026-05-14', style: 'stories' });
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    [zh.story.id],
  );
  // The fine's body only says its headline again: a 更多动态 line too (compose23).
  assert.deepEqual(d.more.map((s) => s.storyId).sort(), [thin.story.id, fine.story.id].sort());
  assert.ok(d.title.startsWith('阿里云'), d.title);
  assert.ok(d.more.some((s) => /英伟达/.test(s.oneLine)));
});

test('a plan raised or cut to an amount is told as the change (上调至 / 下调至), not as a plain plan', async () => {
  const up = await engine.doWriteStory(
    story(
      'Duke Energy boosts five-year capital plan to $103 billion',
      'Duke Energy raised its five-year capital spending plan to $103 billion on Tuesday, up from $95 billion, citing data-center demand.',
      [['Duke Energy', 'capex', '2026', 1.03e11]],
    ),
    'stories',
  );
  // A five-year plan is worded as one (decision 150: 多年期资本开支计划, never a year's 资本开支).
  assert.match(up.headline, /^(?:Duke Energy|杜克能源)将2026年(?:多年期)?资本开支(?:计划)?上调至1030亿美元$/, up.headline);
  const cut = await engine.doWriteStory(
    story(
      'Intel cuts 2026 capital spending budget to $18 billion',
      'Intel cut its 2026 capital spending budget to $18 billion as it slows factory construction in Ohio.',
      [['Intel', 'capex', '2026', 1.8e10]],
    ),
    'stories',
  );
  assert.match(cut.headline, /^英特尔将2026年资本开支(?:计划|预算)?下调至180亿美元$/, cut.headline);
  // A plan still to come keeps its modal once (将, not 将将).
  const ahead = await engine.doWriteStory(
    story(
      'Microsoft to raise capital spending budget to $100 billion',
      'Microsoft will raise its capital spending budget to $100 billion next fiscal year, the company said.',
      [['Microsoft', 'capex', '2027', 1e11]],
    ),
    'stories',
  );
  assert.match(ahead.headline, /^微软将2027年资本开支(?:计划|预算)?上调至1000亿美元$/, ahead.headline);
});

test('a growth rate that is guidance is said as a forecast in the body (预计…增长), never as a result', async () => {
  const s = await engine.doWriteStory(
    story(
      'Northwind Systems quarterly revenue rises 4% as cloud deals pick up',
      'Northwind Systems said quarterly revenue rose 4% to $3.2 billion in the September quarter. Large-deal bookings were $1.9 billion. Management raised its fiscal 2027 revenue growth guidance to 5% from 3%.',
      [
        ['Northwind Systems', 'revenue', '2026Q3', 3.2e9],
        ['Northwind Systems', 'revenue-growth', '2026Q3', 4],
        ['Northwind Systems', 'revenue-growth', 'FY2027', 5],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.match(body, /预计2027财年营收增长\*\*5%\*\*/, body);
  assert.ok(!/[，。]2027财年营收增长/.test(body), body);
});
