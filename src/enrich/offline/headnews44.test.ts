/**
 * decision 179: a title item's period (上半年, 前两月, 第二季) is when its news happened, not what: a sentence saying the
 * news in other words of the same period tells it, a sentence sharing only the period does not; a comma grouping a
 * number's digits (`5,862亿元`, `Rs1,920`) splits no title item. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { SourceSentence } from './sentences.js';
import { contentWords, itemTold, tellsItem, titleBacking, titleItems } from './title-items.js';

const sentence = (text: string, index: number, para = index): SourceSentence =>
  ({
    item: { id: 'it_1', sentences: [] },
    sentence: { text, index, para, start: 0, end: text.length },
    figures: extractFigures(text),
    lang: 'zh',
    score: 1,
  }) as unknown as SourceSentence;

test("a title item's period is no content word", () => {
  assert.deepEqual(contentWords('上半年盈利创同期新高'), ['盈利', '利创', '创同', '同期', '期新', '新高']);
  assert.deepEqual(contentWords('前三季度订单创历史新高'), ['订单', '单创', '创历', '历史', '史新', '新高']);
});

test('a record told in other words of the same period tells the item; the period alone does not', () => {
  const item = '上半年盈利创同期新高';
  const revenue = '岚峰电子同日公布上半年财报，营收320亿元，同比增长18%；';
  const record = '税后净利润41亿元，同比增长12%，每股收益3.2元，均创同期新高。';
  assert.equal(itemTold(item, revenue, extractFigures(revenue)), false);
  assert.ok(tellsItem(item, sentence(record, 2)) > 0);
  const lead = [sentence('岚峰电子董事会通过回购方案，拟以不超过20亿元回购股份，用于员工持股计划。', 0), sentence(revenue, 1)];
  const other = sentence('公司预计下半年出货动能优于上半年。', 3);
  assert.deepEqual(
    titleBacking('岚峰电子拟斥资20亿元回购 上半年盈利创同期新高', lead, [sentence(record, 2), other], () => true, 260),
    [sentence(record, 2)],
  );
});

test("a comma grouping a number's digits splits no title item", () => {
  assert.deepEqual(titleItems('岚峰电子3月营收2,468亿元 年增逾两成'), ['岚峰电子3月营收2,468亿元', '年增逾两成']);
  assert.deepEqual(titleItems('Acme (ACM IN): margin beat, guide up; BUY, TP Rs1,920'), [
    'Acme (ACM IN)',
    'margin beat',
    'guide up',
    'BUY',
    'TP Rs1,920',
  ]);
  assert.deepEqual(titleItems('Acme shares jump 12%, raises guidance'), ['Acme shares jump 12%', 'raises guidance']);
});

test("a note's later sentence restating its target gives the one it replaces", async () => {
  const { restatedFrom } = await import('./compose.js');
  const text = 'Revenue rose 18% YoY. Our new target price of HK$14.50 (previously HK$12.80) is based on 14x FY28E EPS. Maintain Buy.';
  const [target] = extractFigures('HK$14.50');
  assert.ok(target);
  assert.equal(restatedFrom(text, target)?.value, 12.8);
  // Another target (a peer's) restated: nothing.
  const [other] = extractFigures('HK$9.00');
  assert.ok(other);
  assert.equal(restatedFrom(text, other), undefined);
});
