/**
 * Metrics of figures in markdown tables and of investments near an asset word, on text written for this test (not
 * taken from any labelled batch).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';
import { columnHeader, inChangeColumn } from './table-column.js';

const gaz = loadGazetteer();
const DATE = '2026-02-10';

const metricOf = (text: string, surface: string): string | undefined =>
  extract(text, { date: DATE }, gaz).figures.find((f) => f.text === surface)?.metric;

const EN_TABLE = [
  'Tavolo Systems reported a solid quarter.',
  '',
  '| US$ m | 3Q26 | 2Q26 | QoQ | 3Q25 | YoY |',
  '|---|---|---|---|---|---|',
  '| Revenue | 1,284 | 1,201 | 6.9% | 1,092 | 17.6% |',
  '| Operating profit | 212 | 190 | 11.6% | 171 | 24.0% |',
  '| Gross margin | 41.2% | 40.5% | +70bp | 39.8% | +140bp |',
].join('\n');

const ZH_TABLE = [
  '瀚川电子发布三季报。',
  '',
  '| 亿元 | 2026Q3 | 同比 | 环比 |',
  '| --- | --- | --- | --- |',
  '| 营业收入 | 86.4 | 23.5% | 4.2% |',
  '| 归母净利润 | 9.8 | 31.0% | -2.6% |',
  '| 毛利率 | 28.7% | 1.1个百分点 | 0.4个百分点 |',
].join('\n');

test('table: the header of the column a cell stands in', () => {
  assert.equal(columnHeader(EN_TABLE, EN_TABLE.indexOf('6.9%')), 'QoQ');
  assert.equal(columnHeader(EN_TABLE, EN_TABLE.indexOf('17.6%')), 'YoY');
  assert.equal(columnHeader(ZH_TABLE, ZH_TABLE.indexOf('23.5%')), '同比');
  assert.equal(columnHeader(EN_TABLE, EN_TABLE.indexOf('reported')), undefined);
  assert.equal(inChangeColumn(EN_TABLE, EN_TABLE.indexOf('41.2%')), false);
  assert.equal(inChangeColumn(ZH_TABLE, ZH_TABLE.indexOf('-2.6%')), true);
});

test('table: a percent in a YoY / QoQ column is a change of its row, never of the next row', () => {
  assert.equal(metricOf(EN_TABLE, '6.9%'), 'revenue-growth');
  assert.equal(metricOf(EN_TABLE, '17.6%'), 'revenue-growth');
  assert.equal(metricOf(EN_TABLE, '24.0%'), 'profit-growth');
  assert.equal(metricOf(EN_TABLE, '41.2%'), 'margin');
});

test('table: 同比 / 环比 columns of a Chinese results table', () => {
  assert.equal(metricOf(ZH_TABLE, '23.5%'), 'revenue-growth');
  assert.equal(metricOf(ZH_TABLE, '4.2%'), 'revenue-growth');
  assert.equal(metricOf(ZH_TABLE, '31.0%'), 'profit-growth');
  assert.equal(metricOf(ZH_TABLE, '28.7%'), 'margin');
});

/** Investments near a data-centre or grid word: capex only when the money builds the investor's own assets. */
const OWN_ASSETS: [string, string, string][] = [
  // its own data centres: capex
  ['Amazon will invest $20 billion in Pennsylvania to expand its data center infrastructure.', '$20 billion', 'capex'],
  ['腾讯将投资100亿元建设华东数据中心。', '100亿元', 'capex'],
  // the asset word names the company receiving the money: an investment
  ['Nvidia led a $500 million investment in the data center startup.', '$500 million', 'investment'],
  ['Lumio, the grid software developer in which Siemens invested $150 million last year, is hiring.', '$150 million', 'investment'],
  ['联想向一家数据中心运营商投资20亿元。', '20亿元', 'investment'],
  // an investor puts money into others' assets
  ['Blackstone said it would invest $25 billion in data centers and energy infrastructure in Pennsylvania.', '$25 billion', 'investment'],
];

for (const [text, surface, metric] of OWN_ASSETS) {
  test(`own assets: ${surface} in "${text.slice(0, 40)}…" → ${metric}`, () => {
    assert.equal(metricOf(text, surface), metric);
  });
}

test('table: a change row measures the row above it (a forecast table with a YoY line under each metric)', () => {
  const en = [
    'Our forecasts for Tavolo Systems.',
    '',
    '| US$ m | FY25 | FY26E | FY27E |',
    '|---|---|---|---|',
    '| Revenue | 1,284 | 1,520 | 1,760 |',
    '| YoY (%) | 17.6% | 18.4% | 15.8% |',
    '| Net profit | 212 | 260 | 305 |',
    '| YoY (%) | 24.0% | 22.6% | 17.3% |',
  ].join('\n');
  assert.equal(metricOf(en, '18.4%'), 'revenue-growth');
  assert.equal(metricOf(en, '22.6%'), 'profit-growth');
  const zh = [
    '盈利预测与估值。',
    '',
    '| 百万元 | 2025A | 2026E |',
    '| --- | --- | --- |',
    '| 营业收入 | 8,640 | 10,420 |',
    '| 同比增长率（%） | 23.5% | 20.6% |',
    '| 归母净利润 | 980 | 1,250 |',
    '| 增长率(%) | 31.0% | 27.6% |',
  ].join('\n');
  assert.equal(metricOf(zh, '20.6%'), 'revenue-growth');
  assert.equal(metricOf(zh, '27.6%'), 'profit-growth');
});
