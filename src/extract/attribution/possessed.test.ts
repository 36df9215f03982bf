/** A clause opening with a possessive pronoun names what the pronoun's referent holds; the figure after it is the referent's. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, loadGazetteer } from '../index.js';

const gaz = loadGazetteer();
const DOC = '2026-07-15';

/** text, then [figure surface, expected subject] pairs. Sentences written for this test. */
const CASES: [string, [string, string][]][] = [
  [
    'Alibaba shares rose 2% in Hong Kong. Its stake in Ant Group, worth about $38 billion on paper, is not part of the sale. Analysts expect the company to book a gain of $1 billion.',
    [
      ['about $38 billion', 'Alibaba'],
      ['$1 billion', 'Alibaba'],
    ],
  ],
  [
    'Microsoft reported results on Tuesday. Its orders from OpenAI, about $250 billion in total, make up a large part of the backlog.',
    [['about $250 billion', 'Microsoft']],
  ],
  ['阿里巴巴港股收涨2%。其持有的蚂蚁集团股份，账面价值约2700亿元，不在此次出售范围内。', [['约2700亿元', 'Alibaba']]],
  // a part named after the pronoun is the one that acts: 'its unit Solidigm'
  [
    'SK Hynix said demand was strong. Its unit Solidigm, which makes storage drives, posted revenue of $2 billion.',
    [['$2 billion', 'Solidigm']],
  ],
];

for (const [text, expected] of CASES) {
  test(`possessed holding: ${text}`, () => {
    const { figures } = extract(text, { date: DOC }, gaz);
    const got = expected.map(([surface]) => {
      const f = figures.find((x) => x.text === surface || x.text.endsWith(surface));
      assert.ok(f, `no figure ${surface} in ${JSON.stringify(figures.map((x) => x.text))}`);
      return [surface, f.subject ?? ''];
    });
    assert.deepEqual(got, expected);
  });
}
