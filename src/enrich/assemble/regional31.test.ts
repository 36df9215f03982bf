/**
 * Hong Kong and Taiwan words a mainland desk would not print (issue 11; editor31's mechanism 11, blind review of
 * 9261b57): 今次, 值得留意, 投资人, a sector's 大厂, 集资额, a quarter in digits, and 孖展 told as what it is (margin
 * financing), not as the raise itself. Own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainlandStyle } from './mainland.js';

test('regional31: Hong Kong 今次 / 值得留意 / 集资额 / 孖展 read as a mainland desk writes them', () => {
  assert.equal(mainlandStyle('今次发行所得将用于扩充算力。'), '此次发行所得将用于扩充算力。');
  assert.equal(mainlandStyle('值得留意的是，基石投资者之一同时是公司的供应商。'), '值得注意的是，基石投资者之一同时是公司的供应商。');
  assert.equal(mainlandStyle('较公开发售部分集资额超额逾40倍。'), '公开发售部分获超额认购逾40倍。'); // decision 162
  const margin = mainlandStyle('首日录得约186亿港元孖展认购。');
  assert.ok(margin.includes('保证金融资'), margin);
  assert.ok(!/[^金]融资认购/.test(margin), margin);
  // 如今次日 is 如今 + 次日, not 今次.
  assert.equal(mainlandStyle('如今次日达已成常态。'), '如今次日达已成常态。');
});

test('regional31: 投资人 is 投资者 (an angel investor stays one); a sector’s 大厂 is its 巨头; 第3季度 is 第三季度', () => {
  assert.equal(mainlandStyle('一位接近交易的投资人表示，估值仍有上调空间。'), '一位接近交易的投资者表示，估值仍有上调空间。');
  assert.equal(mainlandStyle('知名天使投资人参与了本轮融资。'), '知名天使投资人参与了本轮融资。');
  assert.equal(mainlandStyle('存储大厂上调合约价。'), '存储巨头上调合约价。');
  assert.equal(mainlandStyle('美国大厂加码资本开支。'), '美国巨头加码资本开支。');
  assert.equal(mainlandStyle('公司预计第3季营收环比增长。'), '公司预计第三季度营收环比增长。');
  assert.equal(mainlandStyle('第4季度毛利率回升。'), '第四季度毛利率回升。');
});
