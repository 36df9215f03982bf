import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import type { Digest } from '../types/index.js';
import { COVER_HEIGHT, COVER_WIDTH, renderCover, renderCoverSvg, wrapText } from './cover.js';

const digest = JSON.parse(readFileSync(new URL('../../test/fixtures/render/stories-day/input.json', import.meta.url), 'utf8')) as Digest;

test('the cover SVG is well-formed and carries date, key figure and headline', async () => {
  const { svg, png } = await renderCover(digest);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
  assert.equal(doc.svg['@_width'], String(COVER_WIDTH));
  assert.equal(doc.svg['@_height'], String(COVER_HEIGHT));
  assert.ok(svg.includes('2026-03-02'));
  assert.ok(svg.includes('>400 亿美元<'));
  const text = svg.replace(/<[^>]+>/g, '');
  assert.ok(text.replace(/\s/g, '').includes('OpenAI完成400亿美元融资'));
  assert.ok(svg.includes("'Noto Sans CJK SC'") && svg.includes('sans-serif'));
  if (png) assert.deepEqual([...png.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature when resvg is installed');
});

test('cover text is escaped', () => {
  const svg = renderCoverSvg({ ...digest, stories: [{ ...(digest.stories[0] as Digest['stories'][number]), headline: '<b>&"x"</b>' }] });
  assert.ok(svg.includes('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;'));
  new XMLParser().parse(svg);
});

test('wrapText keeps every character (no cut) and respects the line budget', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 4, max: 30 }), (s, width) => {
      const lines = wrapText(s, width, 100);
      assert.equal(lines.join('').replace(/\s/g, ''), s.replace(/\s/g, ''));
    }),
  );
  const cut = wrapText('一二三四五六七八九十'.repeat(5), 10, 2);
  assert.equal(cut.length, 2);
  assert.ok(cut[1]?.endsWith('…'));
});
