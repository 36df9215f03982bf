/**
 * english24 (issue 11): an English-only story's figures are grouped by owner and period, not stacked as one
 * `{owner}{period}{metric}为{amount}。` sentence each — the owner named once then 公司 (其中 for a group's member), what
 * happened before what is expected, several parties' flows to one receiver in one 分别 sentence, people familiar named
 * before the whole merged sentence; a story told in one template sentence is a 更多动态 line. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { listed, mergeSameSubject } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { byOwner, jointFlows, ownerOnce, type SaidClause } from './owner-runs.js';

const engine = createOfflineEngine();

test('byOwner: the lead owner first, one owner together, reported before expected (stable)', () => {
  const said: SaidClause[] = [
    { subject: '甲公司', text: '甲公司预计2027年营收为50亿美元。' },
    { subject: '乙公司', text: '乙公司估值为20亿美元。' },
    { subject: '甲公司', text: '甲公司2026年第三季度亏损3亿美元。' },
  ];
  assert.deepEqual(
    byOwner(said, '甲公司').map((c) => c.text),
    ['甲公司2026年第三季度亏损3亿美元。', '甲公司预计2027年营收为50亿美元。', '乙公司估值为20亿美元。'],
  );
  assert.deepEqual(
    byOwner(said, '丙').map((c) => c.subject),
    ['甲公司', '甲公司', '乙公司'],
  );
});

test('jointFlows: flows of several parties to one receiver are one 分别 sentence; another receiver or verb is not', () => {
  const flow = (subject: string, to: string, amount: string): SaidClause => ({
    subject,
    text: `${subject}${to ? `向${to}` : ''}投资${amount}。`,
    flow: { to, verb: '投资', amount },
  });
  const out = jointFlows([flow('红杉', '星河', '约5亿美元'), flow('高瓴', '星河', '3亿美元'), flow('腾讯', '月海', '1亿美元')], () => '');
  assert.deepEqual(
    out.map((c) => c.text),
    ['红杉和高瓴分别向星河投资约5亿美元和3亿美元。', '腾讯向月海投资1亿美元。'],
  );
  const three = jointFlows([flow('甲', '', '1亿美元'), flow('乙', '', '2亿美元'), flow('丙', '', '3亿美元')], (c) =>
    c.subject === '甲' ? '据知情人士透露，' : '',
  );
  assert.deepEqual(
    three.map((c) => c.text),
    ['据知情人士透露，甲、乙和丙分别投资1亿美元、2亿美元和3亿美元。'],
  );
  // A clause opening on its own attribution starts a new row.
  const apart = jointFlows([flow('甲', '星河', '1亿美元'), flow('乙', '星河', '2亿美元')], (c) =>
    c.subject === '乙' ? '据知情人士透露，' : '',
  );
  assert.equal(apart.length, 2);
});

test('ownerOnce: the lead owner again right after a sentence about it is 公司; a group member is 其中; others keep names', () => {
  const company = { name: '星河', company: true, members: [] };
  assert.deepEqual(ownerOnce(['星河2026年第一季度亏损3亿美元。', '月海估值为9亿美元。', '星河预计全年营收为20亿美元。'], company), [
    '公司2026年第一季度亏损3亿美元。',
    '月海估值为9亿美元。',
    '星河预计全年营收为20亿美元。',
  ]);
  assert.deepEqual(ownerOnce(['据知情人士透露，星河估值为80亿美元。'], company), ['据知情人士透露，公司估值为80亿美元。']);
  // A Latin name goes on only when no letter follows it (Acme Labs is another name).
  assert.deepEqual(ownerOnce(['Acme Labs估值为5亿美元。'], { name: 'Acme', company: true, members: [] }), ['Acme Labs估值为5亿美元。']);
  const group = { name: '四巨头', company: false, members: ['微软', 'Meta'] };
  assert.deepEqual(ownerOnce(['Meta预计2026年资本开支为1200亿美元。'], group), ['其中Meta预计2026年资本开支为1200亿美元。']);
  assert.deepEqual(ownerOnce(['四巨头2027年资本开支为8000亿美元。'], group), ['四巨头2027年资本开支为8000亿美元。']);
});

test('mergeSameSubject: an attribution opens the whole run; expected after reported is its own sentence; forecasts run on', () => {
  assert.deepEqual(
    mergeSameSubject([
      { subject: '星河', text: '据知情人士透露，星河估值为80亿美元。' },
      { subject: '星河', text: '星河投前估值为70亿美元。', rumour: true },
    ]),
    ['据知情人士透露，星河估值为80亿美元，投前估值70亿美元。'],
  );
  // A figure not on their word does not join their sentence.
  assert.equal(
    mergeSameSubject([
      { subject: '星河', text: '据知情人士透露，星河估值为80亿美元。' },
      { subject: '星河', text: '星河2026年营收为7亿美元。' },
    ]).length,
    2,
  );
  assert.deepEqual(
    mergeSameSubject([
      { subject: '星河', text: '星河2026年第一季度亏损3亿美元。' },
      { subject: '星河', text: '星河预计2026年资本开支为100亿美元。' },
      { subject: '星河', text: '星河预计2026年第二季度营收为12亿至13亿美元。' },
    ]),
    ['星河2026年第一季度亏损3亿美元。', '星河预计2026年资本开支为100亿美元，第二季度营收12亿至13亿美元。'],
  );
  assert.equal(listed('第二季度营收为12亿美元'), '第二季度营收12亿美元');
});

test('an English results story names its owner once: reported figures run on, the forecast opens on 公司预计', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Nvidia posts record quarter as data center demand soars',
        text: 'Nvidia said revenue was $44 billion in the fiscal first quarter. Net income was $18.8 billion in the quarter. Nvidia expects revenue of $45 billion in the fiscal second quarter and capital spending of $6 billion in fiscal 2027.',
      },
      [
        ['Nvidia', 'revenue', 'FY2027Q1', 4.4e10],
        ['Nvidia', 'profit', 'FY2027Q1', 1.88e10],
        ['Nvidia', 'revenue', 'FY2027Q2', 4.5e10],
        ['Nvidia', 'capex', 'FY2027', 6e9],
      ],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.equal(body.match(/英伟达/gu)?.length, 1, body);
  assert.match(body, /。公司预计/u, body);
  assert.doesNotMatch(body, /。英伟达/u, body);
});

test('an English story told in one template sentence is thin (a 更多动态 line while a fuller story remains)', async () => {
  // The one sentence says a little more than the headline (the share move), and still is no top story.
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'SoftBank sells $4 billion of bonds',
        text: 'SoftBank Group sold $4 billion of dollar bonds on Tuesday, and its shares fell 3% in Tokyo trading.',
      },
      [
        ['SoftBank', 'debt', '2026', 4e9],
        ['SoftBank', 'share-price', 'unknown', 3],
      ],
    ),
    'stories',
  );
  assert.equal(s.brief, true, JSON.stringify(s.paragraphs));
  assert.equal(s.thin, true, JSON.stringify(s.paragraphs));
});

test('a ceiling (as much as) is never a further plain figure of its owner', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Nimbus Robotics raises $500 million led by Qualcomm',
        text: 'Nimbus Robotics raised $500 million in a round led by Qualcomm, the company said on Tuesday. Nimbus Robotics has debt of as much as $900 million.',
      },
      [
        ['Nimbus Robotics', 'funding', '2026', 5e8],
        ['Nimbus Robotics', 'debt', '2026', 9e8],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('').replace(/\*\*/g, '');
  assert.doesNotMatch(body, /9亿美元/u, body);
});
