/** A round's total is the company raising it, never an investor joining it ('alongside X', 'investors such as X'). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, loadGazetteer } from '../index.js';

const gaz = loadGazetteer();
const DOC = '2026-07-15';

/** text, then [figure surface, expected subject] pairs. Sentences written for this test. */
const CASES: [string, [string, string][]][] = [
  [
    'Nvidia is in talks to invest about $500 million in Mistral AI. Existing investors are set to add another $100 million alongside Nvidia, bringing the round to about $600 million.',
    [['about $600 million', 'Mistral AI']],
  ],
  [
    'Samsung will invest $400 million in Perplexity. Existing backers such as Nvidia will also take part, lifting the round to $650 million.',
    [['$650 million', 'Perplexity']],
  ],
];

for (const [text, expected] of CASES) {
  test(`round joiners: ${text}`, () => {
    const { figures } = extract(text, { date: DOC }, gaz);
    const got = expected.map(([surface]) => {
      const f = figures.find((x) => x.text === surface || x.text.endsWith(surface));
      assert.ok(f, `no figure ${surface} in ${JSON.stringify(figures.map((x) => x.text))}`);
      return [surface, f.subject ?? ''];
    });
    assert.deepEqual(got, expected);
  });
}
