/**
 * Decision 159: a place before a title's colon is the actor of what follows and stays in the head (whose subsidy), and
 * a listed company is headed by its name, not its exchange's tag. Fixtures written for this test: test/fixtures/heads41.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('heads41');

const headOf = (md: string) => /^## (.+)$/mu.exec(md)?.[1] ?? '';

test('a city before the colon heads its subsidy: the head says whose', async () => {
  const head = headOf(await day('city-kicker', '2026-12-02'));
  assert.match(head, /^深圳/u, head);
  assert.match(head, /2000万元/u, head);
});

test('a listed company is headed without its exchange tag', async () => {
  const md = await day('listing-tag', '2026-12-02');
  const head = headOf(md);
  assert.match(head, /^岚峰智能/u, head);
  assert.doesNotMatch(head, /-W|02718/u, head);
});
