/**
 * Decision 188: a title telling no news never heads a story (idle-head.ts: an indefinite company, a span of its life, a
 * cliché), a name the story writes once after its descriptor is read up to the word after it (described-subject.ts), a
 * head's clause ending on an effect is said as the cause it is (cause-clause.ts), and a title asking which one is a
 * question (data/feature-titles.json). Titles and texts written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { misshapenHead } from '../assemble/head-shape.js';
import { idleHead } from '../assemble/idle-head.js';
import { causeClauses } from './cause-clause.js';
import { describedName, nameAfter } from './described-subject.js';
import { featureTitle } from './headline-shape.js';

test('a feature phrase with no name, no event and no figure is no head', () => {
  assert.equal(idleHead('一家视觉公司的十年'), true);
  assert.equal(idleHead('芯片设计的下一站：一家EDA公司的三年'), true);
  assert.equal(idleHead('国产存储厂商的这一年'), true);
  assert.equal(idleHead('边缘算力迎来新机遇'), true);
  assert.equal(misshapenHead('一家视觉公司的十年'), 'idle');
});

test('a title telling news, a figure or an event stays a head', () => {
  assert.equal(idleHead('青岚视觉完成6亿元B轮融资'), false);
  // The kicker before the colon tells the news.
  assert.equal(idleHead('青岚视觉完成B轮融资：一家视觉公司的十年'), false);
  // An event outside a cliché's frame, or a figure, is news.
  assert.equal(idleHead('一家视觉公司完成B轮融资'), false);
  assert.equal(idleHead('青岚视觉成立的3年'), false);
  assert.equal(idleHead('英伟达成全球市值最高的公司'), false);
  assert.equal(idleHead('政策加码，边缘算力迎来新机遇'), false);
});

test('a name the story writes once after its descriptor is read up to the word after it', () => {
  const once = ['据悉，视觉检测公司青岚视觉近日完成6亿元B轮融资。该公司成立于2019年。'];
  assert.equal(nameAfter('视觉检测公司', once), '青岚视觉');
  assert.equal(describedName('视觉检测公司融资6亿元', '视觉检测公司', once), '青岚视觉融资6亿元');
  // Many firms of a kind, an adverb after the descriptor, a time: no name.
  assert.equal(nameAfter('视觉公司', ['多家视觉公司相继完成融资。']), undefined);
  assert.equal(nameAfter('视觉公司', ['国内视觉公司今年以来完成融资超20笔。']), undefined);
  assert.equal(nameAfter('视觉公司', ['视觉公司纷纷宣布涨价。']), undefined);
});

test('a clause ending on an effect its next clause suffers is said as a cause', () => {
  assert.equal(causeClauses('戴尔财测保守，存储涨价冲击，纬创、和硕股价走弱', 30), '戴尔财测保守，受存储涨价冲击，纬创、和硕股价走弱');
  assert.equal(causeClauses('关税升级拖累，苹果股价下跌', 30), '受关税升级拖累，苹果股价下跌');
});

test('a cause already marked, a last clause, a figure or an over-long head stays', () => {
  assert.equal(causeClauses('受关税影响，苹果股价下跌', 30), '受关税影响，苹果股价下跌');
  assert.equal(causeClauses('苹果股价下跌，关税升级冲击', 30), '苹果股价下跌，关税升级冲击');
  assert.equal(causeClauses('存储涨价15%冲击，纬创股价走弱', 30), '存储涨价15%冲击，纬创股价走弱');
  assert.equal(causeClauses('戴尔财测保守，存储涨价冲击，纬创股价走弱', 14), '戴尔财测保守，存储涨价冲击，纬创股价走弱');
  // The effect word is another verb's object.
  assert.equal(causeClauses('云厂商扩大影响，芯片股上涨', 30), '云厂商扩大影响，芯片股上涨');
});

test('a title asking which one is a question', () => {
  assert.equal(featureTitle('大模型价格战打到哪一步了'), true);
  assert.equal(featureTitle('青岚视觉完成6亿元B轮融资'), false);
});
