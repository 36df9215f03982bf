/**
 * Decision 132: a results title set against the market's estimates reports results, not a forecast; the estimate told
 * as an amount followed by who expected it is the beat; a figure of a period not begun on its report's day is no result
 * (results-head.ts, estimates.ts, compose.ts writable). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { futureUnsaid, writable } from './compose.js';
import { estimateValue, versusEstimates } from './estimates.js';
import type { StoryFact } from './facts.js';
import { againstEstimates, earliestStart, expectedSide, notBegun, titleSubject, withoutEstimates } from './results-head.js';
import { defaultStoryTemplates } from './story-templates.js';

test('againstEstimates / withoutEstimates: the estimate noun of a beat or a miss is the analysts’, not a forecast', () => {
  assert.equal(againstEstimates('Veltria quarterly revenue beats estimates on AI server demand'), true);
  assert.equal(againstEstimates('Orvane shares jump as cloud demand lifts sales above forecasts'), true);
  assert.equal(againstEstimates('Tallis profit misses Wall Street expectations'), true);
  assert.equal(againstEstimates('澜峰电子三季度净利润超预期'), true);
  assert.equal(againstEstimates('Corlen forecasts 2027 revenue of $6.2 billion'), false);
  // What is left of the title still says a forecast when the company made one.
  assert.match(withoutEstimates('Broadcom forecasts revenue above estimates'), /forecasts/);
  assert.doesNotMatch(withoutEstimates('Orvane lifts sales above forecasts'), /forecast/);
  assert.doesNotMatch(withoutEstimates('Veltria quarterly revenue beats estimates'), /estimate/);
});

test('earliestStart / notBegun: a period that cannot have begun on the day of its report', () => {
  assert.equal(earliestStart('2027Q2'), '2027-04-01');
  assert.equal(earliestStart('FY2028'), '2026-12-01');
  assert.equal(earliestStart('FY2027Q3'), '2026-06-01');
  assert.equal(earliestStart('2027-03'), '2027-03-01');
  assert.equal(earliestStart('unknown'), undefined);
  assert.equal(notBegun('FY2028', '2026-09-18'), true);
  assert.equal(notBegun('2027', '2026-12-03'), true);
  // A fiscal year named for the next calendar year may well be under way (a January start).
  assert.equal(notBegun('FY2027Q1', '2026-05-28'), false);
  assert.equal(notBegun('2026Q3', '2026-11-10'), false);
  assert.equal(notBegun('FY2029', null), false);
});

const fact = (sentence: string, figureText: string, period: string, metric = 'revenue'): StoryFact => {
  const figure = extractFigures(sentence).find((f) => f.text === figureText);
  assert.ok(figure, figureText);
  return {
    figure,
    claim: { subject: 'Kavrin Semiconductor', metric, period },
    item: { id: 'i', date: '2026-11-10' },
    sentence,
    past: false,
    inTitle: false,
    score: 0,
    hedged: false,
  } as unknown as StoryFact; // the claim's statements and the item's text are not read by these functions
};

test('writable: a figure of a year not begun, said with no forecast word, is never a plain result', () => {
  const introduced = fact('We introduce FY29 revenue of $38.5bn.', '$38.5bn', 'FY2029');
  assert.equal(futureUnsaid(introduced), true);
  assert.equal(writable(introduced), false);
  // Said as a forecast it stays (told as 预计…); a reported quarter stays.
  const guided = fact('The company expects fiscal 2029 revenue of $38.5bn.', '$38.5bn', 'FY2029');
  assert.equal(futureUnsaid(guided), false);
  assert.equal(writable(guided), true);
  const reported = fact('Revenue rose 41% to $6.8bn in the fiscal third quarter.', '$6.8bn', 'FY2027Q3');
  assert.equal(writable(reported), true);
});

test('versusEstimates / estimateValue: the amount analysts had expected is the estimate the figure beat', () => {
  const t = defaultStoryTemplates();
  const s = 'Revenue rose 41 per cent year on year to $6.8bn, ahead of the $6.5bn analysts had expected, according to LSEG data.';
  const revenue = extractFigures(s).find((f) => f.text === '$6.8bn');
  assert.ok(revenue);
  const vs = versusEstimates(s, revenue, t);
  assert.equal(vs?.side, 'above');
  assert.equal(vs?.estimate?.value, 6.5e9);
  assert.equal(estimateValue(s, '$6.5bn'), true);
  assert.equal(estimateValue(s, '$6.8bn'), false);
  assert.equal(expectedSide(', falling short of the ', ' Wall Street had forecast'), 'below');
  assert.equal(expectedSide(', short of the ', ' Wall Street had forecast'), 'below');
  // An amount nobody expected is no estimate.
  assert.equal(expectedSide(', above the ', ' it reported a year earlier'), undefined);
});

test('titleSubject: a company the gazetteer does not know is read from the title by its first word', () => {
  assert.equal(titleSubject('Veltria quarterly revenue beats estimates', ['Acme Corp', 'Veltria Systems']), 'Veltria Systems');
  assert.equal(titleSubject('The chip race heats up', ['The Chip Company']), undefined);
  assert.equal(titleSubject('Shares fall on weak demand', ['Veltria Systems']), undefined);
  // A group in the title and its unit among the facts share their first word: the unit is not the title's company.
  assert.equal(titleSubject('Haruna Holdings taps yen bond market', ['Haruna Data Centers']), undefined);
  assert.equal(titleSubject('Haruna Holdings taps yen bond market', ['Haruna Data Centers', 'Haruna Holdings']), 'Haruna Holdings');
  assert.equal(titleSubject('Veltria Q3 revenue beats estimates', ['Veltria Systems']), 'Veltria Systems');
});
