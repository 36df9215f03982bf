import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractFigures } from '../extract/index.js';
import type { DetectedFormat } from './detect.js';
import { maskDocument, maskMarkup, spanIsContent } from './mask.js';

/**
 * The invariants every mask keeps: same length, every character kept or blanked; line breaks kept, except that in
 * subtitles a break between two content lines of a cue (caption wrapping) becomes a space.
 */
function assertOffsetPreserving(input: string, masked: string, format: DetectedFormat): void {
  assert.equal(masked.length, input.length);
  const subtitles = format === 'vtt' || format === 'srt';
  for (let i = 0; i < input.length; i++) {
    const a = input[i];
    const b = masked[i];
    if (a === '\n' || a === '\r') {
      if (b === ' ' && subtitles) {
        // joined: content on both sides of this break in the masked text
        const before = masked.slice(0, i).replace(/[ \t\r]*$/, '');
        const after = masked.slice(i + 1).replace(/^[ \t\r\n]*/, '');
        assert.ok(before.length > 0 && !before.endsWith('\n') && after.length > 0, `line break at ${i} joined between content`);
      } else assert.equal(b, a, `line break at ${i} kept`);
    } else assert.ok(b === a || b === ' ', `offset ${i}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
  }
}

/** Content that must survive at its own offset. */
function assertKeptAt(input: string, masked: string, kept: string): void {
  const at = input.indexOf(kept);
  assert.ok(at >= 0, `case lists ${JSON.stringify(kept)} but the input lacks it`);
  assert.equal(masked.slice(at, at + kept.length), kept, `${JSON.stringify(kept)} kept at ${at}`);
}

interface Case {
  name: string;
  format: DetectedFormat;
  input: string;
  /** Reader-visible content, kept at the same offsets. */
  kept: string[];
  /** Markup that must be gone from the masked text. */
  gone: string[];
}

const VTT = [
  'WEBVTT - The Compute Cycle, ep. 112',
  'Kind: captions',
  'Language: en',
  '',
  'NOTE',
  'Recorded 2026-11-20, published 2026-11-21.',
  'Source: https://podcasts.example.com/112',
  '',
  'STYLE',
  '::cue(.loud) { color: yellow; font-size: 120%; }',
  '',
  'REGION',
  'id:fred width:40% lines:3',
  '',
  'intro-1',
  '00:00:04.000 --> 00:00:07.333 align:start position:10% size:80%',
  '<v Dana Whitaker>Welcome back. Nvidia booked <c.loud>$57 billion</c> in revenue,',
  '<i>up 62%</i> from a year earlier.</v>',
  '',
  '00:07.583 --> 00:12.398',
  '<v.host Marcus Feld>four<00:00:08.100> hundred billion dollars, roughly.',
  '',
].join('\n');

const SRT = [
  '1',
  '00:00:01,500 --> 00:00:05,944',
  'ANCHOR: Joining us now, <i>Helen Osei</i>.',
  '',
  '2',
  '00:00:06,194 --> 00:00:09,157 X1:100 X2:600 Y1:50 Y2:90',
  '{\\an8}<font color="#ffff00">英伟达营收570亿美元</font>，同比增长62%。',
  '',
].join('\r\n');

const HTML = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN"><head><meta charset="utf-8"><title>甲骨文发债180亿美元</title>',
  '<meta property="og:description" content="Oracle sold $38 billion of bonds">',
  '<style>.price::after { content: "$99 million"; width: 50%; }</style>',
  '<script type="application/ld+json">{"price": "$12 billion", "a": "</p>"}</script>',
  '</head><body><!-- ad slot: $5 billion -->',
  '<p class="lead">Oracle raised <b>$18 billion</b> in a bond sale, <a href="/x?q=40%">more than</a> expected.</p>',
  '<noscript><img src="pixel.gif?v=7%"> Enable JavaScript for 3 more stories</noscript>',
  '<template><p>$1 trillion placeholder</p></template>',
  '<p>Debt &amp; leases: 4 times</p></body></html>',
].join('\n');

const cases: Case[] = [
  {
    name: 'vtt: header, NOTE, STYLE, REGION, cue id, timing with settings, inline tags',
    format: 'vtt',
    input: VTT,
    kept: [
      'Welcome back. Nvidia booked ',
      '$57 billion',
      ' in revenue,',
      'up 62%',
      ' from a year earlier.',
      'four',
      ' hundred billion dollars, roughly.',
    ],
    gone: [
      'WEBVTT',
      'Kind:',
      'NOTE',
      'Recorded',
      'Source:',
      'STYLE',
      '120%',
      'REGION',
      '40%',
      'intro-1',
      '-->',
      '10%',
      '80%',
      '<v',
      'Dana Whitaker',
      'Marcus Feld',
      '<c.loud>',
      '</c>',
      '<i>',
      '</v>',
      '<00:00:08.100>',
    ],
  },
  {
    name: 'vtt: no blank line between the header and the first cue',
    format: 'vtt',
    input: 'WEBVTT\n00:01.000 --> 00:02.000\nCapex rose 40%.\n',
    kept: ['Capex rose 40%.'],
    gone: ['WEBVTT', '-->'],
  },
  {
    name: 'srt (CRLF): index lines, timing lines with coordinates, <i> / <font> tags, {\\an8}',
    format: 'srt',
    input: SRT,
    kept: ['ANCHOR: Joining us now, ', 'Helen Osei', '英伟达营收570亿美元', '，同比增长62%。'],
    gone: ['-->', 'X1:100', '<i>', '</i>', '<font', '</font>', '{\\an8}', '1\r\n00'],
  },
  {
    name: 'srt: a stray index without timing is blanked, caption text without timing kept',
    format: 'srt',
    input: '7\n\n00:00:01,000 --> 00:00:02,000\nRevenue hit $3 billion.\n\nand grew 12%\n',
    kept: ['Revenue hit $3 billion.', 'and grew 12%'],
    gone: ['7\n'],
  },
  {
    name: 'html: tags, attributes, comments, doctype, script / style / noscript / template contents',
    format: 'html',
    input: HTML,
    kept: [
      '甲骨文发债180亿美元',
      'Oracle raised ',
      '$18 billion',
      ' in a bond sale, ',
      'more than',
      ' expected.',
      'Debt &amp; leases: 4 times',
    ],
    gone: [
      '<!DOCTYPE',
      '$38 billion',
      '$99 million',
      '50%',
      '$12 billion',
      '$5 billion',
      'q=40%',
      '7%',
      '3 more stories',
      '$1 trillion',
      '<p',
      '</p>',
      '<b>',
    ],
  },
  {
    name: 'html: `>` inside a quoted attribute, `<` in text that opens no tag',
    format: 'html',
    input: '<p title="a > b, $7 billion">Growth < 5% and 2 < 3</p>',
    kept: ['Growth < 5% and 2 < 3'],
    gone: ['$7 billion', 'title'],
  },
  {
    name: 'html: an unclosed script hides the rest of the file',
    format: 'html',
    input: '<p>Up 9%</p><script>var x = "$40 billion";\nvar y = 12;',
    kept: ['Up 9%'],
    gone: ['$40 billion', '12'],
  },
  {
    name: 'html: an unclosed tag hides the rest of the file',
    format: 'html',
    input: '<p>Down 3%</p><a href="x\n$40 billion',
    kept: ['Down 3%'],
    gone: ['$40 billion'],
  },
  {
    name: 'markdown, text and JSON are returned as they are',
    format: 'markdown',
    input: '# 亚马逊\n\n<b>超过80亿美元</b>\n',
    kept: ['# 亚马逊\n\n<b>超过80亿美元</b>\n'],
    gone: [],
  },
];

for (const c of cases) {
  test(`maskMarkup — ${c.name}`, () => {
    const masked = maskMarkup(c.input, c.format);
    assertOffsetPreserving(c.input, masked, c.format);
    for (const k of c.kept) assertKeptAt(c.input, masked, k);
    for (const g of c.gone) assert.ok(!masked.includes(g), `${JSON.stringify(g)} should be blanked:\n${masked}`);
  });
}

test('maskMarkup: the documented SRT example, exactly', () => {
  const input = '1\n00:00:01,000 --> 00:00:02,000\n<i>$4 billion</i>\n';
  assert.equal(maskMarkup(input, 'srt'), ` \n${' '.repeat(29)}\n   $4 billion    \n`);
});

test('maskMarkup: cue boundaries become whitespace-only lines', () => {
  const input = '1\n00:05:01,000 --> 00:05:05,861\neight hundred billion\n\n76\n00:05:05,861 --> 00:05:09,000\ndollars in capex\n';
  const masked = maskMarkup(input, 'srt');
  const lines = masked.split('\n');
  assert.deepEqual(
    lines.map((l) => l.trim()),
    ['', '', 'eight hundred billion', '', '', '', 'dollars in capex', ''],
  );
});

test('maskMarkup: a caption wrapped inside a cue reads as one line; cue boundaries do not join', () => {
  const input =
    '75\r\n00:05:00,396 --> 00:05:05,211\r\nshort by something like eight hundred billion\r\ndollars.\r\n\r\n76\r\n00:05:05,861 --> 00:05:08,824\r\nEight hundred billion short.\r\n';
  const masked = maskMarkup(input, 'srt');
  assert.equal(masked.length, input.length);
  assert.ok(masked.includes('eight hundred billion  dollars.'), masked);
  assert.ok(/dollars\.\r\n\r\n/.test(masked), 'the cue boundary stays a blank line');
  const figs = extractFigures(masked);
  assert.deepEqual(
    figs.map((f) => [input.slice(f.start, f.end), f.value, f.qualifier]),
    [['something like eight hundred billion\r\ndollars', 8e11, 'approx']],
  );
  assert.ok(spanIsContent(input, masked, figs[0]?.start ?? 0, figs[0]?.end ?? 0));
});

test('maskDocument: detects the format as ingest does', () => {
  assert.equal(maskDocument('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Up 12%', { filename: 'a.txt' }).format, 'vtt');
  assert.equal(maskDocument('1\n00:00:01,000 --> 00:00:02,000\nUp 12%\n', { filename: 'a.txt' }).format, 'srt');
  assert.equal(maskDocument('<!doctype html><p>Up 12%</p>', { filename: 'a.html' }).format, 'html');
  const md = '# 标题\n\n营收 **681 亿美元**\n';
  assert.deepEqual(maskDocument(md, { filename: 'a.md' }), { format: 'markdown', text: md });
  const json = '{"revenue": "$5 billion"}';
  assert.equal(maskDocument(json, { filename: 'a.json' }).text, json);
});

test('hostile input: figures inside scripts, styles, comments, attributes and cue settings are never extracted', () => {
  const html =
    '<html><body><script>document.write("<p>Nvidia invested $100 billion</p>")</script>' +
    '<style>p { width: 75%; }</style><!-- <p>$9 billion</p> --><img alt="$3 trillion" src=x>' +
    '<p>No numbers here.</p></body></html>';
  assert.deepEqual(extractFigures(maskMarkup(html, 'html')), []);
  const vtt = 'WEBVTT\n\nNOTE $5 billion\n\n00:00.000 --> 00:02.000 position:45% size:30%\n<v Speaker 1000>Hello\n';
  assert.deepEqual(extractFigures(maskMarkup(vtt, 'vtt')), []);
});

test('the voice-tag bug: `<v Marcus Feld>four hundred billion dollars` is an exact figure, not `>…` read as "more than"', () => {
  const vtt = 'WEBVTT\n\n11\n00:00:44.367 --> 00:00:47.700\n<v Marcus Feld>four hundred billion dollars between the\nfour of them,\n';
  const masked = maskMarkup(vtt, 'vtt');
  const figs = extractFigures(masked);
  const f = figs.find((x) => x.value === 4e11);
  assert.ok(f, JSON.stringify(figs));
  assert.equal(f.text, 'four hundred billion dollars');
  assert.equal(vtt.slice(f.start, f.end), f.text);
  assert.equal(f.qualifier, 'exact');
});

test('spanIsContent: a span reaching into masked markup is not content', () => {
  const src = 'Up 40</i> %';
  const masked = maskMarkup(src, 'srt');
  assert.equal(masked, 'Up 40     %');
  assert.equal(spanIsContent(src, masked, 3, 5), true);
  assert.equal(spanIsContent(src, masked, 3, 11), false);
  // whitespace that was whitespace already may be inside a span
  assert.equal(spanIsContent('a b', 'a b', 0, 3), true);
});

test('property: any mix of markup and text keeps length, line breaks and every unmasked character', () => {
  const token = fc.constantFrom(
    'WEBVTT',
    'NOTE',
    '\n',
    '\r\n',
    '\n\n',
    '00:00:01.000 --> 00:00:02.000',
    '00:00:01,000 --> 00:00:02,000 X1:1',
    '12',
    '<v Ann Lee>',
    '</v>',
    '<00:01.500>',
    '<i>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<p class="a>b">',
    '"',
    "'",
    '<',
    '>',
    '=',
    '$4 billion',
    '英伟达营收570亿美元',
    '😀',
    ' ',
    '{\\an8}',
  );
  const doc = fc.array(fc.oneof(token, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((t) => t.join(''));
  fc.assert(
    fc.property(doc, fc.constantFrom<DetectedFormat>('vtt', 'srt', 'html', 'text'), (input, format) => {
      assertOffsetPreserving(input, maskMarkup(input, format), format);
    }),
    { numRuns: 500 },
  );
});

test('huge hostile inputs are masked in one pass (a quadratic scan would not finish)', () => {
  const n = 2_000_000;
  const inputs: [string, DetectedFormat][] = [
    ['<a href="'.concat('x'.repeat(n)), 'html'],
    ['<'.repeat(n), 'html'],
    ['<a '.repeat(n / 3), 'html'],
    ['<!--'.repeat(n / 4), 'html'],
    ['<script>'.repeat(n / 8), 'html'],
    ['<p>$1 billion</p>\n'.repeat(n / 18), 'html'],
    ['1\n00:00:01,000 --> 00:00:02,000\n<i>Up 5%</i>\n\n'.repeat(n / 45), 'srt'],
    [`WEBVTT\n\n${'<v A>'.repeat(n / 5)}`, 'vtt'],
    [`WEBVTT\n\n${'\n'.repeat(n)}`, 'vtt'],
  ];
  for (const [input, format] of inputs) {
    const masked = maskMarkup(input, format);
    assert.equal(masked.length, input.length);
  }
  const srt = inputs[6]?.[0] as string;
  const masked = maskMarkup(srt, 'srt');
  assert.equal(masked.split('Up 5%').length - 1, srt.split('Up 5%').length - 1);
});
