/**
 * Decision 106 (note, twenty-seventh session): a day-two head takes 完成 only when its own event is done. A cluster
 * whose stake purchase was agreed and a bond of the same company priced on the same day: the pricing does not complete
 * the purchase, and a source saying the purchase will happen vetoes the done word. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItemRecord, StoryBundle } from '../../types/index.js';
import { dayTwoStage, itemStage, pendingIn } from './stage.js';

const item = (title: string, text: string, date: string, lang = 'en') =>
  ({ id: title, title, text, url: null, date, lang }) as unknown as ItemRecord;

const dayOne = item(
  'Harbor Semiconductor in Talks to Invest in Lumen Robotics',
  'Harbor Semiconductor is in talks to take a stake in Lumen Robotics, people familiar with the matter said.',
  '2026-11-17',
);

const bundle = (items: ItemRecord[]): Pick<StoryBundle, 'items' | 'earlier'> => ({
  items,
  earlier: [{ day: '2026-11-17', items: [dayOne] }],
});

const head = '海川半导体以15亿美元入股灵鹿机器人';

test('a bond priced the day a stake purchase was agreed does not complete the purchase', () => {
  const bond = item(
    'Lumen Robotics Prices $2 Billion Bond Offering',
    'Lumen Robotics priced $2 billion of five-year bonds on Tuesday. Harbor Semiconductor agreed to buy a 9% stake in the company for $1.5 billion, a deal expected to close in the first quarter.',
    '2026-11-20',
  );
  const zh = item(
    '灵鹿机器人完成20亿美元债券定价',
    '灵鹿机器人周二完成20亿美元五年期债券定价。海川半导体将以15亿美元认购灵鹿机器人9%的股份。',
    '2026-11-20',
    'zh',
  );
  const wire = item(
    'Harbor Semiconductor Is Buying a Stake in Lumen Robotics',
    'Harbor Semiconductor is buying a 9% stake in Lumen Robotics for $1.5 billion, the companies said.',
    '2026-11-20',
  );
  assert.equal(dayTwoStage(bundle([bond, zh, wire]), head, undefined), undefined);
  // The bond's pricing alone (no source telling the purchase): the done word governs the bond, not the stake.
  assert.equal(itemStage(bond, 'stake'), undefined);
  assert.equal(itemStage(bond, 'debt'), 'done');
  assert.equal(
    dayTwoStage(
      bundle([item(bond.title, 'Lumen Robotics priced $2 billion of five-year bonds on Tuesday.', '2026-11-20')]),
      head,
      undefined,
    ),
    undefined,
  );
  // Any source telling the purchase still to come vetoes 完成, whichever way it says it.
  assert.equal(pendingIn([wire], 'stake'), true);
  assert.equal(pendingIn([zh], 'stake'), true);
  assert.equal(
    pendingIn([item('海川半导体拟入股灵鹿机器人', '海川半导体拟斥资15亿美元入股灵鹿机器人。', '2026-11-20', 'zh')], 'stake'),
    true,
  );
  assert.equal(
    pendingIn([item('Harbor to invest', 'Harbor Semiconductor plans to invest $1.5 billion in Lumen Robotics.', '2026-11-20')], 'stake'),
    true,
  );
});

test('a stake purchase completed on day two still heads on 完成; a round closed beside a bond too', () => {
  const done = item(
    'Harbor Semiconductor Completes $1.5 Billion Stake Purchase in Lumen Robotics',
    'Harbor Semiconductor has completed its $1.5 billion purchase of a 9% stake in Lumen Robotics, the companies said on Thursday. The deal to buy the stake was first agreed in October and closed on Thursday.',
    '2026-11-20',
  );
  assert.deepEqual(dayTwoStage(bundle([done]), head, undefined), { headline: '海川半导体以15亿美元完成入股灵鹿机器人' });
  const zhDone = item('海川半导体完成认购灵鹿机器人股份', '海川半导体已完成认购灵鹿机器人9%的股份，交易已于周四交割。', '2026-11-20', 'zh');
  assert.deepEqual(dayTwoStage(bundle([zhDone]), head, undefined), { headline: '海川半导体以15亿美元完成入股灵鹿机器人' });
  const round = item(
    'Lumen Robotics Closes $800 Million Round',
    'Lumen Robotics has closed an $800 million funding round led by Harbor Ventures. It also priced $2 billion of bonds.',
    '2026-11-20',
  );
  assert.deepEqual(
    dayTwoStage(
      {
        items: [round],
        earlier: [
          {
            day: '2026-11-17',
            items: [
              item('Lumen Robotics in Talks to Raise $800 Million', 'Lumen Robotics is in talks to raise $800 million.', '2026-11-17'),
            ],
          },
        ],
      },
      '灵鹿机器人融资8亿美元',
      undefined,
    ),
    { headline: '灵鹿机器人完成融资8亿美元' },
  );
});
