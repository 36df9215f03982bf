import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceLine } from './provenance.js';

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
