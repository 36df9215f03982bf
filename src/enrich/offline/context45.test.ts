/**
 * Decision 189: another company's figure (a rival's profit, a peer's growth, a supplier's gain) glued after a story's news
 * is not printed; a party's, a party's unit's, or a sentence tied to the story's event stays; a market's head is silent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { marketHead, notCompany, otherFigure, subjectText, withoutOtherFigure } from './other-figure.js';
import type { SourceSentence } from './sentences.js';

const mk = (text: string, index: number, figures = 1) =>
  ({
    item: { id: 'i1', text },
    sentence: { text, index, start: 0, end: text.length },
    figures: Array.from({ length: figures }, () => ({ text: '1', start: 0, end: 1 })),
    score: 1,
  }) as unknown as SourceSentence;

const ORGS = ['星河智芯', '星河科技', '云岫科技', '青川微电子', '星河云'];
const orgsOf = (s: SourceSentence) => ORGS.filter((o) => s.sentence.text.includes(o));

test('context45: a sentence’s subject after its frame and role word', () => {
  assert.equal(subjectText('今年前三季度，竞争对手云岫科技净利润增长80%。'), '云岫科技净利润增长80%。');
  assert.equal(subjectText('财报显示，云岫科技营收12亿元。'), '云岫科技营收12亿元。');
  assert.equal(subjectText('云岫科技营收12亿元。'), '云岫科技营收12亿元。');
  assert.equal(subjectText('同一赛道的竞争对手云岫科技营收12亿元。'), '云岫科技营收12亿元。');
});

test('context45: another company’s figure is glued; a party’s, its unit’s or one tied to the event is not', () => {
  const parties = ['星河智芯'];
  assert.equal(otherFigure('竞争对手云岫科技同期净利润增长80%，股价年内上涨120%。', parties, ['云岫科技'], true), true);
  assert.equal(otherFigure('今年以来，青川微电子股价累计上涨65%。', parties, ['青川微电子'], true), true);
  // A pointer after the other company's name is its own (其股价); before it, the story's (公司供应商…).
  assert.equal(otherFigure('竞争对手云岫科技净利润增长80%，其股价年内上涨120%。', parties, ['云岫科技'], true), true);
  assert.equal(otherFigure('此次，云岫科技净利润增长80%。', parties, ['云岫科技'], true), false);
  // A party named, a tie to the event, a pointer at the story, a party's unit, no figure: stays.
  assert.equal(otherFigure('云岫科技同期营收仅为星河智芯的一半。', parties, ['云岫科技'], true), false);
  assert.equal(otherFigure('云岫科技今年向其采购约5亿元芯片。', parties, ['云岫科技'], true), false);
  assert.equal(otherFigure('云岫科技表示，明年营收有望增长30%。', parties, ['云岫科技'], true), false);
  assert.equal(otherFigure('星河云三季度收入增长40%。', parties, ['星河云'], true), false);
  assert.equal(otherFigure('云岫科技净利润增长80%。', parties, ['云岫科技'], false), false);
  // A sentence opening on a party, or no party known: silent.
  assert.equal(otherFigure('星河智芯三季度营收增长42%，高于云岫科技。', parties, ['星河智芯', '云岫科技'], true), false);
  assert.equal(otherFigure('云岫科技净利润增长80%。', [], ['云岫科技'], true), false);
});

test('context45: a market’s head is silent', () => {
  assert.equal(marketHead('AI芯片板块走强，云岫科技涨停'), true);
  assert.equal(marketHead('星河智芯、云岫科技三季度营收齐增'), true);
  assert.equal(marketHead('星河智芯三季度营收增长42%'), false);
});

test('context45: the lead loses the glued figure, never its first sentence, a kept one or one its next leans on', () => {
  const first = mk('星河智芯公告，三季度营收18.6亿元，同比增长42%。', 0);
  const own = mk('星河智芯前三季度净利润3.2亿元。', 1);
  const rival = mk('竞争对手云岫科技同期净利润增长80%。', 5);
  const head = '星河智芯三季度营收增长42%';
  assert.deepEqual(withoutOtherFigure([first, own, rival], head, ['星河智芯'], orgsOf), [first, own]);
  assert.deepEqual(
    withoutOtherFigure([first, own, rival], head, ['星河智芯'], orgsOf, (s) => s === rival),
    [first, own, rival],
  );
  // Its source's next sentence, printed after it, would lean on it: both stay; a next of its own company goes with it.
  const next = mk('第一季度累计营收52亿元。', 6);
  assert.deepEqual(withoutOtherFigure([first, rival, next], head, ['星河智芯'], orgsOf), [first, rival, next]);
  const rivalMove = mk('云岫科技股价年内上涨120%。', 6);
  assert.deepEqual(withoutOtherFigure([first, rival, rivalMove], head, ['星河智芯'], orgsOf), [first]);
  // A company a sentence before it told of is introduced: its figure stays.
  const told = mk('受此带动，云岫科技同日收涨7%。', 2);
  assert.deepEqual(withoutOtherFigure([first, told, rival], head, ['星河智芯'], orgsOf), [first, told, rival]);
  // The first sentence stays, whoever its subject.
  assert.deepEqual(withoutOtherFigure([rival, own], head, ['星河智芯'], orgsOf), [rival, own]);
  // After a share move opening the story, a peer's move stays.
  const move = mk('星河科技股价收涨12%，市值升至800亿元。', 0);
  const peerMove = mk('云岫科技同日上涨6%。', 3);
  assert.deepEqual(withoutOtherFigure([move, peerMove], head, ['星河科技'], orgsOf), [move, peerMove]);
  // Under a price cut's head, a rival's price cut stays.
  const cut = mk('星河科技宣布推理API价格下调60%。', 0);
  const rivalCut = mk('今年8月，云岫科技宣布API价格最高下调80%。', 4);
  assert.deepEqual(withoutOtherFigure([cut, rivalCut], '星河科技推理API再降价', ['星河科技'], orgsOf), [cut, rivalCut]);
  // Under a market's head, everything stays.
  assert.deepEqual(withoutOtherFigure([first, rival], 'AI芯片板块走强', ['星河智芯'], orgsOf), [first, rival]);
});

test('a regulator or a research house is no company whose own figure a sentence gives (its rule, its estimate stay)', () => {
  assert.equal(notCompany(['bank', 'research', 'china']), true);
  assert.equal(notCompany(['government', 'us']), true);
  assert.equal(notCompany(['chip', 'china']), false);
  assert.equal(notCompany([]), false);
});
