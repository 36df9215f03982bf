/**
 * Decision 154: a writer's filler opener (值得注意的是，) goes from a printed sentence; a settled line reads as an editor's
 * note (an outlet's number, then the company's or the terms'), not a verdict; a company the head names only in a later
 * clause is no party an aside may speak of.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMPARISON_LINE } from '../../render/check/told-before.js';
import type { DigestStory } from '../../types/index.js';
import { withoutFillerOpener } from '../assemble/filler-opener.js';
import { tidyStories } from '../assemble/tidy.js';
import { firstHeadClause } from './engine.js';
import { otherAside } from './other-aside.js';
import { fill, TEMPLATES } from './templates.js';

test('glue40: a filler opener goes, at the text’s start and after a sentence; a phrase with nothing after it stays', () => {
  assert.equal(
    withoutFillerOpener('星河芯片引入3家基石投资者。值得注意的是，星河芯片已与其中一家签订采购协议。'),
    '星河芯片引入3家基石投资者。星河芯片已与其中一家签订采购协议。',
  );
  assert.equal(withoutFillerOpener('值得一提的是，澄川科技同时是其最大客户。'), '澄川科技同时是其最大客户。');
  assert.equal(withoutFillerOpener('需要指出的是，**约40亿元**来自政府补贴。'), '**约40亿元**来自政府补贴。');
  // Inside a sentence it is the sentence's own words (no opener), and a connective that tells a relation is no filler.
  assert.equal(withoutFillerOpener('分析师称值得注意的是库存。'), '分析师称值得注意的是库存。');
  assert.equal(withoutFillerOpener('此外，公司拟回购10亿元股份。'), '此外，公司拟回购10亿元股份。');
  // Before a bare pointer the opener stays: without it 公司 would read as whichever company was named last.
  assert.equal(
    withoutFillerOpener('其中澄川科技认购5000万美元。值得注意的是，公司已与澄川科技签订采购协议。'),
    '其中澄川科技认购5000万美元。值得注意的是，公司已与澄川科技签订采购协议。',
  );
});

test('glue40: the digest’s paragraphs lose the filler opener when tidied', () => {
  const story = {
    headline: '星河芯片启动港股招股',
    oneLine: '星河芯片启动港股招股。',
    paragraphs: ['星河芯片今日起在港招股，拟募资约40亿港元。值得注意的是，基石投资者云岫半导体同时是其最大供应商。'],
    blocks: [],
    insights: [],
    impacts: [],
  } as unknown as DigestStory;
  const [out] = tidyStories([story]);
  assert.equal(out?.paragraphs[0], '星河芯片今日起在港招股，拟募资约40亿港元。基石投资者云岫半导体同时是其最大供应商。');
});

test('glue40: a settled line names the outlet’s number and then the company’s or the terms’, and the check reads it', () => {
  const stated = fill(TEMPLATES.settledStatement, {
    subject: '云岫半导体',
    metric: '投资',
    value: '6000万美元',
    other_source: '财联社',
    when: '此前',
    other_value: '5000万美元',
  });
  assert.equal(stated, '财联社此前报道云岫半导体投资为**5000万美元**，公司披露为**6000万美元**。');
  assert.doesNotMatch(stated, /为准/);
  assert.match(stated, COMPARISON_LINE);
  const terms = fill(TEMPLATES.settledArithmetic, {
    subject: '星河芯片',
    metric: 'IPO募资',
    value: '58亿港元',
    shares: '1.2亿股',
    price: '48.5港元',
    source: '财联社',
    other_source: '香港《经济日报》',
    when: '',
    other_value: '62亿港元',
  });
  assert.equal(terms, '按1.2亿股、每股48.5港元计，星河芯片IPO募资为**58亿港元**；香港《经济日报》报道为**62亿港元**。');
  assert.doesNotMatch(terms, /所报一致|与此不符/);
  assert.match(terms, COMPARISON_LINE);
});

test('glue40: a company the head names only in a later clause is no party of an aside', () => {
  const head = '星河芯片大模型API降价最高80%，澄川科技、青穹云加码算力投入';
  assert.equal(firstHeadClause(head), '星河芯片大模型API降价最高80%');
  assert.equal(firstHeadClause('星河芯片启动港股招股'), '星河芯片启动港股招股');
  const orgs = ['星河芯片', '澄川科技', '青穹云'];
  const aside = '澄川科技方面，据知情人士透露，其明年资本开支预算约1200亿元。';
  // The whole head's companies would keep it; the first clause's make it the aside it is.
  assert.equal(otherAside(aside, ['星河芯片', '澄川科技', '青穹云'], orgs), false);
  assert.equal(otherAside(aside, ['星河芯片'], orgs), true);
});
