/**
 * Decisions 127 and 131: a built head of a monthly flow keeps the month its sentence names (澄芯科技8月营收…); a point figure
 * (a backlog, a valuation) and a month the sentence does not name print none. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import { claimHeadline } from './compose.js';
import { storyFacts } from './facts.js';
import { monthZh, reportedMonth } from './month-figure.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

test('a monthly revenue, deliveries or profit keeps its month (Chinese and English)', () => {
  assert.equal(monthZh(reportedMonth('2026-08', '澄芯科技昨日公布8月营收新台币318.6亿元，环比增长2.3%。')), '8月');
  assert.equal(monthZh(reportedMonth('2026-10', '蓝岸电子十月份合并营收为新台币95亿元。')), '10月');
  assert.equal(monthZh(reportedMonth('2026-08', 'Corvane said August revenue rose 12% to NT$41.2 billion.')), '8月');
});

test('a point figure, a balance, a cumulative or a guessed month prints none', () => {
  assert.equal(monthZh(reportedMonth('2026-09', '澄芯科技9月完成新一轮融资，估值约200亿元。')), undefined);
  assert.equal(monthZh(reportedMonth('2026-09', '截至9月底，公司在手订单约1300亿元。')), undefined);
  assert.equal(monthZh(reportedMonth('2026-08', '前8月累计营收新台币3980亿元。')), undefined);
  assert.equal(monthZh(reportedMonth('2026-08', '公司上周公布营收新台币512亿元。')), undefined);
  assert.equal(monthZh(reportedMonth('2026', '公司8月营收新台币512亿元。')), undefined);
});

test('a built head of a monthly revenue says its month; a backlog at a month end says none', () => {
  const gaz = loadGazetteer();
  const heads = (text: string, claim: [string, string, string, number]) => {
    const b = oneItemStory({ title: '澄芯科技公告', text, url: 'https://www.cls.cn/detail/7100009', date: '2026-09-12' }, [claim]);
    return storyFacts(b).map((f) => claimHeadline(f, b, { dir: entityDirectory(gaz.entries), gaz, templates: defaultStoryTemplates() }));
  };
  assert.deepEqual(heads('澄芯科技昨日公布8月营收318.6亿元，环比增长2.3%。', ['澄芯科技', 'revenue', '2026-08', 318.6e8]), [
    '澄芯科技8月营收318.6亿元',
  ]);
  assert.deepEqual(heads('截至8月底，澄芯科技在手订单约1300亿元。', ['澄芯科技', 'orders', '2026-08', 1300e8]), [
    '澄芯科技在手订单约1300亿元',
  ]);
});
