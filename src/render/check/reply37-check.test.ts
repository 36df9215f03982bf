/**
 * The check reads a reply as the engine places it (decision 130): 「对此，公司回应称…」 printed right after the 知情人士
 * sentence it answers leans on a printed sentence, though its source puts background between them; printed after
 * another sentence it is still flagged. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unprintedAntecedents } from './cohesion.js';

const SOURCE = [
  '据知情人士透露，星河智芯正与一家云厂商洽谈一笔约20亿元的算力采购订单。',
  '星河智芯今年前三季度营收12.3亿元，同比增长41%。',
  '对此，星河智芯回应称，相关信息不准确，公司以公告为准。',
];

test('a reply printed right after the claim it answers is no dependent sentence; after another sentence it is', () => {
  const paired = [
    { text: SOURCE[0] as string, para: 0 },
    { text: SOURCE[2] as string, para: 0 },
  ];
  assert.deepEqual(unprintedAntecedents(paired, [SOURCE]), []);
  const misplaced = [
    { text: '星河智芯股价周四收涨3.2%。', para: 0 },
    { text: SOURCE[2] as string, para: 0 },
  ];
  assert.equal(unprintedAntecedents(misplaced, [SOURCE]).length, 1);
});
