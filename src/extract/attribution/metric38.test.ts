/**
 * A round's parties and kind as the source gives them (decision 137): a pre-IPO round is a private round (funding), not
 * the listing, though its name holds 'IPO'; a unit named after its parent ('百度旗下昆仑芯认购…') acts, and
 * the parent is no party to it. Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moneyFigures } from '../../../test/support/figures.js';
import { sentenceHasWord } from './context-words.js';

const money = moneyFigures;

test('a pre-IPO round is a round, not the IPO; a listing stays an IPO', () => {
  const cases = [
    'Zenith Robotics raised $300 million in a pre-IPO round led by Hillstone Capital.',
    'Zenith Robotics closed a $300 million pre-IPO funding round this week.',
    '星岚机器人完成30亿元Pre-IPO轮融资，由红杉中国领投。',
    '星岚机器人宣布完成上市前最后一轮融资，金额达30亿元。',
  ];
  for (const c of cases) assert.equal(money(c)[0]?.metric, 'funding', c);
  // The listing itself, and a round told in a sentence about the listing, stay what they were.
  assert.equal(money('Zenith Robotics plans to raise $1 billion in its Hong Kong IPO next month.')[0]?.metric, 'ipo');
  assert.equal(money('星岚机器人计划在港交所上市，拟募资约50亿港元。')[0]?.metric, 'ipo');
});

test('a unit named after its parent acts: the parent is neither its owner nor a counterparty; the raiser receives', () => {
  const unit = money('星岚机器人引入基石投资者，百度旗下昆仑芯认购5000万美元。');
  assert.deepEqual([unit[0]?.subject, unit[0]?.counterparty], ['Kunlunxin', '星岚机器人']);
  // A unit found only in the text leaves its parent the owner; the money goes to the company raising.
  const arm = money('星岚机器人完成新一轮融资，中国联通旗下联通创投领投20亿元。');
  assert.deepEqual([arm[0]?.subject, arm[0]?.counterparty], ['China Unicom', '星岚机器人']);
});

test('context-rule words inside a notWithin phrase do not count', () => {
  assert.equal(sentenceHasWord('raised $300 million in a pre-ipo round', ['ipo'], ['pre-ipo']), false);
  assert.equal(sentenceHasWord('ahead of its ipo, a pre-ipo round', ['ipo'], ['pre-ipo']), true);
  assert.equal(sentenceHasWord('its ipo', ['ipo']), true);
});
