/**
 * decision 155: a source title's news items (its `，` / `、` / space parts) the lead does not tell are told by the
 * source's own sentence telling them: the same amount, or at least half the item's own words; a stated sentence before a
 * hedged one; silent when no sentence clearly tells the item. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { withoutDanglingConnective } from './event-clause.js';
import { boldFigures, type SourceSentence } from './sentences.js';
import { contentWords, hedged, itemTold, tellsItem, titleBacking, titleItems } from './title-items.js';

const sentence = (text: string, index: number, para = index): SourceSentence =>
  ({
    item: { id: 'it_1', sentences: [] },
    sentence: { text, index, para, start: 0, end: text.length },
    figures: extractFigures(text),
    lang: 'zh',
    score: 1,
  }) as unknown as SourceSentence;

test('a title splits into its news items', () => {
  assert.deepEqual(titleItems('岚峰电子砸2000万美元 当云岫智能基石投资人 巩固AI服务器订单'), [
    '岚峰电子砸2000万美元',
    '当云岫智能基石投资人',
    '巩固AI服务器订单',
  ]);
  assert.deepEqual(titleItems('云岫智能招股引入五家基石，包括甲资本、乙投资'), ['云岫智能招股引入五家基石', '包括甲资本', '乙投资']);
  assert.deepEqual(titleItems('Acme shares jump 12% as it raises guidance'), ['Acme shares jump 12%', 'it raises guidance']);
  assert.deepEqual(titleItems('国产GPU拿到多大份额？'), []);
});

test('an item is told by its figure or by half its words', () => {
  assert.equal(itemTold('岚峰电子砸2000万美元', '岚峰电子以2000万美元认购。', extractFigures('2000万美元')), true);
  assert.equal(itemTold('巩固AI服务器订单', '岚峰电子以2000万美元认购云岫智能H股。', []), false);
  assert.equal(itemTold('巩固AI服务器订单', '云岫智能向岚峰电子采购AI服务器。', []), true);
  assert.equal(hedged('据了解，明年订单可能上看60亿元。'), true);
  assert.equal(hedged('云岫智能去年向岚峰电子采购AI服务器约36亿元。'), false);
});

test('the untold item comes with the stated sentence, within the budget; silent when nothing tells it', () => {
  const lead = [sentence('云岫智能在港招股，岚峰电子公告，全资子公司将以2000万美元认购云岫智能H股。', 0)];
  const stated = sentence('行业人士指出，云岫智能去年向岚峰电子采购AI服务器约36亿元。', 2);
  const rumour = sentence('据了解，云岫智能明年的服务器订单金额可能上看60亿元。', 3);
  const other = sentence('岚峰电子10月营收182亿元，同比增长41.2%。', 4);
  const title = '岚峰电子砸2000万美元 当云岫智能基石投资人 巩固AI服务器订单';
  const admits = () => true;
  assert.ok(tellsItem('巩固AI服务器订单', stated) > 0);
  assert.equal(tellsItem('巩固AI服务器订单', other), 0);
  assert.deepEqual(titleBacking(title, lead, [stated, rumour, other], admits, 260), [stated]);
  // Over the lead's length budget: nothing.
  assert.deepEqual(titleBacking(title, lead, [stated, rumour, other], admits, 60), []);
  // No sentence tells the item: nothing.
  assert.deepEqual(titleBacking(title, lead, [other], admits, 260), []);
  // A title of one item is the head's to tell.
  assert.deepEqual(titleBacking('巩固AI服务器订单', lead, [stated], admits, 260), []);
});

test('a sentence losing its dangling connective keeps its bold on its numbers', () => {
  const first = '岚峰电子11月2日晚间公告，拟认购云岫智能H股。';
  const second = '另外，产业基金宣布出资400亿元扶植AI初创企业。';
  const item = { id: 'it_1', text: `${first}${second}`, sentences: [] };
  const at = (text: string, index: number, start: number): SourceSentence =>
    ({
      item,
      sentence: { text, index, para: 0, start, end: start + text.length },
      figures: extractFigures(text).map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
      lang: 'zh',
      score: 1,
    }) as unknown as SourceSentence;
  // Printed after a sentence other than its source's previous one: 另外 goes, the amount stays bold as a whole.
  const lone = at(second, 1, first.length);
  const [out] = withoutDanglingConnective([lone], leansOn);
  assert.equal(out?.sentence.text, '产业基金宣布出资400亿元扶植AI初创企业。');
  assert.match(
    boldFigures(out as SourceSentence, () => true),
    /出资\*\*400亿元\*\*扶植/u,
  );
});

test('a calculation on another figure, a hypothetical or a voice addressing the reader never tells a title item', () => {
  const lead = [sentence('云岫智能公布三季度业绩，当季营收18亿元，同比增长40%。', 0)];
  const title = '云岫智能三季度营收增四成，在手订单达60亿元';
  const calc = sentence('按这一增速推算，云岫智能在手订单明年将超过60亿元。', 1);
  const reader = sentence('各位注意了，云岫智能在手订单已经达到60亿元！', 2);
  const stated = sentence('截至9月末，云岫智能在手订单达60亿元。', 3);
  const all = () => true;
  assert.deepEqual(titleBacking(title, lead, [calc, reader], all, 260), []);
  assert.deepEqual(
    titleBacking(title, lead, [calc, reader, stated], all, 260).map((s) => s.sentence.index),
    [3],
  );
});

// Decision 179 (headnews44): a title item's period is no news word; a digit-grouping comma splits no item.
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
