/**
 * Decision 144: another company's aside (a topic opening, `供应链方面，` / `<company>方面，`, speaking first of a company that
 * is none of the story's parties) is no sentence of the story's lead or figure paragraph.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zhSentences } from '../../../test/support/figures.js';
import { otherAside, withoutOtherAside } from './other-aside.js';

const zh = zhSentences('it_glue39');
const ORGS = ['星河芯片', '云岫半导体', '澄川科技', '青穹资本'];

test('glue39: a topic opening on another company is an aside; the market’s report and the party’s own are not', () => {
  const parties = ['星河芯片'];
  assert.equal(otherAside('供应链方面，云岫半导体公布6月营收120亿元，同比增长35%，其中部分来自星河芯片的订单。', parties, ORGS), true);
  assert.equal(otherAside('澄川科技方面，据知情人士透露，其今年资本开支预算约800亿元。', parties, ORGS), true);
  assert.equal(otherAside('新股方面，澄川科技已按招股价上限定价，暗盘交易将于周四进行。', parties, ORGS), true);
  // The market's own report on the sector's stocks, the party's own topic, a topic naming no company: kept.
  assert.equal(otherAside('个股方面，云岫半导体收涨5.2%。', parties, ORGS), false);
  assert.equal(otherAside('指引方面，星河芯片预计下季营收30亿元。', parties, ORGS), false);
  // A part of the story company's own business names its customer first: the orders are still the company's (订单方面).
  assert.equal(otherAside('订单方面，据知情人士透露，澄川科技今年拟向星河芯片采购逾20亿元的加速卡。', parties, ORGS), false);
  assert.equal(otherAside('毛利率方面，公司维持60%左右的指引不变。', parties, ORGS), false);
  assert.equal(otherAside('债市方面，10年期国债收益率下跌4个基点。', parties, ORGS), false);
  // No topic opening: not this rule's.
  assert.equal(otherAside('云岫半导体公布6月营收120亿元。', parties, ORGS), false);
});

test('glue39: the aside goes from the chosen sentences, with the sentence going on about its company', () => {
  const s0 = zh('星河芯片7月14日将二季度营收指引上调至90亿元。', 0);
  const s1 = zh('澄川科技方面，据知情人士透露，其港股IPO拟募资约15亿美元。', 1);
  const s2 = zh('目前青穹资本持有澄川科技约59%的股权。', 2);
  const s3 = zh('星河芯片股价盘后上涨4%。', 3);
  const got = withoutOtherAside([s0, s1, s2, s3], ['星河芯片'], () => ORGS);
  assert.deepEqual(
    got.map((s) => s.sentence.index),
    [0, 3],
  );
  // A head clause's own sentence stays.
  assert.deepEqual(
    withoutOtherAside(
      [s0, s1],
      ['星河芯片'],
      () => ORGS,
      (s) => s === s1,
    ).map((s) => s.sentence.index),
    [0, 1],
  );
});
