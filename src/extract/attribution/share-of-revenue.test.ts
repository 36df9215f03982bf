/**
 * labels32 (decision 095): a percentage of a company's revenue (收入占比, `62% of revenue`) is a share of a total —
 * never its market share nor a growth rate. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const metricOf = (s: string, text: string) => extract(s, { date: '2026-11-20' }, gaz).figures.find((f) => f.text === text)?.metric;

test('a share of revenue is no market share nor growth, in Chinese and English', () => {
  assert.equal(metricOf('澜科海外收入占比达到38%，同比提升6个百分点。', '38%'), undefined);
  assert.equal(metricOf('澜科AI业务营收占比升至41%。', '41%'), undefined);
  assert.equal(metricOf('Corvane said data-center sales rose to 62% of revenue.', '62%'), undefined);
  // A market share stays one.
  assert.equal(metricOf('澜科在国内云市场的份额占比达到18%。', '18%'), 'market-share');
  assert.equal(metricOf('澜科国内AI芯片市场占比为18%。', '18%'), 'market-share');
  assert.equal(metricOf('Corvane’s market share rose to 18%.', '18%'), 'market-share');
});
