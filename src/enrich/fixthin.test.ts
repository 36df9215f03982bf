/**
 * Decision 109, note of session 27: the day's biggest item keeps a full story though an English wire tells it thinly
 * only when its head states a REPORTED result — a figure its report gives as a result of a period ended by the report's
 * day, in no clause of forecast. A thin results story headed with next fiscal year's revenue guidance (printed as a
 * plain result) stays the 更多动态 line it was. Fixtures are invented reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';
import { expected } from './offline/compose.js';
import { headReportsResult, periodEnd } from './reported-head.js';

const DAY = '2027-08-27';

const written = writtenStory;

/** A results day told by one wire: next fiscal year's guidance, a buyback, the fourth quarter just ended. */
function corvane(): StoryBundle {
  return makeBundle({
    id: 'corvane',
    items: [
      {
        title: 'Corvane Systems forecasts fiscal 2028 revenue above estimates on AI networking demand, unveils $10 billion buyback',
        text: [
          "Aug 27 (Reuters) - Corvane Systems on Thursday forecast revenue for fiscal 2028, which ends in July next year, of $92 billion to $95 billion, above analysts' estimates of $89 billion, and announced a $10 billion share buyback.",
          'Revenue was $23.4 billion in the fourth quarter ended July 31, lifted by demand for its artificial intelligence data center switches, while net loss was $180 million.',
        ].join('\n\n'),
        url: 'https://www.reuters.com/technology/corvane-forecast-2027-08-27/',
        date: DAY,
      },
    ],
    attributions: [
      { value: 95e9, subject: 'Corvane Systems', metric: 'revenue', period: 'FY2028' },
      { value: 23.4e9, subject: 'Corvane Systems', metric: 'revenue', period: 'FY2027Q4' },
      { value: 180e6, subject: 'Corvane Systems', metric: 'loss', period: 'FY2027Q4' },
    ],
  });
}

/** A round told in full by a Chinese outlet: the day's full top story. */
function round(): StoryBundle {
  return makeBundle({
    id: 'round',
    items: [
      {
        title: '澜海芯片完成3亿元C轮融资',
        text: '36氪获悉，AI推理芯片公司澜海芯片已完成3亿元C轮融资，由国投创合领投。本轮融资将用于第二代推理芯片量产，公司2026年营收约4.5亿元。',
        url: 'https://36kr.com/p/lanhai-c-round-2027',
        date: DAY,
      },
    ],
  });
}

const ROUND = written('round', '澜海芯片完成3亿元C轮融资', [
  '据36氪报道，AI推理芯片公司澜海芯片已完成**3亿元**C轮融资，由国投创合领投。本轮融资将用于第二代推理芯片量产，公司2026年营收约**4.5亿元**。',
]);

function order(story: DigestStory): [string, boolean][] {
  const standing = new Map<string, StoryStanding>([
    ['corvane', storyStanding(corvane(), story)],
    ['round', storyStanding(round(), ROUND)],
  ]);
  return newsFirst([ROUND, story], standing).map((s) => [s.storyId, s.minor]);
}

test('a thin results story whose head is next fiscal year’s guidance stays a 更多动态 line; its reported quarter keeps it full', () => {
  // The head prints the fiscal 2028 range (a forecast, of a year still to run) as revenue: a line.
  const guided = written(
    'corvane',
    'Corvane Systems 2028财年营收920亿至950亿美元',
    ['据路透社报道，Corvane Systems 2028财年营收**920亿至950亿美元**，回购**100亿美元**股票。公司第四财季亏损**1.8亿美元**。'],
    { thin: true, original: 'Corvane Systems on Thursday forecast…' },
  );
  assert.deepEqual(order(guided), [
    ['round', false],
    ['corvane', true],
  ]);
  // Headed by the quarter it reported (ended July 31, before the day): the day's biggest item stays a full story (after
  // a Chinese report of today, decision 066's order).
  const reported = written(
    'corvane',
    'Corvane Systems第四财季营收234亿美元',
    ['据路透社报道，Corvane Systems第四财季营收**234亿美元**，净亏损**1.8亿美元**。公司预计2028财年营收**920亿至950亿美元**。'],
    { thin: true, original: 'Corvane Systems on Thursday forecast…' },
  );
  assert.deepEqual(order(reported), [
    ['round', false],
    ['corvane', false],
  ]);
});

test('headReportsResult: a forecast word, a figure of a forecast clause or of a period still running is no reported result', () => {
  const b = corvane();
  assert.equal(headReportsResult(b, 'Corvane Systems第四财季营收234亿美元'), true);
  assert.equal(headReportsResult(b, 'Corvane Systems 2028财年营收920亿至950亿美元'), false);
  assert.equal(headReportsResult(b, 'Corvane Systems预计2028财年营收920亿至950亿美元'), false);
  // Analysts' estimate is no result of the company's.
  assert.equal(headReportsResult(b, 'Corvane Systems营收890亿美元'), false);
  // A fiscal year ending in July: FY2028 ends 31 July 2028, its first quarter 31 October 2027.
  assert.equal(periodEnd('FY2028', 7), Date.UTC(2028, 6, 31));
  assert.equal(periodEnd('FY2028Q1', 7), Date.UTC(2027, 9, 31));
  assert.equal(periodEnd('2027Q3'), Date.UTC(2027, 8, 30));
  // A fiscal year of unknown end month may have ended in January: its fourth quarter then ended on 31 January.
  assert.equal(periodEnd('FY2027Q4'), Date.UTC(2027, 0, 31));
  assert.equal(periodEnd('FY2028'), Date.UTC(2028, 0, 31));
});

test('expected: a forecast word before an aside still governs the figure the noun goes on to (…, which ends in July next year, of $9.2 billion)', () => {
  const s =
    "Corvane Networks on Thursday forecast revenue for fiscal 2028, which ends in July next year, of $9.2 billion to $9.5 billion, above analysts' estimates.";
  assert.equal(expected(s, '$9.2 billion to $9.5 billion'), true);
  const between = 'Corvane Networks expects fiscal 2028 revenue, ending July 2028, between $9.2 billion and $9.5 billion.';
  assert.equal(expected(between, '$9.2 billion and $9.5 billion'), true);
  // A reported figure after an aside is no forecast: the clause before the aside says none.
  assert.equal(
    expected('Corvane Networks posted revenue for the fourth quarter, which ended July 31, of $2.3 billion.', '$2.3 billion'),
    false,
  );
  // A figure after a forecast of another amount in an earlier clause is not forecast by it.
  assert.equal(expected('Corvane forecast revenue above estimates, and net loss was $18 million.', '$18 million'), false);
});
