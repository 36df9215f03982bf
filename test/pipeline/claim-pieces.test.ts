/**
 * Knowledge rebuilds and writes the claims of the groups an update touches `CLAIM_GROUPS_PER_WRITE` groups at a time
 * (decision 047): a piece never holds more groups than that, and the claims are the same as when they are written
 * in one piece.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { CLAIM_GROUPS_PER_WRITE, extractPending, ingest, knowledge } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { KnowledgeCommit } from '../../src/store/types.js';

/** One company's revenue in many years, in English and in Chinese: one claim group per year and language of figures. */
function texts(): [string, string][] {
  const en: string[] = [];
  const zh: string[] = [];
  for (let y = 1951; y <= 2025; y++) {
    en.push(`Harbor Lake Semiconductor reported revenue of $${(y - 1900) / 10} billion for fiscal ${y}.`);
    zh.push(`衡川半导体${y}年营收为${y - 1900}亿元。`);
  }
  return [
    ['a-en.md', `---\ntitle: "Harbor Lake Semiconductor's revenue by year"\ndate: 2026-11-20\n---\n\n${en.join('\n\n')}\n`],
    ['b-zh.md', `---\ntitle: "衡川半导体历年营收"\ndate: 2026-11-21\n---\n\n${zh.join('\n\n')}\n`],
  ];
}

/** The store, with the number of claim groups of every piece knowledge writes recorded in `pieces`. */
function watched(store: Store, pieces: number[]): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'updateKnowledge' || typeof v !== 'function') return v;
      type Write = (piece: Partial<KnowledgeCommit>) => Promise<void>;
      const update = <T>(fn: (write: Write) => Promise<T>): Promise<T> =>
        (v as Store['updateKnowledge']).call(target, (write: Write) =>
          fn(async (piece) => {
            if (piece.claims) pieces.push(piece.claims.keys.length);
            await write(piece);
          }),
        ) as Promise<T>;
      return update;
    },
  });
}

test('knowledge writes the claims of an update a bounded number of groups at a time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-claim-pieces-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, body] of texts()) writeFileSync(join(input, name), body);
    const config = parseConfig({});
    const store = await openStore({ path: join(dir, 'f.db') });
    await ingest(store, [input], config, silentReporter);
    await extractPending(store, loadGazetteer(), silentReporter);
    const pieces: number[] = [];
    const counts = await knowledge(watched(store, pieces), config);
    const groups = pieces.reduce((a, b) => a + b, 0);
    assert.ok(groups > CLAIM_GROUPS_PER_WRITE, `the update touches more groups than one piece holds: ${groups}`);
    assert.ok(
      pieces.every((n) => n <= CLAIM_GROUPS_PER_WRITE),
      `pieces of at most ${CLAIM_GROUPS_PER_WRITE} groups: ${pieces.join(',')}`,
    );
    assert.ok(counts.claims >= CLAIM_GROUPS_PER_WRITE, `claims: ${counts.claims}`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
