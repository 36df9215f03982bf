/**
 * Decision 163: 低于 / 高于 an earlier report only where the value moved over time (a final figure against the earlier
 * rumour, talks or plan); two firm sources of one measure say the earlier one beside today's (路透社此前报道为…).
 * Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, StoryBundle } from '../../types/index.js';
import { earlierOtherValue } from './engine.js';
import type { StoryFact } from './facts.js';
import { finalMove, movedOverTime, provisionalStatement } from './moved-over-time.js';

const RUMOUR = {
  title: 'Quillon Robotics in talks to raise funds at higher valuation',
  url: 'https://www.bloomberg.com/news/quillon-round-2026-12-01',
  date: '2026-12-01',
  text: 'Quillon Robotics is set to raise about $900 million in a new round, according to people familiar with the matter.',
};
const FIRM_WIRE = {
  title: 'Quillon Robotics says round drew strong demand',
  url: 'https://www.reuters.com/technology/quillon-round-2026-12-01/',
  date: '2026-12-01',
  text: 'Quillon Robotics raised $900 million in a new funding round on Monday.',
};
const OFFICIAL = {
  title: 'Quillon Robotics closes Series C',
  url: 'https://www.quillonrobotics.example/news/series-c',
  date: '2026-12-03',
  text: 'Quillon Robotics said on Wednesday it had closed a $750 million Series C round.',
};

function story(day1: typeof RUMOUR): { bundle: StoryBundle; fact: StoryFact } {
  const first = makeItem(day1);
  const today = makeItem(OFFICIAL);
  const f1 = extractFigures(first.text);
  const f2 = extractFigures(today.text);
  const round: Claim = {
    ...single('Quillon Robotics', 'funding', '2026', [statement(first, f1, 9e8), statement(today, f2, 7.5e8)]),
    conflict: true,
  };
  const bundle: StoryBundle = {
    story: { id: 'quillon', title: OFFICIAL.title, date: OFFICIAL.date, items: [today.id] },
    items: [today],
    earlier: [{ day: day1.date, items: [first] }],
    earlierPrinted: { [first.id]: [{ kind: 'money', value: 9e8, currency: 'USD' }] },
    figures: { [first.id]: f1, [today.id]: f2 },
    entities: {},
    claims: [round],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
  const st = round.statements.find((s) => s.itemId === today.id);
  if (!st) throw new Error('fixture: no statement of today');
  const fact = { claim: round, figure: st.figure, item: today, sentence: st.sentence, past: false, hedged: false, rumoured: false };
  return { bundle, fact: fact as StoryFact };
}

test('a rumour, talks or a plan is provisional; a closed round is not', () => {
  assert.equal(provisionalStatement({ sentence: RUMOUR.text, figure: { text: '$900 million' } }), true);
  assert.equal(provisionalStatement({ sentence: '据知情人士透露，该公司拟融资约9亿美元。', figure: { text: '9亿美元' } }), true);
  assert.equal(provisionalStatement({ sentence: OFFICIAL.text, figure: { text: '$750 million' } }), false);
  assert.equal(provisionalStatement({ sentence: FIRM_WIRE.text, figure: { text: '$900 million' } }), false);
  const r = { sentence: RUMOUR.text, figure: { text: '$900 million' } };
  const o = { sentence: OFFICIAL.text, figure: { text: '$750 million' } };
  assert.equal(movedOverTime(r, o), true);
  // Today's value a rumour too: no value settled, nothing moved.
  assert.equal(movedOverTime(r, r), false);
});

test('the closed round below the size reported before is told as 低于; two firm reports are two sources at once', () => {
  // (A later report of the same talks keeps its 高于 / 低于 too: the earlier value was provisional.)
  const rumoured = story(RUMOUR);
  assert.deepEqual(earlierOtherValue(rumoured.bundle, rumoured.fact), { source: '彭博', value: '约9亿美元', direction: 'lower' });
  const firm = story(FIRM_WIRE);
  assert.deepEqual(earlierOtherValue(firm.bundle, firm.fact), { source: '路透社', value: '9亿美元' });
});

test('a comparison line says which way the final value came in only when the deal is done and the earlier was a rumour', () => {
  const item = (title: string, text: string) => ({ title, text });
  const st = (sentence: string, text: string) => {
    const figure = extractFigures(sentence).find((f) => f.text.includes(text));
    if (!figure) throw new Error(`fixture: no ${text}`);
    return { sentence, figure };
  };
  const rumour = st(RUMOUR.text, '$900 million');
  const closed = st(OFFICIAL.text, '$750 million');
  assert.equal(finalMove(rumour, closed, [item(OFFICIAL.title, OFFICIAL.text)]), 'lower');
  // Today's item reports no deal done (another outlet's figure for a round still sought): nothing said.
  const sought = item('Quillon Robotics valued higher in new round', 'Quillon Robotics is valued at $750 million.');
  assert.equal(finalMove(rumour, closed, [sought]), undefined);
  // Two firm figures: two sources at once, no direction.
  const firm = st(FIRM_WIRE.text, '$900 million');
  assert.equal(finalMove(firm, closed, [item(OFFICIAL.title, OFFICIAL.text)]), undefined);
});
