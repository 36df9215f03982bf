/**
 * Issue 11 (docs/decisions/083): a price that includes payments due only on later milestones or targets is another
 * basis than the up-front price, however the outlet words the contingency (milestone-based, tied to performance
 * targets, 与业绩挂钩, 取决于未来业绩, 或有付款); a real dispute of one price stays drawn. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, makeBundle, makeItem, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { contingentClause, dealMeasure } from './dispute.js';
import { createOfflineEngine } from './engine.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

function lines(texts: [string, string][], values: number[], metric = 'acquisition'): string[] {
  const reports = texts.map(([outlet, text]) => ({ outlet, text }));
  const bundle = conflictedClaimBundle({ id: 'st_days30', metric, path: 'tech', date: '2026-11-20', reports, values });
  return conflictSentences(bundle, dir);
}

test('contingent payments however worded make a price another basis than the up-front one', () => {
  for (const [sentence, text] of [
    ['The deal is valued at $4 billion, including milestone-based payments.', '$4 billion'],
    ['Northwind will pay $4 billion, depending on whether performance targets are met.', '$4 billion'],
    ['Northwind will pay $4 billion, with part of the price tied to revenue milestones.', '$4 billion'],
    ['The consideration of $4 billion includes potential future payments.', '$4 billion'],
    ['交易总对价为40亿美元，含与业绩挂钩的付款。', '40亿美元'],
    ['北风系统拟以40亿美元收购湖畔数据，其中8亿美元取决于未来业绩。', '40亿美元'],
    ['北风系统拟以40亿美元收购湖畔数据，含8亿美元或有付款。', '40亿美元'],
  ] as const) {
    assert.equal(contingentClause(sentence, text), true, sentence);
  }
  // An outlook word is no contingency (或有望), nor is the base price before payments added on top.
  assert.equal(contingentClause('北风系统以32亿美元收购湖畔数据，交易或有望年内完成。', '32亿美元'), false);
  assert.equal(
    contingentClause('Northwind will pay $3.2 billion upfront, plus up to $800 million tied to revenue milestones.', '$3.2 billion'),
    false,
  );
});

test('an up-front price against the price with milestone payments: no dispute; two up-front prices: a dispute', () => {
  const none = lines(
    [
      ['reuters.com', 'Northwind Systems agreed to buy Lakeside Data for $3.2 billion.'],
      ['yicai.com', '北风系统收购湖畔数据的交易对价为40亿美元，含与业绩挂钩的付款。'],
    ],
    [3.2e9, 4e9],
  );
  assert.deepEqual(none, []);
  const [line] = lines(
    [
      ['reuters.com', 'Northwind Systems agreed to buy Lakeside Data for $3.2 billion.'],
      ['yicai.com', '北风系统以40亿美元收购湖畔数据。'],
    ],
    [3.2e9, 4e9],
  );
  assert.match(line ?? '', /32亿美元/);
  assert.match(line ?? '', /40亿美元/);
});

test('a measure noun right after an amount names it: an English valuation told after the raise verb is the valuation', () => {
  assert.equal(dealMeasure('Northwind Systems raised funds at a $10 billion valuation.', '$10 billion'), 'valuation');
  assert.equal(dealMeasure('Northwind Systems raised $2 billion at a $10 billion post-money valuation.', '$2 billion'), 'raise');
  assert.equal(dealMeasure('Northwind Systems closed a $2 billion Series C round.', '$2 billion'), 'raise');
  assert.equal(dealMeasure('北风系统以100亿美元估值完成新一轮融资。', '100亿美元'), 'valuation');
  // A preposition between them leaves the clause before to name it (valued at … in the round: the valuation).
  assert.equal(dealMeasure('Northwind Systems was valued at $10 billion in the round.', '$10 billion'), 'valuation');
  // A rumoured valuation against the company's own: a dispute a reader sees.
  const [line] = lines(
    [
      ['bloomberg.com', 'Northwind Systems raised funds at a $10 billion valuation, according to people familiar with the matter.'],
      ['cls.cn', '北风系统宣布完成新一轮融资，投后估值为80亿美元。'],
    ],
    [1e10, 8e9],
    'valuation',
  );
  assert.match(line ?? '', /100亿美元/);
  assert.match(line ?? '', /80亿美元/);
});

test('today’s value stated on an earlier day that no digest printed: the comparison with the printed value stays', async () => {
  const engine = createOfflineEngine();
  const item = (url: string, date: string, text: string) => makeItem({ title: 'Northwind Systems valuation', text, url, date });
  const printed = item(
    'https://www.reuters.com/technology/northwind',
    '2026-11-18',
    'Northwind Systems was valued at $12 billion, people familiar said.',
  );
  const unprinted = item('https://36kr.com/p/northwind', '2026-11-17', 'Northwind Systems is valued at about $10 billion after the round.');
  const story = (told: Record<string, string>) => ({
    ...makeBundle({
      id: 'st_days30_value',
      items: [
        {
          title: '北风系统完成新一轮融资，投后估值约100亿美元',
          text: '北风系统宣布完成新一轮融资，投后估值约100亿美元，本轮由康拓资本领投。',
          url: 'https://www.cls.cn/detail/930001',
          date: '2026-11-19',
        },
      ],
      attributions: [{ value: 1e10, subject: 'Northwind Systems', metric: 'valuation', period: '2026' }],
      claims: (items, f) => {
        const today = items[0] as ItemRecord;
        const figs = (it: ItemRecord) =>
          extractFigures(it.text).map((x) => ({ ...x, subject: 'Northwind Systems', metric: 'valuation', period: '2026' }));
        return [
          {
            subject: 'Northwind Systems',
            metric: 'valuation',
            period: '2026',
            statements: [
              statement(today, f[today.id] ?? [], 1e10),
              statement(printed, figs(printed), 1.2e10),
              statement(unprinted, figs(unprinted), 1e10),
            ],
            conflict: true,
            latest: 0,
            mostCited: 0,
          },
        ];
      },
    }),
    toldBefore: told,
  });
  const compared = (s: { paragraphs: string[] }) => s.paragraphs.some((p) => p.startsWith('与此前报道对比：'));
  // Only the $12 billion ran (the $10 billion report was never printed): today's value is news against it.
  const shown = await engine.doWriteStory(story({ [printed.id]: '2026-11-18' }), 'stories');
  assert.ok(compared(shown), JSON.stringify(shown.paragraphs));
  // Both ran: the pair was there to print on its day.
  const both = await engine.doWriteStory(story({ [printed.id]: '2026-11-18', [unprinted.id]: '2026-11-17' }), 'stories');
  assert.ok(!compared(both), JSON.stringify(both.paragraphs));
});
