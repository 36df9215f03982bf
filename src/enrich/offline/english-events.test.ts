import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClaimRow, type DealRow, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { maybe } from './compose.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

/** An English-only story of one item: claims as [subject, metric, period, value], deals as [from, to, kind, value]. */
function story(title: string, text: string, claims: ClaimRow[] = [], deals: DealRow[] = []) {
  return oneItemStory({ title, text }, claims, deals);
}

test('English-only hedges survive: could hit → 或将, in talks → 正洽谈, plans to → 计划, is expected to → 预计', async () => {
  const dell = await engine.doWriteStory(
    story(
      "Dell's AI server backlog could hit $32 billion",
      "Dell's AI server backlog could hit $32 billion in the first quarter, Morgan Stanley said.",
      [['Dell', 'orders', '2026Q1', 3.2e10]],
    ),
    'stories',
  );
  assert.match(dell.headline, /戴尔.*或将增至320亿美元/, dell.headline);
  assert.ok(!/(?<!或将)增至/.test(dell.headline), dell.headline);

  const amazon = await engine.doWriteStory(
    story(
      'Amazon in talks to invest up to $50 billion in OpenAI',
      'Amazon is weighing an investment of up to $50 billion in OpenAI.',
      [],
      [['Amazon', 'OpenAI', 'invest', 5e10]],
    ),
    'stories',
  );
  assert.equal(amazon.headline, '亚马逊正洽谈向OpenAI投资最多500亿美元');

  const meta = await engine.doWriteStory(
    story('Meta plans to sell $25 billion of bonds', 'Meta Platforms will sell $25 billion of bonds on Tuesday.', [
      ['Meta', 'debt', 'unknown', 2.5e10],
    ]),
    'stories',
  );
  assert.equal(meta.headline, 'Meta计划发行250亿美元债券');

  const nvidia = await engine.doWriteStory(
    story(
      'Nvidia is expected to invest $30 billion in OpenAI',
      'Nvidia will put $30 billion into OpenAI in the round.',
      [],
      [['Nvidia', 'OpenAI', 'invest', 3e10]],
    ),
    'stories',
  );
  assert.equal(nvidia.headline, '英伟达预计向OpenAI投资300亿美元');
});

test('English-only hedges in the body: a figure that could be reached is 或将达到, never 为', async () => {
  assert.equal(maybe("Dell's AI server backlog could hit $32 billion.", '$32 billion'), true);
  assert.equal(maybe('Revenue may reach as much as $5 billion.', '$5 billion'), true);
  assert.equal(maybe('Revenue rose to $5 billion, which could help margins.', '$5 billion'), false);
  const s = await engine.doWriteStory(
    story(
      'CoreWeave revenue more than doubles',
      'CoreWeave revenue rose to $2.3 billion in the first quarter. Its backlog could reach $80 billion by December, the company said.',
      [
        ['CoreWeave', 'revenue', '2026Q1', 2.3e9],
        ['CoreWeave', 'orders', '2026-12', 8e10],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.ok(body.includes('或将达到**800亿美元**'), body);
  assert.ok(!body.includes('为**800亿美元**'), body);
});

test('English-only events with no figure: a short Chinese sentence from the entities (export curbs, fines, suits, bans)', async () => {
  const curb = await engine.doWriteStory(
    story(
      'US tightens AI chip export rule, putting HBM sales to China under license',
      'The US Commerce Department tightened its export rules on Tuesday.',
    ),
    'stories',
  );
  // The title's goods are what the curb restricts.
  assert.equal(curb.headline, '美国收紧对AI芯片的出口管制');
  assert.ok(curb.paragraphs[0]?.startsWith('据路透社报道，美国收紧对AI芯片的出口管制。'), curb.paragraphs[0]);

  const fine = await engine.doWriteStory(
    story(
      "EU fines Meta 480 million euros over 'pay or consent' ads model",
      'The European Commission fined Meta 480 million euros on Monday.',
      [['Meta', 'fine', 'unknown', 4.8e8]],
    ),
    'stories',
  );
  assert.equal(fine.headline, 'Meta被欧盟罚款4.8亿欧元');

  const sue = await engine.doWriteStory(
    story('xAI sues OpenAI over trade secrets', 'Elon Musk’s xAI filed a lawsuit on Tuesday.'),
    'stories',
  );
  assert.equal(sue.headline, 'xAI起诉OpenAI');

  const ban = await engine.doWriteStory(
    story('Italy bans DeepSeek over privacy concerns', 'The Italian regulator ordered the app blocked.'),
    'stories',
  );
  assert.match(ban.headline, /^意大利对深度求索下达禁令$/);
});

test('English-only loop: the capital flows that come back to who paid are told in words in the body, not again as an insight', async () => {
  const b = story(
    "Nvidia's $2 billion Mistral bet flows back through CoreWeave",
    [
      'Nvidia invested $2 billion in Mistral AI last month.',
      'Mistral signed a $4.2 billion cloud contract with CoreWeave.',
      'CoreWeave spent about $4.8 billion on Nvidia chips in the first quarter.',
    ].join(' '),
    [],
    [
      ['Nvidia', 'Mistral AI', 'invest', 2e9],
      ['Mistral AI', 'CoreWeave', 'cloud-contract', 4.2e9],
      ['CoreWeave', 'Nvidia', 'purchase', 4.8e9],
    ],
  );
  const s = await engine.doWriteStory(b, 'sections');
  const body = s.paragraphs.join('');
  assert.ok(
    body.includes('Mistral AI与CoreWeave签订价值42亿美元的云服务合同，CoreWeave向英伟达采购约48亿美元，资金由此回流英伟达。'),
    body,
  );
  assert.ok(
    s.insights.every((i) => !i.startsWith('资金闭环')),
    JSON.stringify(s.insights),
  );
});

test('a loop is told from the money put in: 英伟达入股CoreWeave…资金回流至英伟达, never 回流至CoreWeave (audit 85); not in the body when the title is other news', async () => {
  const b = story(
    'Nvidia shares fall as investors question demand',
    'Nvidia holds a stake of about 6% in CoreWeave. CoreWeave bought more than $15 billion of Nvidia systems last year.',
    [],
    [
      ['CoreWeave', 'Nvidia', 'purchase', 1.5e10],
      ['Nvidia', 'CoreWeave', 'stake', 6],
    ],
  );
  const s = await engine.doWriteStory(b, 'sections');
  assert.ok(!s.paragraphs.join('').includes('资金由此回流'), s.paragraphs.join(''));
  const loop = s.insights.find((i) => i.startsWith('资金闭环：'));
  assert.ok(loop, JSON.stringify(s.insights));
  assert.ok(loop.startsWith('资金闭环：英伟达入股CoreWeave') && loop.endsWith('资金回流至英伟达。'), loop);
});

test('a plan of years ahead is news, not background; a long headline takes the short name the title gives (AEP)', async () => {
  const s = await engine.doWriteStory(
    story(
      'AEP boosts five-year spending plan to $72 billion as data centers drive power demand',
      'American Electric Power raised its five-year capital plan to $72 billion for 2025 through 2029.',
      [['American Electric Power', 'capex', '2025-2029', 7.2e10]],
    ),
    'stories',
  );
  assert.ok(s.headline.includes('720亿美元'), s.headline);
  assert.ok([...s.headline].length <= 30, s.headline);
  assert.ok(s.headline.startsWith('AEP'), s.headline);
  assert.ok(!s.paragraphs.join('').includes('American Electric Power'), s.paragraphs.join(''));
});

test('a title stating its own amount is never told with another company’s figure of the rule’s measure', async () => {
  const s = await engine.doWriteStory(
    story(
      'SoftBank lines up $22 billion bridge loan for Stargate',
      'SoftBank has lined up a $22 billion bridge loan. Arm is separately raising $15 billion to $20 billion.',
      [
        ['SoftBank', 'debt', 'unknown', 2.2e10],
        ['Arm', 'funding', 'unknown', 2e10],
      ],
    ),
    'stories',
  );
  // A bridge loan is told as one (过桥贷款), not as any borrowing.
  assert.equal(s.headline, '软银获得220亿美元过桥贷款');
});

test('a title about money coming back with no event of its own leads with the loop (g: Moonshot’s lead investor is its supplier)', async () => {
  const b = story(
    "Moonshot's new lead investor is also its biggest supplier",
    'Alibaba invested $1.5 billion in Moonshot AI. Moonshot agreed to spend on Alibaba Cloud computing over three years. Moonshot is valued at $18 billion.',
    [['Moonshot AI', 'valuation', 'unknown', 1.8e10]],
    [['Alibaba', 'Moonshot AI', 'invest', 1.5e9]],
  );
  b.deals.push({ from: 'Moonshot AI', to: 'Alibaba', kind: 'cloud-contract', itemId: b.items[0]?.id ?? '', source: '', sentence: '' });
  const s = await engine.doWriteStory(b, 'stories');
  assert.equal(s.headline, '阿里巴巴投资月之暗面，资金回流阿里巴巴');
  assert.ok(
    s.paragraphs[0]?.startsWith('据路透社报道，阿里巴巴向月之暗面投资15亿美元，月之暗面与阿里巴巴签订云服务合同，资金由此回流阿里巴巴。'),
    s.paragraphs[0],
  );
});

test('a deal party the gazetteer does not know is named in the title by its first word (Qasr backs Mistral)', async () => {
  const s = await engine.doWriteStory(
    story(
      "Abu Dhabi's Qasr backs Mistral as labs pledge compute spending",
      'Qasr AI Investments will invest $350 million in Mistral AI.',
      [],
      [['Qasr AI Investments', 'Mistral AI', 'invest', 3.5e8]],
    ),
    'stories',
  );
  assert.equal(s.headline, 'Qasr向Mistral投资3.5亿美元');
});

test('a flow of a loop given as expected keeps its word (is expected to invest $30 billion: 英伟达预计向OpenAI投资)', async () => {
  const s = await engine.doWriteStory(
    story(
      "OpenAI's compute bill keeps growing, and much of it flows back to its backers",
      'Nvidia is expected to invest $30 billion in OpenAI in the current round. OpenAI has agreed to buy $40 billion of Nvidia systems.',
      [],
      [
        ['Nvidia', 'OpenAI', 'invest', 3e10],
        ['OpenAI', 'Nvidia', 'purchase', 4e10],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.ok(body.includes('英伟达预计向OpenAI投资300亿美元'), body);
  assert.equal(s.headline, '英伟达预计投资OpenAI，资金回流英伟达');
  assert.ok(!/英伟达向OpenAI投资300亿/.test(body), body);
});
