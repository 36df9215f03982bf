/**
 * Issue 11 (docs/decisions/083): a price that includes payments due only on later milestones or targets is another
 * basis than the up-front price, however the outlet words the contingency (milestone-based, tied to performance
 * targets, 与业绩挂钩, 取决于未来业绩, 或有付款); a real dispute of one price stays drawn. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteerEntries } from '../data-files.js';
import { contingentClause } from './dispute.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

function lines(texts: [string, string][], values: number[]): string[] {
  const reports = texts.map(([outlet, text]) => ({ outlet, text }));
  const bundle = conflictedClaimBundle({ id: 'st_days30', metric: 'acquisition', path: 'tech', date: '2026-11-20', reports, values });
  return conflictSentences(bundle, dir);
}

test('contingent payments however worded make a price another basis than the up-front one', () => {
  for (const [sentence, text] of [
    ['The deal is valued at $4 billion, including milestone-based payments.', '$4 billion'],
    ['Northwind will pay $4 billion, depending on whether performance targets are met.', '$4 billion'],
    ['Northwind will pay $4 billion, with part of the price tied to revenue milestones.', '$4 billion'],
    ['The consideration of $4 billion includes potential future payments.', '$4 billion'],
    ['交易总对价为40亿美元，含与业绩挂钩的付款。', '40亿美元'],
    ['北风系统拟以40亿美元收购湖畔数据，其中8亿美元取决于未来业绩。', '40亿美元'],
    ['北风系统拟以40亿美元收购湖畔数据，含8亿美元或有付款。', '40亿美元'],
  ] as const) {
    assert.equal(contingentClause(sentence, text), true, sentence);
  }
  // An outlook word is no contingency (或有望), nor is the base price before payments added on top.
  assert.equal(contingentClause('北风系统以32亿美元收购湖畔数据，交易或有望年内完成。', '32亿美元'), false);
  assert.equal(
    contingentClause('Northwind will pay $3.2 billion upfront, plus up to $800 million tied to revenue milestones.', '$3.2 billion'),
    false,
  );
});

test('an up-front price against the price with milestone payments: no dispute; two up-front prices: a dispute', () => {
  const none = lines(
    [
      ['reuters.com', 'Northwind Systems agreed to buy Lakeside Data for $3.2 billion.'],
      ['yicai.com', '北风系统收购湖畔数据的交易对价为40亿美元，含与业绩挂钩的付款。'],
    ],
    [3.2e9, 4e9],
  );
  assert.deepEqual(none, []);
  const [line] = lines(
    [
      ['reuters.com', 'Northwind Systems agreed to buy Lakeside Data for $3.2 billion.'],
      ['yicai.com', '北风系统以40亿美元收购湖畔数据。'],
    ],
    [3.2e9, 4e9],
  );
  assert.match(line ?? '', /32亿美元/);
  assert.match(line ?? '', /40亿美元/);
});
