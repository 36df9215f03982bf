/**
 * Decision 183: an investment head names the company invested in when its sentence tells the round before the cheque
 * (investee.ts); a head whose subject is an outlet's descriptor says the name written after it (described-subject.ts).
 * Sentences and texts written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describedName, nameAfter } from './described-subject.js';
import { roundInvestee } from './investee.js';

const twice = () => 3;

test('an investor’s cheque names the round’s raiser its sentence tells before it', () => {
  assert.equal(
    roundInvestee('11月中旬，青岚智算完成新一轮融资，华东电信旗下资本平台领投**12亿元**。', '12亿元', ['华东电信'], twice),
    '青岚智算',
  );
  assert.equal(roundInvestee('青岚智算宣布获得B轮投资，北辰资本出资8亿元。', '8亿元', ['北辰资本'], twice), '青岚智算');
});

test('a cheque with its receiver, no round before it, or a name the story writes once stays as it was', () => {
  // The cheque's clause goes on to another deal after its amount.
  assert.equal(roundInvestee('青岚智算完成融资，北辰资本出资8亿元收购远山智能。', '8亿元', ['北辰资本'], twice), undefined);
  // The receiver is named in the cheque's own clause: its counterparty, not this rule's.
  assert.equal(roundInvestee('青岚智算完成融资，北辰资本向其投资8亿元。', '8亿元', ['北辰资本'], twice), undefined);
  // No clause of a round raised before the cheque.
  assert.equal(roundInvestee('北辰资本今年累计投资8亿元。', '8亿元', ['北辰资本'], twice), undefined);
  // The clause before it is no round raised.
  assert.equal(roundInvestee('青岚智算发布新模型，北辰资本投资8亿元。', '8亿元', ['北辰资本'], twice), undefined);
  // The raiser is the investor itself, or a pointer, or a name written only once.
  assert.equal(roundInvestee('北辰资本完成新一轮募资融资，北辰资本出资8亿元。', '8亿元', ['北辰资本'], twice), undefined);
  assert.equal(roundInvestee('该公司完成新一轮融资，北辰资本领投8亿元。', '8亿元', ['北辰资本'], twice), undefined);
  assert.equal(
    roundInvestee('青岚智算完成新一轮融资，北辰资本领投8亿元。', '8亿元', ['北辰资本'], () => 1),
    undefined,
  );
});

const desc = [
  '工业质检的下一站：一家视觉公司的十年',
  '记者获悉，计算机视觉公司青岚视觉近日完成6亿元B轮融资。青岚视觉成立于2019年。青岚视觉表示，资金将用于研发。',
];

test('a head whose subject is a descriptor says the name its sources write after it', () => {
  assert.equal(nameAfter('视觉公司', desc), '青岚视觉');
  assert.equal(describedName('视觉公司融资6亿元', '视觉公司', desc), '青岚视觉融资6亿元');
  assert.equal(describedName('算机视觉公司融资6亿元', '算机视觉公司', desc), '青岚视觉融资6亿元');
});

test('a subject that is no descriptor, or a descriptor before two names, stays', () => {
  assert.equal(describedName('青岚视觉融资6亿元', '青岚视觉', desc), '青岚视觉融资6亿元');
  const two = ['视觉公司青岚视觉完成融资，视觉公司远山智能也在融资。青岚视觉表示…青岚视觉称…远山智能称…远山智能表示…'];
  assert.equal(describedName('视觉公司融资6亿元', '视觉公司', two), '视觉公司融资6亿元');
  // The name after it written nowhere else, and no word after it that ends a name (decision 188 reads a once-written
  // name up to 完成, 近日…): no name the story uses.
  assert.equal(describedName('视觉公司融资6亿元', '视觉公司', ['视觉公司青岚视觉的融资落地。']), '视觉公司融资6亿元');
});
