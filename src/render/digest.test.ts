import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { compareGolden } from '../../test/support/golden.js';
import type { Digest } from '../types/index.js';
import { renderDigest, safeHref } from './digest.js';
import { renderFrontMatter, yamlQuote, yamlScalar } from './front-matter.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/render/', import.meta.url));
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

function load(name: string): Digest {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'input.json'), 'utf8')) as Digest;
}

/** Splits `---\n<yaml>\n---\n<body>`. */
function split(md: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  assert.ok(m, 'starts with a front matter block');
  return { front: parse(m[1] as string) as Record<string, unknown>, body: m[2] as string };
}

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const md = renderDigest(load(name));
    const file = join(FIXTURES, name, 'expected.md');
    compareGolden(md, file, 'rendered digest');
  });

  test(`front matter reads back: ${name}`, () => {
    const d = load(name);
    const { front } = split(renderDigest(d));
    assert.deepEqual(Object.keys(front), ['title', 'date', 'category', 'tags', 'seo', 'coverImage', 'summary']);
    assert.equal(front.title, d.title.replace(/\s*\n\s*/g, ' '));
    assert.equal(front.date, d.date);
    assert.equal(front.category, 'AI 日报');
    assert.deepEqual(front.tags, ['AI', 'AI 日报']);
    assert.deepEqual(
      front.seo,
      d.seo.map((s) => s.replace(/\s*\n\s*/g, ' ')),
    );
    assert.equal(front.coverImage, d.coverImage || `covers/${d.date}.svg`);
    const lines = (front.summary as string).split('\n');
    assert.equal(lines.pop(), '', 'summary ends with a newline');
    assert.equal(lines.length, d.summary.length, 'one line per top story');
    for (const l of lines) assert.match(l, /^- \S/);
  });

  test(`every story links all its sources, unsafe URLs are not linked: ${name}`, () => {
    const d = load(name);
    const { body } = split(renderDigest(d));
    for (const s of [...d.stories, ...d.more]) {
      for (const src of s.sources) {
        const href = safeHref(src.url);
        if (href) assert.ok(body.includes(`](${href})`), `${s.storyId} links ${href}`);
        else assert.ok(body.includes(src.outlet.replace(/([[\]])/g, '\\$1')), `${s.storyId} names ${src.outlet}`);
      }
    }
    assert.ok(!/\]\(javascript:/i.test(body));
    if (d.footer) assert.ok(body.endsWith(d.footer), 'footer appended verbatim');
  });
}

test('stories style: # title, ## per story, --- between stories, ## 更多动态 bullets, key figures bold', () => {
  const d = load('stories-day');
  const { body } = split(renderDigest(d));
  assert.ok(body.startsWith(`\n# ${d.title}\n`));
  const heads = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(heads, [...d.stories.map((s) => s.headline), '更多动态']);
  assert.equal(body.split('\n---\n').length, d.stories.length);
  for (const s of d.more) assert.ok(body.includes(`- **${s.headline}**：${s.oneLine}`));
  assert.ok(body.includes('**20 亿美元**'), 'key figure bolded when the engine bolded nothing');
});

test('sections style: configured order, ### [headline](first source), labelled blocks with full-width colons', () => {
  const d = load('sections-day');
  const { body } = split(renderDigest(d));
  const sections = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['资本与市场', '技术突破与产品创新', '企业战略与行业动态', '更多动态']);
  assert.ok(body.includes('### [OpenAI 完成 400 亿美元融资，估值达 3000 亿美元](https://www.36kr.com/p/openai-funding)'));
  assert.ok(body.includes('其他来源：[techwire.example.com](https://techwire.example.com/openai-40b)、'));
  for (const label of ['关键数据', '核心突破', '深度解读 & 洞察', '影响']) assert.ok(body.includes(`**${label}：**\n\n- `), label);
  assert.ok(!body.includes('：：'));
  const custom = split(renderDigest(d, { sections: ['企业战略与行业动态', '技术突破与产品创新', '更多动态'] })).body;
  assert.deepEqual(
    [...custom.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
    ['企业战略与行业动态', '技术突破与产品创新', '资本与市场', '更多动态'],
    'unlisted sections go before 更多动态',
  );
});

test('YAML scalars read back as the same string, whatever the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      assert.equal(parse(`k: ${yamlQuote(s)}`).k, s);
      assert.equal(parse(`k: ${yamlScalar(s)}`).k, s);
    }),
    { numRuns: 500 },
  );
  for (const s of ['2026', 'true', 'null', '~', 'a: b', '- x', '[x]', 'x #y', '@me', '  pad', '1e3', '0x1F']) {
    assert.equal(parse(`k: ${yamlScalar(s)}`).k, s, s);
  }
});

test('front matter rejects a malformed date', () => {
  assert.throws(() => renderFrontMatter({ ...load('stories-day'), date: '2026/03/02' }), /YYYY-MM-DD/);
});
