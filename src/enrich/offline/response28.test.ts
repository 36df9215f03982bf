/**
 * A plan told on another outlet's report is printed with the company's answer its story's sources carry, like a rumour
 * (issue 11, decision 071): 据彭博社报道，…计划投资… goes with another outlet's …回应称，公司目前没有该项投资计划. Items
 * written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { relayedPlan } from './dispute.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('a plan on another outlet’s report; not a report of a result, nor a plan told by the company', () => {
  assert.equal(relayedPlan('据彭博社报道，北风系统计划投资150亿元在成都建设先进封装基地。'), true);
  assert.equal(relayedPlan('Northwind Systems plans to invest 15 billion yuan in a packaging plant, Bloomberg News reported.'), true);
  assert.equal(relayedPlan('据路透社报道，北风系统第三季度营收同比增长18%。'), false);
  assert.equal(relayedPlan('北风系统公告称，公司拟投资150亿元建设先进封装基地。'), false);
});

test('a reported plan in the lead is printed with the company’s denial from another outlet of the story', async () => {
  const b = makeBundle({
    id: 'st_relayed_answer',
    items: [
      {
        title: '北风系统被曝拟投资150亿元建设封装基地',
        url: 'https://www.yicai.com/news/1.html',
        date: '2026-11-12',
        text: [
          '据彭博社报道，北风系统计划投资150亿元在成都建设先进封装基地，项目一期最快明年动工。',
          '该报道称，北风系统正与地方政府商谈土地和税收优惠。',
        ].join('\n\n'),
      },
      {
        title: '北风系统回应投资传闻',
        url: 'https://www.stcn.com/article/detail/2.html',
        date: '2026-11-12',
        text: [
          '针对媒体报道的先进封装基地投资计划，北风系统相关负责人回应称，公司目前没有该项投资计划，一切以公司公告为准。',
          '北风系统表示，公司今年的资本开支仍将维持在年初披露的约40亿元水平。',
        ].join('\n\n'),
      },
    ],
    attributions: [{ value: 1.5e10, subject: '北风系统', metric: 'capex' }],
    claims: (items, figs) => {
      const it = items[0] as (typeof items)[number];
      return [single('北风系统', 'capex', 'unknown', [statement(it, figs[it.id] ?? [], 1.5e10)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n');
  assert.match(body, /150亿元/, body);
  assert.match(body, /回应称，公司目前没有该项投资计划/, body);
});

test('a figure a report says could be reached is answered too; a company planning to report results is no reported plan', () => {
  assert.equal(relayedPlan('据媒体此前报道，北风系统本轮融资规模或达20亿美元。'), true);
  assert.equal(relayedPlan('Northwind Systems plans to report third-quarter results on Thursday.'), false);
});
