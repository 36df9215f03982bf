/**
 * decision 153: the answer an English source gives to its claim, told in Chinese after a composed lead (no-comment
 * after a rumour, the company's rebuttal after a sanction), from printed parties only; a lead paragraph whose second
 * sentence is a no-comment still opens on a sentence that stands alone. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selfContained } from '../assemble/sentence-shape.js';
import { englishSentences, sourceAnswer } from './source-answer.js';

/** Mentions of each name at every place it stands in the text. */
function mentionsOf(text: string, names: readonly string[]): { name: string; start: number; end: number }[] {
  return names.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ name, start: m.index ?? 0, end: (m.index ?? 0) + name.length })),
  );
}

const zh = (n: string) => ({ Kestrel: '红隼科技', Lumen: '流明资本', Harbor: '海港银行' })[n] ?? n;

test("a rumour's no-comment names the printed parties, each answer with its own words", () => {
  const text =
    'Kestrel Inc. and Lumen are in talks over a $2 billion deal, people familiar said. Representatives for Kestrel and Lumen declined to comment. Harbor did not respond to a request for comment.';
  const m = mentionsOf(text, ['Kestrel', 'Lumen', 'Harbor']);
  assert.equal(sourceAnswer(text, m, 'rumour', zh, '据彭博援引知情人士报道，红隼科技与流明资本正洽谈。'), '红隼科技和流明资本均拒绝置评。');
  assert.equal(
    sourceAnswer(text, m, 'rumour', zh, '据彭博援引知情人士报道，红隼科技与流明资本正洽谈，海港银行牵头贷款。'),
    '红隼科技和流明资本均拒绝置评，海港银行未回应置评请求。',
  );
  // A party the lead does not name is no answer to it.
  assert.equal(sourceAnswer(text, m, 'rumour', zh, '据彭博援引知情人士报道，海港银行正洽谈。'), '海港银行未回应置评请求。');
  assert.equal(sourceAnswer(text, m, 'rumour', zh, '据知情人士透露，某公司正洽谈。'), undefined);
});

test("a sanction's rebuttal is the company's appeal; a rumour reads no rebuttal, a sanction no no-comment", () => {
  const text =
    'Regulators fined Kestrel $90 million. Kestrel, which earned $3 billion last year, said it would appeal. Lumen declined to comment.';
  const m = mentionsOf(text, ['Kestrel', 'Lumen']);
  assert.equal(sourceAnswer(text, m, 'sanction', zh, '红隼科技被监管机构罚款9000万美元，流明资本'), '红隼科技表示将提起上诉。');
  assert.equal(sourceAnswer(text, m, 'rumour', zh, '红隼科技被监管机构罚款9000万美元'), undefined);
});

test("an English source's sentences keep a company's abbreviation inside", () => {
  const s = englishSentences('Kestrel Inc. and Lumen Corp. are in talks. Lumen declined to comment.');
  assert.deepEqual(
    s.map((x) => x.text.trim()),
    ['Kestrel Inc. and Lumen Corp. are in talks.', 'Lumen declined to comment.'],
  );
});

test('a lead whose no-comment follows its claim stands alone; a no-comment opening a line does not', () => {
  assert.equal(selfContained('据知情人士透露，红隼科技与流明资本正洽谈合资建设数据中心。红隼科技和流明资本均拒绝置评。'), true);
  assert.equal(selfContained('红隼科技和流明资本均拒绝置评。'), false);
});

test("a Chinese story's one line keeps the no-comment its lead prints after the rumour", async () => {
  const { makeBundle, single, statement } = await import('../../../test/fixtures/enrich/bundles.js');
  const { createOfflineEngine } = await import('./engine.js');
  const bundle = makeBundle({
    id: 'st_r40_zh',
    items: [
      {
        title: '青禾数据洽谈新一轮融资，投前估值约80亿元',
        url: 'https://36kr.com/p/qinghe-r40',
        date: '2026-12-06',
        text: [
          '据知情人士透露，数据服务商青禾数据正洽谈新一轮融资，投前估值约80亿元。',
          '对此，青禾数据方面表示不予置评。',
          '青禾数据成立于2020年，总部位于苏州，主要为大模型公司提供数据标注服务。',
        ].join(''),
      },
    ],
    attributions: [{ value: 8e9, subject: '青禾数据', metric: 'valuation', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as import('../../types/index.js').ItemRecord;
      return [single('青禾数据', 'valuation', 'unknown', [statement(it, figs[it.id] ?? [], 8e9)])];
    },
  });
  const s = await createOfflineEngine().doWriteStory(bundle, 'stories');
  assert.match(s.paragraphs[0] ?? '', /估值\*\*约80亿元\*\*。对此，青禾数据方面表示不予置评。/u, s.paragraphs.join('\n'));
  assert.match(s.oneLine, /估值\*\*约80亿元\*\*。对此，青禾数据方面表示不予置评。$/u, s.oneLine);
});

test('an answer told in other words: neither party responded, no immediate comment, a reply to one outlet', () => {
  const text =
    'Kestrel is in talks to buy Lumen for $2 billion, people familiar said. Neither Kestrel nor Lumen responded to requests for comment. Harbor had no immediate comment.';
  const m = mentionsOf(text, ['Kestrel', 'Lumen', 'Harbor']);
  assert.equal(
    sourceAnswer(text, m, 'rumour', zh, '据知情人士透露，红隼科技正洽谈收购流明资本，海港银行提供贷款。'),
    '红隼科技和流明资本均未回应置评请求，海港银行未予置评。',
  );
  const other = "Kestrel is weighing a bond sale, people said. Kestrel didn't respond to Bloomberg's request for comment.";
  assert.equal(sourceAnswer(other, mentionsOf(other, ['Kestrel']), 'rumour', zh, '红隼科技拟发债。'), '红隼科技未回应置评请求。');
  // Responding to a request is no answer withheld: without `neither` the parties answered.
  const answered = 'Kestrel and Lumen responded to requests for comment by saying talks were early.';
  assert.equal(sourceAnswer(answered, mentionsOf(answered, ['Kestrel', 'Lumen']), 'rumour', zh, '红隼科技与流明资本'), undefined);
});
