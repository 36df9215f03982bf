/**
 * decision 136: a sentence summing or comparing figures is printed only with every figure it uses; an article's colour
 * (how peers see the trend, naming no party) is no sentence of a deal story. Articles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { addendsBefore, baseUnprinted, usesUnprinted } from './figures-used.js';
import { colourShape } from './peer-colour.js';

const contract = (extra: string[], title = '云岫智算与北辰云签署120亿元算力服务合同') =>
  makeBundle({
    id: `st_glue_${extra.length}_${title.length}`,
    items: [
      {
        title,
        url: 'https://www.cls.cn/detail/yunxiu-contract',
        date: '2026-12-03',
        text: [
          '云岫智算周三公告，与北辰云签署一份为期五年的算力服务合同，总金额约120亿元。',
          '合同约定，云岫智算将在杭州和乌兰察布两地为北辰云提供训练算力。',
          '合同约定，云岫智算将分三期交付。',
          '此前，云岫智算曾与南湾数据签署一份80亿元的算力合同。',
          ...extra,
          '云岫智算成立于2019年，总部位于杭州。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 1.2e10, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 8e9, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 2e10, subject: '云岫智算', metric: 'backlog', period: 'unknown' },
      { value: 5e9, subject: '云岫智算', metric: 'contract', period: 'unknown' },
      { value: 3e9, subject: '云岫智算', metric: 'capex', period: '2027' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('云岫智算', 'contract', 'unknown', [statement(it, f, 1.2e10)]),
        single('云岫智算', 'contract', '2026-03', [statement(it, f, 8e9)]),
        ...(f.some((x) => x.value === 2e10) ? [single('云岫智算', 'backlog', 'unknown', [statement(it, f, 2e10)])] : []),
        ...(f.some((x) => x.value === 5e9) ? [single('云岫智算', 'contract', 'unknown', [statement(it, f, 5e9)])] : []),
        ...(f.some((x) => x.value === 3e9) ? [single('云岫智算', 'capex', '2027', [statement(it, f, 3e9)])] : []),
      ];
    },
  });

test('a total adding a figure the story does not print goes with it', async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract(['两份合同合计，云岫智算目前的硬性承诺总额已达约200亿元，创公司成立以来新高。']),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(body, /120亿元/u, body);
  // 80亿 is not printed, so the 200亿 total of 120亿 + 80亿 is not either.
  assert.doesNotMatch(body, /80亿元/u, body);
  assert.doesNotMatch(body, /200亿元/u, body);
});

test('a multiple of a revenue the story never prints is not printed', async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract(['云岫智算预计2027年算力采购支出约30亿元，约为其去年营收的4倍。']),
    'stories',
  );
  assert.doesNotMatch(s.paragraphs.join(''), /4倍/u, s.paragraphs.join(''));
});

test('an article’s peer colour naming no party is not appended to the deal story', async () => {
  const s = await createOfflineEngine().doWriteStory(
    contract(['国内同行方面，多位算力服务商人士认为，头部厂商的单笔长约规模普遍在50亿元以上，价格战已让位于交付能力。']),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(body, /120亿元/u, body);
  assert.doesNotMatch(body, /同行|50亿元/u, body);
});

test('what a total adds and what a multiple needs', () => {
  const before = ['云岫智算与北辰云签署一份总金额约120亿元的合同。', '此前，云岫智算曾与南湾数据签署一份80亿元的算力合同。'];
  const total = '两份合同合计，云岫智算的硬性承诺总额已达约200亿元。';
  assert.deepEqual(
    addendsBefore(total, before).map((f) => f.value),
    [8e9, 1.2e10],
  );
  assert.equal(usesUnprinted(total, before, [before[0] as string]), true);
  assert.equal(usesUnprinted(total, before, before), false);
  // A total whose addends the sentence gives itself, or one the outlet reports with no addend before it, stands.
  assert.deepEqual(addendsBefore('腾讯出资约2亿美元，上海国投出资1.5亿美元，两家合计出资约3.5亿美元。', before), []);
  assert.deepEqual(addendsBefore('三大机构投资者合计净卖出新台币241.7亿元。', before), []);
  // A multiple of a base needs the base's figure; a multiple of a period is a change.
  assert.equal(baseUnprinted('公司预计2026年算力支出约5亿美元，约为收入的4倍。', []), true);
  assert.equal(baseUnprinted('公司预计2026年算力支出约5亿美元，约为收入的4倍。', ['公司年化收入已突破1.2亿美元。']), false);
  assert.equal(baseUnprinted('Alphabet预计为1750亿至1850亿美元，约为上一年的两倍。', []), false);
  assert.equal(baseUnprinted('The deal values Lumen at nine times its annual revenue.', []), true);
});

test('the shape of an article’s colour', () => {
  assert.equal(colourShape('国内同行方面，多位算力服务商人士认为，签署长约正成为行业主流。'), true);
  assert.equal(colourShape('在业内人士看来，这笔交易意味着价格战告一段落。'), true);
  assert.equal(colourShape('据知情人士透露，云岫智算正洽谈新一轮融资。'), false);
  assert.equal(colourShape('接近交易的人士表示，交易预计年内完成。'), false);
  assert.equal(colourShape('云岫智算表示，将继续加大研发投入。'), false);
});
