/**
 * Decision 183: a feature's investment head names the company invested in (the round its sentence tells before the
 * cheque). (The descriptor rule of 183 is covered by its unit test, heads44.test.ts.) Fixtures written for this test:
 * test/fixtures/heads44.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('heads44');

const headOf = (md: string) => /^## (.+)$/mu.exec(md)?.[1] ?? '';

test('an investment head names the investee its sentence tells', async () => {
  const head = headOf(await day('investee', '2026-12-04'));
  assert.match(head, /中国联通向青岚智算投资12亿元/u, head);
});
