/**
 * The compose12 audit's fixes (issue 11): a raised or cut forecast is the title's event (上调全年营收增速指引至…), told
 * with the new value even when the knowledge holds it only as a scoped figure. Fixtures are hand-written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('a raised forecast heads with the new value, never the earlier one, nor a generic headline', async () => {
  const wipro = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Wipro raises full-year revenue forecast on strong deal wins',
        text: 'Wipro now expects revenue to grow 5% to 6% in fiscal 2027, up from its earlier forecast of 4% to 5%. Large deal bookings were $1.2 billion in the quarter.',
      },
      [
        ['Wipro', 'revenue-growth', 'FY2027', 6],
        ['Wipro', 'contract', 'unknown', 1.2e9],
      ],
    ),
    'stories',
  );
  assert.match(wipro.headline, /上调全年营收增速指引至5%至6%$/, wipro.headline);
  assert.ok(!/相关动态|4%至5%/.test(wipro.headline), wipro.headline);
});

test('a raised forecast held only as the report’s own figure (a claim scoped to constant currency) still heads', async () => {
  const bundle = makeBundle({
    id: 'st_guidance_scoped',
    items: [
      {
        title: 'Wipro raises annual revenue forecast as clients spend on AI',
        text: 'Wipro now expects revenue to grow 5% to 6% in constant currency in fiscal 2027, up from its earlier forecast of 4% to 5%. Large deal bookings were $1.2 billion in the quarter.',
        url: 'https://www.reuters.com/technology/x',
        date: '2026-10-22',
      },
    ],
    attributions: [
      { value: 6, subject: 'Wipro', metric: 'revenue-growth', period: 'FY2027' },
      { value: 5, subject: 'Wipro', metric: 'revenue-growth', period: 'FY2027' },
    ],
    claims: () => [],
  });
  const out = await engine.doWriteStory(bundle, 'stories');
  assert.match(out.headline, /上调全年营收增速指引至5%至6%$/, out.headline);
});

test('a cut outlook is 下调; a raised price target or a fund raise is no forecast', async () => {
  const cut = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Logitech cuts annual revenue outlook as PC demand slows',
        text: 'Logitech now expects revenue to grow 1% to 2% in fiscal 2027, down from its earlier forecast of 3% to 4%.',
      },
      [['Logitech', 'revenue-growth', 'FY2027', 2]],
    ),
    'stories',
  );
  assert.match(cut.headline, /下调全年营收增速指引至1%至2%$/, cut.headline);
  const target = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Morgan Stanley raises Nvidia price target on strong data-center forecast',
        text: 'Morgan Stanley raised its price target on Nvidia to $250 from $220.',
      },
      [['Nvidia', 'price-target', 'unknown', 250]],
    ),
    'stories',
  );
  assert.ok(!/指引/.test(target.headline), target.headline);
});
