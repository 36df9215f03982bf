/**
 * Decision 191: a second source's title item the printed body leaves out is told by that source's own sentence; a bare
 * subject of it is written as its owner's name. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { EntityMention } from '../../types/entity.js';
import type { Figure, ItemRecord } from '../../types/index.js';
import { ownerNamed } from './implicit-owner.js';
import { pointsBack, secondTitleSentences } from './second-title.js';
import type { SourceSentence } from './sentences.js';

const TITLE = '云栈科技三季度营收同比增长42% 在手订单约320亿元 盘后股价涨超6%';
const item = { id: 'it_2', title: TITLE, sentences: [] } as unknown as ItemRecord;
const sentence = (text: string, index: number, subject?: string): SourceSentence =>
  ({
    item,
    sentence: { text, index, para: index, start: 0, end: text.length },
    figures: extractFigures(text).map((f) => (subject ? { ...f, subject } : f)),
    lang: 'zh',
    score: 1,
  }) as unknown as SourceSentence;

const body = '云栈科技公布，第三季度营收同比增长42%至58.2亿元，净利润9.1亿元。公司股价盘后一度上涨6.3%。';
const backlog = sentence('截至9月末，云栈科技在手订单约320亿元，环比增长约15%。', 3);
const rumour = sentence('据了解，云栈科技在手订单或将在年底前超过320亿元。', 4);
const other = sentence('云栈科技第三季度毛利率为31.5%，较上季提升1.2个百分点。', 5);
const anyFact = (_: Figure) => true;

test("a second source's title item the body leaves out is told by its own sentence", () => {
  const figures = extractFigures(body);
  assert.deepEqual(secondTitleSentences([{ item, fact: anyFact }], [other, rumour, backlog], body, figures), [backlog]);
  // Told already: nothing.
  const told = `${body}截至9月末，在手订单约320亿元。`;
  assert.deepEqual(secondTitleSentences([{ item, fact: anyFact }], [backlog], told, extractFigures(told)), []);
  // The amount is no fact the pipeline holds of that source: nothing.
  assert.deepEqual(secondTitleSentences([{ item, fact: () => false }], [backlog], body, figures), []);
  // No sentence tells the item: nothing.
  assert.deepEqual(secondTitleSentences([{ item, fact: anyFact }], [other], body, figures), []);
  // An English title's items are never matched against a Chinese body.
  const en = { ...item, title: 'Yunzhan revenue jumps 42% as backlog climbs to 32 billion yuan' };
  assert.deepEqual(secondTitleSentences([{ item: en, fact: anyFact }], [backlog], body, figures), []);
});

test('a sentence pointing to the day of the one before it tells no second source', () => {
  assert.equal(pointsBack('同一天，云栈科技开源了多模态模型。'), true);
  assert.equal(pointsBack('云栈科技同日开源了多模态模型。'), false);
  const title = '云栈科技完成新一轮融资，多模态模型同步开源';
  const it = { ...item, title };
  const pointing = { ...sentence('同一天，云栈科技开源了多模态模型Yun-3。', 2), item: it };
  const body2 = '云栈科技完成新一轮融资，金额约5亿美元。';
  assert.deepEqual(secondTitleSentences([{ item: it, fact: anyFact }], [pointing], body2, extractFigures(body2)), []);
});

test("a bare subject is written as its owner's name wherever the sentence stands", () => {
  const s = sentence('截至9月末，该公司在手订单约320亿元。', 3, '云栈科技');
  const mentions = [{ name: '云栈科技', text: '云栈科技', type: 'org', start: 100, end: 104 }] as unknown as EntityMention[];
  assert.equal(
    ownerNamed(
      '截至9月末，该公司在手订单约**320亿元**。',
      s,
      () => mentions,
      (a, b) => a === b,
    ),
    '截至9月末，云栈科技在手订单约**320亿元**。',
  );
  // No owned figure: as written.
  assert.equal(
    ownerNamed(
      '截至9月末，该公司在手订单约320亿元。',
      sentence('截至9月末，该公司在手订单约320亿元。', 3),
      () => mentions,
      (a, b) => a === b,
    ),
    undefined,
  );
});
