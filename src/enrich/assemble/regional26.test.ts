/**
 * Regional wording by the outlet's place (issue 11, decision 062): a Hong Kong or Taiwan outlet's own authorities under
 * national titles are named with their region, from the outlet's region and a list of titles; Taiwan and Hong Kong
 * words a mainland editor would not write. Own fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { ItemRecord, Sentence } from '../../types/index.js';
import { boldFigures } from '../offline/sentences.js';
import { mainlandStyle, regionalWords } from './mainland.js';

test('regional26: a Taiwan outlet’s 财政部 / 央行 / 外交部 are Taiwan’s; a Hong Kong outlet’s 证监会 is Hong Kong’s', () => {
  assert.equal(
    regionalWords('财政部表示，将与央行研议相关措施。', 'tw'),
    '台湾地区财政主管部门表示，将与台湾地区货币政策主管部门研议相关措施。',
  );
  assert.equal(regionalWords('外交部对此不予评论。', 'tw'), '台湾地区外事部门对此不予评论。');
  // A country's ministry named as such stays that country's, in any outlet.
  assert.equal(regionalWords('美国财政部与日本央行官员会面。', 'tw'), '美国财政部与日本央行官员会面。');
  assert.equal(regionalWords('证监会已批准该公司上市申请。', 'hk'), '香港证监会已批准该公司上市申请。');
  assert.equal(regionalWords('中国证监会发布新规。', 'hk'), '中国证监会发布新规。');
  // From a mainland or foreign outlet (or an unknown one) 财政部 is the country's own.
  assert.equal(regionalWords('财政部表示，将加大支持力度。', 'elsewhere'), '财政部表示，将加大支持力度。');
  assert.equal(regionalWords('财政部表示，将加大支持力度。', undefined), '财政部表示，将加大支持力度。');
  // The digest-wide pass leaves the regional name as it is (no 台湾地区台湾地区…).
  assert.equal(mainlandStyle(regionalWords('财政部长表示', 'tw')), '台湾地区财政主管部门负责人表示');
});

test('regional26: a sentence from a Taiwan outlet names its ministry with the region in the digest body', () => {
  const doc = '财政部昨日公布，11月出口金额达450亿美元。';
  const sentence: Sentence = { index: 0, para: 0, start: 0, end: doc.length, text: doc };
  const item = (outlet: string) => ({ id: 'i1', meta: { outlet }, url: null, title: 'x' }) as unknown as ItemRecord;
  const figures = extractFigures(doc);
  const tw = boldFigures({ item: item('經濟日報'), sentence, figures, lang: 'zh', score: 0 });
  assert.ok(tw.startsWith('台湾地区财政主管部门'), tw);
  const cn = boldFigures({ item: item('财联社'), sentence, figures, lang: 'zh', score: 0 });
  assert.ok(cn.startsWith('财政部'), cn);
});

test('regional26: Taiwan and Hong Kong words, and the short 台 before a ministry', () => {
  assert.equal(mainlandStyle('鸿图电子11月合并营收创新高'), '鸿图电子11月营收创新高');
  assert.equal(mainlandStyle('公司公开新一代机台'), '公司公开新一代设备');
  assert.equal(mainlandStyle('是次配售所得将用于研发，是轮融资由母企牵头'), '此次配售所得将用于研发，本轮融资由母公司牵头');
  assert.equal(mainlandStyle('台经济部表示'), '台湾地区经济主管部门表示');
  assert.equal(mainlandStyle('平台经济部门'), '平台经济部门');
});
