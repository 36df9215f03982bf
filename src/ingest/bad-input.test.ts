// Bad input that is not about the network: truncated feeds, binary junk, oversize files, hostile HTML, unknown XML.
import assert from 'node:assert/strict';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { htmlToText } from './html-text.js';
import { defaultIngestOptions, parseBytes, readSource, SourceError } from './index.js';
import { joinParagraphs } from './paragraphs.js';

const FIX = join(import.meta.dirname, '../../test/fixtures/ingest');
const opts = defaultIngestOptions;
const enc = (s: string) => new TextEncoder().encode(s);

function isSourceError(code: string, ...parts: string[]) {
  return (err: unknown) => {
    assert.ok(err instanceof SourceError, `expected SourceError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    assert.ok(err.message.startsWith('[ingest] ['), err.message);
    for (const p of parts) assert.ok(err.message.includes(p), `${JSON.stringify(p)} not in ${err.message}`);
    return true;
  };
}

test('a truncated RSS feed is a clear SourceError and yields no partial items', async () => {
  const full = await readFile(join(FIX, 'feeds/rss2.xml'), 'utf8');
  for (const cut of [0.3, 0.6, 0.9]) {
    const bytes = enc(full.slice(0, Math.floor(full.length * cut)));
    assert.throws(
      () => parseBytes(bytes, { url: 'https://cloudchips.example.com/feed.xml' }, opts),
      isSourceError('malformed', '[rss] https://cloudchips.example.com/feed.xml', 'truncated'),
    );
  }
});

test('truncated Atom and JSON feeds are refused too', async () => {
  const atom = await readFile(join(FIX, 'feeds/atom.xml'), 'utf8');
  assert.throws(
    () => parseBytes(enc(atom.slice(0, atom.length - 40)), { filename: 'atom.xml' }, opts),
    isSourceError('malformed', '[atom]'),
  );
  const json = await readFile(join(FIX, 'feeds/feed.json'), 'utf8');
  assert.throws(() => parseBytes(enc(json.slice(0, 300)), { filename: 'feed.json' }, opts), isSourceError('malformed', '[json-feed]'));
});

test('binary junk (NUL bytes, control characters) is refused as binary content', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.throws(() => parseBytes(png, { filename: 'cover.md' }, opts), isSourceError('binary', 'binary content', 'cover.md'));
  const control = new Uint8Array(4096).map((_, i) => ((i * 7) % 31) + 1);
  assert.throws(() => parseBytes(control, { filename: 'junk.txt' }, opts), isSourceError('binary', 'binary content'));
  // Random bytes that happen to open with FF FE (a UTF-16 byte-order mark) decode to characters of every script.
  let x = 7;
  const utf16Junk = new Uint8Array(66).map(
    (_, i) => (i === 0 ? 0xff : i === 1 ? 0xfe : (x = (x * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff,
  );
  assert.throws(() => parseBytes(utf16Junk, { filename: 'x.txt' }, opts), isSourceError('binary', 'binary content'));
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 64, maxLength: 512 }), (bytes) => {
      bytes[10] = 0;
      try {
        parseBytes(bytes, { filename: 'x.txt' }, opts);
        return false;
      } catch (err) {
        return err instanceof SourceError;
      }
    }),
    { numRuns: 100 },
  );
});

test('an empty file is an error, not an empty item', () => {
  assert.throws(() => parseBytes(enc('  \n\n '), { filename: 'empty.md' }, opts), isSourceError('empty'));
});

test('bytes over the cap are refused, naming size, cap and ingest.maxBytes', () => {
  const bytes = enc('Nvidia '.repeat(200));
  assert.throws(
    () => parseBytes(bytes, { filename: 'big.txt' }, { ...opts, maxBytes: 1000 }),
    isSourceError('too-large', '1.4 KB', '1000 bytes', 'ingest.maxBytes'),
  );
});

test('a real 50 MB file is refused from its size without being read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fb-ingest-'));
  try {
    const path = join(dir, 'huge.txt');
    const fh = await open(path, 'w');
    const block = Buffer.alloc(1024 * 1024, 'Nvidia capex 1000亿美元\n');
    for (let i = 0; i < 50; i++) await fh.write(block);
    await fh.close();
    const before = process.memoryUsage().arrayBuffers;
    await assert.rejects(readSource(path, opts), isSourceError('too-large', '50.0 MB', '20.0 MB', 'ingest.maxBytes', path));
    // Nothing close to 50 MB was buffered (the refusal comes from stat).
    assert.ok(process.memoryUsage().arrayBuffers - before < 10 * 1024 * 1024);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('HTML with <script>, <style> and on* attributes: none of it reaches the text', () => {
  const html = `<html><head><style>.x{color:red}/*STYLE*/</style><script>var LEAK=1</script></head><body>
    <article><p>Microsoft will spend $80 billion on AI data centers this fiscal year, more than half of it in the United States, the company said.</p>
    <img src=x onerror="alert('LEAK')"><svg><script>LEAK()</script></svg><iframe srcdoc="<p>LEAK</p>"></iframe>
    <p>Brad Smith wrote that the spending covers training and deployment of models across the cloud. <a href="javascript:LEAK()">link</a></p>
    <template><p>LEAK</p></template><noscript>LEAK</noscript></article></body></html>`;
  const r = parseBytes(enc(html), { filename: 'hostile.html' }, opts);
  const text = r.items[0]?.text ?? '';
  assert.ok(text.includes('$80 billion'));
  assert.ok(!text.includes('LEAK') && !text.includes('STYLE') && !text.includes('<'), text);
});

test('property: htmlToText never lets script or style content through and keeps one blank line between paragraphs', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.string({ maxLength: 40 }).filter((s) => !/[<>&]/.test(s)),
        { maxLength: 6 },
      ),
      (paras) => {
        const html = paras.map((p) => `<p>${p}</p><script>SECRET${p}</script><style>SECRET{}</style>`).join('\n');
        const text = htmlToText(html);
        return !text.includes('SECRET') && !/\n{3,}/.test(text) && text === joinParagraphs(text.split('\n\n'));
      },
    ),
  );
});

test('XML that is no feed is refused as "not a feed"; DTD entities are refused', () => {
  assert.throws(
    () =>
      parseBytes(
        enc('<?xml version="1.0"?><catalog><book/></catalog>'),
        { url: 'https://x.example.com/feed.xml', contentType: 'application/xml' },
        opts,
      ),
    isSourceError('not-a-feed', 'not a feed', '<catalog>'),
  );
  const bomb =
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
  assert.throws(() => parseBytes(enc(bomb), { filename: 'bomb.xml' }, opts), isSourceError('unsupported', 'ENTITY'));
  assert.throws(() => parseBytes(enc('{"title": "not a feed"}'), { filename: 'x.json' }, opts), isSourceError('not-a-feed'));
});

test('an HTML page at a feed URL is "not a feed (got text/html)"', () => {
  const html = '<html><body><p>Please enable JavaScript to continue.</p></body></html>';
  assert.throws(
    () => parseBytes(enc(html), { url: 'https://news.example.com/rss.xml', contentType: 'text/html; charset=utf-8' }, opts),
    isSourceError('not-a-feed', '[ingest] [feed] https://news.example.com/rss.xml : not a feed (got text/html)'),
  );
});

test('a missing path is a SourceError naming it', async () => {
  await assert.rejects(readSource(join(FIX, 'nope/missing.md'), opts), isSourceError('not-found', 'missing.md', 'no such file'));
});

test('a bare & in a feed (a common publisher mistake) does not lose the feed', () => {
  const xml =
    '<rss version="2.0"><channel><title>AT&T and AI</title><item><title>Chips & clouds</title><description>Capex up 40% & rising</description></item></channel></rss>';
  const r = parseBytes(enc(xml), { filename: 'amp.xml' }, opts);
  assert.equal(r.title, 'AT&T and AI');
  assert.equal(r.items[0]?.text, 'Capex up 40% & rising');
});
