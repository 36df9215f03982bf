/** Golden files and snapshots: one rule for every test that compares output with a reviewed file. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Compares `actual` with the golden file at `path`. Outside CI, UPDATE=1 rewrites the golden and a missing one is
 * written (and the test fails, to be reviewed); under CI a missing golden fails and UPDATE=1 is refused.
 */
export function compareGolden(actual: string, path: string, what = 'output'): void {
  if (process.env.UPDATE === '1') {
    assert.ok(!CI, 'UPDATE=1 is refused under CI=true: goldens are reviewed and rewritten on a workstation');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  } else if (!existsSync(path)) {
    if (CI) assert.fail(`golden ${path} is missing (CI=true: not written)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    assert.fail(`golden ${path} was missing and has been written; review it`);
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${what} differs from ${path}; review and rerun with UPDATE=1`);
}
