/**
 * Decision 088: a company's results call and a wire report of the same results on the same day are one story of the
 * digest (never a story and a second line of the same results), the report heading it and the call adding its own
 * facts; a figure put forward in the call's questions and answers (an analyst's model) is never restated as a fact.
 * Fixtures written for this test: test/fixtures/days31/call.
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
const dir = mkdtempSync(join(tmpdir(), 'factbrief-days31-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a results call joins the same day’s report of its results: one story, both cited, no analyst’s figure', async () => {
  const config = parseConfig({}, {});
  const store = await openStore({ path: join(dir, 'factbrief.db') });
  await ingest(store, [join(root, 'test/fixtures/days31/call')], config, silentReporter);
  await extractPending(store, loadGazetteer(config.extract.gazetteer), silentReporter);
  await cluster(store, config);
  await knowledge(store, config);
  const { markdown } = await digest(store, config, '2026-11-20', join(dir, 'out'), createOfflineEngine(), silentReporter);
  // One story of Snowflake's results: no second story, no 更多动态 line retelling them.
  assert.equal((markdown.match(/^## (?!更多动态)/gmu) ?? []).length, 1, markdown);
  assert.doesNotMatch(markdown, /^## 更多动态/mu, markdown);
  const sources = markdown.match(/^来源：.*$/mu)?.[0] ?? '';
  assert.match(sources, /路透社/u, markdown);
  assert.match(sources, /业绩电话会实录/u, markdown);
  // The call's own news (the fourth-quarter guidance both give, the full-year guidance only the call gives) is told…
  assert.match(markdown, /11亿至11\.2亿美元/u, markdown);
  assert.match(markdown, /40\.8亿美元/u, markdown);
  // …and nothing from its questions and answers: the street's model, the pipeline an executive mentions in passing.
  assert.doesNotMatch(markdown, /56亿美元|20亿美元/u, markdown);
  // The call's figure is not told as the wire's report.
  assert.doesNotMatch(markdown, /据路透社报道，Snowflake预计2027财年营收/u, markdown);
  store.close?.();
});
