/**
 * Decision 112 (party35): the parties in a head. A participant's clause never heads alone and its investor never stands
 * before the issuer; a count or class phrase is no deal's counterparty; a payment for capacity is a purchase; an
 * investor's type (a state lender) is no instrument of the money it puts into a round. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { StoryBundle } from '../../types/index.js';
import { parentNamed } from '../assemble/head-party.js';
import { claimHeadline, claimSentence } from './compose.js';
import { createOfflineEngine, untoldClauses } from './engine.js';
import { storyFacts } from './facts.js';
import { flowInstrument } from './instrument.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';
import { trimTitle } from './titles.js';

const gaz = loadGazetteer();
const heads = (b: StoryBundle) =>
  storyFacts(b).map((f) => claimHeadline(f, b, { dir: entityDirectory(gaz.entries), gaz, templates: defaultStoryTemplates() }));

test('party35: a long participant clause first never heads alone once the title is cut to length', () => {
  assert.equal(trimTitle('国家集成电路产业投资基金三期认购，芯朗科技IPO定价每股38元'), '芯朗科技IPO定价每股38元');
  // A title that fits keeps its clauses (the engine reads each against the body).
  assert.equal(trimTitle('大基金三期认购，芯朗科技IPO定价每股38元'), '大基金三期认购，芯朗科技IPO定价每股38元');
  // A participant's clause the length goal keeps with the issuer's stays (the body tells it in its role).
  assert.equal(
    trimTitle('澜舟资本领投，推理云公司Corvex完成12亿美元融资，投后估值110亿美元'),
    '澜舟资本领投，推理云公司Corvex完成12亿美元融资',
  );
});

test('party35: a dropped investor clause never puts the investor before the issuer', () => {
  // The fund's name is longer than a role list's names: still a participant's clause.
  const out = untoldClauses('国家集成电路产业投资基金三期认购 芯朗科技IPO定价每股38元', (c) => c.startsWith('国家'), { gaz });
  assert.equal(out, '芯朗科技IPO定价每股38元');
  // A rest naming its figure's owner keeps its own subject, whatever verb the dropped clause has.
  const rest = untoldClauses(
    '微软再押注 澜芯科技收入增长40%',
    (c) => c.startsWith('微软'),
    { gaz },
    [],
    () => ['澜芯科技'],
  );
  assert.equal(rest, '澜芯科技收入增长40%');
});

test('party35: a deal head never takes a count phrase as its counterparty', () => {
  const story = (cp: string) =>
    oneItemStory(
      {
        title: 'Orbitra cloud deal',
        text: `据报道，Orbitra将在五年内向${cp}投资最多120亿美元。`,
        url: 'https://www.cls.cn/detail/7100301',
        date: '2026-12-02',
      },
      [['Orbitra', 'investment', '2026', 1.2e10, cp]],
      [],
    );
  assert.deepEqual(heads(story('几巨头')), [undefined]);
  // …nor a sentence of the body.
  const b = story('几巨头');
  const sentences = storyFacts(b).map((f) =>
    claimSentence(f, b, { dir: entityDirectory(gaz.entries), gaz, templates: defaultStoryTemplates() }),
  );
  assert.deepEqual(sentences, [undefined]);
  assert.deepEqual(heads(story('多家云厂商')), [undefined]);
  assert.match(heads(story('星衡智算'))[0] ?? '', /^Orbitra.*向星衡智算.*投资/u);
});

test('party35: a payment for computing capacity heads as a purchase, never an investment', () => {
  const b = oneItemStory(
    {
      title: 'Orbitra agrees to pay Nimbus Cloud up to $12 billion for capacity',
      text: 'Orbitra agreed to pay Nimbus Cloud up to $12 billion over five years for computing capacity, the company said on Wednesday.',
      url: 'https://www.reuters.com/technology/orbitra-2026-12-02/',
      date: '2026-12-02',
    },
    [['Orbitra', 'investment', '2026', 1.2e10, 'Nimbus Cloud']],
    [],
  );
  const [h] = heads(b);
  assert.ok(h !== undefined);
  assert.doesNotMatch(h, /投资/u, h);
  assert.match(h, /^Orbitra向Nimbus Cloud采购.*120亿美元算力$/u, h);
  // The same payment told in Chinese (支付…算力费用).
  const zh = oneItemStory(
    {
      title: 'Orbitra算力协议',
      text: 'Orbitra同意在五年内向Nimbus Cloud支付最多120亿美元算力费用。',
      url: 'https://www.cls.cn/detail/7100302',
      date: '2026-12-02',
    },
    [['Orbitra', 'investment', '2026', 1.2e10, 'Nimbus Cloud']],
    [],
  );
  assert.match(heads(zh)[0] ?? '', /采购最多120亿美元算力$/u);
});

test('party35: a state lender investing in a round puts in equity, not a loan', () => {
  const t = defaultStoryTemplates();
  const s = 'Korea Development Bank, a state lender, invested $150 million in the round, the company said.';
  assert.equal(flowInstrument(s, '$150 million', t), undefined);
  // A loan stays a loan, whoever lends it.
  assert.equal(
    flowInstrument('Korea Development Bank, a state lender, agreed to lend $150 million to the company.', '$150 million', t),
    'loan',
  );
});

test('party35: a vehicle the title calls its parent’s heads with the parent named', async () => {
  assert.equal(
    parentNamed('Ridgeway发行150亿美元债券', "Meta's Texas Data-Center Venture Sells $15 Billion of Bonds", (en) =>
      en === 'Meta' ? 'Meta' : undefined,
    ),
    'Meta合资公司Ridgeway发行150亿美元债券',
  );
  const b = oneItemStory(
    {
      title: "Meta's Texas Data-Center Venture Sells $15 Billion of Bonds",
      text: 'Ridgeway Compute Holdings, a joint venture of Meta and an investment firm, sold $15 billion of bonds on Tuesday to fund a data-center campus in Texas, people familiar with the matter said. Meta put $3 billion of equity into the venture last year.',
      url: 'https://www.bloomberg.com/news/articles/2026-12-02/meta-texas-venture-bonds',
      date: '2026-12-02',
    },
    [['Ridgeway Compute Holdings', 'debt', '2026', 1.5e10]],
    [['Meta', 'Ridgeway Compute Holdings', 'stake', 3e9]],
  );
  const s = await createOfflineEngine().doWriteStory(b, 'stories');
  // (传: the fixture's bond sale stands on people familiar, decision 114.)
  assert.match(s.headline, /^(?:传)?Meta合资公司/u, s.headline);
  // …and the lead tells it so.
  assert.match(s.paragraphs[0] ?? '', /Meta合资公司Ridgeway/u, s.paragraphs[0]);
  // A parent the knowledge layer does not hold as the vehicle's holder is not put before it.
  const none = await createOfflineEngine().doWriteStory({ ...b, deals: [] }, 'stories');
  assert.doesNotMatch(none.headline, /^(?:传)?Meta/u, none.headline);
  // Past a head's length the vehicle is called as the title calls it.
  assert.equal(
    parentNamed('Ridgeway Compute Holdings发行150亿美元债券', "Meta's Texas Data-Center Venture Sells $15 Billion of Bonds", () => 'Meta'),
    'Meta合资公司发行150亿美元债券',
  );
});
