/** Provenance of claims: the line of a statement's figure in the original file, markup and front matter around it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineInFile } from './provenance.js';

const FILE = [
  '---',
  'title: "Meta to spend $120 billion"',
  'date: 2026-02-01',
  '---',
  '# Meta raises its plan',
  '',
  'Analysts had expected **$100 billion**.',
  '',
  'Meta said it will spend $120 billion',
  'this year, up from $72 billion.',
].join('\n');

const CASES: [string, string, number][] = [
  // the title also holds '$120 billion': the words before the figure pick the body line
  ['$120 billion', 'Meta said it will spend ', 9],
  // markup around the number does not hide it
  ['$100 billion', 'Analysts had expected ', 7],
  // a figure the cleaner joined across a line break
  ['$72 billion', 'Meta said it will spend $120 billion this year, up from ', 10],
];

for (const [figure, before, line] of CASES) {
  test(`provenance: ${figure} stands on line ${line}`, () => {
    assert.equal(lineInFile(FILE, figure, before), line);
  });
}

test('provenance: a caption wrapped over two lines is found by its first line', () => {
  const srt = '1\n00:00:01,000 --> 00:00:03,000\nThey committed two hundred and\nfifty billion dollars to Azure.\n';
  assert.equal(lineInFile(srt, 'two hundred and fifty billion dollars', 'They committed '), 3);
});

test('provenance: a figure not in the file gives no line', () => {
  assert.equal(lineInFile(FILE, '$999 billion', ''), undefined);
});
