import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOALS_PREFIX, goalsTable, splitGoals } from '../../bench/goals.js';

test("a child benchmark's goals line is split from its Markdown", () => {
  const goals = [{ what: 'a day over 200,000 vs 20,000 items (CPU)', measured: '1.06×', goal: 'within 1.2×', met: true }];
  const out = `## Day\n\n| a | b |\n|---|---|\n\n${GOALS_PREFIX}${JSON.stringify(goals)}\n`;
  const r = splitGoals(out);
  assert.equal(r.md, '## Day\n\n| a | b |\n|---|---|');
  assert.deepEqual(r.goals, goals);
});

test('output without a goals line keeps all its Markdown and has no goals', () => {
  const r = splitGoals('## Search\n\nGOALS are words here, not a line prefix\n| x |\n');
  assert.equal(r.md, '## Search\n\nGOALS are words here, not a line prefix\n| x |');
  assert.deepEqual(r.goals, []);
});

test('the summary marks a missed goal in bold and a met one plainly', () => {
  const table = goalsTable([
    { what: 'pipeline, wall', measured: '28.6 s', goal: '< 30 s', met: true },
    { what: 'its peak RSS', measured: '431 MB', goal: '< 400 MB', met: false },
  ]);
  const rows = table.split('\n');
  assert.equal(rows.length, 4);
  assert.equal(rows[2], '| pipeline, wall | 28.6 s | < 30 s | met |');
  assert.equal(rows[3], '| its peak RSS | 431 MB | < 400 MB | **missed** |');
});
