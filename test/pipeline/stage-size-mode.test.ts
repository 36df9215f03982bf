/**
 * Clustering and knowledge run with V8 favouring memory over speed (`forSize`, util/memory.ts; decisions 041, 043):
 * every store call either stage makes happens while a stage asked for it, and none is left asking once they end.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { cluster, extractPending, ingest, knowledge } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import { stagesForSize } from '../../src/util/memory.js';

const TEXTS: [string, string][] = [
  [
    'a-en.md',
    '---\ntitle: "Harbor Lake Semiconductor lifts capex"\ndate: 2026-11-20\n---\n\nHarbor Lake Semiconductor said its 2026 capital expenditure would rise to $4.2 billion, up 18% from a year earlier.\n',
  ],
  [
    'b-en.md',
    '---\ntitle: "Harbor Lake Semiconductor raises spending plan"\ndate: 2026-11-20\n---\n\nHarbor Lake Semiconductor expects capital expenditure of $4.2 billion in 2026 as it builds two fabs.\n',
  ],
  ['c-zh.md', '---\ntitle: "衡川半导体三季度营收增长"\ndate: 2026-11-21\n---\n\n衡川半导体第三季度营收达到58亿元，同比增长23%。\n'],
];

/** The store, with the number of stages asking for memory recorded at each call of `methods`. */
function watched(store: Store, seen: number[]): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        seen.push(stagesForSize());
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

test('clustering and knowledge read and write the store while V8 favours memory, and leave it as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-size-mode-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, body] of TEXTS) writeFileSync(join(input, name), body);
    const config = parseConfig({});
    const store = await openStore({ path: join(dir, 'f.db') });
    await ingest(store, [input], config, silentReporter);
    await extractPending(store, loadGazetteer(), silentReporter);
    const inCluster: number[] = [];
    assert.ok((await cluster(watched(store, inCluster), config)) > 0);
    assert.equal(stagesForSize(), 0);
    const inKnowledge: number[] = [];
    await knowledge(watched(store, inKnowledge), config);
    assert.equal(stagesForSize(), 0);
    assert.ok(inCluster.length > 0 && inCluster.every((n) => n === 1), `clustering: ${inCluster.join(',')}`);
    assert.ok(inKnowledge.length > 0 && inKnowledge.every((n) => n === 1), `knowledge: ${inKnowledge.join(',')}`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
