/**
 * Decision 179: a broker note's old target is read from its own later sentence restating the new one. (The title-item
 * tests of 179 live in title-items.test.ts.) Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';

test("a note's later sentence restating its target gives the one it replaces", async () => {
  const { restatedFrom } = await import('./compose.js');
  const text = 'Revenue rose 18% YoY. Our new target price of HK$14.50 (previously HK$12.80) is based on 14x FY28E EPS. Maintain Buy.';
  const [target] = extractFigures('HK$14.50');
  assert.ok(target);
  assert.equal(restatedFrom(text, target)?.value, 12.8);
  // Another target (a peer's) restated: nothing.
  const [other] = extractFigures('HK$9.00');
  assert.ok(other);
  assert.equal(restatedFrom(text, other), undefined);
});
