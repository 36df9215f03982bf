/**
 * Decision 149: a day two says what changed and does not re-print what an earlier digest printed. An English follow-up's
 * body leaves out a figure an earlier day's digest printed (also when it printed the same measure in another currency),
 * and a disputed figure whose other value an earlier digest printed is told beside it, with that outlet named. Items and
 * notes written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, oneItemStory, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import type { Claim, StoryBundle } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { composeEnglish, rolledPlan } from './compose.js';
import { currencyTwinRan, earlierOtherValue } from './engine.js';
import { type StoryFact, storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };

/** Day one: a wire's results story (its digest printed the rupee revenue and the large-deal total). */
const WIRE = {
  title: 'Kestrel Infotech lifts annual forecast as large deals rise',
  url: 'https://www.reuters.com/technology/kestrel-infotech-q2-2026-10-22/',
  date: '2026-10-22',
  text: [
    'Kestrel Infotech raised its annual revenue growth forecast on Thursday.',
    'Revenue rose 9% to 210.40 billion rupees in the second quarter.',
    'Large deal wins totalled $1.9 billion in the quarter.',
  ].join('\n\n'),
};

/** Day two: a note giving the quarter's revenue in dollars and another large-deal total. */
const NOTE = {
  title: 'Kestrel Infotech (KES IN) - 2Q: margin ahead; BUY, TP Rs980',
  url: 'https://research.example-broker.com/kestrel-2q',
  date: '2026-10-23',
  text: [
    'Kestrel Infotech revenue was US$2.39bn in the second quarter.',
    'Kestrel Infotech large-deal value was US$1.6bn in the quarter.',
  ].join('\n\n'),
};

function dayTwo(printed: number[]): { bundle: StoryBundle; revenueUsd: Claim; orders: Claim } {
  const wire = makeItem(WIRE);
  const note = makeItem(NOTE);
  const fw = extractFigures(wire.text);
  const fn = extractFigures(note.text);
  const revenueUsd: Claim = single('Kestrel Infotech', 'revenue', '2026-Q2', [statement(wire, fw, 210.4e9), statement(note, fn, 2.39e9)]);
  const orders: Claim = {
    ...single('Kestrel Infotech', 'orders', '2026-Q2', [statement(wire, fw, 1.9e9), statement(note, fn, 1.6e9)]),
    conflict: true,
  };
  const bundle: StoryBundle = {
    story: { id: 'kestrel', title: NOTE.title, date: NOTE.date, items: [note.id] },
    items: [note],
    earlier: [{ day: WIRE.date, items: [wire] }],
    earlierPrinted: {
      [wire.id]: fw.flatMap((f) =>
        f.value !== undefined && printed.includes(f.value)
          ? [{ kind: f.kind, value: f.value, ...(f.currency ? { currency: f.currency } : {}) }]
          : [],
      ),
    },
    figures: { [wire.id]: fw, [note.id]: fn },
    entities: {},
    claims: [revenueUsd, orders],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
  return { bundle, revenueUsd, orders };
}

const factOf = (bundle: StoryBundle, claim: Claim): StoryFact => {
  const st = claim.statements.find((s) => s.itemId === bundle.items[0]?.id);
  const item = bundle.items[0];
  if (!st || !item) throw new Error('fixture: no statement of today');
  return { claim, figure: st.figure, item, sentence: st.sentence, past: false, hedged: false, rumoured: false } as StoryFact;
};

test('a measure an earlier digest printed in another currency ran: the dollar revenue after the rupee one', () => {
  const { bundle, revenueUsd } = dayTwo([210.4e9]);
  assert.equal(currencyTwinRan(bundle, factOf(bundle, revenueUsd)), true);
  // Nothing of the wire printed: today's dollar figure is news.
  const { bundle: none, revenueUsd: r2 } = dayTwo([]);
  assert.equal(currencyTwinRan(none, factOf(none, r2)), false);
});

test('a disputed figure: the other value an earlier digest printed, with its outlet; none when it was never printed', () => {
  const { bundle, orders } = dayTwo([1.9e9]);
  assert.deepEqual(earlierOtherValue(bundle, factOf(bundle, orders)), { source: '路透社', value: '19亿美元' });
  const { bundle: none, orders: o2 } = dayTwo([210.4e9]);
  assert.equal(earlierOtherValue(none, factOf(none, o2)), undefined);
});

test('an English follow-up body leaves out what ran and tells a disputed value beside the one printed before', () => {
  const bundle = oneItemStory(
    {
      title: 'Kestrel Infotech: quarter in line',
      text: 'Kestrel Infotech net profit was $410 million in the second quarter. Kestrel Infotech revenue was $2.39 billion in the second quarter. Kestrel Infotech large-deal value was $1.6 billion in the quarter.',
      url: 'https://www.bloomberg.com/news/kestrel',
    },
    [
      ['Kestrel Infotech', 'profit', '2026-Q2', 4.1e8],
      ['Kestrel Infotech', 'revenue', '2026-Q2', 2.39e9],
      ['Kestrel Infotech', 'orders', '2026-Q2', 1.6e9],
    ],
  );
  const orders = bundle.claims.find((c) => c.metric === 'orders') as Claim;
  const disputed: StoryBundle = { ...bundle, claims: bundle.claims.map((c) => (c === orders ? { ...c, conflict: true } : c)) };
  const facts = storyFacts(disputed);
  const plain = composeEnglish(disputed, facts, ctx);
  const all = [plain.event, ...plain.sentences].join('');
  // Without a day before, the profit is told and the disputed value is left to the comparison line.
  assert.match(all, /4\.1亿美元/u, all);
  assert.doesNotMatch(all, /16亿美元/u, all);
  const told = composeEnglish(disputed, facts, {
    ...ctx,
    printedBefore: (f) => f.claim.metric === 'profit',
    earlierOther: (f) => (f.claim.metric === 'orders' ? { source: '路透社', value: '19亿美元' } : undefined),
  });
  const said = [told.event, ...told.sentences].join('');
  assert.doesNotMatch(said, /4\.1亿美元/u, said);
  assert.match(said, /16亿美元\*?\*?，路透社此前报道为19亿美元/u, said);
  assert.equal(told.compared?.length, 1);
});

test('a rolling plan’s earlier window is the plan before the change; other periods are not', () => {
  assert.equal(rolledPlan('2025-2029', '2026-2030'), true);
  assert.equal(rolledPlan('2024-2028', '2026-2030'), true);
  // Another length, a later window, a single year, or no overlap: no earlier version of the plan.
  assert.equal(rolledPlan('2025-2027', '2026-2030'), false);
  assert.equal(rolledPlan('2026-2030', '2025-2029'), false);
  assert.equal(rolledPlan('2025', '2026'), false);
  assert.equal(rolledPlan('2019-2023', '2026-2030'), false);
});
