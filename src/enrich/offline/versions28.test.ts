/**
 * One definition of "the same measure" (issue 11, decision 071): the digest's comparison line and the check's
 * `conflict-unshown` both ask `versionsOf`, so a pair the digest rightly prints apart is never flagged as a dispute
 * unshown, and a pair it would compare is. Qualifiers that make two measures: the cash price against a total with
 * earn-out payments added on top, two research houses' estimates, a product line's growth against the company's.
 * Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, plainFactsDigest } from '../../../test/fixtures/enrich/bundles.js';
import { toldBeforeProblems } from '../../render/check/told-before.js';
import type { Claim, StoryBundle } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { contingentClause, modelFigure, ofWhichSentence, partClause } from './dispute.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { versionsOf } from './versions.js';

const dir = entityDirectory(loadGazetteerEntries());
const SUBJECT = 'Northwind Systems';

/** One disputed claim of Northwind Systems told by outlets on one day (values attributed to it by number). */
function disputed(metric: string, texts: [string, string][], values: number[]): { bundle: StoryBundle; claim: Claim } {
  const reports = texts.map(([outlet, text]) => ({ outlet, text }));
  const bundle = conflictedClaimBundle({ id: `st_versions28_${metric}`, metric, path: 'tech', date: '2026-11-12', reports, values });
  return { bundle, claim: bundle.claims[0] as Claim };
}

const plainDigest = (values: string[]): string => plainFactsDigest(values, '2026-11-12');

/** Whether the digest draws a comparison line, and whether the check flags the values printed as plain facts. */
function verdicts(metric: string, texts: [string, string][], values: number[], printed: string[]) {
  const { bundle, claim } = disputed(metric, texts, values);
  const line = conflictSentences(bundle, dir).length > 0;
  const flagged = toldBeforeProblems(plainDigest(printed), [], [claim], () => [SUBJECT, '北风系统']).some(
    (p) => p.rule === 'conflict-unshown',
  );
  return { line, flagged };
}

test('an amount with earn-out payments added on top is the base price, not the total with them', () => {
  assert.equal(contingentClause('北风系统将收购康拓软件，交易对价为32亿美元，另设最高8亿美元的业绩奖励。', '32亿美元'), false);
  assert.equal(contingentClause('Northwind will pay $3.2 billion, plus up to $800 million in earn-out payments.', '$3.2 billion'), false);
  // The earn-out itself, and a total that includes it, stay contingent.
  assert.equal(contingentClause('北风系统将收购康拓软件，交易对价为32亿美元，另设最高8亿美元的业绩奖励。', '最高8亿美元'), true);
  assert.equal(
    contingentClause('The deal is valued at $4 billion, including up to $800 million in earn-out payments.', '$4 billion'),
    true,
  );
  assert.deepEqual(
    verdicts(
      'acquisition',
      [
        ['cls.cn', '北风系统将收购康拓软件，交易对价为32亿美元，另设最高8亿美元的业绩奖励，视康拓未来两年营收目标完成情况支付。'],
        [
          'reuters.com',
          'Northwind Systems agreed to buy Contoso Software in a deal valued at $4 billion, including up to $800 million in earn-out payments.',
        ],
      ],
      [3.2e9, 4e9],
      ['32亿美元', '40亿美元'],
    ),
    { line: false, flagged: false },
  );
});

test('two research houses measure two things: the estimator is part of the measure', () => {
  assert.equal(modelFigure('据市场研究机构星图咨询统计，北风系统第三季度在中国市场的份额为19%。', '19%'), true);
  assert.equal(
    modelFigure(
      "Northwind Systems held 17% of China's smartphone market in the third quarter, according to research firm Strand Analytics.",
      '17%',
    ),
    true,
  );
  // The company's own figure stays its own.
  assert.equal(modelFigure('北风系统表示，公司第三季度在中国市场的份额为19%。', '19%'), false);
  assert.deepEqual(
    verdicts(
      'market-share',
      [
        ['sina.com.cn', '据市场研究机构星图咨询统计，北风系统第三季度在中国智能手机市场的份额为19%，重回第一。'],
        [
          'reuters.com',
          "Northwind Systems held 17% of China's smartphone market in the third quarter, according to research firm Strand Analytics.",
        ],
      ],
      [19, 17],
      ['19%', '17%'],
    ),
    { line: false, flagged: false },
  );
});

test("a product line's growth is no version of the company's growth", () => {
  assert.equal(partClause("Sales of Northwind Systems' AI server products grew 85% in the third quarter.", '85%'), true);
  assert.equal(partClause('北风系统AI服务器产品收入同比增长85%。', '85%'), true);
  assert.equal(ofWhichSentence('其中，AI服务器收入同比增长85%，创单季新高。'), true);
  assert.equal(partClause('北风系统第三季度营收同比增长18%。', '18%'), false);
  for (const part of [
    "Sales of Northwind Systems' AI server products grew 85% in the third quarter.",
    '其中，AI服务器收入同比增长85%，创单季新高。',
  ]) {
    assert.deepEqual(
      verdicts(
        'revenue-growth',
        [
          ['jiemian.com', '北风系统公布第三季度业绩，营收同比增长18%，高于市场预期。'],
          ['cnbc.com', part],
        ],
        [18, 85],
        ['18%', '85%'],
      ),
      { line: false, flagged: false },
      part,
    );
  }
});

test('an article stating both values explains them: neither a comparison line nor a dispute unshown', () => {
  const texts: [string, string][] = [
    ['cls.cn', '北风系统以32亿美元现金收购康拓软件，交易总额为40亿美元，其中8亿美元为业绩对赌款。'],
    ['yicai.com', '北风系统收购康拓软件的交易总额为40亿美元。'],
  ];
  assert.deepEqual(verdicts('acquisition', texts, [3.2e9, 4e9], ['32亿美元', '40亿美元']), { line: false, flagged: false });
  const { claim } = disputed('acquisition', texts, [3.2e9, 4e9]);
  const [cash, total] = [claim.statements.filter((s) => s.figure.value === 3.2e9), claim.statements.filter((s) => s.figure.value === 4e9)];
  assert.equal(versionsOf(cash, total, 'acquisition'), false);
});

test('two outlets, two sizes of one closed round: the digest compares them and the check asks for it', () => {
  assert.deepEqual(
    verdicts(
      'funding',
      [
        ['cls.cn', '北风系统宣布完成6亿美元B轮融资，由康拓资本领投。'],
        ['reuters.com', 'Northwind Systems said it had raised $700 million in a Series B round led by Contoso Capital.'],
      ],
      [6e8, 7e8],
      ['6亿美元', '7亿美元'],
    ),
    { line: true, flagged: true },
  );
  assert.deepEqual(
    verdicts(
      'revenue-growth',
      [
        ['jiemian.com', '北风系统公布第三季度业绩，营收同比增长18%。'],
        ['reuters.com', 'Northwind Systems said third-quarter revenue rose 21% from a year earlier.'],
      ],
      [18, 21],
      ['18%', '21%'],
    ),
    { line: true, flagged: true },
  );
});
