/** The compose5 audit's fixes (issue 11): currencies, company names, title measures, price targets, titles of the day. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { defaultOutlets } from '../../select/index.js';
import type { DigestStory, StoryBundle } from '../../types/index.js';
import { priceTarget, titleMetrics } from './compose.js';
import { offlineTitle } from './engine.js';
import { entityDirectory, zhName } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';
import { foreignYuan, trimTitle } from './titles.js';

const empty = { items: [], entities: {} } as unknown as StoryBundle; // only items and entities are read

test('titles: a space before a quoted phrase is a clause boundary too (寒武纪…星衍智能 “投资客户”模式…)', () => {
  const t = trimTitle('寒武纪拟6000万美元基石认购星衍智能 “投资客户”模式再引关注', defaultOutlets());
  assert.equal(t, '寒武纪拟6000万美元基石认购星衍智能');
});

test('headline currency: a title’s 元 its source states in 新台币 or 港元 names that currency', () => {
  const twd = extractFigures('核准资本预算约新台币4650亿元');
  assert.equal(foreignYuan('台积电董事会核准资本预算4650亿元', twd), '台积电董事会核准资本预算新台币4650亿元');
  const hkd = extractFigures('拟募资约58亿港元');
  assert.equal(foreignYuan('星衍智能拟募资约58亿元', hkd), '星衍智能拟募资约58亿港元');
  // Renminbi stays as written; a different amount is another figure.
  const cny = extractFigures('营业收入1128.6亿元');
  assert.equal(foreignYuan('宁德时代营收1128.6亿元', cny), '宁德时代营收1128.6亿元');
  assert.equal(foreignYuan('外资卖超286亿元', extractFigures('成交值新台币5,412.6亿元')), '外资卖超286亿元');
});

test('zhName: a well-known company with no gazetteer Chinese name takes the name media use; unknown ones stay Latin', () => {
  const dir = entityDirectory([]);
  assert.equal(zhName('Sumitomo Corp.', empty, dir), '住友商事');
  assert.equal(zhName('Samsung SDS', empty, dir), '三星SDS');
  assert.equal(zhName('Haneul AI', empty, dir), 'Haneul AI');
});

test('titleMetrics: a title’s own word for a measure (`Compute Bill`) names the commitments it totals', () => {
  const t = defaultStoryTemplates();
  assert.ok(titleMetrics("OpenAI's Compute Bill Keeps Growing, and Much of It Flows Back to Its Backers", t).has('contract'));
  assert.ok(!titleMetrics('Congress passes spending bill', t).has('contract'));
});

test('price targets: `TP Rs1,920` and 目标价…2050元 are a stock’s price target, never a company’s measure', () => {
  const fig = (s: string, text: string) => {
    const figure = extractFigures(s).find((f) => f.text.includes(text));
    assert.ok(figure, `${text} in ${s}`);
    return { figure, sentence: s };
  };
  const title = 'Infosys (INFO IN) - 2QFY27: margin beat, guide nudged up; BUY, TP Rs1,920';
  assert.ok(priceTarget(fig(title, '1,920')));
  assert.ok(priceTarget(fig('某外资券商将联发科目标价由新台币1650元调升至新台币2050元', '2050')));
  assert.ok(!priceTarget(fig("Infosys' 2QFY27 revenue of US$5.15bn was in line", '5.15')));
});

test('digest title: a story told before (listed under 更多动态) does not title the day while a fresh one remains', () => {
  const s = (headline: string, toldBefore = false) => ({ headline, ...(toldBefore ? { toldBefore } : {}) }) as DigestStory;
  assert.equal(
    offlineTitle([s('微软剩余履约义务6480亿美元'), s('英伟达上调营收指引（续报）', true), s('阿里巴巴投资月之暗面')]),
    '微软剩余履约义务6480亿美元；阿里巴巴投资月之暗面',
  );
});
