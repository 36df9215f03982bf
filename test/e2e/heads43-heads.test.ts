/**
 * Decision 174: a head naming a company cut before its kind word says the name its story writes in full, though entity
 * discovery missed it. Fixture written for this test: test/fixtures/heads43.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('heads43');

const headOf = (md: string) => /^## (.+)$/mu.exec(md)?.[1] ?? '';

test('a head’s cut company name is said as the story writes it', async () => {
  const head = headOf(await day('cut-name', '2026-12-03'));
  assert.match(head, /岭川智算/u, head);
});
