/**
 * english22 (issue 11): an English-source story says its event with its verb, not stacked `owner + period + metric + 为 +
 * value` sentences — a results call or report opens on 公布…业绩 with its key figure and its change, a raised figure says
 * what it was before, a broker's note leads with its rating and target price, and a results-call transcript that is its
 * story's only source still gives a story. Fixtures are hand-written sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { itemRecord } from '../../../test/support/records.js';
import { loadGazetteer } from '../../extract/index.js';
import { eligibleStories } from '../../select/index.js';
import type { ItemRecord, Story } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { brokerCall, composeEnglish, listed, mergeSameSubject } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };

test('a results call opens on 公布…业绩 and its revenue carries the change beside it (营收…，同比增长…), no 为 stack', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Micron Technology Q1 Fiscal 2027 Earnings Call Transcript',
        text: 'Sanjay Mehrotra, Chief Executive Officer: Thanks everyone. Revenue came in at $13.6 billion, up 57% year over year, a record for the company. Net income was $4.2 billion in the quarter.',
      },
      [
        ['Micron Technology', 'revenue', 'FY2027Q1', 1.36e10],
        ['Micron Technology', 'revenue-growth', 'unknown', 57],
        ['Micron Technology', 'profit', 'FY2027Q1', 4.2e9],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.match(body, /公布2027财年第一财季业绩，营收\*\*136亿美元\*\*，同比增长\*\*57%\*\*/u, body);
  assert.doesNotMatch(body, /为\*\*/u, body);
});

test('a run of one company’s figures lists them (利润131亿美元), its period said once for a part of the company', () => {
  assert.equal(listed('利润为**131亿美元**'), '利润**131亿美元**');
  assert.equal(listed('回购授权约为2亿美元'), '回购授权约2亿美元');
  assert.equal(listed('成为全球第一'), '成为全球第一');
  assert.equal(listed('与微软的算力采购承诺为2500亿美元'), '与微软的算力采购承诺为2500亿美元');
  const out = mergeSameSubject([
    { subject: '美光', text: '美光2027财年第一财季营收136亿美元，同比增长57%。' },
    { subject: '美光数据中心业务', text: '美光数据中心业务2027财年第一财季营收为58亿美元。' },
  ]);
  assert.deepEqual(out, ['美光2027财年第一财季营收136亿美元，同比增长57%；数据中心业务营收58亿美元。']);
});

test('a raised forecast says its value before the change (上调…至5%至7%（此前为3%至6%）)', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Accenture raises annual revenue growth forecast',
        text: 'Accenture raised its annual revenue growth forecast on Thursday and now expects revenue to grow 5% to 7% in fiscal 2027, up from 3% to 6% it had forecast earlier.',
      },
      [
        ['Accenture', 'revenue-growth', 'FY2027', 7],
        ['Accenture', 'revenue-growth', 'FY2027', 6],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.match(body, /5%至7%\*\*（此前为\*\*3%至6%\*\*）/u, body);
});

test('a broker note leads with its rating and target price, the broker by its Chinese name', () => {
  const t = ctx.templates;
  const call = brokerCall(
    'Nvidia (NVDA US): Data-centre ramp intact; maintain BUY, TP US$240',
    'Rating: BUY (maintained) | Target price: US$240.00 (from US$215.00) | Close: US$188.10',
    t,
  );
  assert.equal(call?.rating, '买入');
  assert.equal(call?.action, '维持');
  assert.equal(call?.target?.value, 240);
  assert.equal(call?.from?.value, 215);
  assert.equal(brokerCall('Nvidia shares climb after strong results', 'Nvidia reported record revenue.', t), undefined);
  const bundle = oneItemStory(
    {
      title: 'Nvidia (NVDA US): Data-centre ramp intact; maintain BUY, TP US$240',
      text: 'Rating: BUY (maintained) | Target price: US$240.00 (from US$215.00) | Close: US$188.10\n\nWe raise our FY27E revenue forecast by 8% after the quarter beat.',
    },
    [['Nvidia', 'price', 'unknown', 240]],
  );
  const c = composeEnglish(bundle, storyFacts(bundle), { ...ctx, broker: '华泰证券' });
  // A kept rating with a moved target is headed by the move (decision 151).
  assert.equal(c.headline, '华泰证券将英伟达目标价上调至240美元，维持买入评级');
  assert.equal(c.event, '华泰证券将英伟达目标价由215美元上调至240美元，维持买入评级');
  // No Chinese name in the tables: the broker is 券商, never its English name.
  const anon = composeEnglish(bundle, storyFacts(bundle), { ...ctx, broker: '' });
  assert.equal(anon.headline, '券商将英伟达目标价上调至240美元，维持买入评级');
  // A note with no rating says nothing new of its own: it stays out.
  const plain = oneItemStory(
    {
      title: 'Nvidia: notes from the investor day',
      text: 'Nvidia said revenue in its data-centre unit reached $51 billion in the quarter.',
    },
    [['Nvidia', 'revenue', '2026Q3', 5.1e10]],
  );
  assert.equal(composeEnglish(plain, storyFacts(plain), { ...ctx, broker: '华泰证券' }).empty, true);
});

test('a results-call transcript is eligible alone or beside an article of its day (after it, decision 088); any other transcript not', () => {
  const item = (id: string, kind: ItemRecord['kind'], title: string): ItemRecord =>
    itemRecord({ id, kind, title, date: '2026-11-24T09:00:00+08:00', format: 'markdown', lang: 'en', source: `/in/${id}.md` });
  const items = [
    item('t1', 'transcript', 'Micron Q1 fiscal 2027 earnings call (transcript)'),
    item('t2', 'transcript', 'Micron Q1 fiscal 2027 earnings call (transcript)'),
    item('a2', 'article', '美光一季度营收同比增长57%'),
    item('t3', 'transcript', 'Compute Hour podcast, episode 12'),
  ];
  const stories: Story[] = [
    { id: 'st_1', title: '', date: null, items: ['t1'] },
    { id: 'st_2', title: '', date: null, items: ['t2', 'a2'] },
    { id: 'st_3', title: '', date: null, items: ['t3'] },
  ];
  const e = eligibleStories(stories, items, 'Asia/Shanghai');
  assert.deepEqual(
    e.stories.map((s) => [s.id, s.items]),
    [
      ['st_1', ['t1']],
      ['st_2', ['a2', 't2']],
    ],
  );
});

test('a broker note’s rating change names the new rating, whichever order the note writes the two in', () => {
  const t = ctx.templates;
  assert.equal(brokerCall('Micron (MU US): Downgrade to Neutral from Buy on pricing', '', t)?.rating, '中性');
  assert.equal(brokerCall('Micron (MU US): upgraded from Hold to Buy', '', t)?.rating, '买入');
  assert.equal(brokerCall('Micron (MU US): Buy rating kept; raising estimates', '', t)?.rating, '买入');
});

test('a broker note that only moves its target price keeps the rating as given, whatever the action words near it', () => {
  const t = ctx.templates;
  const moved = brokerCall(
    'Orbit Micro (ORBM US): Buy; upgraded our price target to US$96 on the server upgrade cycle',
    'Rating: BUY | Target price: US$96.00 (from US$80.00)',
    t,
  );
  assert.equal(moved?.rating, '买入');
  assert.notEqual(moved?.action, '上调至');
  assert.equal(brokerCall('Orbit Micro (ORBM US): upgraded to Buy from Hold', '', t)?.action, '上调至');
  assert.equal(brokerCall('Orbit Micro (ORBM US): Hold; downgrade our FY27 estimates', '', t)?.action, '给予');
});
