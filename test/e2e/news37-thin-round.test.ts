import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('news37');

for (const [f, d] of [['round-en','2026-12-05'],['round-zh','2026-12-05'],['state-equity','2026-12-05'],['wire-deal','2026-12-04'],['state-kr','2026-12-05']] as const) {
  test(f, async () => {
    const md = await day(f, d);
    console.log('=====', f, '\n', md.slice(md.indexOf('# ')));
    assert.ok(md);
  });
}
