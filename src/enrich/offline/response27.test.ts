/**
 * A rumoured figure is printed with the company's answer its story's sources carry (issue 11, docs/decisions/067):
 * 据知情人士透露… goes with …，公司回应称… / 公司否认…. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { responseSentence } from './dispute.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('answers: a denial, a response, no comment; not a plain report', () => {
  assert.equal(responseSentence('对此，北风系统回应称，公司目前没有新的融资计划。'), true);
  assert.equal(responseSentence('北风系统否认了上述报道。'), true);
  assert.equal(responseSentence('Northwind Systems declined to comment on the report.'), true);
  assert.equal(responseSentence('北风系统今年营收增长30%。'), false);
});

test('a rumoured round in the lead is printed with the company’s response from the same sources', async () => {
  const text = [
    '据知情人士透露，星岚智能正在与多家投资机构洽谈新一轮融资，融资规模约为15亿元，投后估值有望超过120亿元。',
    '星岚智能成立于2021年，主要研发工业视觉检测系统，客户覆盖汽车和消费电子行业。',
    '公司去年推出的第三代检测设备已进入多家头部车企的供应链。',
    '该公司的产品线还包括用于锂电池生产的缺陷检测模块。',
    '对此，星岚智能相关负责人回应称，公司经营一切正常，目前不对市场传闻作评论。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_rumour_answer',
    items: [{ title: '星岚智能洽谈新一轮融资，规模约15亿元', url: 'https://www.jiemian.com/article/1.html', date: '2026-11-12', text }],
    attributions: [
      { value: 1.5e9, subject: '星岚智能', metric: 'funding' },
      { value: 1.2e10, subject: '星岚智能', metric: 'valuation' },
    ],
    claims: (items, figs) => {
      const it = items[0] as (typeof items)[number];
      const f = figs[it.id] ?? [];
      return [single('星岚智能', 'funding', 'unknown', [statement(it, f, 1.5e9)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n');
  assert.match(body, /15亿元/, body);
  assert.match(body, /回应称/, body);
});

test('no answer is no answer: 截至发稿…未回应 and 未回应 are never printed as the company’s answer', () => {
  assert.equal(responseSentence('截至发稿，北风系统未回应记者的置评请求。'), false);
  assert.equal(responseSentence('北风系统尚未回应上述报道。'), false);
  assert.equal(responseSentence('北风系统对此不予置评。'), true);
});
