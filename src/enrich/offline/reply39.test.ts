/**
 * decision 142: a sanction or an allegation against a company is a claim and the company's rebuttal a reply — paired
 * like a rumour and its denial, by the check's topic rule; an aside whose rebuttal cannot be printed goes. And decision
 * 136's merge fix: a colour sentence left out of the figure paragraph leaves its slot empty. Articles written for this
 * test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, sourceSentenceAt, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { answeredClaim, claimSentence, pairedReplies, replySentence } from './reply-pair.js';
import { rebuttalSentence, sanctionSentence } from './reply-shape.js';

test('a sanction or an allegation against a company is a claim; a rule about fines is none', () => {
  for (const s of [
    '值得一提的是，青禾数据上月被市场监管部门处以1200万元罚款。',
    '监管部门对青禾数据处以860万元罚款，并责令其限期整改。',
    '青禾数据今年初遭两家出版机构起诉，索赔金额合计约3亿元。',
    'Regulators fined Harrow Robotics $75 million on Tuesday over misleading safety claims.',
    'Harrow Robotics was sued by a group of shareholders in a New York court last week.',
    'The agency opened an investigation into Harrow Robotics in March.',
  ])
    assert.equal(claimSentence(s), true, s);
  for (const s of [
    '新规将单笔违规的民事罚款上限提高至30万美元。',
    'Under the rules, fines can reach 6% of a company’s global revenue.',
    'Harrow Robotics released a fine-tuning service for its warehouse models.',
  ])
    assert.equal(sanctionSentence(s), false, s);
});

test("a company's rebuttal of a sanction is a reply", () => {
  for (const s of [
    '该公司表示不认同处罚决定，并已提起上诉。',
    '青禾数据称将依法申请行政复议。',
    'Harrow Robotics said it would appeal the decision.',
    'The company disputes the findings and denies any wrongdoing.',
  ]) {
    assert.equal(rebuttalSentence(s), true, s);
    assert.equal(replySentence(s), true, s);
  }
  assert.equal(rebuttalSentence('青禾数据今年前三季度营收增长32%。'), false);
});

test('an appeal answers the fine, not the rumour printed right before it (the topic rule the check reads)', () => {
  const fine = sourceSentenceAt('it_r39', 0, '青禾数据上月被市场监管部门处以1200万元罚款。');
  const rumour = sourceSentenceAt('it_r39', 1, '另据知情人士透露，青禾数据正洽谈一笔约5亿元的新融资。');
  const appeal = sourceSentenceAt('it_r39', 2, '该公司表示不认同处罚决定，并已提起上诉。');
  const all = [fine, rumour, appeal];
  assert.equal(answeredClaim(appeal, all)?.sentence.index, 0);
  const out = pairedReplies([rumour, fine, appeal], all).map((s) => s.sentence.index);
  assert.deepEqual(out, [1, 0, 2]);
});

test('an aside whose rebuttal is too long to print goes; the news sentence stays', () => {
  const news = sourceSentenceAt('it_r39b', 0, '青禾数据周二发布公告，与北辰云签署约20亿元的数据服务合同。');
  const fine = sourceSentenceAt('it_r39b', 1, '值得一提的是，青禾数据上月被市场监管部门处以1200万元罚款。');
  const long = sourceSentenceAt(
    'it_r39b',
    2,
    `对此，青禾数据表示不认同处罚决定，已于上周向上级主管部门申请行政复议，${'并称相关业务流程在此前多次检查中均被认定合规，公司将继续配合监管部门做好整改工作，'.repeat(3)}复议期间不影响公司正常经营。`,
  );
  const all = [news, fine, long];
  assert.deepEqual(
    pairedReplies([news, fine], all).map((s) => s.sentence.index),
    [0],
  );
  assert.deepEqual(
    pairedReplies([news, fine], all, { asides: true }).map((s) => s.sentence.index),
    [0],
  );
  // The story's news itself (its lead's first sentence) is never dropped for its answer's length.
  assert.deepEqual(
    pairedReplies([fine], all).map((s) => s.sentence.index),
    [1],
  );
  // A short rebuttal is printed right after the aside.
  const short = sourceSentenceAt('it_r39b', 2, '该公司表示不认同处罚决定，并已提起行政复议。');
  assert.deepEqual(
    pairedReplies([news, fine], [news, fine, short], { asides: true }).map((s) => s.sentence.index),
    [0, 1, 2],
  );
});

const contract = (extra: readonly string[]) =>
  makeBundle({
    id: `st_r39_${extra.join('').length}`,
    items: [
      {
        title: '云岫智算与北辰云签署120亿元算力服务合同',
        url: 'https://www.cls.cn/detail/yunxiu-r39',
        date: '2026-12-03',
        text: [
          '云岫智算周三公告，与北辰云签署一份为期五年的算力服务合同，总金额约120亿元。',
          '合同约定，云岫智算将在杭州和乌兰察布两地为北辰云提供训练算力。',
          '云岫智算今年前三季度营收18.6亿元，同比增长42%。',
          '合同约定，北辰云将在合同生效后支付首期款项约15亿元，其余按季度结算。',
          '截至三季度末，云岫智算在手订单约260亿元，较年初翻倍。',
          ...extra,
          '云岫智算成立于2019年，总部位于杭州。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 1.2e10, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 1.86e9, subject: '云岫智算', metric: 'revenue', period: '2026-9M' },
      { value: 1.5e9, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 2.6e10, subject: '云岫智算', metric: 'backlog', period: '2026-09' },
      { value: 5e9, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 1.2e7, subject: '云岫智算', metric: 'fine', period: 'unknown' },
      { value: 3e8, subject: '云岫智算', metric: 'acquisition', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const has = (v: number) => f.some((x) => x.value === v);
      return [
        single('云岫智算', 'contract', 'unknown', [statement(it, f, 1.2e10)]),
        single('云岫智算', 'revenue', '2026-9M', [statement(it, f, 1.86e9)]),
        single('云岫智算', 'prepayment', 'unknown', [statement(it, f, 1.5e9)]),
        single('云岫智算', 'backlog', '2026-09', [statement(it, f, 2.6e10)]),
        ...(has(5e9) ? [single('云岫智算', 'contract', 'unknown', [statement(it, f, 5e9)])] : []),
        ...(has(1.2e7) ? [single('云岫智算', 'fine', 'unknown', [statement(it, f, 1.2e7)])] : []),
        ...(has(3e8) ? [single('云岫智算', 'acquisition', 'unknown', [statement(it, f, 3e8)])] : []),
      ];
    },
  });

test("the figure paragraph's colour sentence leaves its slot empty: no aside takes it (decision 136)", async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract([
      '国内同行方面，多位算力服务商人士认为，头部厂商的单笔长约规模普遍在50亿元以上。',
      '值得一提的是，云岫智算去年曾以3亿元收购一家数据标注公司。',
    ]),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  // The figure paragraph is there (the 15亿 prepayment), the colour is not, and the next sentence by score does not
  // take its slot.
  assert.match(body, /15亿元/u, body);
  assert.doesNotMatch(body, /同行|50亿元/u, body);
  assert.doesNotMatch(body, /值得一提的是|3亿元/u, body);
});

test('a fine told as an aside is printed with the rebuttal its source gives right after it', async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract(['值得一提的是，云岫智算上月被市场监管部门处以1200万元罚款。', '该公司表示不认同处罚决定，并已提起行政复议。']),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.match(body, /罚款。该公司表示不认同处罚决定，并已提起行政复议。/u, body);
});

test('a fine told as an aside goes when its rebuttal is too long to print', async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract([
      '值得一提的是，云岫智算上月被市场监管部门处以1200万元罚款。',
      `该公司表示不认同处罚决定，已于上周依法申请行政复议，${'并称涉事业务在此前多次检查中均被认定合规，公司将继续配合监管部门做好整改，'.repeat(4)}复议期间公司经营不受影响。`,
    ]),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.match(body, /15亿元/u, body);
  assert.doesNotMatch(body, /罚款/u, body);
});
