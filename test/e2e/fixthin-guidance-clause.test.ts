/**
 * Decision 109, note of session 27: a forecast word before an aside (`forecast revenue for fiscal 2028, which ends in
 * July next year, of $9.2 billion to $9.5 billion`) still makes the range guidance: the digest says 预计…营收, never a
 * plain 2028财年营收 as if reported. Fixtures written for this test: test/fixtures/fixthin.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { createOfflineEngine } from '../../src/enrich/offline/engine.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { cluster, digest, extractPending, ingest, knowledge } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';

const root = resolve(new URL('../..', import.meta.url).pathname);
const dir = mkdtempSync(join(tmpdir(), 'factbrief-fixthin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('next fiscal year’s revenue range after an aside is told as a forecast (预计…营收), never as revenue', async () => {
  const config = parseConfig({}, {});
  const store = await openStore({ path: join(dir, 'guide.db') });
  await ingest(store, [join(root, 'test/fixtures/fixthin/guide')], config, silentReporter);
  await extractPending(store, loadGazetteer(config.extract.gazetteer), silentReporter);
  await cluster(store, config);
  await knowledge(store, config);
  const { markdown: md } = await digest(store, config, '2027-08-27', join(dir, 'out'), createOfflineEngine(), silentReporter);
  store.close?.();
  assert.match(md, /预计2028财年营收为?\*\*92亿至95亿美元\*\*/u, md);
  assert.doesNotMatch(md, /[^计]2028财年营收\*\*92亿/u, md);
});
