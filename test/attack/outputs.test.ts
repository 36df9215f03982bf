/**
 * Script payloads from a source through every output format: the digest Markdown (rendered by marked with default
 * options), its YAML front matter, RSS / Atom / JSON Feed, the static site and the Telegram MarkdownV2 text. Every
 * rendered element and attribute must be on an allow-list; no href may be anything but http(s) or a relative path.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { chatText, toMarkdownV2 } from '../../src/publish/index.js';
import { renderDigest, renderFeeds, renderSite } from '../../src/render/index.js';
import type { Digest } from '../../src/types/index.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(2)"></iframe>',
  '<img src=x onerror=alert(3)>',
  '<img src=x onerror=alert(4)',
  '[click](javascript:alert(5))',
  '![pic](javascript:alert(6))',
  '<javascript:alert(7)>',
  '\\[esc](javascript:alert(8))',
  '<a href="javascript:alert(9)">x</a>',
  '<svg/onload=alert(10)>',
  '<style>body{}</style>',
  '&lt;script&gt;alert(11)&lt;/script&gt;',
  '<!-- c --><b onclick=alert(12)>b</b>',
];
const BAD = PAYLOADS.join(' ');

const ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'a',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'code',
  'pre',
  'blockquote',
  'del',
]);
const ATTRIBUTES = new Set(['href', 'rel']);

/** Every element and attribute of an HTML fragment outside the allow-list, and every href that is not http(s) or relative. */
function liveParts(html: string, extraElements: string[] = []): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const allowed = new Set([...ELEMENTS, ...extraElements]);
  const bad: string[] = [];
  // linkedom's element type is loose; the fields read here are standard DOM.
  for (const el of Array.from(document.body.querySelectorAll('*')) as unknown as {
    tagName: string;
    attributes: ArrayLike<{ name: string; value: string }>;
  }[]) {
    const name = el.tagName.toLowerCase();
    if (!allowed.has(name)) bad.push(`<${name}>`);
    for (const a of Array.from(el.attributes)) {
      if (
        !ATTRIBUTES.has(a.name) &&
        !(extraElements.length && ['class', 'lang', 'charset', 'name', 'content', 'rel', 'id'].includes(a.name))
      )
        bad.push(`${name}[${a.name}]`);
      if (a.name === 'href' && !/^(?:https?:\/\/|\.{0,2}\/|#|[\w-]+\.html$)/i.test(a.value)) bad.push(`${name}[href=${a.value}]`);
    }
  }
  return bad;
}

function hostileDigest(style: 'stories' | 'sections'): Digest {
  const base = JSON.parse(
    readFileSync(new URL(`../fixtures/render/${style === 'stories' ? 'stories-day' : 'sections-day'}/input.json`, import.meta.url), 'utf8'),
  ) as Digest;
  base.footer = null;
  base.title = `OpenAI 融资 400 亿美元 ${BAD}`;
  base.summary = [`- ${BAD}`];
  base.seo = [BAD];
  for (const s of [...base.stories, ...base.more]) {
    s.headline = `标题 ${BAD}`;
    s.oneLine = `一句 ${BAD}`;
    s.paragraphs = [`正文 **400 亿美元** ${BAD}`, BAD];
    s.blocks = s.blocks.map((b) => ({ label: b.label, bullets: [BAD] }));
    s.insights = [BAD];
    s.impacts = [`利好：${BAD}`];
    s.sources = [
      { title: BAD, outlet: `Outlet ${BAD}`, url: 'javascript:alert(13)', itemId: 'it_a' },
      { title: BAD, outlet: `<b>Wire</b>`, url: 'https://wire.example.com/a?x=<script>', itemId: 'it_b' },
    ];
  }
  return base;
}

for (const style of ['stories', 'sections'] as const) {
  test(`digest Markdown (${style}) rendered by marked has no live element, attribute or URL`, () => {
    const md = renderDigest(hostileDigest(style));
    const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
    const html = marked.parse(body, { async: false }) as string;
    assert.deepEqual(liveParts(html), []);
    assert.ok(html.includes('<strong>400 亿美元</strong>'), 'bold written by the engine survives');
    assert.ok(html.includes('https://wire.example.com/'), 'an http(s) source link survives');
  });

  test(`front matter (${style}) parses as YAML and holds no markup`, () => {
    const md = renderDigest(hostileDigest(style));
    const fm = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '') as Record<string, unknown>;
    const text = JSON.stringify(fm);
    assert.ok(!/<[a-z/!]/i.test(text), text);
    assert.match(String(fm.title), /^OpenAI 融资 400 亿美元/);
  });
}

test('RSS, Atom and JSON Feed html fields and titles hold no live markup', () => {
  const digest = hostileDigest('stories');
  const markdown = renderDigest(digest);
  const feeds = renderFeeds([{ digest, markdown, url: 'https://daily.example.com/digests/2026-11-22.html' }], {
    title: 'AI 日报',
    url: 'https://daily.example.com/',
    description: 'd',
  });
  const xml = new XMLParser({ ignoreAttributes: false, textNodeName: '#text' });
  const item = xml.parse(feeds.rss).rss.channel.item;
  const entry = xml.parse(feeds.atom).feed.entry;
  const json = JSON.parse(feeds.json).items[0];
  const text = (v: unknown): string =>
    typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? '');
  const fields: [string, string][] = [
    ['rss title', text(item.title)],
    ['rss description', text(item.description)],
    ['rss content', text(item['content:encoded'])],
    ['atom title', text(entry.title)],
    ['atom summary', text(entry.summary)],
    ['atom content', text(entry.content)],
    ['json title', json.title],
    ['json summary', json.summary ?? ''],
    ['json content_html', json.content_html],
  ];
  for (const [name, value] of fields) assert.deepEqual(liveParts(value), [], `${name}: ${value.slice(0, 300)}`);
});

test('the static site pages hold no live markup from sources', () => {
  const digest = hostileDigest('sections');
  const markdown = renderDigest(digest);
  const pages = renderSite([{ digest, markdown, slug: '2026-11-22' }], {
    title: 'AI 日报',
    url: 'https://daily.example.com/',
    description: 'd',
  });
  for (const p of pages.filter((x) => x.path.endsWith('.html'))) {
    const body = String(p.content)
      .replace(/^[\s\S]*?<body[^>]*>/i, '')
      .replace(/<\/body>[\s\S]*$/i, '');
    const bad = liveParts(body, ['main', 'header', 'footer', 'nav', 'article', 'section', 'span', 'div', 'time', 'small', 'img', 'figure']);
    assert.deepEqual(
      bad.filter((b) => /script|iframe|svg|style|on\w+\]|javascript/i.test(b)),
      [],
      p.path,
    );
  }
});

test('Telegram MarkdownV2 text carries no link to anything but http(s), and entities read as text', () => {
  const md = renderDigest(hostileDigest('stories'));
  const v2 = toMarkdownV2(chatText(md));
  for (const m of v2.matchAll(/(?<!\\)\[[^\]]*(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1] as string, /^https?:\/\//, m[0]);
  assert.ok(!/<script|<img|<iframe/i.test(v2));
  assert.ok(!/&lt;img/.test(v2), 'no entity escaping of our own shown to chat readers');
});
