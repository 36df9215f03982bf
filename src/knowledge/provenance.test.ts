import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../util/random.js';
import { LazyProbes, RawLocator, sourceLine, TolerantPattern, tolerant } from './provenance.js';

const front = '---\ntitle: "Chips"\ndate: 2026-03-01\n---\n';

/** [what, raw file text, clean item text, sentence, meta, expected line]. */
const CASES: [string, string, string, string, Record<string, unknown>, number][] = [
  [
    'front matter and blank lines are counted',
    `${front}\nIntel said on Monday it will invest $2 billion in Mistral.\n\nMistral thanked Intel.\n`,
    'Intel said on Monday it will invest $2 billion in Mistral.\n\nMistral thanked Intel.',
    'Mistral thanked Intel.',
    {},
    8,
  ],
  [
    'markup inside the sentence (bold figure, link)',
    `${front}# Title\n\nSamsung will buy **$3 billion** of [Nebius](https://nebius.com) capacity, people said.\n`,
    'Title\n\nSamsung will buy $3 billion of Nebius capacity, people said.',
    'Samsung will buy $3 billion of Nebius capacity, people said.',
    {},
    7,
  ],
  [
    'a digest story numbers its lines from its first line in the file (meta.line)',
    '腾讯向 MiniMax 追加投资 5 亿美元。\n\n这是腾讯今年第二次出手。',
    '腾讯向 MiniMax 追加投资 5 亿美元。\n\n这是腾讯今年第二次出手。',
    '这是腾讯今年第二次出手。',
    { line: 20 },
    22,
  ],
  ['not found in the raw text: the line in the clean text', '<p>a</p>', 'one\ntwo\nthree', 'three', {}, 3],
];

for (const [what, raw, text, sentence, meta, want] of CASES) {
  test(`sourceLine: ${what}`, () => {
    assert.equal(sourceLine({ raw, text, meta }, sentence, text.indexOf(sentence)), want);
  });
}

/** Figures: the line where the figure itself stands, which may differ from its sentence's first line. */
const RAW = [
  '---',
  'title: "Meta to spend $120 billion"',
  'date: 2026-02-01',
  '---',
  '# Meta raises its plan',
  '',
  'Analysts had expected **$100 billion**, and 微软累计投资约**130亿美元**。',
  '',
  'Meta said it will spend $120 billion',
  'this year, up from $72 billion.',
].join('\n');
const TEXT = [
  'Meta raises its plan',
  '',
  'Analysts had expected $100 billion, and 微软累计投资约130亿美元。',
  '',
  'Meta said it will spend $120 billion this year, up from $72 billion.',
].join('\n');

const FIGURES: [string, string, number][] = [
  // the title also holds '$120 billion': the body's sentence is found first, then the figure in it
  ['Meta said it will spend $120 billion this year, up from $72 billion.', '$120 billion', 9],
  // a figure of a sentence wrapped over two lines stands on the second
  ['Meta said it will spend $120 billion this year, up from $72 billion.', '$72 billion', 10],
  // markup inside the figure's own text ('约**130亿美元**') does not hide it
  ['Analysts had expected $100 billion, and 微软累计投资约130亿美元。', '约130亿美元', 7],
];

for (const [sentence, figure, want] of FIGURES) {
  test(`figureLine: ${figure} stands on line ${want}`, () => {
    const at = TEXT.indexOf(sentence);
    const loc = new RawLocator({ raw: RAW, text: TEXT, meta: {} });
    assert.equal(loc.figureLine(sentence, at, figure, sentence.indexOf(figure)), want);
  });
}

test('figureLine: a caption wrapped over two lines is found by its first line', () => {
  const raw = '1\n00:00:01,000 --> 00:00:03,000\nThey committed two hundred and\nfifty billion dollars to Azure.\n';
  const text = 'They committed two hundred and fifty billion dollars to Azure.';
  const loc = new RawLocator({ raw, text, meta: {} });
  assert.equal(loc.figureLine(text, 0, 'two hundred and fifty billion dollars', 15), 3);
});

test('figureLine: a figure broken across two caption cues stands where its first words do', () => {
  const raw = [
    'WEBVTT',
    '',
    '145',
    '00:09:42.400 --> 00:09:47.585',
    '<v Ana>Right now capex is growing something like',
    'sixty percent and cloud revenue about',
    'thirty',
    '',
    '146',
    '00:09:47.835 --> 00:09:50.798',
    '<v Ana>percent. If that gap closes, it works.',
    '',
  ].join('\n');
  const text =
    'Right now capex is growing something like sixty percent and cloud revenue about thirty percent. If that gap closes, it works.';
  const loc = new RawLocator({ raw, text, meta: {} });
  assert.equal(loc.figureLine(text, 0, 'about thirty percent', text.indexOf('about thirty')), 6);
  assert.equal(loc.figureLine(text, 0, 'sixty percent', text.indexOf('sixty')), 6);
});

test('RawLocator: a long item costs a bounded search per sentence (sentences far apart are still found)', () => {
  const filler = `${'<div class="ad">x</div>\n'.repeat(2000)}`;
  const raw = `<p>First claim: revenue was $5 billion.</p>\n${filler}<p>Second claim: profit was $2 billion.</p>\n`;
  const text = 'First claim: revenue was $5 billion.\n\nSecond claim: profit was $2 billion.';
  const loc = new RawLocator({ raw, text, meta: {} });
  assert.equal(loc.figureLine('First claim: revenue was $5 billion.', 0, '$5 billion', 25), 1);
  const second = 'Second claim: profit was $2 billion.';
  assert.equal(loc.figureLine(second, text.indexOf(second), '$2 billion', 25), 2002);
});

/** A small seeded generator (tests must be reproducible). */
const rng = seededRandom;

test('TolerantPattern finds what the tolerant regex finds (start and end), in any window', () => {
  // Letters, markup and spacing (gap characters among them), Han, a surrogate pair: needles taken from the text with
  // gaps added or removed, some with a gap character of their own (the regex path), some absent.
  const alphabet = ['a', 'b', 'c', ' ', '  ', '\n', '*', '**', '_', '`', '~', '\u00a0', '\u3000', '微', '软', '亿', '😀', '$', '1', '.'];
  const next = rng(14);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T;
  let compared = 0;
  let found = 0;
  for (let n = 0; n < 4000; n++) {
    const hay = Array.from({ length: 5 + Math.floor(next() * 60) }, () => pick(alphabet)).join('');
    const a = Math.floor(next() * hay.length);
    let needle = hay.slice(a, a + 1 + Math.floor(next() * 8));
    if (next() < 0.3) needle = needle.replace(/[*_`~]/g, '');
    if (next() < 0.2) needle = `${needle}${pick(alphabet)}`;
    const pattern = TolerantPattern.of(needle);
    const re = tolerant(needle);
    assert.equal(pattern === undefined, re === undefined, JSON.stringify(needle));
    if (!pattern || !re) continue;
    const from = Math.floor(next() * (hay.length / 2));
    const limit = next() < 0.5 ? hay.length : from + Math.floor(next() * (hay.length - from + 1));
    re.lastIndex = 0;
    const m = re.exec(hay.slice(from, limit));
    const want = m ? [from + m.index, from + m.index + m[0].length] : undefined;
    assert.deepEqual(pattern.exec(hay, from, limit), want, JSON.stringify({ hay, needle, from, limit }));
    compared++;
    if (want) found++;
  }
  assert.ok(compared > 3000 && found > 1000, `${compared} compared, ${found} found`);
});

test("a sentence's probes are made one at a time, longest first, and a second pass gets the same ones (decision 097)", () => {
  const raw = 'Intro line.\n\nShares of **Helio Robotics** jumped 14% after the company reported quarterly revenue of $812 million.\n';
  const sentence = 'Shares of Helio Robotics jumped 14% after the company reported quarterly revenue of $812 million.';
  const probes = new LazyProbes(sentence);
  const first = probes[Symbol.iterator]().next().value;
  assert.equal(probes.built, 1, 'only the first probe is made when it is the one asked for');
  assert.deepEqual(first?.exec(raw, 0, raw.length), [13, 39], "the sentence's first 24 characters, markup between them allowed");
  const all = [...probes];
  assert.equal(probes.built, 4, 'its starts of 24, 12 and 6 characters, then two of its middle words (no Han run)');
  assert.equal(all[0], first, 'a second pass reuses the probes already made');
  assert.deepEqual([...probes], all);
  const zh = new LazyProbes('据悉，星河科技第三季度营收同比增长8%。');
  assert.deepEqual(
    [...zh].map((p) => p.exec('据悉，星河科技第三季度营收同比增长8%。', 0, 30)?.[0]),
    [0, 0, 4],
    'a short Chinese sentence: its 12- and 6-character starts, then its Han run after the fourth character',
  );
});
