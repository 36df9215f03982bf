/**
 * A bare 公司 going on from the 公司 the sentence before stood on is no drift and leans on nothing unprinted (decision
 * 170, at the merge): the reader reads the same company, whichever companies the list between named. A 公司 after a
 * sentence standing on a named company is still flagged. Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { continuesPointer, openingPointer, subjectDrift, unprintedAntecedents } from './cohesion.js';

const names = ['岚峰智能', '星禾半导体', '青川资本', '澄江电子'];
const orgs = (t: string) =>
  names
    .map((n) => [t.indexOf(n), n] as const)
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([, n]) => n);

const cornerstones = '招股书显示，公司引入5家基石投资者，合计认购约2.4亿美元，其中星禾半导体认购4000万美元，澄江电子认购3000万美元。';
const purchase = '公司已与星禾半导体签订为期三年的采购框架协议，总额不超过30亿元。';
const source = [
  '岚峰智能今日起在港招股，拟募资约40亿港元。',
  cornerstones,
  '财务方面，岚峰智能2025年收入8.2亿元。',
  `值得注意的是，${purchase}`,
];
const head = '岚峰智能启动港股招股';

test('the opening pointer of a sentence, past a source frame or a time phrase', () => {
  assert.equal(openingPointer(cornerstones), '公司');
  assert.equal(openingPointer('今年上半年，该集团营收增长12%。'), '集团');
  assert.equal(openingPointer('星禾半导体公告拟认购岚峰智能股份。'), undefined);
  assert.equal(openingPointer('公司法修订草案提请审议。'), undefined);
  assert.equal(continuesPointer(cornerstones, purchase), true);
  assert.equal(continuesPointer('星禾半导体认购4000万美元。', purchase), false);
});

test('a 公司 going on from the 公司 before it is neither drift nor a dependent sentence', () => {
  const printed = [
    { text: source[0] as string, para: 1 },
    { text: cornerstones, para: 1 },
    { text: purchase, para: 1 },
  ];
  assert.deepEqual(subjectDrift(printed, head, orgs), []);
  assert.deepEqual(unprintedAntecedents(printed, [source], orgs), []);
});

test('a 公司 after a sentence standing on a named company is still flagged', () => {
  const named = '星禾半导体此前认购4000万美元，澄江电子认购3000万美元。';
  const printed = [
    { text: source[0] as string, para: 1 },
    { text: named, para: 1 },
    { text: purchase, para: 1 },
  ];
  assert.deepEqual(
    subjectDrift(printed, head, orgs).map((s) => s.text),
    [purchase],
  );
  assert.deepEqual(
    unprintedAntecedents(printed, [[source[0] as string, named, source[2] as string, `值得注意的是，${purchase}`]], orgs).map(
      (s) => s.text,
    ),
    [purchase],
  );
});
