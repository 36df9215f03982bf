/**
 * Decision 188: a feature's title telling no news (`…：一家视觉公司的十年`) is headed by the story's lead fact; a name
 * the story writes once after its descriptor heads it, not the descriptor; a Taiwan-press title's effect clause is said
 * as the cause it is (`受…冲击`), never a comma fragment. Fixtures written for this test: test/fixtures/heads45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('heads45');

const headOf = (md: string) => /^## (.+)$/mu.exec(md)?.[1] ?? '';

test('a title telling no news is headed by the lead fact', async () => {
  const head = headOf(await day('idle', '2026-12-04'));
  assert.doesNotMatch(head, /十年/u, head);
  assert.match(head, /青岚视觉.*6亿元/u, head);
});

test('a name written once after its descriptor heads the story, not the descriptor', async () => {
  const head = headOf(await day('once', '2026-12-04'));
  assert.match(head, /^青岚视觉融资6亿元/u, head);
});

test('a head’s effect clause is said as its cause', async () => {
  const head = headOf(await day('fragment', '2026-12-04'));
  assert.match(head, /，受存储涨价冲击，/u, head);
});
