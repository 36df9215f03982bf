/**
 * Decision 184: an index's or a stock group's move in a market wrap is the market's, never the company named after it
 * in the sentence (`the Nikkei share average fell 2.1%, dragged by X` gave 2.1% to X). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function owners(text: string): string[] {
  return extract(text, { date: '2026-12-09', lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'percent')
    .map((f) => `${f.text}|${f.subject ?? ''}`);
}

test('an index a wire names its own way moves for itself, not for the company dragging it', () => {
  assert.deepEqual(owners("Japan's Nikkei share average fell 1.9%, dragged by Advantest, which lost 5.2%."), ['1.9%|', '5.2%|Advantest']);
  assert.deepEqual(owners('The Philadelphia chip index dropped 3.1%, led lower by Nvidia.'), ['3.1%|']);
  assert.deepEqual(owners("Taiwan's Taiex lost 1.4% as TSMC shares fell 2.2%."), ['1.4%|', '2.2%|TSMC']);
});

test("a group of stocks moving is the market's move; the company named after it keeps its own", () => {
  assert.deepEqual(owners('Semiconductor stocks fell 2.6% on Tuesday, with Intel down 4.1%.'), ['2.6%|', '4.1%|Intel']);
});
