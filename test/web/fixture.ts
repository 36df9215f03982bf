/**
 * The web tests' data: the sample corpus run through the real pipeline (ingest → … → digest, as `factbrief run --sample`)
 * into a temp folder, plus one hostile HTML page whose markup tries to run script in the reader's browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { dailyRun } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { WebSources } from '../../src/web/data.js';
import { root, tempDir } from '../support/cli.js';

export const DAY = '2026-11-22';

/** A page an attacker controls: script, an event handler, a javascript: link and escaped markup in text and title. */
export const HOSTILE_HTML = `<!doctype html>
<html><head><title>Payload page &lt;script&gt;window.__pwned='title'&lt;/script&gt;</title>
<meta property="article:published_time" content="2026-11-22T08:00:00Z"></head>
<body><article>
<h1>Payload page &lt;img src=x onerror="window.__pwned='h1'"&gt;</h1>
<p>Nvidia said its payload revenue rose <img src="x" onerror="window.__pwned='img'"> by a large amount this quarter, analysts said.</p>
<script>window.__pwned = 'script';</script>
<p>英伟达表示，&lt;script&gt;window.__pwned='text'&lt;/script&gt; 这段文字只是文字。 <a href="javascript:window.__pwned='link'">click me</a></p>
<p onmouseover="window.__pwned='hover'">Hover text that should stay inert, with <svg onload="window.__pwned='svg'"></svg> nothing running.</p>
</article></body></html>
`;

export interface WebFixture {
  dir: string;
  data: string;
  out: string;
  store: Store;
  sources: WebSources;
}

/** Builds the store and out/ folder once (about 5 s on the sample corpus). */
export async function buildWebFixture(): Promise<WebFixture> {
  const dir = tempDir('factbrief-web-');
  const data = join(dir, 'data');
  const out = join(dir, 'out');
  const extra = join(dir, 'extra');
  mkdirSync(extra, { recursive: true });
  writeFileSync(join(extra, 'payload.html'), HOSTILE_HTML);
  const config = parseConfig({}, {});
  const sources = [...['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(root, 'corpus', d)), extra];
  const store = await openStore({ path: join(data, 'factbrief.db') });
  await dailyRun(store, config, { sources, date: DAY, out }, silentReporter);
  return { dir, data, out, store, sources: { store, out, gazetteer: loadGazetteer() } };
}
