/**
 * Decision 099: a story tells the news its best source opens on — the guidance a Chinese report's title heads with under
 * a lead of the quarter, the profit forecast below estimates an English wire opens on beside a call's revenue. Fixtures
 * written for this test: test/fixtures/news33.
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
const dir = mkdtempSync(join(tmpdir(), 'factbrief-news33-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function day(fixture: string, date: string): Promise<string> {
  const config = parseConfig({}, {});
  const store = await openStore({ path: join(dir, `${fixture}.db`) });
  await ingest(store, [join(root, 'test/fixtures/news33', fixture)], config, silentReporter);
  await extractPending(store, loadGazetteer(config.extract.gazetteer), silentReporter);
  await cluster(store, config);
  await knowledge(store, config);
  const { markdown } = await digest(store, config, date, join(dir, `out-${fixture}`), createOfflineEngine(), silentReporter);
  store.close?.();
  return markdown;
}

const story = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a results story tells the guidance its source’s title heads with, after the quarter', async () => {
  const md = await day('guide', '2026-11-20');
  const s = story(md);
  assert.match(s, /预计第四财季营收[在于]\*{0,2}39\.5亿至43\.5亿美元/u, md);
  assert.ok(s.indexOf('39.8亿美元') < s.indexOf('第四财季营收'), md);
});

test('a results story whose wire opens on a forecast below estimates tells the forecast, not only the revenue', async () => {
  const md = await day('forecast', '2026-11-18');
  assert.match(story(md), /预计[^。]*每股收益为\*{0,2}58至66美分\*{0,2}，低于市场预期/u, md);
  // The guidance's midpoint has no per-share words of its own: never a profit of 62 cents.
  assert.doesNotMatch(md, /62美分|0\.62美元/u, md);
});
