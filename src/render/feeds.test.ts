import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { Digest } from '../types/index.js';
import { renderDigest } from './digest.js';
import { renderFeeds } from './feeds.js';

function load(name: string): Digest {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/render/${name}/input.json`, import.meta.url), 'utf8')) as Digest;
}

const hostile = load('stories-day');
hostile.date = '2026-03-01';
hostile.title = '恶意 <script>alert(1)</script> 标题 & 测试';
(hostile.stories[0] as Digest['stories'][number]).paragraphs = ['正文 <img src=x onerror=alert(1)> 与 <script>steal()</script>。'];

const digests = [load('stories-day'), load('edge-quoting'), hostile];
const site = { title: 'AI 日报', url: 'https://daily.example.com/', description: '每天的 AI、科技与金融要闻，数字可溯源。' };
const entries = digests.map((digest) => ({
  digest,
  markdown: renderDigest(digest),
  url: `https://daily.example.com/digests/${digest.date}.html`,
}));
const feeds = renderFeeds(entries, site);
const xml = new XMLParser({ ignoreAttributes: false });

test('RSS 2.0 parses back: one item per digest, newest first, links and guids are the page URLs', () => {
  const rss = xml.parse(feeds.rss);
  const channel = rss.rss.channel;
  assert.equal(channel.title, site.title);
  const items = channel.item as { title: string; link: string; guid: { '#text': string } | string; 'content:encoded': string }[];
  assert.deepEqual(
    items.map((i) => i.link),
    ['2026-03-03', '2026-03-02', '2026-03-01'].map((d) => `https://daily.example.com/digests/${d}.html`),
  );
  assert.equal(items[0]?.title, digests[1]?.title);
  assert.equal(items[2]?.title, '恶意  标题 & 测试', 'titles are plain text: markup from sources removed, & round-trips through XML');
  for (const i of items) assert.ok(!/<script|<img/i.test(i['content:encoded']), 'raw HTML from sources is escaped');
  assert.ok(
    items[2]?.['content:encoded'].includes('正文') && !/onerror|steal/.test(items[2]?.['content:encoded']),
    'tags from sources are removed',
  );
  assert.ok(items[1]?.['content:encoded'].includes('<strong>400 亿美元</strong>'));
  assert.ok(items[1]?.['content:encoded'].includes('href="https://techwire.example.com/openai-40b"'));
  assert.ok(items[1]?.['content:encoded'].includes('<a href="https://t.me/example_ai_daily">'), 'the configured footer stays HTML');
});

test('Atom parses back with the same entries', () => {
  const atom = xml.parse(feeds.atom).feed;
  const list = Array.isArray(atom.entry) ? atom.entry : [atom.entry];
  assert.equal(list.length, 3);
  assert.equal(atom.updated, '2026-03-03T00:00:00.000Z', 'updated is the newest digest, not the clock');
  assert.deepEqual(
    list.map((e: { link: { '@_href': string } }) => e.link['@_href']),
    entries
      .map((e) => e.url)
      .sort()
      .reverse(),
  );
});

test('JSON Feed parses back', () => {
  const json = JSON.parse(feeds.json) as {
    version: string;
    title: string;
    items: { id: string; url: string; title: string; content_html: string; summary: string }[];
  };
  assert.match(json.version, /jsonfeed\.org\/version\/1/);
  assert.equal(json.items.length, 3);
  assert.equal(json.items[1]?.summary, digests[0]?.summary.join('\n'));
  assert.ok(!json.items.some((i) => /<script/i.test(i.content_html)));
});

test('feeds are deterministic and an empty list still gives valid feeds', () => {
  assert.deepEqual(renderFeeds(entries, site), feeds);
  const empty = renderFeeds([], site);
  assert.equal(xml.parse(empty.rss).rss.channel.title, site.title);
  assert.deepEqual(JSON.parse(empty.json).items, []);
});
