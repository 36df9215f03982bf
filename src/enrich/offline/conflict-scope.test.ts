/**
 * A conflict line is drawn only between two sources' versions of one number (a blind editor's count of fake conflict
 * lines, thirteenth session): never between a forecast and a result, a group's total and one member's figure, or two
 * values one article states itself (it explains the difference). Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, statement } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteerEntries } from '../data-files.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

/** Two or three items on one company's quarterly revenue; the claim holds every value as a conflict. */
function revenueBundle(texts: { outlet: string; text: string }[], values: number[]) {
  return makeBundle({
    id: 'st_rev_scope',
    items: texts.map(({ outlet, text }, i) => ({
      title: 'Northwind Systems quarterly results',
      url: `https://www.${outlet}/markets/northwind-${i}`,
      date: '2026-10-20',
      text,
    })),
    attributions: values.map((value) => ({ value, subject: 'Northwind Systems', metric: 'revenue', period: '2026Q3' })),
    claims: (items, figs) => [
      {
        subject: 'Northwind Systems',
        metric: 'revenue',
        period: '2026Q3',
        statements: items.flatMap((it) =>
          (figs[it.id] ?? [])
            .filter((f) => f.subject === 'Northwind Systems')
            .map((f) => statement(it, figs[it.id] ?? [], f.value as number)),
        ),
        conflict: true,
        latest: 0,
        mostCited: 0,
      },
    ],
  });
}

test('two outlets, two values of the same result: the dispute is drawn (the rule below does not hide real ones)', () => {
  const [line] = conflictSentences(
    revenueBundle(
      [
        { outlet: 'reuters.com', text: 'Northwind Systems reported third-quarter revenue of $3.2 billion on Tuesday.' },
        { outlet: 'bloomberg.com', text: 'Northwind Systems posted third-quarter revenue of $3.5 billion, the company said.' },
      ],
      [3.2e9, 3.5e9],
    ),
    dir,
  );
  assert.ok(line, 'a real dispute between two outlets');
  assert.match(line, /32亿美元/);
  assert.match(line, /35亿美元/);
});

test('a forecast is no version of the result: analysts’ or the company’s own expectation never disputes it', () => {
  const lines = conflictSentences(
    revenueBundle(
      [
        { outlet: 'reuters.com', text: 'Northwind Systems reported third-quarter revenue of $3.2 billion on Tuesday.' },
        { outlet: 'bloomberg.com', text: 'Last month the company said it expects third-quarter revenue of $3.5 billion.' },
      ],
      [3.2e9, 3.5e9],
    ),
    dir,
  );
  assert.deepEqual(lines, []);
  const zh = conflictSentences(
    revenueBundle(
      [
        { outlet: 'cls.cn', text: '北风系统第三季度营收为32亿美元。' },
        { outlet: 'yicai.com', text: '北风系统此前预计第三季度营收为35亿美元。' },
      ],
      [3.2e9, 3.5e9],
    ),
    dir,
  );
  assert.deepEqual(zh, []);
});

test('a group’s total is no version of one member’s figure (合计, combined)', () => {
  const lines = conflictSentences(
    revenueBundle(
      [
        { outlet: 'cls.cn', text: '北风系统第三季度营收为32亿美元。' },
        { outlet: 'yicai.com', text: '北风系统与两家子公司第三季度营收合计为51亿美元。' },
      ],
      [3.2e9, 5.1e9],
    ),
    dir,
  );
  assert.deepEqual(lines, []);
});

test('one article stating two values explains them itself: no dispute is drawn from it', () => {
  const lines = conflictSentences(
    revenueBundle(
      [
        {
          outlet: 'reuters.com',
          text: 'Northwind Systems reported third-quarter revenue of $3.2 billion. Including the hardware unit it sold in August, revenue was $3.5 billion.',
        },
        { outlet: 'bloomberg.com', text: 'Northwind Systems posted third-quarter revenue of $3.2 billion, the company said.' },
      ],
      [3.2e9, 3.5e9],
    ),
    dir,
  );
  assert.deepEqual(lines, []);
});

test('a group word of another clause of the sentence does not make a member’s amount a group’s', () => {
  const [line] = conflictSentences(
    revenueBundle(
      [
        {
          outlet: 'reuters.com',
          text: 'Its two rivals reported revenue of $9 billion combined, while Northwind Systems reported third-quarter revenue of $3.2 billion.',
        },
        { outlet: 'bloomberg.com', text: 'Northwind Systems posted third-quarter revenue of $3.5 billion, the company said.' },
      ],
      [3.2e9, 3.5e9],
    ),
    dir,
  );
  assert.ok(line, 'still a dispute between two outlets');
});
