/**
 * Metric words as the speaker attaches them (decision 120): ARR is 年化经常性收入 and a product's is said with the
 * product (Tallyflow年化经常性收入), never the company's 营收 printed after its quarter's revenue; a run-rate stays
 * 年化收入; a total revenue in the same sentence keeps 营收. Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { factWord, storyFacts } from './facts.js';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

const t = defaultStoryTemplates();

test('ARR is 年化经常性收入; a run-rate or a source’s own 年化收入 stays 年化收入; the total in another clause stays 营收', () => {
  const cases: [string, string, string][] = [
    ['Tallyflow ARR passed $300 million, up 40% from a year ago.', '$300 million', '年化经常性收入'],
    ['Annual recurring revenue for Tallyflow reached $300 million.', '$300 million', '年化经常性收入'],
    ['灵账的年度经常性收入突破3亿美元。', '3亿美元', '年化经常性收入'],
    ['截至6月底，澄言的年化收入（ARR）已突破1.2亿美元。', '1.2亿美元', '年化收入'],
    ['Our cloud business exited the quarter at an annual run-rate of $1.2 billion.', '$1.2 billion', '年化收入'],
    ['Revenue rose 12% to $1.9 billion, and Tallyflow ARR passed $300 million.', '$1.9 billion', '营收'],
  ];
  for (const [sentence, figure, word] of cases) assert.equal(metricWord('revenue', sentence, t, undefined, figure), word, sentence);
});

test("a product's ARR is worded with the product named; the company's quarter keeps 营收", () => {
  const b = makeBundle({
    id: 'st_corvane',
    items: [
      {
        title: 'Corvane Q3 earnings call transcript',
        text: 'Corvane reported third-quarter revenue of $1.9 billion. Tallyflow ARR passed $300 million in the quarter.',
        url: 'https://investors.corvane.example/q3-call',
        date: '2026-11-20',
      },
    ],
    attributions: [
      { value: 1.9e9, subject: 'Corvane', metric: 'revenue', period: '2026Q3' },
      { value: 3e8, subject: 'Corvane', metric: 'revenue', period: '2026Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const claim = (value: number, scope?: string) => ({
        subject: 'Corvane',
        metric: 'revenue',
        period: '2026Q3',
        ...(scope ? { scope } : {}),
        statements: [statement(it, f, value)],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [claim(1.9e9), claim(3e8, 'Tallyflow')];
    },
  });
  const words = new Map(storyFacts(b).map((fact) => [fact.figure.value, factWord(fact, b, t)]));
  assert.equal(words.get(3e8), 'Tallyflow年化经常性收入');
  assert.equal(words.get(1.9e9), '营收');
});
