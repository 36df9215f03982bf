import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import type { Digest } from '../types/index.js';
import {
  COVER_HEIGHT,
  COVER_WIDTH,
  coverDate,
  coverMeasure,
  renderCover,
  renderCoverSvg,
  roughAdvance,
  textWidth,
  wrapText,
} from './cover.js';
import { COVER_FONT_FAMILY, coverFontFiles, loadFontMetrics } from './cover-font.js';

const digest = JSON.parse(readFileSync(new URL('../../test/fixtures/render/stories-day/input.json', import.meta.url), 'utf8')) as Digest;
type Story = Digest['stories'][number];

/** The digest with its top story's headline (and optionally key figure) replaced. */
function withTop(headline: string, keyFigure?: Story['keyFigure']): Digest {
  const top = digest.stories[0] as Story;
  return {
    ...digest,
    stories: [{ ...top, headline, keyFigure: keyFigure === undefined ? top.keyFigure : keyFigure }, ...digest.stories.slice(1)],
  };
}

/** A decoded 8-bit RGBA PNG (the only kind resvg writes). */
interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decodes a non-interlaced 8-bit RGBA PNG: IHDR, concatenated IDAT, the five scanline filters. */
function decodePng(png: Uint8Array): Image {
  const b = Buffer.from(png);
  assert.deepEqual([...b.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < b.length) {
    const len = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    const data = b.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth');
      assert.equal(data[9], 6, 'colour type RGBA');
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (rgba[row + x - 4] as number) : 0;
      const up = y > 0 ? (rgba[row - stride + x] as number) : 0;
      const c = x >= 4 && y > 0 ? (rgba[row - stride + x - 4] as number) : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = up;
      else if (filter === 3) pred = (a + up) >> 1;
      else if (filter === 4) {
        const p = a + up - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      rgba[row + x] = ((src[x] as number) + pred) & 0xff;
    }
  }
  return { width, height, rgba };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Pixels in the box that are text: bright (white headline, gold figure) against the dark card. */
function ink(img: Image, box: Box): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * img.width + x) * 4;
      const lum = 0.2126 * (img.rgba[i] as number) + 0.7152 * (img.rgba[i + 1] as number) + 0.0722 * (img.rgba[i + 2] as number);
      if (lum > 170) n++;
    }
  }
  return n;
}

/** Pixels in the box in the figure's gold (#ffd166): red and green high, blue low. */
function gold(img: Image, box: Box): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * img.width + x) * 4;
      if ((img.rgba[i] as number) > 200 && (img.rgba[i + 1] as number) > 150 && (img.rgba[i + 2] as number) < 150) n++;
    }
  }
  return n;
}

/** Pixels in the box whose colour differs between two images. */
function diff(a: Image, b: Image, box: Box): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs((a.rgba[i] as number) - (b.rgba[i] as number)) + Math.abs((a.rgba[i + 1] as number) - (b.rgba[i + 1] as number)) > 60)
        n++;
    }
  }
  return n;
}

/** The headline's box, read from the tspans of the card's SVG (baselines and font size). */
function headlineBox(svg: string): Box {
  const size = Number(/<text font-size="(\d+)" font-weight="700"><tspan/.exec(svg)?.[1]);
  const ys = [...svg.matchAll(/<tspan x="\d+" y="(\d+)">/g)].map((m) => Number(m[1]));
  assert.ok(size > 0 && ys.length > 0, 'the SVG has a headline');
  return { x0: 60, y0: Math.round((ys[0] as number) - size), x1: 1140, y1: Math.round((ys[ys.length - 1] as number) + size * 0.25) };
}

async function png(d: Digest): Promise<{ svg: string; img: Image }> {
  const { svg, png } = await renderCover(d);
  assert.ok(png, 'resvg and the font are dependencies: the PNG is always made');
  return { svg, img: decodePng(png) };
}

test('the cover SVG is well-formed and carries date, key figure, headline and footer', () => {
  const svg = renderCoverSvg(digest);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
  assert.equal(doc.svg['@_width'], String(COVER_WIDTH));
  assert.equal(doc.svg['@_height'], String(COVER_HEIGHT));
  assert.ok(svg.includes('aria-label="AI 日报 2026-03-02 '));
  assert.ok(svg.includes('>2026年3月2日 星期一<'));
  assert.ok(svg.includes('>400亿美元<'), 'the key figure as formatFigureZh writes it');
  assert.ok(svg.includes('>AI 日报<'));
  assert.ok(svg.includes('>factbrief · 每个数字都有出处<'));
  const text = svg.replace(/<[^>]+>/g, '');
  assert.ok(text.replace(/\s/g, '').includes('OpenAI完成400亿美元融资，估值达3000亿美元'));
  assert.ok(svg.includes(`'${COVER_FONT_FAMILY}'`) && svg.includes('sans-serif'));
});

test('cover text is escaped', () => {
  const svg = renderCoverSvg(withTop('<b>&"x"</b>'));
  assert.ok(svg.includes('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;'));
  new XMLParser().parse(svg);
});

test('the cover font ships with the install and has Chinese glyphs one em wide', () => {
  const files = coverFontFiles();
  assert.ok(files, '@embedpdf/fonts-sc is installed');
  const m = loadFontMetrics(files.regular);
  for (const ch of '中文亿美元，“”') assert.equal(m.advance(ch.codePointAt(0) as number), 1, ch);
  const a = m.advance('A'.codePointAt(0) as number) as number;
  assert.ok(a > 0.4 && a < 0.8);
  assert.equal(m.advance(0xe000), undefined, 'a private-use code point has no glyph');
});

test('the PNG is a 1200×630 RGBA image', async () => {
  const { img } = await png(digest);
  assert.equal(img.width, COVER_WIDTH);
  assert.equal(img.height, COVER_HEIGHT);
  assert.equal(img.rgba.length, COVER_WIDTH * COVER_HEIGHT * 4);
});

test('Chinese headlines render as glyphs: different characters give different ink, not the same tofu boxes', async () => {
  const a = await png(withTop('英伟达发布新一代数据中心芯片'));
  const b = await png(withTop('台积电扩大先进封装产能计划书'));
  const box = headlineBox(a.svg);
  assert.deepEqual(headlineBox(b.svg), box, 'same length, same layout');
  const inkA = ink(a.img, box);
  const inkB = ink(b.img, box);
  // 14 bold characters at ≥ 44 px each leave thousands of text pixels.
  assert.ok(inkA > 4000, `headline ink ${inkA}`);
  assert.ok(inkB > 4000, `headline ink ${inkB}`);
  const changed = diff(a.img, b.img, box);
  assert.ok(changed > 3000, `pixels that differ between the two headlines: ${changed}`);
  const outside = diff(a.img, b.img, { x0: 0, y0: 0, x1: COVER_WIDTH, y1: box.y0 });
  assert.equal(outside, 0, 'nothing above the headline changes');
});

test('the key figure is drawn large, and a long one still fits inside the card', async () => {
  const none = await png(withTop('英伟达发布新一代数据中心芯片', null));
  const some = await png(withTop('英伟达发布新一代数据中心芯片'));
  const card = { x0: 0, y0: 0, x1: COVER_WIDTH, y1: COVER_HEIGHT };
  assert.equal(gold(none.img, card), 0, 'no figure, no gold');
  // 400亿美元 at over 100 px: tens of thousands of gold pixels, all above the headline.
  const figureInk = gold(some.img, card);
  assert.ok(figureInk > 20000, `gold pixels ${figureInk}`);
  assert.equal(gold(some.img, { ...card, y0: headlineBox(some.svg).y0 }), 0, 'the figure stays above the headline');
  const long = await png(
    withTop(
      '英伟达发布新一代 Blackwell Ultra 数据中心芯片，黄仁勋称“AI 工厂”需求远超预期，台积电、博通与甲骨文同日宣布扩大资本开支计划，市场预计全年投资规模将再创新高',
      {
        text: '约5000亿至6100亿美元',
        start: 0,
        end: 0,
        kind: 'money',
        low: 5e11,
        high: 6.1e11,
        currency: 'USD',
        qualifier: 'approx',
      },
    ),
  );
  assert.ok(long.svg.includes('>约5000亿至6100亿美元<'));
  assert.ok(ink(long.img, { x0: 60, y0: 130, x1: 1140, y1: 530 }) > 20000);
  assert.equal(ink(long.img, { x0: 1165, y0: 0, x1: COVER_WIDTH, y1: COVER_HEIGHT }), 0, 'no text in the right margin');
  assert.equal(ink(long.img, { x0: 0, y0: 0, x1: 60, y1: COVER_HEIGHT }), 0, 'no text in the left margin');
  const lines = [...long.svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] as string);
  assert.equal(lines.length, 3);
  assert.ok(lines[2]?.endsWith('…'), 'the cut headline ends with an ellipsis');
});

test('coverDate writes the Chinese date with its weekday', () => {
  assert.equal(coverDate('2026-03-02'), '2026年3月2日 星期一');
  assert.equal(coverDate('2026-03-08'), '2026年3月8日 星期日');
  assert.equal(coverDate('soon'), 'soon');
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

const ALPHABET = [...'英伟达发布芯片台积电亿美元，。、：！？”’）》“‘（《', 'AI', 'Nvidia', '400', '37%', ' '];
// The marks the code lets hang (NO_START in cover.ts) include %: '37%' split at the line end keeps its % on the line.
const CLOSING = new Set([...'，。、：！？”’）》%']);
const OPENING = new Set([...'“‘（《']);

test('wrapText: a closing mark ending an over-long Latin run hangs, never opens a line (fast-check counterexample)', () => {
  const lines = wrapText('NvidiaNvidia’', 7, 100, coverMeasure('bold'));
  assert.ok(
    lines.slice(1).every((l) => !CLOSING.has([...l][0] as string)),
    JSON.stringify(lines),
  );
});

test('wrapText: opening marks with a space between them never end a line (fast-check counterexample)', () => {
  const lines = wrapText('英英《 《英’', 6, 100, coverMeasure('bold'));
  lines.slice(0, -1).forEach((l) => assert.ok(!OPENING.has([...l.trim()].pop() as string), JSON.stringify(lines)));
  assert.equal(lines.join('').replace(/\s/g, ''), '英英《《英’');
});

test('wrapText: a closing mark hanging past the line end takes no space with it (fast-check counterexample)', () => {
  const measure = coverMeasure('bold');
  const lines = wrapText('37%400》》 ）', 6, 100, measure);
  assert.equal(lines.join('').replace(/\s/g, ''), '37%400》》）');
  for (const l of lines) assert.ok(!/ [）》]/u.test(l), JSON.stringify(lines));
});

test('wrapText: no line starts with closing punctuation or ends with an opening one; lines fit (a closing mark may hang)', () => {
  const measure = coverMeasure('bold');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), fc.integer({ min: 6, max: 20 }), (parts, width) => {
      const s = parts.join('');
      const lines = wrapText(s, width, 100, measure);
      assert.equal(lines.join('').replace(/\s/g, ''), s.replace(/\s/g, ''));
      lines.forEach((l, i) => {
        const first = [...l][0] as string;
        const last = [...l].pop() as string;
        if (i > 0) assert.ok(!CLOSING.has(first), `line ${i} starts with ${first}: ${JSON.stringify(lines)}`);
        if (i < lines.length - 1 && [...l].some((ch) => !OPENING.has(ch)))
          assert.ok(!OPENING.has(last), `line ${i} ends with ${last}: ${JSON.stringify(lines)}`);
        // Closing marks that cannot be carried to the next line hang past its end, up to one em each.
        // (a line made only of closing marks hangs whole)
        const firstOther = [...l].reverse().findIndex((ch) => !CLOSING.has(ch));
        const hanging = firstOther < 0 ? [...l].length : firstOther;
        const over = textWidth(l, measure) - width;
        assert.ok(over <= 0 || over <= Math.max(hanging, 0), `line ${i} is ${over} em too wide: ${JSON.stringify(lines)}`);
      });
    }),
  );
});

test('wrapText keeps English words whole and measures with the font', () => {
  const measure = coverMeasure('bold');
  const lines = wrapText('Anthropic releases a model with a longer context window for enterprise customers', 16, 10, measure);
  const words = 'Anthropic releases a model with a longer context window for enterprise customers'.split(' ');
  assert.deepEqual(lines.join(' ').split(' '), words);
  for (const l of lines) assert.ok(textWidth(l, measure) <= 16);
  // Proportional Latin is narrower than the rough estimate, so more of it fits on a line.
  assert.ok(textWidth('illicit', measure) < textWidth('illicit', roughAdvance));
});
