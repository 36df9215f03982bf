/** Another outlet's newsgathering voice (editor22's S6): cited in the digest's voice, refused by --check. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from '../../render/check/index.js';
import type { DigestStory } from '../../types/index.js';
import { afterHeadline, beyondHeadline, tidyStories } from './tidy.js';
import { plainVoice } from './voice.js';

test('voice: an outlet that learned something is cited, a reporter who noticed something is dropped', () => {
  assert.equal(plainVoice('36氪独家获悉，某模型公司完成新一轮融资。'), '据36氪报道，某模型公司完成新一轮融资。');
  assert.equal(plainVoice('界面新闻获悉，本轮投前估值为100亿元。'), '据界面新闻报道，本轮投前估值为100亿元。');
  assert.equal(plainVoice('第一财经记者从多位知情人士处获悉，海关加强了查验。'), '据第一财经报道，多位知情人士透露，海关加强了查验。');
  assert.equal(plainVoice('记者从多位知情人士处获悉，海关加强了查验。'), '据多位知情人士透露，海关加强了查验。');
  assert.equal(plainVoice('财联社记者注意到，公司股价年内上涨逾三成。'), '公司股价年内上涨逾三成。');
  assert.equal(plainVoice('记者了解到，该项目已于上月开工。'), '据悉，该项目已于上月开工。');
  assert.equal(plainVoice('证券时报·e公司讯，某芯片公司11月24日晚间公告拟定增。'), '某芯片公司11月24日晚间公告拟定增。');
  // Mid-paragraph, after another source's sentence.
  assert.equal(plainVoice('营收增长两成。36氪独家获悉，公司将赴港上市。'), '营收增长两成。据36氪报道，公司将赴港上市。');
});

test('voice: a company, a person or a data vendor is not an outlet speaking', () => {
  for (const t of [
    '公司近日获悉，控股股东拟减持部分股份。',
    '张三注意到，下游需求正在回暖。',
    '万得资讯，数据显示两市成交额放大。',
    '据悉，公司将于下月上市。',
  ])
    assert.equal(plainVoice(t), t);
});

test('voice: tidy rewrites it in every story text; --check refuses what is left', () => {
  const story: DigestStory = {
    storyId: 's1',
    headline: '某模型公司完成新一轮融资',
    section: 'ai',
    paragraphs: ['36氪独家获悉，某模型公司近日完成新一轮**7亿美元**融资。'],
    blocks: [],
    insights: [],
    impacts: [],
    oneLine: '财联社记者注意到，公司股价年内上涨逾三成。',
    sources: [],
    keyFigure: null,
    minor: false,
  };
  const [out] = tidyStories([story]);
  assert.equal(out?.paragraphs[0], '据36氪报道，某模型公司近日完成新一轮**7亿美元**融资。');
  assert.equal(out?.oneLine, '公司股价年内上涨逾三成。');
  const md =
    '# 日报\n\n## 某模型公司完成新一轮融资\n\n36氪独家获悉，某模型公司近日完成新一轮融资。\n\n来源：[36氪](https://36kr.com/p/1)\n';
  assert.ok(checkDigest(md).some((p) => p.rule === 'outlet-voice'));
  assert.ok(!checkDigest(md.replace('36氪独家获悉，', '据36氪报道，')).some((p) => p.rule === 'outlet-voice'));
});

test('voice: a channel tag without its middle dot goes; an outlet is cited once a paragraph', () => {
  assert.equal(plainVoice('证券时报e公司讯，某芯片公司晚间公告拟定增。'), '某芯片公司晚间公告拟定增。');
  assert.equal(plainVoice('据36氪报道，某公司完成融资。36氪获悉，本轮由某基金领投。'), '据36氪报道，某公司完成融资。本轮由某基金领投。');
});

test('brief line: a line opening on its headline word for word says only what follows', () => {
  assert.equal(
    beyondHeadline('某芯片公司获券商维持买入评级，目标价由**172元**上调至**186元**。', '某芯片公司获券商维持买入评级'),
    '目标价由**172元**上调至**186元**。',
  );
  assert.equal(afterHeadline('据路透社报道，某公司获券商维持买入评级，目标价**186元**。', '某公司获券商维持买入评级'), '目标价**186元**。');
  assert.equal(afterHeadline('某公司营收增长，利润下降。', '某公司营收增长两成'), undefined);
  assert.equal(afterHeadline('某公司获券商维持买入评级。', '某公司获券商维持买入评级'), undefined);
});

test('one citation a sentence: a relay cites its source through itself, the same outlet once', () => {
  assert.equal(plainVoice('据36氪报道，据彭博报道，北风系统拟融资10亿美元。'), '据36氪援引彭博报道，北风系统拟融资10亿美元。');
  assert.equal(plainVoice('营收增长。据界面新闻报道，据路透社消息，交易已完成。'), '营收增长。据界面新闻援引路透社消息，交易已完成。');
  assert.equal(plainVoice('据路透社报道，据路透社报道，交易已完成。'), '据路透社报道，交易已完成。');
  assert.equal(
    plainVoice('据彭博报道，北风系统拟融资。据知情人士透露，估值约50亿美元。'),
    '据彭博报道，北风系统拟融资。据知情人士透露，估值约50亿美元。',
  );
});
