/**
 * decision 136: a reply printed after another sentence than its source's previous one passes only when that sentence
 * carries the topic or the figure of the claim the reply answers. Sentences written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unprintedAntecedents } from './cohesion.js';
import { answeredSentence, replyAnswersPrinted, topicsOf } from './reply-topic.js';

const p = (...texts: string[]) => texts.map((text) => ({ text, para: 0 }));

test('a 对此 reply to a purchase printed after a valuation rumour is flagged; after the purchase claim it passes', () => {
  const outlet = [
    '据知情人士透露，星河智芯已与一家云厂商签署约20亿元的算力卡采购框架协议。',
    '星河智芯今年前三季度营收12.3亿元，同比增长41%。',
    '对此，星河智芯回应称，相关信息不准确，公司以公告为准。',
  ];
  const other = ['据知情人士透露，星河智芯新一轮融资的投后估值约为120亿元。'];
  const wrong = p(other[0] as string, outlet[2] as string);
  assert.equal(unprintedAntecedents(wrong, [outlet, other]).length, 1);
  const right = p('知情人士称，星河智芯与一家云厂商签署了约20亿元的采购框架协议。', outlet[2] as string);
  assert.deepEqual(unprintedAntecedents(right, [outlet, other]), []);
});

test('对于这一数字… right after the sourced figure it answers, retold by the digest, passes', () => {
  const source = ['据两位知情人士透露，澄光科技新一轮融资的投后估值约为80亿元，较上一轮翻倍。', '对于这一数字，澄光科技方面未予置评。'];
  const printed = p('据36氪报道，澄光科技新一轮融资投后估值约为80亿元。', source[1] as string);
  assert.deepEqual(unprintedAntecedents(printed, [source]), []);
  // After a sentence with another figure and topic it still leans on what is not printed.
  const misplaced = p('澄光科技今年上半年营收3.2亿元。', source[1] as string);
  assert.equal(unprintedAntecedents(misplaced, [source]).length, 1);
});

test('该公司表示…不予置评 after the reporter’s query passes right after the claim it answers', () => {
  const source = [
    '据知情人士透露，澄光科技计划以约30亿元收购南岭数据全部股权。',
    '南岭数据成立于2019年，主营液冷数据中心。',
    '记者就此向澄光科技求证。',
    '该公司表示，对市场传闻不予置评。',
  ];
  const printed = p('澄光科技拟以约30亿元收购南岭数据全部股权。', source[3] as string);
  assert.deepEqual(unprintedAntecedents(printed, [source]), []);
  assert.equal(answeredSentence(source[3] as string, source, 3), source[0]);
  // After the company's results it answers nothing printed.
  assert.equal(replyAnswersPrinted(source[3] as string, source, 3, '澄光科技上半年营收3.2亿元，同比增长18%。'), false);
});

test('an English reply answers the claim of its topic; topics read whole English words', () => {
  const source = [
    'Lumen Forge is in talks to buy Dovetail Labs for about $2 billion, people familiar with the matter said.',
    'Dovetail was founded in 2018.',
    'Lumen Forge declined to comment.',
  ];
  assert.equal(
    replyAnswersPrinted(source[2] as string, source, 2, 'Lumen Forge plans to acquire Dovetail Labs for about $2 billion.'),
    true,
  );
  assert.equal(replyAnswersPrinted(source[2] as string, source, 2, 'Lumen Forge raised its sales forecast.'), false);
  assert.deepEqual(topicsOf('The border is closed in order to test.'), []);
  assert.deepEqual(topicsOf('星河智芯签署约20亿元的采购框架协议。'), ['purchase']);
});
