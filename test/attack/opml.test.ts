/**
 * OPML lists that point to OPML lists, served on 127.0.0.1: a chain is followed three lists deep and no further (the
 * deeper list is named with the path that led to it), a cycle is named and not read again, and the feeds the lists
 * hold are read.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { MAX_OPML_DEPTH } from '../../src/ingest/index.js';
import { ingest } from '../../src/pipeline.js';
import type { Reporter } from '../../src/report.js';
import { silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';

let server: http.Server;
let base = '';
const requests: string[] = [];

const opml = (entries: string[]) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body>${entries
    .map((u) => `<outline text="x" type="rss" xmlUrl="${base}${u}"/>`)
    .join('')}</body></opml>`;

const rss = (n: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://news.example.com/</link><item><title>Story ${n}</title><link>https://news.example.com/${n}</link><pubDate>Sun, 22 Nov 2026 08:00:00 GMT</pubDate><description>Company ${n} raised $${n} billion in a new funding round, it said on Sunday.</description></item></channel></rss>`;

before(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    let m = /^\/chain\/(\d+)\.opml$/.exec(path);
    if (m) {
      // An endless chain: every list points to the next one and holds one feed.
      const n = Number(m[1]);
      res.writeHead(200, { 'content-type': 'text/x-opml' });
      return res.end(opml([`/chain/${n + 1}.opml`, `/feed/${n}.xml`]));
    }
    m = /^\/loop\/(a|b)\.opml$/.exec(path);
    if (m) {
      res.writeHead(200, { 'content-type': 'text/x-opml' });
      return res.end(opml(m[1] === 'a' ? ['/loop/b.opml', '/feed/1.xml'] : ['/loop/a.opml', '/feed/2.xml']));
    }
    m = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (m) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(rss(m[1] as string));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

const config = parseConfig({ ingest: { allowHosts: ['127.0.0.1'], timeoutMs: 5000 } }, {});

function recording(): Reporter & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentReporter, warnings, warn: (m: string) => warnings.push(m) };
}

test('an endless chain of OPML lists is followed three lists deep, then refused with the path that led there', {
  timeout: 60_000,
}, async () => {
  requests.length = 0;
  const store = await openStore({ path: ':memory:' });
  const rep = recording();
  const r = await ingest(store, [`${base}/chain/1.opml`], config, rep);
  assert.equal(MAX_OPML_DEPTH, 3);
  const lists = requests.filter((p) => p.endsWith('.opml'));
  assert.deepEqual(lists, ['/chain/1.opml', '/chain/2.opml', '/chain/3.opml', '/chain/4.opml'], 'a bounded number of requests');
  assert.equal(r.added, 3, 'the feeds of the three lists followed are read');
  assert.equal(r.failed.length, 1);
  const chain = [1, 2, 3, 4].map((n) => `${base}/chain/${n}.opml`).join(' → ');
  assert.equal(
    r.failed[0]?.error,
    `[ingest] [opml] ${base}/chain/4.opml : OPML nested 4 lists deep (${chain}), more than the 3 followed: its 2 entries are not read`,
  );
  await store.close();
});

test('two OPML lists that list each other: the cycle is named, each list and feed is read once', { timeout: 60_000 }, async () => {
  requests.length = 0;
  const store = await openStore({ path: ':memory:' });
  const rep = recording();
  const r = await ingest(store, [`${base}/loop/a.opml`], config, rep);
  assert.deepEqual(requests.sort(), ['/feed/1.xml', '/feed/2.xml', '/loop/a.opml', '/loop/b.opml']);
  assert.equal(r.added, 2);
  assert.equal(r.failed.length, 0);
  assert.deepEqual(rep.warnings, [
    `[ingest] [opml] ${base}/loop/b.opml : OPML cycle ${base}/loop/a.opml → ${base}/loop/b.opml → ${base}/loop/a.opml: not read again`,
  ]);
  await store.close();
});
