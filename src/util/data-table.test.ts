import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { DATA_DIR, DataTableError, loadDataTable, readTable } from './data-table.js';

const schema = z.object({ terms: z.record(z.string(), z.string()) });

test('a missing shipped table is an error naming data/<file>', () => {
  assert.throws(
    () => loadDataTable('no-such-table.json', schema),
    (e: unknown) => e instanceof DataTableError && e.file === join(DATA_DIR, 'no-such-table.json') && /missing/.test(e.message),
  );
});

test('a shipped table is validated and read once', () => {
  const a = loadDataTable('glossary.json', schema);
  assert.ok(Object.keys(a.terms).length > 10);
  assert.equal(loadDataTable('glossary.json', schema), a);
});

test('a table that is not JSON, or of the wrong shape, is an error naming the file and the place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-table-'));
  try {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"terms": {"HBM": "高带宽内存",}}');
    assert.throws(
      () => readTable(broken, schema),
      (e: Error) => e.message.startsWith(`[data] ${broken}: not valid JSON`),
    );
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ terms: { HBM: 3 } }));
    assert.throws(
      () => readTable(wrong, schema),
      (e: Error) => e.message.includes(wrong) && e.message.includes('terms.HBM: Expected string'),
    );
    const yaml = join(dir, 'ok.yaml');
    writeFileSync(yaml, 'terms:\n  HBM: 高带宽内存\n');
    assert.deepEqual(readTable(yaml, schema), { terms: { HBM: '高带宽内存' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
