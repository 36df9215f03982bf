import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { draft } from '../store/suite.js';
import { canonicalUrl, detectLang, lineOf, normalizeItem, splitSentences } from './index.js';

test('language detection', () => {
  const cases: [string, string][] = [
    ['英伟达第三季度营收达到570亿美元，同比增长62%。', 'zh'],
    ['Nvidia reported third-quarter revenue of $57 billion, up 62% from a year earlier.', 'en'],
    ['Nvidia 的 Blackwell 芯片 sold out through next year, says CEO Jensen Huang 黄仁勋', 'mixed'],
    ['', 'en'],
  ];
  for (const [text, lang] of cases) assert.equal(detectLang(text), lang, text);
});

test('a sentence may open with a name written small first (xAI, iPhone, eBay), not with an ordinary lower-case word', () => {
  const text =
    'Nvidia is investing $2 billion in xAI. xAI is leasing the chips. Apple sold more units. iPhone sales rose 6 per cent. vs. last year it was flat.';
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    [
      'Nvidia is investing $2 billion in xAI.',
      'xAI is leasing the chips.',
      'Apple sold more units.',
      'iPhone sales rose 6 per cent. vs. last year it was flat.',
    ],
  );
  // Soft stops off (attribution): the same English boundaries.
  assert.equal(splitSentences(text, { softStops: false }).length, 4);
});

test('sentences in Chinese and English with abbreviations and decimals', () => {
  const text =
    '微软称将投资800亿美元。“我们很有信心！”他说。\n\nThe U.S. company raised $6.6 billion. Mr. Altman said revenue hit $1.5B in Q1. It grew 3.7x.';
  const got = splitSentences(text).map((s) => s.text);
  assert.deepEqual(got, [
    '微软称将投资800亿美元。',
    '“我们很有信心！”',
    '他说。',
    'The U.S. company raised $6.6 billion.',
    'Mr. Altman said revenue hit $1.5B in Q1.',
    'It grew 3.7x.',
  ]);
  const s = splitSentences(text);
  assert.equal(s[3]?.para, 1);
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('sentence offsets always slice the text (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      for (const s of splitSentences(text)) {
        assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
        assert.equal(text.slice(s.start, s.end), s.text);
      }
    }),
  );
});

test('canonical URLs drop tracking parameters and fragments', () => {
  assert.equal(canonicalUrl('HTTPS://WWW.Example.com:443/a/b?utm_source=x&id=2&fbclid=y#top'), 'https://www.example.com/a/b?id=2');
  assert.equal(canonicalUrl('https://e.example/?b=2&a=1'), 'https://e.example/?a=1&b=2');
  assert.equal(canonicalUrl('not a url'), 'not a url');
});

test('normalizeItem: stable id from content, insensitive to line endings', () => {
  const a = normalizeItem(draft('t', 'Line one.\r\n\r\nLine two.'));
  const b = normalizeItem(draft('t', 'Line one.\n\nLine two.'));
  assert.equal(a.id, b.id);
  assert.match(a.id, /^it_[0-9a-f]{16}$/);
  assert.equal(a.sentences.length, 2);
  assert.equal(lineOf(a.text, a.sentences[1]!.start), 3);
});

test('a legal form ends a sentence before a word that only opens one, not before the rest of a title', () => {
  const text =
    'The lessee counts Snowflake and Adobe Inc. among its tenants. Its shares fell 2%. Adobe Inc. Chief Financial Officer Dan Durn spoke. Dell Technologies Inc. said sales rose.';
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    [
      'The lessee counts Snowflake and Adobe Inc. among its tenants.',
      'Its shares fell 2%.',
      'Adobe Inc. Chief Financial Officer Dan Durn spoke.',
      'Dell Technologies Inc. said sales rose.',
    ],
  );
  assert.deepEqual(
    splitSentences('Revenue came from Kappa Holdings Co. The rest was organic.').map((s) => s.text),
    ['Revenue came from Kappa Holdings Co.', 'The rest was organic.'],
  );
});
