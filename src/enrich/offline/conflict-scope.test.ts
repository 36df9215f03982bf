/**
 * A conflict line is drawn only between two sources' versions of one number (a blind editor's count of fake conflict
 * lines, thirteenth session): never between a forecast and a result, a group's total and one member's figure, or two
 * values one article states itself (it explains the difference). Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteerEntries } from '../data-files.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

/** Two or three items on one company's quarterly revenue; the claim holds every value as a conflict. */
function revenueBundle(reports: { outlet: string; text: string }[], values: number[]) {
  const title = 'Northwind Systems quarterly results';
  return conflictedClaimBundle({
    id: 'st_rev_scope',
    metric: 'revenue',
    period: '2026Q3',
    title,
    path: 'markets',
    date: '2026-10-20',
    reports,
    values,
  });
}

/** The comparison lines of one revenue claim told by two outlets: each report is [outlet domain, sentence]. */
function twoReports(a: [string, string], b: [string, string], values: number[]) {
  return conflictSentences(
    revenueBundle(
      [a, b].map(([outlet, text]) => ({ outlet, text })),
      values,
    ),
    dir,
  );
}

test('two outlets, two values of the same result: the dispute is drawn (the rule below does not hide real ones)', () => {
  const [line] = twoReports(
    ['reuters.com', 'Northwind Systems reported third-quarter revenue of $3.2 billion on Tuesday.'],
    ['bloomberg.com', 'Northwind Systems posted third-quarter revenue of $3.5 billion, the company said.'],
    [3.2e9, 3.5e9],
  );
  assert.ok(line, 'a real dispute between two outlets');
  assert.match(line, /32亿美元/);
  assert.match(line, /35亿美元/);
});

test('a forecast is no version of the result: analysts’ or the company’s own expectation never disputes it', () => {
  const lines = twoReports(
    ['reuters.com', 'Northwind Systems reported third-quarter revenue of $3.2 billion on Tuesday.'],
    ['bloomberg.com', 'Last month the company said it expects third-quarter revenue of $3.5 billion.'],
    [3.2e9, 3.5e9],
  );
  assert.deepEqual(lines, []);
  const zh = twoReports(
    ['cls.cn', '北风系统第三季度营收为32亿美元。'],
    ['yicai.com', '北风系统此前预计第三季度营收为35亿美元。'],
    [3.2e9, 3.5e9],
  );
  assert.deepEqual(zh, []);
});

test('a group’s total is no version of one member’s figure (合计, combined)', () => {
  const lines = twoReports(
    ['cls.cn', '北风系统第三季度营收为32亿美元。'],
    ['yicai.com', '北风系统与两家子公司第三季度营收合计为51亿美元。'],
    [3.2e9, 5.1e9],
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

/** Items on one claim of Northwind Systems (any metric), each with its own date; the claim holds every value. */
function claimBundle(
  metric: string,
  period: string | undefined,
  reports: { outlet: string; text: string; date: string }[],
  values: number[],
) {
  return conflictedClaimBundle({ id: 'st_claim_scope', metric, ...(period ? { period } : {}), path: 'tech', date: '', reports, values });
}

const day = '2026-10-20';

test('a division’s, a subsidiary’s or a region’s figure is no version of the company’s (S)', () => {
  const en = twoReports(
    ['reuters.com', 'Northwind Systems reported third-quarter revenue of $3.2 billion on Tuesday.'],
    ['bloomberg.com', 'Revenue at the industrial automation division rose to $1.1 billion in the third quarter.'],
    [3.2e9, 1.1e9],
  );
  assert.deepEqual(en, []);
  const zh = twoReports(
    ['cls.cn', '北风系统第三季度营收为32亿美元。'],
    ['yicai.com', '北风系统旗下子公司北风智能第三季度营收为11亿美元。'],
    [3.2e9, 1.1e9],
  );
  assert.deepEqual(zh, []);
  const region = twoReports(
    ['cls.cn', '北风系统第三季度营收为32亿美元。'],
    ['yicai.com', '北风系统第三季度中国区营收为11亿美元。'],
    [3.2e9, 1.1e9],
  );
  assert.deepEqual(region, []);
});

test('a total of many deals is no version of one deal’s amount (S)', () => {
  const en = conflictSentences(
    claimBundle(
      'contract',
      undefined,
      [
        {
          outlet: 'reuters.com',
          date: day,
          text: 'Northwind Systems has signed compute agreements totalling $30 billion with five cloud providers.',
        },
        { outlet: 'bloomberg.com', date: day, text: 'Northwind Systems signed a $3.5 billion compute contract with Contoso Cloud.' },
      ],
      [3e10, 3.5e9],
    ),
    dir,
  );
  assert.deepEqual(en, []);
  const zh = conflictSentences(
    claimBundle(
      'contract',
      undefined,
      [
        { outlet: 'cls.cn', date: day, text: '北风系统与五家云厂商签署的一系列算力协议总额达300亿美元。' },
        { outlet: 'yicai.com', date: day, text: '北风系统与康拓云签署了一份35亿美元的算力合同。' },
      ],
      [3e10, 3.5e9],
    ),
    dir,
  );
  assert.deepEqual(zh, []);
});

test('a bank’s or a research house’s model is no version of the company’s guidance (O)', () => {
  const en = twoReports(
    ['reuters.com', 'Northwind Systems said it expects third-quarter revenue of $3.2 billion.'],
    ['bloomberg.com', 'Morgan Stanley expects Northwind Systems’ third-quarter revenue to reach $3.5 billion.'],
    [3.2e9, 3.5e9],
  );
  assert.deepEqual(en, []);
  const zh = twoReports(
    ['cls.cn', '北风系统预计第三季度营收为32亿美元。'],
    ['yicai.com', '高盛在最新研报中预计，北风系统第三季度营收将达35亿美元。'],
    [3.2e9, 3.5e9],
  );
  assert.deepEqual(zh, []);
});

test('a value the newer article reports as raised, or after a denial, replaced the old one: history, no dispute (X)', () => {
  const raised = (older: string, newer: string) =>
    conflictSentences(
      claimBundle(
        'ipo',
        undefined,
        [
          { outlet: 'reuters.com', date: '2026-10-13', text: older },
          { outlet: 'bloomberg.com', date: day, text: newer },
        ],
        [3.2e9, 3.5e9],
      ),
      dir,
    );
  assert.deepEqual(
    raised(
      'Northwind Systems plans to raise $3.2 billion in its Hong Kong listing, people familiar said.',
      'Northwind Systems raised the size of its Hong Kong listing to $3.5 billion on strong demand.',
    ),
    [],
  );
  assert.deepEqual(raised('北风系统计划通过港股上市募资32亿美元。', '因认购踊跃，北风系统将港股上市募资规模上调至35亿美元。'), []);
  assert.deepEqual(
    raised(
      'Northwind Systems is seeking $3.2 billion in its Hong Kong listing, people familiar said.',
      'Northwind Systems dismissed the report, saying it would raise $3.5 billion.',
    ),
    [],
  );
  assert.deepEqual(raised('知情人士称，北风系统港股上市拟募资32亿美元。', '北风系统否认上述报道，称本次上市募资规模为35亿美元。'), []);
  // The newer article names the old value itself (此前计划为, up from).
  assert.deepEqual(raised('北风系统计划通过港股上市募资32亿美元。', '北风系统本次港股上市募资35亿美元，此前计划为32亿美元。'), []);
  assert.deepEqual(
    raised(
      'Northwind Systems plans to raise $3.2 billion in its Hong Kong listing.',
      'Northwind Systems will raise $3.5 billion in its listing, up from the $3.2 billion it planned.',
    ),
    [],
  );
  // Two outlets reporting two different new values still disagree.
  const [both] = raised(
    'Northwind Systems raised the size of its Hong Kong listing to $3.2 billion, the company said.',
    'Northwind Systems raised the size of its Hong Kong listing to $3.5 billion, people familiar said.',
  );
  assert.ok(both, 'two versions of the new value are a dispute');
  // An older report and a newer one with no revision or denial in it: still drawn.
  const [plain] = raised(
    'Northwind Systems plans to raise $3.2 billion in its Hong Kong listing, people familiar said.',
    'Northwind Systems will raise $3.5 billion in its Hong Kong listing, people familiar said.',
  );
  assert.ok(plain, 'two reports of one listing’s size');
});

test('an SPV’s loan is no version of the equity round (S)', () => {
  const round = (a: string, b: string) =>
    conflictSentences(
      claimBundle(
        'funding',
        undefined,
        [
          { outlet: 'reuters.com', date: day, text: a },
          { outlet: '36kr.com', date: day, text: b },
        ],
        [1.8e9, 3e9],
      ),
      dir,
    );
  assert.deepEqual(
    round(
      'Northwind Systems is raising about $1.8 billion in a new funding round, the people said.',
      '知情人士称，北风系统将与一家资管公司共同设立SPV，以所购芯片作抵押，融资约30亿美元。',
    ),
    [],
  );
  assert.deepEqual(
    round(
      '北风系统正在进行新一轮融资，规模约18亿美元。',
      'Northwind Systems is also arranging a $3 billion loan secured against its GPUs, the people said.',
    ),
    [],
  );
  const [line] = round(
    'Northwind Systems is raising about $1.8 billion in a new funding round, the people said.',
    '北风系统正在进行新一轮融资，规模约30亿美元。',
  );
  assert.ok(line, 'two versions of the round');
});

test('a wholly owned subsidiary acting for its parent and an AI model maker are no part and no model: the dispute stays', () => {
  const [sub] = conflictSentences(
    claimBundle(
      'investment',
      undefined,
      [
        { outlet: 'cls.cn', date: day, text: '招股书显示，大模型公司北风系统引入基石投资者，其中康拓科技认购5000万美元。' },
        { outlet: 'stcn.com', date: day, text: '康拓科技晚间公告，公司全资子公司拟以自有资金6000万美元认购北风系统港股IPO股份。' },
      ],
      [5e7, 6e7],
    ),
    dir,
  );
  assert.ok(sub, 'two versions of one subscription');
  const [en] = twoReports(
    ['reuters.com', 'The AI model maker Northwind Systems expects third-quarter revenue of $3.2 billion.'],
    ['bloomberg.com', 'Northwind Systems expects third-quarter revenue of $3.5 billion, the company said.'],
    [3.2e9, 3.5e9],
  );
  assert.ok(en, 'a model maker’s own guidance is no model');
});

test('a result that grew (净亏损扩大至, widened to) is no revision: two outlets’ versions of it still disagree', () => {
  const [line] = twoReports(
    ['cls.cn', '北风系统第三季度营收为32亿美元，净利润同比增长12%。'],
    ['hket.com', '北风系统第三季度营收扩大至35亿美元，公司积压订单创新高。'],
    [3.2e9, 3.5e9],
  );
  assert.ok(line, 'a quarter’s revenue told two ways');
});

test('a round’s total (融资总额, totalling) is one deal’s amount: two outlets’ versions of it disagree', () => {
  const [line] = conflictSentences(
    claimBundle(
      'funding',
      undefined,
      [
        {
          outlet: 'reuters.com',
          date: '2026-10-13',
          text: 'Northwind Systems is raising up to $10 billion in its new round, people familiar said.',
        },
        { outlet: 'wallstreetcn.com', date: day, text: '据知情人士透露，北风系统本轮融资总额或将达到110亿美元。' },
      ],
      [1e10, 1.1e10],
    ),
    dir,
  );
  assert.ok(line, 'the round told two ways');
});

test('a participant’s cheque, an upsize option and a research house’s share are no versions of the deal or the figure (decision 062)', () => {
  const pair = (metric: string, a: [string, string], b: [string, string], values: number[]) =>
    conflictSentences(
      claimBundle(
        metric,
        undefined,
        [a, b].map(([outlet, text]) => ({ outlet, text, date: day })),
        values,
      ),
      dir,
    );
  // A co-investor's cheque filed under the round.
  assert.deepEqual(
    pair(
      'funding',
      ['cls.cn', '北风系统完成新一轮融资，融资额为40亿美元。'],
      ['yicai.com', '北风系统本轮融资中，南岭资本出资5亿美元。'],
      [4e9, 5e8],
    ),
    [],
  );
  assert.deepEqual(
    pair(
      'funding',
      ['reuters.com', 'Northwind Systems raised $4 billion in its latest round.'],
      ['bloomberg.com', 'Southridge Capital participated in the Northwind Systems round with $500 million.'],
      [4e9, 5e8],
    ),
    [],
  );
  // An upsize option against the base raise.
  assert.deepEqual(
    pair(
      'funding',
      ['cls.cn', '北风系统此次发行拟募资40亿港元。'],
      ['hket.com', '若超额配股权获悉数行使，北风系统募资额可增至46亿港元。'],
      [4e9, 4.6e9],
    ),
    [],
  );
  // Two outlets' versions of the round itself still disagree.
  const [line] = pair(
    'funding',
    ['cls.cn', '北风系统完成新一轮融资，融资额为40亿美元。'],
    ['yicai.com', '北风系统新一轮融资规模达45亿美元。'],
    [4e9, 4.5e9],
  );
  assert.ok(line, 'two versions of one round');
});

test('a raise filed under a valuation is no version of the valuation: each clause names its own deal measure (decision 062)', () => {
  const lines = conflictSentences(
    claimBundle(
      'valuation',
      undefined,
      [
        { outlet: 'cls.cn', date: day, text: '北风系统完成新一轮融资，本轮融资后公司估值超过50亿美元。' },
        { outlet: 'yicai.com', date: day, text: '北风系统完成新一轮融资6亿美元，投后估值来到55亿美元。' },
      ],
      [5e9, 6e8],
    ),
    dir,
  );
  assert.deepEqual(lines, []);
});

test('an amount opening a sentence that gives the valuation to another amount is the round, not the valuation (decision 062)', () => {
  const lines = conflictSentences(
    claimBundle(
      'valuation',
      undefined,
      [
        { outlet: 'cls.cn', date: day, text: '北风系统完成新一轮融资，本轮融资后公司估值超过50亿美元。' },
        { outlet: 'yicai.com', date: day, text: '6亿美元，南岭资本领投，投后估值来到55亿美元。' },
      ],
      [5e9, 6e8],
    ),
    dir,
  );
  assert.ok(!lines.some((l) => l.includes('6亿美元')), lines.join('\n'));
});

test('an amount raised to after an option named earlier in the sentence is the option’s, not the base raise (decision 062)', () => {
  const lines = conflictSentences(
    claimBundle(
      'funding',
      undefined,
      [
        { outlet: 'cls.cn', date: day, text: '北风系统启动港股招股，拟募资约40亿港元。' },
        { outlet: 'stcn.com', date: day, text: '若认购踊跃，公司可能行使发售量调整权，将募资规模提高至约46亿港元。' },
      ],
      [4e9, 4.6e9],
    ),
    dir,
  );
  assert.deepEqual(lines, []);
});
