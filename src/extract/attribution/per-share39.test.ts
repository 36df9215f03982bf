/**
 * What a per-share amount measures (decision 139): a clause naming earnings (by a verb: earned) or a dividend before a
 * per-share amount files it under that measure, not as the stock's price; an amount set against it later in the
 * sentence (the estimate, the old dividend) is the same measure; a stock's price per share stays a share price.
 * Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedSide } from '../../enrich/offline/results-head.js';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function metrics(text: string): Record<string, string | undefined> {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  const out: Record<string, string | undefined> = {};
  for (const f of extract(text, { date: '2026-10-22', lang }, gaz).figures) if (f.kind === 'money') out[f.text] = f.metric;
  return out;
}

test('earned $X per share is earnings per share, and the estimate set against it too', () => {
  const m = metrics('Talmor Networks earned $1.42 per share in the third quarter, above the $1.30 analysts had expected.');
  assert.equal(m['$1.42'], 'profit');
  assert.equal(m['$1.30'], 'profit');
  assert.equal(metrics('Excluding items, Talmor Networks earned 58 cents a share.')['58 cents'], 'profit');
  assert.equal(metrics('Talmor Networks lost 12 cents per share in the quarter.')['12 cents'], 'loss');
});

test('a dividend raised to an amount per share is the dividend, and the old amount it rose from too', () => {
  const m = metrics('Talmor Networks raised its quarterly dividend to $0.25 per share from $0.22.');
  assert.equal(m['$0.25'], 'dividend');
  assert.equal(m['$0.22'], 'dividend');
  assert.equal(metrics('Talmor Networks also raised its quarterly dividend by 10% to 65 cents a share.')['65 cents'], 'dividend');
});

test("a stock's price per share stays a share price", () => {
  assert.equal(metrics('Shares of Talmor Networks closed at $88.40 a share on Tuesday.')['$88.40'], 'share-price');
  assert.equal(metrics('Talmor Networks priced its IPO at $25 a share, the top of its range.')['$25'], 'ipo');
  // An earnings verb in another clause, with the stock's own amount between, does not reach it.
  const m = metrics('Talmor Networks earned $1.42 per share, and its stock rose to $90.10 a share.');
  assert.equal(m['$1.42'], 'profit');
  assert.equal(m['$90.10'], 'share-price');
});

test("a per-share amount's unit does not hide the estimate told after it", () => {
  assert.equal(expectedSide(' per share, above the ', ' analysts had expected'), 'above');
  assert.equal(expectedSide(' a share, below the ', ' analysts had expected'), 'below');
});
