/**
 * An equity round is a raise (decision 078): 股权融资 / 股權融資 / equity financing name the round, not a stake, so an
 * outlet's 约200亿美元的股权融资 and another's raise of $18 billion are one claim, disputed. The stake a figure buys stays
 * a stake. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const DATE = '2026-11-12';

const metricOf = (sentence: string, surface: string) =>
  extract(sentence, { date: DATE }, gaz).figures.find((f) => f.text.includes(surface))?.metric;

test('an equity round is a raise, in Chinese and in English', () => {
  assert.equal(metricOf('据知情人士透露，北风系统正接近完成新一轮约200亿美元的股权融资，投后估值约2300亿美元。', '200亿'), 'funding');
  assert.equal(metricOf('北風系統完成新一輪50億元股權融資。', '50億'), 'funding');
  assert.equal(metricOf('Northwind Systems completed a $2 billion equity financing led by sovereign funds.', '$2 billion'), 'funding');
});

test('a stake stays a stake, and money for one stays an investment', () => {
  assert.equal(metricOf('北风系统持有康拓软件约8%的股权。', '8%'), 'stake');
  assert.equal(metricOf('北风系统斥资5亿美元收购康拓软件20%股权。', '20%'), 'stake');
});
