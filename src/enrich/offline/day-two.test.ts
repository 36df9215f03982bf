/**
 * Decision 119: a day-two story's 续报 line tells the day's news — the first sentence whose own lead fact did not run —
 * never yesterday's figures again with an aside or a margin tacked on. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { dayTwoTelling } from './day-two.js';
import { createOfflineEngine } from './engine.js';

test('what a sentence tells on a day two: its first fact decides, and what ran may not outnumber what did not', () => {
  assert.equal(dayTwoTelling([]), 'none');
  assert.equal(dayTwoTelling([{ ran: true }, { ran: true }]), 'retold');
  // Yesterday's growth and revenue, then a margin of the day: a retelling with a margin tacked on.
  assert.equal(dayTwoTelling([{ ran: true }, { ran: true }, { ran: false }]), 'retold');
  // Yesterday's 39% then a bar (高于三成半) the day adds: the sentence tells the 39%.
  assert.equal(dayTwoTelling([{ ran: true }, { ran: false }]), 'retold');
  assert.equal(dayTwoTelling([{ ran: false }]), 'new');
  assert.equal(dayTwoTelling([{ ran: false }, { ran: true }]), 'new');
  assert.equal(dayTwoTelling([{ ran: false }, { ran: true }, { ran: true }]), 'retold');
});

const DAY_ONE = {
  title: '岚图云科第三季度营收42亿元，同比增长18%',
  url: 'https://www.example-news.cn/a/lantu-q3',
  date: '2026-11-20',
  text: '岚图云科11月19日晚间公布第三季度业绩，营收42亿元，同比增长18%，高于市场预期。',
};

const DAY_TWO = {
  title: '岚图云科三季度营收42亿元，同比增长18%',
  url: 'https://www.example-finance.cn/p/lantu-q3-more',
  date: '2026-11-21',
  text: [
    '岚图云科公布第三季度业绩，营收同比增长18%至42亿元（约合5.9亿美元），毛利率为35%。',
    '岚图云科前三季度累计研发投入约15亿元，同比增加逾四成。',
  ].join('\n\n'),
};

/** Yesterday's results ran; today's source retells them in its opening and adds the margin and the R&D outlay. */
function dayTwoBundle(): StoryBundle {
  const gaz = loadGazetteer();
  const one = makeItem(DAY_ONE);
  const two = makeItem(DAY_TWO);
  const figures: Record<string, Figure[]> = { [one.id]: extractFigures(one.text), [two.id]: extractFigures(two.text) };
  const of = (item: ItemRecord, v: number) => statement(item, figures[item.id] ?? [], v);
  return {
    story: { id: 'lantu-q3', title: DAY_TWO.title, date: DAY_TWO.date, items: [one.id, two.id] },
    items: [two],
    earlier: [{ day: DAY_ONE.date, items: [one] }],
    figures,
    entities: { [one.id]: findEntities(one.text, gaz), [two.id]: findEntities(two.text, gaz) },
    claims: [
      single('岚图云科', 'revenue', '2026-Q3', [of(one, 4.2e9), of(two, 4.2e9)]),
      single('岚图云科', 'revenue-growth', '2026-Q3', [of(one, 18), of(two, 18)]),
      single('岚图云科', 'gross-margin', '2026-Q3', [of(two, 35)]),
      single('岚图云科', 'rd-expense', '2026-9M', [of(two, 1.5e9)]),
    ],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
}

test('a day-two line tells the sentence of the day’s news, not yesterday’s results with a margin tacked on', async () => {
  const written = await createOfflineEngine().doWriteStory(dayTwoBundle(), 'stories');
  assert.equal(written.toldBefore, true, written.headline);
  assert.match(written.headline, /（续报）$/u, written.headline);
  assert.match(written.oneLine, /研发投入\*\*约15亿元\*\*/u, written.oneLine);
  assert.doesNotMatch(written.oneLine, /42亿元|18%/u, written.oneLine);
});
