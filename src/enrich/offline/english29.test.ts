/**
 * Measure words of English figures (english29, issue 11): a per-share amount is worded as per-share earnings, never as
 * the company's net profit, and an EBITDA / operating / net margin keeps its own word, never the bare 利润率 after a net
 * profit. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

const t = defaultStoryTemplates();

test('a per-share amount of profit is 每股收益 (adjusted when its clause says so), a total stays 净利润', () => {
  const cases: [string, string, string, string][] = [
    ['profit', 'Lambda earned $1.25 a share in the quarter, above estimates.', '$1.25', '每股收益'],
    ['profit', 'Lambda reported adjusted earnings per share of $2.10 for the third quarter.', '$2.10', '经调整每股收益'],
    ['profit', 'Net income rose to $800 million, or $1.25 per share.', '$1.25', '每股收益'],
    ['loss', 'Lambda lost 40 cents a share, wider than expected.', '40 cents', '每股亏损'],
    // The total of the same sentence keeps its own word.
    ['profit', 'Net income rose to $800 million, or $1.25 per share.', '$800 million', '净利润'],
  ];
  for (const [metric, sentence, figure, word] of cases) assert.equal(metricWord(metric, sentence, t, undefined, figure), word, sentence);
});

test('an EBITDA, operating or net margin keeps its word; a gross margin stays 毛利率 and a bare margin 利润率', () => {
  const cases: [string, string, string][] = [
    ['Lambda said its adjusted EBITDA margin was 38% in the quarter, while net income was $500 million.', '38%', 'EBITDA利润率'],
    ['Its operating margin widened to 21% from 17%.', '21%', '营业利润率'],
    ['The net profit margin slipped to 9%.', '9%', '净利率'],
    ['Gross margin was 61%.', '61%', '毛利率'],
    ['Margins improved to 14%.', '14%', '利润率'],
  ];
  for (const [sentence, figure, word] of cases) assert.equal(metricWord('margin', sentence, t, undefined, figure), word, sentence);
});

test('an EBITDA amount filed as profit is EBITDA, never 经调整利润', () => {
  const sentence = 'Consolidated adjusted EBITDA was $13.4 billion, or 66% of revenue, while net income was $8 billion.';
  assert.equal(metricWord('profit', sentence, t, undefined, '$13.4 billion'), '经调整EBITDA');
  assert.equal(metricWord('profit', 'EBITDA rose to $2 billion.', t, undefined, '$2 billion'), 'EBITDA');
  assert.equal(metricWord('profit', sentence, t, undefined, '$8 billion'), '净利润');
});
