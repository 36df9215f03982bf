/**
 * Decision 167: a Chinese head of a rating kept says the target move its source states (the move is the news). Fixture
 * written for this test: test/fixtures/heads42.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('heads42');

const headOf = (md: string) => /^## (.+)$/mu.exec(md)?.[1] ?? '';

test('a note’s kept rating gives its head to the target move', async () => {
  const head = headOf(await day('kept-rating', '2026-12-02'));
  assert.match(head, /^国信证券将岳川电子目标价上调至72元/u, head);
});
