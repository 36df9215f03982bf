/**
 * Decision 105: a results story's second fact — the comparison with estimates said of a growth rate too, the estimate
 * never read as the company's raised forecast.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zhSentences } from '../../../test/support/figures.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, Figure } from '../../types/index.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { withEstimates } from './compose.js';
import { estimateValue, ownEstimate, reachedEstimateClause } from './estimates.js';
import { withoutDanglingConnective } from './event-clause.js';
import { defaultStoryTemplates } from './story-templates.js';

const fig = (sentence: string, text: string): Figure => {
  const f = extractFigures(sentence).find((x) => x.text === text);
  assert.ok(f, `no figure ${text} in ${sentence}`);
  return f;
};
const claim = (metric: string): Claim =>
  ({ subject: 'Norlund Systems', metric, period: '2026Q3', statements: [], conflict: false }) as unknown as Claim;

const RATE = "The company's quarterly revenue rose 4% to $8.2 billion, above estimates of $8.05 billion, according to LSEG data.";

test('a growth rate says the beat of the amount it reached when the amount is not printed beside it', () => {
  const t = defaultStoryTemplates();
  const rate = fig(RATE, '4%');
  assert.equal(reachedEstimateClause(RATE, rate, t)?.word, '高于市场预期');
  assert.equal(
    withEstimates('Norlund Systems 2026年第三季度营收增长4%。', { claim: claim('revenue-growth'), figure: rate, sentence: RATE }, t),
    'Norlund Systems 2026年第三季度营收增长4%，高于市场预期。',
  );
  // The amount printed beside the rate takes the comparison with its estimate (its own fact does): not said twice.
  const merged = 'Norlund Systems 2026年第三季度营收增长4%至82亿美元。';
  assert.equal(withEstimates(merged, { claim: claim('revenue-growth'), figure: rate, sentence: RATE }, t), merged);
  // A rate that reached no amount compared with estimates says nothing of them.
  const plain = 'Revenue rose 4% to $8.2 billion, and the company hired 300 engineers.';
  assert.equal(reachedEstimateClause(plain, fig(plain, '4%'), t), undefined);
});

test('the estimate a figure is set against is no value of the company’s', () => {
  assert.equal(estimateValue(RATE, '$8.05 billion'), true);
  assert.equal(estimateValue(RATE, '$8.2 billion'), false);
  const avg = 'Net profit rose 8.6% to 41.20 billion rupees, beating analysts’ average estimate of 39.90 billion rupees.';
  assert.equal(estimateValue(avg, '39.90 billion rupees'), true);
  assert.equal(estimateValue(avg, '41.20 billion rupees'), false);
  const guide = 'It now expects annual revenue of $33 billion, up from its earlier forecast of $32 billion.';
  assert.equal(estimateValue(guide, '$33 billion'), false);
});

test('a broker’s own estimate beaten is read with its figure', () => {
  const s = 'Revenue was in line, but EBIT margin of 18.9% came in above our 18.2% estimate on better utilisation.';
  const vs = ownEstimate(s, fig(s, '18.9%'));
  assert.equal(vs?.side, 'above');
  assert.equal(vs?.estimate?.text, '18.2%');
  assert.equal(estimateValue(s, '18.2%'), true);
  // The market's estimate (no `our`) is not the broker's.
  const market = 'EBIT margin of 18.9% came in above estimates.';
  assert.equal(ownEstimate(market, fig(market, '18.9%')), undefined);
});

const zh = zhSentences('it_beat34');

test('a connective of sequence after a sentence the lead does not print goes; right after its predecessor it stays', () => {
  const s0 = zh('星岚科技第三财季营收增长12%至86亿元。', 0);
  const s2 = zh('随后，星岚科技上调全年营收指引至340亿元。', 2);
  const got = withoutDanglingConnective([s0, s2], leansOn).map((x) => x.sentence.text);
  assert.deepEqual(got, ['星岚科技第三财季营收增长12%至86亿元。', '星岚科技上调全年营收指引至340亿元。']);
  // Right after the sentence it follows in its source, the connective reads as written.
  const s1 = zh('公司当季新签大额订单31亿元。', 1);
  assert.deepEqual(
    withoutDanglingConnective([s0, s1, s2], leansOn).map((x) => x.sentence.text),
    [s0, s1, s2].map((x) => x.sentence.text),
  );
  // What still leans on the dropped sentence once the connective is gone is dropped with it.
  const s3 = zh('随后，该数字又上调至35亿元。', 3);
  assert.deepEqual(
    withoutDanglingConnective([s0, s3], leansOn).map((x) => x.sentence.text),
    [s0.sentence.text],
  );
});
