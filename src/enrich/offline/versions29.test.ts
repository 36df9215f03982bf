/**
 * Two hedged values of one measure (decision 078): 约120亿美元 against about $12.5 billion are two outlets' numbers, not
 * one number rounded twice. The digest's comparison line and the check's `conflict-unshown` both see the dispute (each
 * hedge widens a value against an exact figure only); a hedge rounding an exact figure stays one number. Items written
 * for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, plainFactsDigest } from '../../../test/fixtures/enrich/bundles.js';
import { toldBeforeProblems } from '../../render/check/told-before.js';
import type { Claim, StoryBundle } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { partClause, prospectiveClause } from './dispute.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());
const SUBJECT = 'Northwind Systems';

/** One disputed claim of Northwind Systems told by outlets on their own days (values attributed to it by number). */
function disputed(metric: string, texts: [string, string, string][], values: number[]): { bundle: StoryBundle; claim: Claim } {
  const reports = texts.map(([outlet, date, text]) => ({ outlet, date, text }));
  const bundle = conflictedClaimBundle({ id: `st_versions29_${metric}`, metric, path: 'tech', date: '', reports, values });
  return { bundle, claim: bundle.claims[0] as Claim };
}

const plainDigest = (values: string[]): string => plainFactsDigest(values, '2026-11-13');

function verdicts(metric: string, texts: [string, string, string][], values: number[], printed: string[]) {
  const { bundle, claim } = disputed(metric, texts, values);
  const lines = conflictSentences(bundle, dir);
  const flagged = toldBeforeProblems(plainDigest(printed), [], [claim], () => [SUBJECT, '北风系统']).some(
    (p) => p.rule === 'conflict-unshown',
  );
  return { lines, flagged };
}

test('two outlets’ hedged amounts 4% apart are a dispute the digest shows and the check asks for', () => {
  const { lines, flagged } = verdicts(
    'debt',
    [
      [
        'bloomberg.com',
        '2026-11-12',
        'Northwind Systems is working with banks on a vehicle that would raise about $12.5 billion of debt to buy chips.',
      ],
      ['wallstreetcn.com', '2026-11-12', '北风系统正与多家银行筹建一家特殊目的实体，由其发行约120亿美元债务，用于购买芯片。'],
    ],
    [12.5e9, 12e9],
    ['约125亿美元', '约120亿美元'],
  );
  assert.equal(lines.length, 1, 'one comparison line');
  assert.match(lines[0] as string, /约125亿美元/);
  assert.match(lines[0] as string, /约120亿美元/);
  assert.equal(flagged, true);
});

test('a hedge rounding the other outlet’s exact figure is one number: no comparison line, nothing flagged', () => {
  const { lines, flagged } = verdicts(
    'revenue',
    [
      ['reuters.com', '2026-11-12', 'Northwind Systems said third-quarter revenue rose to 12.34 billion yuan.'],
      ['cls.cn', '2026-11-12', '北风系统第三季度营收约120亿元，同比增长18%。'],
    ],
    [12.34e9, 12e9],
    ['123.4亿元', '约120亿元'],
  );
  assert.deepEqual({ lines: lines.length, flagged }, { lines: 0, flagged: false });
});

test('a debt sale a vehicle is being set up for is still sought in Chinese as in English', () => {
  assert.equal(prospectiveClause('北风系统正与多家银行筹建一家特殊目的实体，由其发行约120亿美元债务。', '约120亿美元'), true);
  assert.equal(prospectiveClause('北风系统拟发行50亿美元公司债，用于数据中心建设。', '50亿美元'), true);
  assert.equal(
    prospectiveClause(
      'Northwind Systems is working with banks on a vehicle that would raise about $12.5 billion of debt.',
      'about $12.5 billion',
    ),
    true,
  );
  // A sale done is no plan.
  assert.equal(prospectiveClause('北风系统上周完成发行120亿美元债券。', '120亿美元'), false);
});

test('whose company the subject is (X旗下…公司) is no part of it; a subsidiary or a business stays a part', () => {
  assert.equal(partClause('据知情人士透露，软银旗下人工智能公司北风系统正接近完成新一轮约200亿美元的股权融资。', '约200亿美元'), false);
  assert.equal(partClause('北风控股旗下的初创企业北风系统完成15亿元融资。', '15亿元'), false);
  assert.equal(partClause('北风控股旗下子公司北风系统完成15亿元融资。', '15亿元'), true);
  assert.equal(partClause('北风控股旗下云业务收入为120亿元，同比增长18%。', '120亿元'), true);
  // The round the owner's descriptor no longer hides is one number with the wire's.
  const { lines } = verdicts(
    'funding',
    [
      [
        'bloomberg.com',
        '2026-11-12',
        'Northwind Systems is close to raising about $18 billion in new equity, people familiar with the matter said.',
      ],
      ['wallstreetcn.com', '2026-11-13', '据知情人士透露，软银旗下人工智能公司北风系统正接近完成新一轮约200亿美元的股权融资。'],
    ],
    [18e9, 20e9],
    ['约180亿美元', '约200亿美元'],
  );
  assert.equal(lines.length, 1, 'one comparison line');
});
