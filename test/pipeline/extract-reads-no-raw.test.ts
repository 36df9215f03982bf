/**
 * Extraction reads its items without their raw text (decision 073): it extracts from the clean title and text, so the
 * raw column (as long as the text) is not read, and what is extracted is what a whole read gives.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { extractPending, ingest } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { ItemFilter } from '../../src/store/types.js';

const TEXTS: [string, string][] = [
  [
    'a-en.md',
    '---\ntitle: "Harbor Lake Semiconductor lifts capex"\ndate: 2026-11-20\n---\n\nHarbor Lake Semiconductor said its **2026 capital expenditure** would rise to $4.2 billion, up 18% from a year earlier.\n',
  ],
  ['b-zh.md', '---\ntitle: "衡川半导体三季度营收增长"\ndate: 2026-11-21\n---\n\n衡川半导体第三季度营收达到**58亿元**，同比增长23%。\n'],
];

/** The store, with the filter of every `listItems` call recorded. */
function watched(store: Store, filters: ItemFilter[]): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'listItems' || typeof v !== 'function') return v;
      return (filter: ItemFilter = {}) => {
        filters.push(filter);
        return (v as Store['listItems']).call(target, filter);
      };
    },
  });
}

test('extraction lists its items without raw text and extracts what a whole read gives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-extract-raw-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, body] of TEXTS) writeFileSync(join(input, name), body);
    const config = parseConfig({});
    const gaz = loadGazetteer();
    const filters: ItemFilter[] = [];
    const a = await openStore({ path: join(dir, 'a.db') });
    await ingest(a, [input], config, silentReporter);
    await extractPending(watched(a, filters), gaz, silentReporter);
    assert.ok(filters.length > 0);
    for (const f of filters) assert.equal(f.withRaw, false, JSON.stringify(f));
    // The same items extracted from whole reads (each item's raw text given back to extraction) give the same rows.
    const b = await openStore({ path: join(dir, 'b.db') });
    await ingest(b, [input], config, silentReporter);
    const whole = new Proxy(b, {
      get(target, key, receiver) {
        const v = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'listItems' || typeof v !== 'function') return v;
        return (filter: ItemFilter = {}) => (v as Store['listItems']).call(target, { ...filter, withRaw: true });
      },
    });
    await extractPending(whole, gaz, silentReporter);
    const xa = await a.getExtractions();
    assert.ok(xa.some((x) => x.figures.length > 0));
    assert.deepEqual(xa, await b.getExtractions());
    await a.close();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
