/**
 * A percent that sizes a change ('by about 40%') and a percent estimate set against a figure ('below consensus of 8%'),
 * on sentences written for this test (not taken from any labelled batch).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const DATE = '2026-02-10';

const CASES: [string, string, string | undefined][] = [
  // 'by' sizes a change: a price cut keeps 'price', a cost cut 'cost', anything else is plain growth
  ['Streamly, which cut the price of its ad-free plan by about 40%, still lost subscribers.', 'about 40%', 'price'],
  ['Kestrel raised its rental prices by as much as 15% in March.', 'as much as 15%', 'price'],
  ['The company reduced its workforce by 10% this year.', '10%', 'growth'],
  // …but not the agent of a passive
  ['The proposal was backed by about 60% of shareholders.', 'about 60%', undefined],
  // a percent estimate measures what the percent it is set against measures
  ['Halden guided third-quarter revenue up 4% to 6% sequentially, below consensus of 8%.', '8%', 'revenue-growth'],
  ['云帆科技三季度营收同比增长12%，高于市场预期的10%。', '10%', 'revenue-growth'],
];

for (const [sentence, surface, metric] of CASES) {
  test(`change size: ${surface} in "${sentence.slice(0, 40)}…" → ${metric}`, () => {
    const f = extract(sentence, { date: DATE }, gaz).figures.find((x) => x.text === surface);
    assert.ok(f, `no figure ${surface}`);
    assert.equal(f.metric, metric);
  });
}

/** Money that buys a company's shares, and money a cloud puts in rather than receives. */
const INVESTMENTS: [string, string, string][] = [
  ['Four cornerstone investors agreed to buy $240 million of stock in the listing.', '$240 million', 'investment'],
  ["Temasek agreed to buy $80 million of the company's shares.", '$80 million', 'investment'],
  ['Dell agreed to buy $5 billion of Nvidia chips.', '$5 billion', 'contract'],
  ['基石投资者中，中国电信旗下天翼云认购3000万美元。', '3000万美元', 'investment'],
  ['OpenAI has committed $180 billion to Microsoft Azure.', '$180 billion', 'contract'],
];

for (const [sentence, surface, metric] of INVESTMENTS) {
  test(`investment: ${surface} in "${sentence.slice(0, 40)}…" → ${metric}`, () => {
    const f = extract(sentence, { date: DATE }, gaz).figures.find((x) => x.text === surface);
    assert.ok(f, `no figure ${surface}`);
    assert.equal(f.metric, metric);
  });
}
