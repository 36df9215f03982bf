/**
 * The compose12 audit's fixes (issue 11): a raised or cut forecast is the title's event (上调全年营收增速指引至…), told
 * with the new value even when the knowledge holds it only as a scoped figure. Fixtures are hand-written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { createOfflineEngine } from './engine.js';
import { hedgedFigure } from './facts.js';

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

test('the amount a title states heads over a background figure, even when the report gives it on people’s word', async () => {
  const out = await engine.doWriteStory(
    oneItemStory(
      {
        title: "Inside Meta's Data-Center Debt Vehicle: $9 Billion, Blackstone Anchor and a Cloud Side Deal",
        text: 'The special purpose vehicle Meta is setting up to finance servers for its Ohio campus will borrow $9 billion, according to two people involved in the deal. Blackstone has agreed to anchor the notes with about $2 billion, one of the people said.',
      },
      [
        ['Hyperion Funding', 'debt', 'unknown', 9e9],
        ['Blackstone', 'debt', 'unknown', 2e9],
      ],
    ),
    'stories',
  );
  assert.match(out.headline, /90亿美元/, out.headline);
  assert.ok(!/20亿美元/.test(out.headline), out.headline);
});

test('a vehicle’s money is its sponsor’s only when filed under the sponsor; filed under the vehicle, it is its own', () => {
  const s = 'The special purpose vehicle Meta is setting up to finance servers will borrow $9 billion for the campus.';
  assert.equal(hedgedFigure(s, '$9 billion', 'debt'), true);
  assert.equal(hedgedFigure(s, '$9 billion', 'debt', { subject: 'Meta' }), true);
  assert.equal(hedgedFigure(s, '$9 billion', 'debt', { subject: 'Hyperion Funding' }), false);
  const zh = '英伟达与软银设立的合资公司将举债约50亿美元，用于采购服务器。';
  assert.equal(hedgedFigure(zh, '约50亿美元', 'debt', { subject: '英伟达' }), true);
  assert.equal(hedgedFigure(zh, '约50亿美元', 'debt', { subject: 'Stargate Funding' }), false);
});
