/** The ranker study's pieces: candidate features on sentences written for them, and the conditional-logit fit. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, loadGazetteer } from '../../index.js';
import { SUBJECT_FEATURES, subjectChoices } from './features.js';
import { METRIC_FEATURES, metricChoices } from './metric-features.js';
import { fit, type Labelled, loss, rank } from './model.js';

const gaz = loadGazetteer();
const f = (name: string): number => SUBJECT_FEATURES.indexOf(name as (typeof SUBJECT_FEATURES)[number]);

function choicesOf(text: string) {
  const { figures, entities } = extract(text, { date: '2026-05-04' }, gaz);
  return { figures, choices: subjectChoices(text, figures, entities, gaz) };
}

test('subject rows: the payer before the verb, the receiver after a marker', () => {
  const { choices } = choicesOf('Microsoft will invest $3 billion in Anthropic over two years.');
  const c = choices[0]!;
  assert.equal(c.rule, 'Microsoft');
  const ms = c.rows.find((r) => r.name === 'Microsoft')!;
  const an = c.rows.find((r) => r.name === 'Anthropic')!;
  assert.equal(ms.x[f('before')], 1);
  assert.equal(ms.x[f('clauseSubject')], 1);
  assert.equal(ms.x[f('rule')], 1);
  assert.equal(an.x[f('after')], 1);
  assert.equal(an.x[f('objectMarked')], 1);
  assert.equal(an.x[f('payerObject')], 1);
  assert.equal(c.ruleSure, true);
});

test('subject rows: an agent after the receiver (获 … 领投) and a joint list with a combine word', () => {
  const { choices } = choicesOf('智谱获腾讯投资5亿美元。阿里巴巴和腾讯合计投资4亿美元。');
  const tencent = choices[0]!.rows.find((r) => r.name === 'Tencent')!;
  assert.equal(tencent.x[f('agentMarked')], 1);
  assert.equal(choices[0]!.rows.find((r) => r.name === 'Zhipu AI')?.x[f('firstInSentence')], 1);
  const joint = choices.find((c) => c.rows.some((r) => r.x[f('joint')] === 1))!;
  const row = joint.rows.find((r) => r.x[f('joint')] === 1)!;
  assert.match(row.name, /Alibaba/);
  assert.equal(row.x[f('jointCombineCue')], 1);
});

test('subject rows: a sentence naming no one offers the previous sentence’s subject and the main company', () => {
  const text = 'Oracle sold bonds this week.\nThe company raised $18 billion, people said.';
  const { choices } = choicesOf(text);
  const c = choices.find((x) => x.rows.length)!;
  const oracle = c.rows.find((r) => r.name === 'Oracle')!;
  assert.equal(oracle.x[f('prevSentence')] || oracle.x[f('virtualMain')], 1);
  assert.equal(c.ruleSure, false);
});

test('metric rows: keywords of the clause, before and after, with a blocking figure', () => {
  const text = '英伟达第一季度营收为440亿美元，净利润为188亿美元。';
  const { figures } = extract(text, { date: '2026-05-04' }, gaz);
  const choices = metricChoices(text, figures);
  assert.equal(choices.length, 2);
  const second = choices[1]!;
  const k = (n: string) => METRIC_FEATURES.indexOf(n as (typeof METRIC_FEATURES)[number]);
  const profit = second.rows.find((r) => r.name === 'profit' && r.x[k('inClause')] === 1)!;
  const revenue = second.rows.find((r) => r.name === 'revenue')!;
  assert.equal(profit.x[k('nearestBefore')], 1);
  assert.equal(revenue.x[k('blocked')], 1);
  assert.equal(second.rule, 'profit');
});

test('fit: learns which feature marks the right candidate, and ranks unseen choices by it', () => {
  const features = ['marked', 'near', 'noise'];
  // The right row is 'marked'; 'near' points the wrong way half the time; 'noise' is uncorrelated.
  const data: Labelled[] = [];
  for (let i = 0; i < 40; i++) {
    const near = i % 2;
    data.push({
      rows: [
        { name: 'A', x: [1, near, (i * 7) % 3 === 0 ? 1 : 0] },
        { name: 'B', x: [0, 1 - near, (i * 5) % 3 === 0 ? 1 : 0] },
      ],
      positive: [true, false],
    });
  }
  const model = fit(features, data, { l2: 0.001, iterations: 500 });
  assert.ok(model.weights[0]! > 1, `weight of the marking feature ${model.weights[0]}`);
  assert.ok(Math.abs(model.weights[1]!) < model.weights[0]! / 2);
  assert.ok(loss(model, data) < 0.2);
  const ranked = rank(model, {
    rows: [
      { name: 'X', x: [0, 1, 1] },
      { name: 'Y', x: [1, 0, 0] },
    ],
  });
  assert.equal(ranked[0]!.name, 'Y');
  assert.ok(Math.abs(ranked[0]!.p + ranked[1]!.p - 1) < 1e-9);
});

test('fit: an excluded feature keeps weight 0, and rows of one name add up', () => {
  const data: Labelled[] = [
    {
      rows: [
        { name: 'A', x: [1, 1] },
        { name: 'B', x: [0, 0] },
      ],
      positive: [true, false],
    },
  ];
  const model = fit(['a', 'b'], data, { l2: 0.01, iterations: 200, exclude: ['b'] });
  assert.equal(model.weights[1], 0);
  const ranked = rank(
    { features: ['a'], weights: [0] },
    {
      rows: [
        { name: 'A', x: [0] },
        { name: 'A', x: [0] },
        { name: 'B', x: [0] },
      ],
    },
  );
  assert.deepEqual(
    ranked.map((r) => [r.name, Math.round(r.p * 3)]),
    [
      ['A', 2],
      ['B', 1],
    ],
  );
});
