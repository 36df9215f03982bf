import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/gazetteer.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const figures = (text: string) =>
  extract(text, { date: '2026-06-10' }, gaz).figures.map((f) => `${f.text}|${f.subject ?? '-'}|${f.metric ?? '-'}|${f.period ?? '-'}`);

test("a long description cut by the name scan is no name ('计算机视觉公司云栖视觉' is 云栖视觉's)", () => {
  const text = '计算机视觉公司映川视觉宣布完成6亿元C轮融资。映川视觉表示，资金将用于研发。';
  assert.deepEqual(figures(text), ['6亿元|映川视觉|funding|-']);
  const en = '自动驾驶卡车企业远途智驾完成3亿元融资，远途智驾称。';
  assert.deepEqual(figures(en), ['3亿元|远途智驾|funding|-']);
});

test('money borrowed with 借入 or 举债 is debt', () => {
  assert.deepEqual(figures('澜海科技公告称，公司已向多家银行借入25亿元，用于建设新的算力中心。'), ['25亿元|澜海科技|debt|-']);
  assert.deepEqual(figures('澜海科技计划举债18亿元扩充产能。'), ['18亿元|澜海科技|debt|-']);
});

test("a round's size before 'at a $X valuation' is the round's, not a valuation", () => {
  const text =
    'Corvid Labs expects its new round, which people familiar with the matter put at $900 million at a $7 billion valuation, to close in July.';
  assert.deepEqual(figures(text), ['$900 million|Corvid Labs|funding|-', '$7 billion|Corvid Labs|valuation|-']);
});
