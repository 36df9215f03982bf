import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Digest } from '../../types/index.js';
import { renderDigest } from '../digest.js';
import { renderSite } from './index.js';

function load(name: string): Digest {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/render/${name}/input.json`, import.meta.url), 'utf8')) as Digest;
}

const site = { title: 'AI 日报 <站点>', url: 'https://daily.example.com/', description: '每天的 AI 要闻 & 数字。' };
const a = load('stories-day');
const b = load('sections-day');
b.date = '2026-03-01';
(b.stories[0] as Digest['stories'][number]).paragraphs = ['正文里有 <script>alert(1)</script> 和 [坏链接](javascript:alert(2))。'];
const files = renderSite(
  [a, b].map((digest) => ({ digest, markdown: renderDigest(digest), slug: digest.date })),
  site,
);
const byPath = new Map(files.map((f) => [f.path, f.content]));

test('an index and one page per digest', () => {
  assert.deepEqual(
    files.map((f) => f.path),
    ['index.html', 'digests/2026-03-02.html', 'digests/2026-03-01.html'],
  );
  const { document } = parseHTML(byPath.get('index.html') as string);
  assert.equal(document.querySelector('h1')?.textContent, site.title, 'site title escaped and read back');
  const links = [...document.querySelectorAll('ul.digests h2 a')].map((x) => x.getAttribute('href'));
  assert.deepEqual(links, ['digests/2026-03-02.html', 'digests/2026-03-01.html']);
});

test('digest pages: title, body, every source linked, footer kept, no scripts, no external assets', () => {
  for (const [digest, path] of [
    [a, 'digests/2026-03-02.html'],
    [b, 'digests/2026-03-01.html'],
  ] as const) {
    const html = byPath.get(path) as string;
    const { document } = parseHTML(html);
    assert.equal(document.querySelector('article h1')?.textContent, digest.title);
    const hrefs = new Set([...document.querySelectorAll('article a')].map((x) => x.getAttribute('href')));
    for (const s of [...digest.stories, ...digest.more])
      for (const src of s.sources) assert.ok(hrefs.has(src.url), `${path} links ${src.url}`);
    assert.equal(document.querySelectorAll('script').length, 0);
    assert.equal(document.querySelectorAll('img, link[rel=stylesheet], iframe').length, 0);
    assert.ok(![...hrefs].some((h) => h?.startsWith('javascript:')));
    assert.ok(document.querySelector('.digest-footer a[href="https://t.me/example_ai_daily"]'));
    assert.match(html, /Content-Security-Policy/);
  }
  assert.ok(!/<script>alert/i.test(byPath.get('digests/2026-03-01.html') as string), 'source markup is never live');
  const og = parseHTML(byPath.get('digests/2026-03-01.html') as string).document.querySelector('meta[property="og:image"]');
  assert.equal(og?.getAttribute('content'), b.coverImage);
});

test('unsafe or duplicate slugs are refused', () => {
  assert.throws(() => renderSite([{ digest: a, markdown: '', slug: '../etc/passwd' }], site), /unsafe page slug/);
  assert.throws(
    () =>
      renderSite(
        [
          { digest: a, markdown: '', slug: 'x' },
          { digest: b, markdown: '', slug: 'x' },
        ],
        site,
      ),
    /share the slug/,
  );
});
