/**
 * Two values are versions of one number only when the event and the basis agree too (issue 11, docs/decisions/067): a
 * raise still sought or in talks is a new event, never a version of the round that closed; a price with earn-out /
 * 对赌 payments is another basis than the cash price. Real disputes stay drawn. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteerEntries } from '../data-files.js';
import { contingentClause, prospectiveClause } from './dispute.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

/** The comparison lines of one claim of Northwind Systems told by two outlets on one day. */
function lines(metric: string, texts: [string, string][], values: number[]): string[] {
  const reports = texts.map(([outlet, text]) => ({ outlet, text }));
  const bundle = conflictedClaimBundle({ id: 'st_versions27', metric, path: 'tech', date: '2026-11-12', reports, values });
  return conflictSentences(bundle, dir);
}

test('a raise still sought or in talks is no version of the round that closed', () => {
  assert.equal(prospectiveClause('知情人士称，北风系统正洽谈新一轮融资，规模约10亿美元。', '10亿美元'), true);
  assert.equal(prospectiveClause('Northwind Systems is in talks to raise $1 billion, people familiar said.', '$1 billion'), true);
  assert.equal(prospectiveClause('北风系统宣布完成6亿美元B轮融资。', '6亿美元'), false);
  assert.equal(
    prospectiveClause('Northwind Systems, which closed a $600 million round in March, said sales doubled.', '$600 million'),
    false,
  );
  const zh = lines(
    'funding',
    [
      ['cls.cn', '北风系统宣布完成6亿美元B轮融资，由康拓资本领投。'],
      ['yicai.com', '据知情人士透露，北风系统正与投资者洽谈新一轮融资，规模约10亿美元。'],
    ],
    [6e8, 1e9],
  );
  assert.deepEqual(zh, []);
  const en = lines(
    'funding',
    [
      ['reuters.com', 'Northwind Systems said on Tuesday it had raised $600 million in a Series B round.'],
      ['bloomberg.com', 'Northwind Systems is in talks to raise $1 billion at a higher valuation, people familiar with the matter said.'],
    ],
    [6e8, 1e9],
  );
  assert.deepEqual(en, []);
});

test('a price with earn-out or 对赌 payments is no version of the cash price', () => {
  assert.equal(contingentClause('交易总价45亿元，包括15亿元业绩对赌款。', '45亿元'), true);
  assert.equal(contingentClause('北风系统以30亿元现金收购康拓，另有15亿元业绩对赌款。', '30亿元'), false);
  assert.equal(contingentClause('The deal is worth up to $4.5 billion including earn-outs.', '$4.5 billion'), true);
  assert.equal(contingentClause('Northwind will pay $3 billion in cash plus $1.5 billion in earn-outs.', '$3 billion'), false);
  const zh = lines(
    'acquisition',
    [
      ['cls.cn', '北风系统以30亿元现金收购康拓软件全部股权。'],
      ['yicai.com', '北风系统收购康拓软件的交易总价为45亿元，其中包括未来三年的业绩对赌款。'],
    ],
    [3e9, 4.5e9],
  );
  assert.deepEqual(zh, []);
});

test('two outlets, two values of the same closed round: still a dispute', () => {
  const [line] = lines(
    'funding',
    [
      ['cls.cn', '北风系统宣布完成6亿美元B轮融资，由康拓资本领投。'],
      ['yicai.com', '北风系统完成7亿美元B轮融资，康拓资本领投。'],
    ],
    [6e8, 7e8],
  );
  assert.ok(line?.includes('6亿美元') && line.includes('7亿美元'), line);
});

test('talks told before the deal was done are its earlier version: the comparison stays', () => {
  const bundle = conflictedClaimBundle({
    id: 'st_versions27_talks',
    metric: 'funding',
    path: 'tech',
    date: '2026-11-02',
    reports: [
      {
        outlet: 'reuters.com',
        text: 'Northwind Systems is in talks to raise as much as $600 million, people familiar with the matter said.',
      },
      { outlet: 'yicai.com', title: '北风系统', date: '2026-11-12', text: '北风系统宣布完成8亿美元B轮融资，由康拓资本领投。' },
    ],
    values: [6e8, 8e8],
  });
  const [line] = conflictSentences({ ...bundle, items: bundle.items.slice(1) }, dir);
  assert.ok(line?.includes('6亿美元') && line.includes('8亿美元'), line);
});

test('a round close to being finalised is still sought: told again later (或将达到), it is one event told two ways', () => {
  assert.equal(
    prospectiveClause('Northwind Systems is close to finalising a funding round of up to $1 billion, people familiar said.', '$1 billion'),
    true,
  );
  assert.equal(prospectiveClause('据知情人士透露，北风系统本轮融资总额或将达到11亿美元。', '11亿美元'), true);
});
