/**
 * Decision 176: under a head whose first name invests in another, the investor's own statement figure (its revenue, its
 * contract liabilities) glued after the deal goes; a sentence opening on a person's bare name the source introduces by a
 * title and nothing printed before it names goes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { investingHead, investorStatement, withoutGluedTally } from './glued-tally.js';
import { barePerson, withoutUnintroduced } from './introduced.js';
import type { SourceSentence } from './sentences.js';

const mk = (text: string, index: number, itemText = '', start = 0) =>
  ({
    item: { id: 'i1', text: itemText },
    sentence: { text, index, start, end: start + text.length },
    figures: [],
    score: 1,
  }) as unknown as SourceSentence;

test('glue43: a head’s investor and the name it invests in; a head of the one invested in has none', () => {
  assert.deepEqual(investingHead('青川微电子拟8000万美元基石认购云岫科技'), { investor: '青川微电子', investee: '云岫科技' });
  assert.deepEqual(investingHead('启明资本向星河智算投资12亿元，星河向其采购算力'), { investor: '启明资本', investee: '星河智算' });
  assert.equal(investingHead('星河智算获启明资本12亿元投资'), undefined);
  assert.equal(investingHead('星河智算完成12亿元C轮融资'), undefined);
  // 投资者 is a noun, and the one bringing investors in is the invested-in.
  assert.equal(investingHead('星河智算引入7家基石投资者'), undefined);
  assert.equal(investingHead('星河智算招股，基石投资者认购过半'), undefined);
});

test('glue43: the investor’s own statement figure is glued; the invested-in’s own, or one naming the deal, is not', () => {
  const head = { investor: '青川微电子', investee: '云岫科技' };
  const para = '青川微电子自身业绩保持增长。公司上半年实现营业收入30亿元。';
  assert.equal(investorStatement('截至9月末，公司合同负债为8.2亿元，较年初增长35%。', para, head), true);
  assert.equal(investorStatement('青川微电子上半年营业收入30.5亿元，同比增长72%。', '', head), true);
  // The invested-in's figure, a sentence naming it, or one telling the deal stays.
  assert.equal(investorStatement('截至9月末，云岫科技有息负债约26亿元。', '', head), false);
  assert.equal(investorStatement('云岫科技向青川微电子采购约6亿元，约占青川微电子营业收入的20%。', '', head), false);
  assert.equal(investorStatement('青川微电子本次认购资金来自营业收入积累。', '', head), false);
  // A short name drops only type words: a name without them is read whole.
  assert.equal(investorStatement('澜芯上半年营业收入30亿元。', '', { investor: '澜芯科技' }), true);
  assert.equal(investorStatement('中国联通上半年营业收入1700亿元。', '', { investor: '中国移动' }), false);
  // A 公司 in a paragraph opening on another company is not read as the investor.
  assert.equal(investorStatement('截至9月末，公司合同负债为8.2亿元。', '云岫科技2025年收入9.1亿元。', head), false);
});

test('glue43: the lead of an investment story loses the investor’s statement figure, never its first sentence', () => {
  const text = '青川微电子公告，拟以5000万美元认购云岫科技IPO股份。青川微电子自身业绩保持增长。截至9月末，公司合同负债为8.2亿元。';
  const first = mk('青川微电子公告，拟以5000万美元认购云岫科技IPO股份。', 0, text, 0);
  const tie = mk('招股书显示，云岫科技向青川微电子采购约6亿元。', 1, text, 27);
  const glued = mk('截至9月末，公司合同负债为8.2亿元。', 3, text, text.indexOf('截至'));
  assert.deepEqual(
    withoutGluedTally(
      [first, tie, glued],
      '青川微电子拟5000万美元基石认购云岫科技',
      () => false,
      () => false,
    ),
    [first, tie],
  );
  // Under a head of the one invested in, the lead stays as it is.
  assert.deepEqual(
    withoutGluedTally(
      [first, tie, glued],
      '云岫科技获青川微电子5000万美元基石认购',
      () => false,
      () => false,
    ),
    [first, tie, glued],
  );
});

test('glue43: a bare person the source introduces by a title and nothing printed names', () => {
  const source = '据记者了解，澜舟创始人、前某实验室负责人周屹告诉记者，公司年化收入已突破1亿美元。';
  assert.equal(barePerson('周屹告诉记者，公司年化收入已突破1亿美元。', '澜舟完成B轮融资。', source), '周屹');
  assert.equal(barePerson('对于估值，周屹表示并不担心。', '澜舟完成B轮融资。', source), '周屹');
  // Printed before, or no title before it in the source (a company's short name), it stays.
  assert.equal(barePerson('周屹告诉记者，公司年化收入已突破1亿美元。', '澜舟创始人周屹此前称将上市。', source), undefined);
  assert.equal(barePerson('华为表示，将继续投入。', '澜舟完成B轮融资。', '领投方华为表示将继续投入。'), undefined);
  assert.equal(barePerson('周屹告诉记者，收入已破亿。', '澜舟完成B轮融资。', undefined), undefined);
});

test('glue43: the lead loses a sentence leaning on a bare person, keeps the one introducing them', () => {
  const source = '澜舟完成6亿元B轮融资。澜舟创始人周屹表示，资金将用于算力。周屹称，公司年化收入已突破1亿美元。';
  const first = mk('澜舟完成6亿元B轮融资。', 0, source);
  const intro = mk('澜舟创始人周屹表示，资金将用于算力。', 1, source);
  const bare = mk('周屹称，公司年化收入已突破1亿美元。', 2, source);
  assert.deepEqual(withoutUnintroduced([first, bare], '澜舟完成6亿元B轮融资', [], true), [first]);
  assert.deepEqual(withoutUnintroduced([first, intro, bare], '澜舟完成6亿元B轮融资', [], true), [first, intro, bare]);
});
