/**
 * Which story opens the day (decision 116): a supplier's monthly sales is lesser news below a same-day AI financing; a
 * story of today's news that outweighs the one ranked first by data/story-weight.json's `openMargin` opens the day —
 * one English wire's story too, when it is told in full — if its headline's clauses are told by its lead (else the next
 * weightiest fit story is considered); a story not clearly bigger leaves the order as it was. Fixtures are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../extract/index.js';
import { lesserKind, openMargin, storyKind } from '../select/story-weight.js';
import type { DigestStory, ItemRecord, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';
import { retold } from './opening-gate.js';

const DAY = '2026-10-14';

test('storyKind: a capital-spending plan is capex; a supplier’s monthly sales is a lesser kind; the margin is data', () => {
  assert.equal(storyKind('星河跳动明年资本开支拟达1500亿元，云岭芯片盘中涨超10%').kind, 'capex');
  assert.equal(storyKind('Aurora Cloud lifts 2027 capital spending plan to $40 billion').kind, 'capex');
  assert.ok(lesserKind(storyKind('瀚宇精密9月营收新台币812亿元，同比增长18%').kind));
  assert.ok(!lesserKind(storyKind('澜海芯片完成30亿元C轮融资').kind));
  assert.ok(openMargin() >= 1.5);
});

/** A Taiwan ODM's monthly sales, reported by a Chinese-language Taiwan paper: selection puts it first. */
function odmMonthly(): StoryBundle {
  return makeBundle({
    id: 'odm',
    items: [
      {
        title: '瀚宇精密9月营收新台币812亿元，同比增长18%',
        text: 'AI服务器代工厂瀚宇精密14日公布9月合并营收新台币812亿元，环比增长6%，同比增长18%，前三季度累计营收新台币6540亿元，同比增长21%。公司表示，AI服务器出货持续放量。',
        url: 'https://money.udn.com/money/story/5612/odm-september-sales',
        date: DAY,
      },
    ],
  });
}
const ODM = writtenStory('odm', '瀚宇精密9月营收新台币812亿元，同比增长18%', [
  'AI服务器代工厂瀚宇精密14日公布9月合并营收**新台币812亿元**，环比增长**6%**，同比增长**18%**。前三季度累计营收**新台币6540亿元**，同比增长**21%**。',
]);

/** An exclusive: a model start-up's US$1.2 billion round whose lead investor pays partly in cloud credits (one wire). */
function exclusiveRound(): StoryBundle {
  return makeBundle({
    id: 'round',
    items: [
      {
        title: 'Exclusive: Nimbus Labs raises $1.2 billion led by Stratus Cloud, partly in compute credits',
        text: 'Nimbus Labs, an AI model developer, has raised $1.2 billion in a round led by Stratus Cloud, according to people familiar with the matter. About $400 million of Stratus Cloud’s share will be paid in cloud computing credits. The round values Nimbus Labs at $9 billion.',
        url: 'https://www.bloomberg.com/news/articles/2026-10-14/nimbus-labs-raises-1-2-billion',
        date: DAY,
      },
    ],
  });
}
const ROUND = writtenStory('round', 'Nimbus Labs融资12亿美元，Stratus Cloud领投', [
  '据彭博援引知情人士报道，AI模型公司Nimbus Labs完成**12亿美元**融资，由Stratus Cloud领投，投后估值**90亿美元**。Stratus Cloud的出资中约**4亿美元**以云算力额度支付。',
]);

function opening(stories: DigestStory[], bundles: Record<string, StoryBundle>): string[] {
  const standing = new Map<string, StoryStanding>(stories.map((s) => [s.storyId, storyStanding(bundles[s.storyId] as StoryBundle, s)]));
  return newsFirst(stories, standing)
    .filter((s) => !s.minor)
    .map((s) => s.storyId);
}

test('newsFirst: a Taiwan ODM’s monthly sales opens below a same-day AI financing one wire tells in full', () => {
  assert.deepEqual(opening([ODM, ROUND], { odm: odmMonthly(), round: exclusiveRound() }), ['round', 'odm']);
});

/** A Chinese report of an API price cut: today's news, told in full, of small weight. */
function priceCut(): StoryBundle {
  return makeBundle({
    id: 'price',
    items: [
      {
        title: '星河云大模型API降价六成',
        text: '星河云今日宣布下调大模型API价格，输入价格降至每百万Tokens 0.8元，输出价格降至每百万Tokens 2元，降幅达六成。星河云表示，推理成本较年初下降超过50%。',
        url: 'https://www.ithome.com/0/900/101.htm',
        date: DAY,
      },
    ],
  });
}
const PRICE = writtenStory('price', '星河云大模型API降价六成', [
  '星河云今日宣布下调大模型API价格，输入价格降至每百万Tokens**0.8元**，输出价格降至每百万Tokens**2元**，降幅达**六成**。星河云表示，推理成本较年初下降**超过50%**。',
]);

/** A chipmaker's US$1.5 billion stake in an AI cloud, one wire, told in full. */
function chipStake(): StoryBundle {
  return makeBundle({
    id: 'stake',
    items: [
      {
        title: 'Corelight nears $1.5 billion investment in AI cloud Skyvault',
        text: 'Corelight Semiconductor is nearing a $1.5 billion investment in AI cloud provider Skyvault, people familiar with the matter said. The deal values Skyvault at $12 billion. Skyvault will buy as much as $4 billion of Corelight accelerators over three years.',
        url: 'https://www.bloomberg.com/news/articles/2026-10-14/corelight-nears-skyvault-stake',
        date: DAY,
      },
    ],
  });
}
const STAKE = writtenStory('stake', 'Corelight拟向Skyvault投资15亿美元', [
  '据彭博援引知情人士报道，Corelight拟向AI云服务商Skyvault投资**15亿美元**，Skyvault估值**120亿美元**。Skyvault将在三年内向Corelight采购最多**40亿美元**的加速器。',
]);

test('newsFirst: an AI financing outweighing the story ranked first by the margin opens the day; a head clause its lead never tells is not promoted, the next fit story is', () => {
  const bundles = { price: priceCut(), stake: chipStake(), odm: odmMonthly() };
  assert.deepEqual(opening([PRICE, STAKE], bundles), ['stake', 'price']);
  // Two template lines of two figures are no story told in full: not promoted.
  const twoLines = writtenStory('stake', 'Corelight和Skyvault融资15亿美元', [
    '据彭博报道，Corelight和Skyvault融资**15亿美元**。Skyvault采购**40亿美元**。',
  ]);
  assert.deepEqual(opening([PRICE, twoLines], bundles), ['price', 'stake']);
  // The head's second clause (the shares' fall) is told by no sentence of the lead: it is not promoted.
  const untold = writtenStory('stake', 'Corelight拟向Skyvault投资15亿美元，股价大跌', STAKE.paragraphs);
  assert.deepEqual(opening([PRICE, untold], bundles), ['price', 'stake']);
  // …and the next weightiest fit story is considered (the round, told in full).
  assert.deepEqual(opening([PRICE, untold, ROUND], { ...bundles, round: exclusiveRound() }), ['round', 'price', 'stake']);
});

const DAY0 = '2026-10-13';

/**
 * Day two of a stake a wire broke yesterday (printed): another outlet's telling whose only new-looking figure is the
 * valuation the sources dispute (US$9.5 billion yesterday, about US$10 billion today).
 */
function dayTwoStake(opts: { conflict: boolean }): StoryBundle {
  const attributions = [{ value: 9.5e9, subject: 'Skyvault', metric: 'valuation', period: 'unknown' }];
  const day1 = makeBundle({
    id: 'stake_d1',
    items: [
      {
        title: 'Corelight nears $1.5 billion investment in AI cloud Skyvault',
        text: 'Corelight Semiconductor is nearing a $1.5 billion investment in AI cloud provider Skyvault that would value the startup at $9.5 billion, people familiar with the matter said.',
        url: 'https://www.bloomberg.com/news/articles/2026-10-13/corelight-nears-skyvault-stake',
        date: DAY0,
      },
    ],
    attributions,
  });
  const told = day1.items[0] as ItemRecord;
  const b = makeBundle({
    id: 'stake_d2',
    items: [
      {
        title: 'Corelight拟15亿美元入股Skyvault，后者回头采购40亿美元加速器',
        text: '据接近交易的人士透露，Corelight正与AI云服务商Skyvault敲定一笔约15亿美元的股权投资，交易完成后Skyvault投后估值约100亿美元。Skyvault将在三年内向Corelight采购约40亿美元加速器。',
        url: 'https://36kr.com/p/skyvault-corelight',
        date: DAY,
      },
    ],
    attributions: [{ value: 1e10, subject: 'Skyvault', metric: 'valuation', period: 'unknown' }],
    claims: (items) => {
      const it = items[0] as ItemRecord;
      const today = statement(it, extractFigures(it.text), 1e10);
      const before = statement(told, extractFigures(told.text), 9.5e9);
      return [{ ...single('Skyvault', 'valuation', 'unknown', [before, today]), conflict: opts.conflict }];
    },
  });
  return { ...b, earlier: [{ day: DAY0, items: [told] }] };
}

test('retold: a day-two story headed with a figure the sources dispute of the fact told yesterday is a retelling; an undisputed new figure is news', () => {
  const head = { headline: 'Skyvault投后估值约100亿美元' };
  assert.equal(retold(dayTwoStake({ conflict: true }), head), true);
  // The same claim not in dispute (a figure that changed, not one sources disagree on) is no retelling by this rule.
  assert.equal(retold(dayTwoStake({ conflict: false }), head), false);
  // A headline with a figure of its own beside it tells today's news.
  assert.equal(retold(dayTwoStake({ conflict: true }), { headline: 'Skyvault投后估值约100亿美元，将设SPV融资30亿美元' }), false);
});
