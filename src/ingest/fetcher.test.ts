// The guarded fetcher against real HTTP servers on 127.0.0.1 (port 0); refused targets are checked to get no connection at all.
import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchUrl } from './fetcher.js';
import { defaultIngestOptions, readSource, SourceError } from './index.js';
import { blockedReason } from './network-guard.js';

const FIX = join(import.meta.dirname, '../../test/fixtures/ingest');
const opts = { ...defaultIngestOptions, allowHosts: ['127.0.0.1'], timeoutMs: 2000 };
let server: http.Server;
let base = '';
let connections = 0;
const seen: string[] = [];

before(async () => {
  const rss = await readFile(join(FIX, 'feeds/rss2.xml'));
  const html = await readFile(join(FIX, 'article-en.html'));
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    seen.push(path);
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Wed, 11 Feb 2026 14:05:00 GMT',
      });
      return res.end(rss);
    }
    if (path === '/feed.gz') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      return res.end(zlib.gzipSync(rss));
    }
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    if (path === '/gbk') {
      const body =
        '<html><head><title>阿里云资本支出</title></head><body><p>阿里巴巴未来三年将投入超过3800亿元建设云和AI基础设施。</p></body></html>';
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
      return res.end(iconv.encode(body, 'gbk'));
    }
    if (path === '/ua') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(`UA ${req.headers['user-agent']}`);
    }
    if (path === '/hang') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>first bytes then nothing');
      return;
    }
    if (path === '/to-private') {
      res.writeHead(302, { location: 'http://10.0.0.1/feed.xml' });
      return res.end();
    }
    if (path === '/to-metadata') {
      res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      return res.end();
    }
    if (path === '/loop-a' || path === '/loop-b') {
      res.writeHead(302, { location: path === '/loop-a' ? '/loop-b' : '/loop-a' });
      return res.end();
    }
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 400 && res.write(chunk)) sent++;
        if (sent < 400 && !res.destroyed) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => {
        sent = 400;
      });
      return pump();
    }
    if (path === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
      return res.write('x'.repeat(1024));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not here');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

/** Records every client socket created while `fn` runs (node's net.client.socket channel). */
async function socketsDuring(fn: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const onSocket = () => {
    n++;
  };
  subscribe('net.client.socket', onSocket);
  try {
    await fn().catch(() => undefined);
  } finally {
    unsubscribe('net.client.socket', onSocket);
  }
  return n;
}

function isSourceError(code: string, ...parts: string[]) {
  return (err: unknown) => {
    assert.ok(err instanceof SourceError, `expected SourceError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    for (const p of parts) assert.ok(err.message.includes(p), `${JSON.stringify(p)} not in ${err.message}`);
    return true;
  };
}

test('a feed URL on an allow-listed loopback server yields its entries, etag and last-modified', async () => {
  const r = await readSource(`${base}/feed.xml?utm_source=x`, opts);
  assert.equal(r.kind, 'feed');
  assert.equal(r.locator, `${base}/feed.xml`);
  assert.equal(r.items.length, 2);
  assert.equal(r.etag, '"v1"');
  assert.equal(r.lastModified, 'Wed, 11 Feb 2026 14:05:00 GMT');
  assert.equal(r.notModified, false);
});

test('conditional GET: 304 Not Modified → notModified, no items', async () => {
  const r = await readSource(`${base}/feed.xml`, opts, { etag: '"v1"', lastModified: null });
  assert.equal(r.notModified, true);
  assert.deepEqual(r.items, []);
  assert.equal(r.etag, '"v1"');
});

test('gzip bodies are decompressed; the User-Agent is sent', async () => {
  const r = await readSource(`${base}/feed.gz`, opts);
  assert.equal(r.items.length, 2);
  const ua = await fetchUrl(`${base}/ua`, opts);
  assert.equal(Buffer.from(ua.bytes).toString(), `UA ${opts.userAgent}`);
});

test('an HTML page URL → one article via Readability; a GBK page is decoded from its HTTP header', async () => {
  const r = await readSource(`${base}/article`, opts);
  assert.equal(r.kind, 'url');
  assert.equal(r.items.length, 1);
  assert.equal(r.items[0]?.title, 'TSMC raises AI accelerator revenue outlook');
  assert.ok(!r.items[0]?.text.includes('LEAK'));
  assert.deepEqual(r.items[0]?.meta.feedLinks, [`${base}/feed.xml`]);
  const g = await readSource(`${base}/gbk`, opts);
  assert.equal(g.items[0]?.text, '阿里巴巴未来三年将投入超过3800亿元建设云和AI基础设施。');
});

test('feed URLs at 10.0.0.1 and 169.254.169.254 are refused before any connection', async () => {
  for (const [url, why] of [
    ['http://10.0.0.1/feed.xml', 'private network'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::1]/feed', 'loopback'],
    ['http://100.64.1.2/rss', 'carrier-grade NAT'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[fd00::1]/', 'unique-local'],
    ['http://[::ffff:192.168.1.1]/', 'private network'],
  ] as const) {
    let error: unknown;
    const sockets = await socketsDuring(() =>
      readSource(url, opts).catch((e) => {
        error = e;
        throw e;
      }),
    );
    assert.equal(sockets, 0, `no socket for ${url}`);
    isSourceError('blocked-address', '[ingest] [guard]', why, 'ingest.allowHosts')(error);
  }
});

test('localhost is refused through the DNS-resolved address when not allow-listed, with no connection made', async () => {
  const before = connections;
  const port = (server.address() as AddressInfo).port;
  let error: unknown;
  const sockets = await socketsDuring(() =>
    fetchUrl(`http://localhost:${port}/feed.xml`, { ...opts, allowHosts: [] }).catch((e) => {
      error = e;
      throw e;
    }),
  );
  isSourceError('blocked-address', 'localhost resolves to', 'loopback')(error);
  assert.equal(connections, before, 'the server saw no connection');
  // The socket object may be created, but the lookup fails before connect: the server count above is the proof.
  assert.ok(sockets <= 1);
});

test('only http and https are fetched', async () => {
  await assert.rejects(fetchUrl('ftp://127.0.0.1/feed', opts), isSourceError('bad-url', 'only http and https'));
  await assert.rejects(fetchUrl('http://user:pw@127.0.0.1/feed', opts), isSourceError('bad-url', 'credentials'));
});

test('a redirect to a private or metadata address is refused at the hop', async () => {
  const before = seen.length;
  await assert.rejects(readSource(`${base}/to-private`, opts), isSourceError('blocked-address', '10.0.0.1', 'private network'));
  await assert.rejects(readSource(`${base}/to-metadata`, opts), isSourceError('blocked-address', '169.254.169.254', 'link-local'));
  assert.deepEqual(seen.slice(before), ['/to-private', '/to-metadata']);
});

test('a redirect loop stops at the redirect limit', async () => {
  await assert.rejects(readSource(`${base}/loop-a`, { ...opts, maxRedirects: 3 }), isSourceError('too-many-redirects', 'limit 3'));
});

test('a server that hangs after the headers times out', async () => {
  await assert.rejects(
    readSource(`${base}/hang`, { ...opts, timeoutMs: 300 }),
    isSourceError('timeout', 'timed out after 300 ms', 'ingest.timeoutMs'),
  );
});

test('an oversize body is aborted (streamed past the cap, or declared too large)', async () => {
  await assert.rejects(readSource(`${base}/huge`, { ...opts, maxBytes: 1024 * 1024 }), isSourceError('too-large', 'ingest.maxBytes'));
  await assert.rejects(readSource(`${base}/huge-declared`, opts), isSourceError('too-large', '50.0 MB', '20.0 MB'));
});

test('HTTP errors name the status', async () => {
  await assert.rejects(readSource(`${base}/missing`, opts), isSourceError('http-status', 'HTTP 404'));
});

test('blockedReason classifies addresses', () => {
  assert.equal(blockedReason('8.8.8.8'), null);
  assert.equal(blockedReason('2606:4700::1111'), null);
  assert.match(blockedReason('172.16.5.4') ?? '', /private/);
  assert.match(blockedReason('127.0.0.2') ?? '', /loopback/);
  assert.match(blockedReason('fe80::1') ?? '', /link-local/);
});
