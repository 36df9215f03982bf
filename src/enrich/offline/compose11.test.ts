/**
 * The compose11 audit's fixes (issue 11): an earlier value never heads, a headline figure is named by its own clause,
 * stories of one event merge, a Chinese source's gloss names a Latin company, a time counted from an unprinted moment
 * and a bare-amount kicker lean back, a long Latin name loses its legal tail in a headline. Fixtures are hand-written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { selfContained } from '../assemble/sentence-shape.js';
import { mergeSameEvent, sameEvent } from '../same-event.js';
import { amountBasis } from './basis.js';
import { clauseStatesMetric } from './headline-guard.js';
import { glossedName, withoutLegalTail } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const t = defaultStoryTemplates();

test('an amount named as the earlier or initial one is history, wherever the change verb stands', () => {
  const en = 'The company now expects revenue to grow 5% to 6% in fiscal 2027, up from its earlier forecast of 4% to 5%.';
  assert.equal(amountBasis({ text: '4% to 5%' }, en), 'earlier');
  assert.notEqual(amountBasis({ text: '5% to 6%' }, en), 'earlier');
  const deal = 'Orders allowed the borrower to increase the deal from an initial $8 billion to $11 billion.';
  assert.equal(amountBasis({ text: '$8 billion' }, deal), 'earlier');
  assert.equal(amountBasis({ text: '120亿元' }, '公司将募资规模上调至150亿元，高于此前预期的120亿元。'), 'earlier');
  assert.equal(amountBasis({ text: '50亿元' }, '项目总投资增至80亿元，原计划的50亿元已全部到位。'), 'earlier');
  // A raise from investors is no earlier value.
  assert.equal(amountBasis({ text: '$5 billion' }, 'The startup raised $5 billion from investors led by a sovereign fund.'), undefined);
});

test('a headline figure must be named by its own clause: a label the clause does not state is no headline', () => {
  const zh = '公司拟定增募资不超过40亿元，扣除发行费用后拟投入产线项目25亿元，其余8亿元补充流动资金。';
  assert.equal(clauseStatesMetric('capex', zh, '8亿元', t), false);
  assert.equal(clauseStatesMetric('capex', '公司今年资本开支预计为120亿元。', '120亿元', t), true);
  assert.equal(clauseStatesMetric('funding', zh, '不超过40亿元', t), true);
  const en = 'The company now expects revenue to grow 5% to 6% in fiscal 2027, up from its earlier forecast of 4% to 5%.';
  assert.equal(clauseStatesMetric('revenue-growth', en, '5% to 6%', t), true);
  assert.equal(clauseStatesMetric('contract', 'Net revenue rose 9% to $4.4 billion in the quarter.', '$4.4 billion', t), false);
  // A relative clause between the word and the figure does not unname it; another amount between them does.
  const rel = 'Sales in the fiscal third quarter, which ends Oct. 25, will be about $61 billion, plus or minus 2%.';
  assert.equal(clauseStatesMetric('revenue', rel, 'about $61 billion', t), true);
});

function zhipuBundle(id: string, title: string, text: string, claimOf: 'funding' | 'valuation', date = '2026-09-15') {
  return makeBundle({
    id,
    items: [{ title, text, url: `https://example.cn/${id}`, date }],
    claims: (items: ItemRecord[], figs) => {
      const it = items[0] as ItemRecord;
      return [single('Zhipu AI', claimOf, 'unknown', [statement(it, figs[it.id] ?? [], 1e9 * 1.4)])];
    },
    attributions: [],
  });
}

test('two stories of one company’s same event on one day are one story; other news of it stays apart', () => {
  const a = zhipuBundle('st_a', '智谱完成约14亿元新一轮融资', '智谱已完成新一轮约14亿元融资，由某产业基金领投。', 'funding');
  // The other report's body was filed under another measure: its title headlines the same amount.
  const b = zhipuBundle('st_b', '智谱又融了14亿元，新模型同步开源', '14亿元，某产业基金领投，投后估值来到300亿元。', 'valuation');
  assert.ok(sameEvent(a, b));
  const merged = mergeSameEvent([a, b]);
  assert.equal(merged.length, 1);
  assert.deepEqual(
    merged[0]?.items.map((i) => i.title),
    ['智谱完成约14亿元新一轮融资', '智谱又融了14亿元，新模型同步开源'],
  );
  // A story that states the amount only as background (its own news is another) stays apart.
  const c = zhipuBundle('st_c', '智谱发布新模型，API价格下调五成', '智谱发布新模型，此前已完成约14亿元融资。', 'funding');
  assert.ok(!sameEvent(a, c));
  assert.equal(mergeSameEvent([a, c]).length, 2);
});

test('a Latin name is written as a Chinese source of the story glosses it, today’s or an earlier day’s', () => {
  const b = makeBundle({
    id: 'st_g',
    items: [
      {
        title: 'Yunlan Compute prices IPO at top of range',
        text: 'Yunlan Compute priced its IPO.',
        url: 'https://example.com/1',
        date: '2026-09-16',
      },
    ],
  });
  const zh = makeBundle({
    id: 'st_h',
    items: [
      {
        title: '云岚智算今起招股',
        text: '国产AI算力服务商云岚智算（Yunlan Compute）今日起招股，拟募资最多40亿港元。',
        url: 'https://example.cn/2',
        date: '2026-09-15',
      },
    ],
  });
  const en: ItemRecord[] = b.items.map((i) => ({ ...i, lang: 'en' as const }));
  assert.equal(glossedName('Yunlan Compute', { items: en }), undefined);
  assert.equal(glossedName('Yunlan Compute', { items: en, earlier: [{ day: '2026-09-15', items: zh.items }] }), '云岚智算');
});

test('a time counted from an unnamed moment and a bare-amount kicker lean on the sentence before', () => {
  assert.equal(selfContained('一年多以后，这家芯片商成了它唯一的加速卡供应商。'), false);
  assert.equal(selfContained('三个月后，公司又完成了一轮融资。'), false);
  assert.equal(selfContained('Two years later, the chipmaker became its only supplier.'), false);
  assert.equal(selfContained('14亿元，某产业基金领投，投后估值来到300亿元。'), false);
  assert.equal(selfContained('2025年6月，某芯片商领投其B轮融资。'), true);
  assert.equal(selfContained('2030年后，某芯片商计划将产能翻倍。'), true);
});

test('a long Latin name loses its legal or vehicle tail only', () => {
  assert.equal(withoutLegalTail('Lakeshore Compute Holdings'), 'Lakeshore Compute');
  assert.equal(withoutLegalTail('Prairie Compute Funding LLC'), 'Prairie Compute');
  assert.equal(withoutLegalTail('Nvidia'), 'Nvidia');
  assert.equal(withoutLegalTail('AB Holdings'), 'AB Holdings');
});
