/**
 * Decision 157: a day two says which way a value moved from the one printed before (低于 / 高于, not a bare 不同), reads
 * a deal total defined by a size floor (`contracts worth more than $50 million each`) as the same measure as another
 * outlet's large-deal total.
 * Items and notes written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, oneItemStory, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import type { Claim, Figure, StoryBundle } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { composeEnglish } from './compose.js';
import { participantClause } from './dispute.js';
import { earlierOtherValue, movedFrom } from './engine.js';
import { type StoryFact, storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';
import { oneNumber } from './versions.js';

const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };

/** Day one: a wire defines large deals by a size floor and gives their total. */
const WIRE = {
  title: 'Harrow Systems beats estimates as large deals pick up',
  url: 'https://www.reuters.com/technology/harrow-systems-q3-2026-11-04/',
  date: '2026-11-04',
  text: [
    'Harrow Systems reported third-quarter revenue of $3.20 billion on Wednesday.',
    'Large deal wins - contracts worth more than $50 million each - totalled $2.4 billion in the quarter.',
  ].join('\n\n'),
};

/** Day two: a broker's note gives the large-deal total value (TCV) another way. */
const NOTE = {
  title: 'Harrow Systems (HRW US) - 3Q: margin ahead; BUY',
  url: 'https://research.example-broker.com/harrow-3q',
  date: '2026-11-05',
  text: [
    'Harrow Systems net profit was US$610m in the third quarter.',
    'Harrow Systems large-deal TCV was US$2.1bn in the quarter, softer than the run-rate.',
  ].join('\n\n'),
};

function dayTwo(): { bundle: StoryBundle; orders: Claim; profit: Claim } {
  const wire = makeItem(WIRE);
  const note = makeItem(NOTE);
  const fw = extractFigures(wire.text);
  const fn = extractFigures(note.text);
  const orders: Claim = {
    ...single('Harrow Systems', 'orders', '2026-Q3', [statement(wire, fw, 2.4e9), statement(note, fn, 2.1e9)]),
    conflict: true,
  };
  const profit = single('Harrow Systems', 'profit', '2026-Q3', [statement(note, fn, 6.1e8)]);
  const bundle: StoryBundle = {
    story: { id: 'harrow', title: NOTE.title, date: NOTE.date, items: [note.id] },
    items: [note],
    earlier: [{ day: WIRE.date, items: [wire] }],
    earlierPrinted: { [wire.id]: [{ kind: 'money', value: 2.4e9, currency: 'USD' }] },
    figures: { [wire.id]: fw, [note.id]: fn },
    entities: {},
    claims: [profit, orders],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
  return { bundle, orders, profit };
}

test('a size floor defining the deals a total counts is no participant’s part of a deal', () => {
  const floor = 'Large deal wins - contracts worth more than $50 million each - totalled $2.4 billion in the quarter.';
  assert.equal(participantClause(floor, '$2.4 billion'), false);
  assert.equal(participantClause('大额订单（单笔超过5000万美元）总额达24亿美元。', '24亿美元'), false);
  // A cheque each investor put in stays a participant's.
  assert.equal(participantClause('The two funds put in $500 million each.', '$500 million'), true);
  const { orders } = dayTwo();
  const [wire, note] = orders.statements as [NonNullable<Claim['statements'][0]>, NonNullable<Claim['statements'][0]>];
  assert.equal(oneNumber(wire, note, 'orders'), true);
});

test('which way a value moved from the one printed before: single values only', () => {
  const money = (value: number, extra: Partial<Figure> = {}): Figure =>
    ({ text: '', start: 0, end: 0, kind: 'money', value, currency: 'USD', qualifier: 'exact', ...extra }) as Figure;
  assert.equal(movedFrom(money(3.1e9), money(2.8e9)), 'lower');
  assert.equal(movedFrom(money(2.8e9), money(3.1e9, { qualifier: 'approx' })), 'higher');
  // A bound (超过), a range, another currency or the same value: no direction.
  assert.equal(movedFrom(money(3.1e9), money(2.8e9, { qualifier: 'min' })), undefined);
  assert.equal(movedFrom(money(3.1e9), { ...money(0), value: undefined, low: 2e9, high: 3e9 } as Figure), undefined);
  assert.equal(movedFrom(money(3.1e9), money(2.8e9, { currency: 'HKD' })), undefined);
  assert.equal(movedFrom(money(3.1e9), money(3.1e9)), undefined);
});

test('a note’s large-deal TCV against the wire’s total printed the day before: two sources, no 低于 (decision 163)', () => {
  const { bundle, orders } = dayTwo();
  const st = orders.statements.find((s) => s.itemId === bundle.items[0]?.id);
  const item = bundle.items[0];
  if (!st || !item) throw new Error('fixture');
  const f = { claim: orders, figure: st.figure, item, sentence: st.sentence, past: false, hedged: false, rumoured: false } as StoryFact;
  assert.deepEqual(earlierOtherValue(bundle, f), { source: '路透社', value: '24亿美元' });
  // The body says it beside the value printed; the composer says 低于 / 高于 when the value moved over time.
  const story = oneItemStory(
    {
      title: 'Harrow Systems: quarter in line',
      text: 'Harrow Systems net profit was $610 million in the third quarter. Harrow Systems revenue was $3.2 billion in the third quarter. Harrow Systems large-deal value was $2.1 billion in the quarter.',
      url: 'https://www.bloomberg.com/news/harrow',
    },
    [
      ['Harrow Systems', 'profit', '2026-Q3', 6.1e8],
      ['Harrow Systems', 'revenue', '2026-Q3', 3.2e9],
      ['Harrow Systems', 'orders', '2026-Q3', 2.1e9],
    ],
  );
  const claim = story.claims.find((c) => c.metric === 'orders') as Claim;
  const disputed: StoryBundle = { ...story, claims: story.claims.map((c) => (c === claim ? { ...c, conflict: true } : c)) };
  const earlier = { source: '路透社', value: '24亿美元' };
  const say = (direction?: 'lower' | 'higher') => {
    const told = composeEnglish(disputed, storyFacts(disputed), {
      ...ctx,
      earlierOther: (x) => (x.claim.metric === 'orders' ? { ...earlier, ...(direction ? { direction } : {}) } : undefined),
    });
    return [told.event, ...told.sentences].join('');
  };
  assert.match(say('lower'), /21亿美元\*?\*?，低于路透社此前报道的24亿美元/u, say('lower'));
  assert.match(say('higher'), /21亿美元\*?\*?，高于路透社此前报道的24亿美元/u);
  // No direction known (two sources at once): the earlier report beside today's (decision 163).
  assert.match(say(), /21亿美元\*?\*?，路透社此前报道为24亿美元/u);
});
