import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { breakLongRuns } from './breaks.js';

const runs = (t: string) => t.split(/[\n。！？!?；]|\.(?=\s)/);

test('prose under the limit is returned unchanged', () => {
  const prose = 'Nvidia rose 5%. Shares fell.\n\n英伟达发布财报。营收增长62%。';
  assert.equal(breakLongRuns(prose, 200), prose);
  assert.equal(breakLongRuns(prose.repeat(100), 200), prose.repeat(100));
});

test('a long line of figures is cut at spaces (offsets kept), CJK after commas, and a run with neither at the limit', () => {
  const en = 'Revenue rose 5%, margin 6%, cost 7% and tax 8%,'.repeat(100);
  const out = breakLongRuns(en, 300);
  assert.equal(out.length, en.length);
  assert.equal(out.replace(/\n/g, ' '), en);
  assert.ok(runs(out).every((r) => r.length <= 300));
  const zh = '营收增长5%，利润率6%，成本7%，税8%，'.repeat(200);
  const z = breakLongRuns(zh, 300);
  assert.equal(z.replace(/\n/g, ''), zh);
  assert.ok(runs(z).every((r) => r.length <= 300));
  assert.ok(
    z
      .split('\n')
      .slice(0, -1)
      .every((l) => l.endsWith('，')),
  );
  const solid = 'x'.repeat(1000);
  assert.deepEqual(
    breakLongRuns(solid, 300)
      .split('\n')
      .map((l) => l.length),
    [300, 300, 300, 100],
  );
});

test('property: every run is within the limit and only line breaks are added or swapped for spaces', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[a 。,，\n.5%]{0,60}$|^[ab ,，5%]{0,1500}$|^[ab。]{0,1500}$/),
      fc.integer({ min: 200, max: 300 }),
      (text, max) => {
        const out = breakLongRuns(text, max);
        assert.ok(runs(out).every((r) => r.length <= max));
        assert.equal(out.replace(/[\n ]/g, ''), text.replace(/[\n ]/g, ''));
      },
    ),
  );
});
