/** A Chinese name's English name in brackets leaves the digest copy (editor21's E2 shape); acronyms and product names stay. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestStory } from '../../../test/fixtures/enrich/bundles.js';
import { dropEnglishNames, tidyStories } from './tidy.js';

test('a bracketed English or pinyin name after a Chinese name goes', () => {
  assert.equal(dropEnglishNames('云服务商澜舟算力（Lanzhou Compute）周五在港交所挂牌。'), '云服务商澜舟算力周五在港交所挂牌。');
  assert.equal(dropEnglishNames('领投方为红杉中国(HongShan)和启明创投（Qiming Venture Partners）。'), '领投方为红杉中国和启明创投。');
  assert.equal(dropEnglishNames('特斯拉（Tesla）四季度交付量回升。'), '特斯拉四季度交付量回升。');
});

test('an acronym, a lower-case term and a product the bracket names stay', () => {
  for (const kept of [
    '由阿布扎比投资局（ADIA）领投。',
    '公司通过特殊目的实体（SPV）举债。',
    '资本开支（capex）继续上升。',
    '英伟达新一代芯片（Rubin）将于明年量产。',
    '这家公司的旗舰模型（Kestrel）用户数翻倍。',
  ])
    assert.equal(dropEnglishNames(kept), kept);
});

test('every story part is tidied of bracketed English names', () => {
  const [s] = tidyStories([
    digestStory({
      paragraphs: ['人形机器人公司星舵智能（Xingduo Robotics）完成新一轮融资。'],
      insights: ['星舵智能（Xingduo Robotics）的估值较上一轮翻倍。'],
    }),
  ]);
  assert.deepEqual(s?.paragraphs, ['人形机器人公司星舵智能完成新一轮融资。']);
  assert.deepEqual(s?.insights, ['星舵智能的估值较上一轮翻倍。']);
});
