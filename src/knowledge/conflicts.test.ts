/**
 * Conflicts between sources and inconsistencies inside one source, on statements written for this test: metric
 * families, qualifiers (caps, floors, 'nearly', ranges), signs, denials, undated point-in-time amounts and counterparties.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stmt } from '../../test/fixtures/knowledge/records.js';
import type { Figure } from '../types/figure.js';
import { intervalOf, valuesAgree } from './agreement.js';
import { buildClaims } from './claims.js';
import { compileFamilies, defaultFamilies } from './families.js';
import { valuationBasisOf } from './valuation-basis.js';

const B = 1e9;
interface V extends Partial<Figure> {
  text: string;
  /** Source item: statements of one item share it. */
  item: string;
  date?: string;
}
const v = (item: string, text: string, props: Partial<Figure>, date = '2026-02-05'): V => ({
  item,
  text,
  date,
  kind: 'money',
  currency: 'USD',
  qualifier: 'exact',
  ...props,
});

/** name, subject, statements, expected: conflict between sources, inconsistency inside one, number of claims. */
const CASES: { name: string; subject: string; values: V[]; conflict: boolean; inconsistent?: boolean; claims?: number }[] = [
  {
    name: '资本开支 / capex / 资本支出 are one family; 5200亿 vs 5600亿 is a conflict',
    subject: 'Hyperscalers',
    values: [
      v('a', '5200亿美元', { value: 520 * B, metric: 'capex', period: '2026' }),
      v('b', '$560 billion', { value: 560 * B, metric: 'capital-expenditure', period: '2026' }),
    ],
    conflict: true,
    claims: 1,
  },
  {
    name: '超过4000亿 agrees with 约4100亿',
    subject: 'Hyperscalers',
    values: [
      v('a', '超过4000亿美元', { value: 400 * B, qualifier: 'min', metric: 'capex', period: '2025' }),
      v('b', '约4100亿美元', { value: 410 * B, qualifier: 'approx', metric: 'capex', period: '2025' }),
    ],
    conflict: false,
  },
  {
    name: 'a range agrees with a value inside it and with its own upper end as a cap',
    subject: 'Meta',
    values: [
      v('a', '1150亿至1350亿美元', { low: 115 * B, high: 135 * B, metric: 'capex', period: '2026' }),
      v('b', '$125 billion', { value: 125 * B, metric: 'capex', period: '2026' }),
      v('c', '最多1350亿美元', { value: 135 * B, qualifier: 'max', metric: 'capex', period: '2026' }),
    ],
    conflict: false,
  },
  {
    name: 'ranges that do not overlap conflict',
    subject: 'Meta',
    values: [
      v('a', '$60-65 billion', { low: 60 * B, high: 65 * B, metric: 'capex', period: '2025' }),
      v('b', '700亿至720亿美元', { low: 70 * B, high: 72 * B, metric: 'capex', period: '2025' }),
    ],
    conflict: true,
  },
  {
    name: 'two caps state the cap: up to $20B vs 最多500亿 conflict',
    subject: 'Amazon',
    values: [
      v('a', 'as much as $20 billion', { value: 20 * B, qualifier: 'max', metric: 'investment', counterparty: 'OpenAI' }, '2026-02-19'),
      v('b', '最多500亿美元', { value: 50 * B, qualifier: 'max', metric: 'investment', counterparty: 'OpenAI' }, '2026-02-21'),
    ],
    conflict: true,
  },
  {
    name: 'a cap below a stated amount conflicts (up to $100B vs 达到1100亿)',
    subject: 'OpenAI',
    values: [
      v('a', 'up to $100 billion', { value: 100 * B, qualifier: 'max', metric: 'funding' }, '2026-02-19'),
      v('b', '1100亿美元', { value: 110 * B, metric: 'funding' }, '2026-02-21'),
    ],
    conflict: true,
  },
  {
    name: 'a denied amount states nothing: 1100亿 (而非1000亿) agrees with $110 billion',
    subject: 'OpenAI',
    values: [
      v('a', '1100亿美元', { value: 110 * B, metric: 'funding', period: '2026' }),
      v('a', '1000亿美元', { value: 100 * B, metric: 'funding', period: '2026', negated: true }),
      v('b', '$100 billion', { value: 100 * B, metric: 'funding', period: '2026', negated: true }),
      v('c', '$110 billion', { value: 110 * B, metric: 'funding', period: '2026' }),
    ],
    conflict: false,
  },
  {
    name: "'nearly $400B' lies under $400B: it conflicts with about $350B and agrees with 约3950亿",
    subject: 'OpenAI',
    values: [
      v('a', 'about $350 billion', {
        value: 350 * B,
        qualifier: 'approx',
        metric: 'cloud-contract',
        counterparty: 'Oracle',
        period: '2027-2031',
      }),
      v('b', '近4000亿美元', { value: 400 * B, qualifier: 'approx', metric: 'contract', counterparty: 'Oracle', period: '2027-2031' }),
    ],
    conflict: true,
  },
  {
    name: "'近380亿' is within one step of its last digit (370亿–380亿): it conflicts with $36.2 billion",
    subject: 'Microsoft',
    values: [
      v('a', '近380亿美元', { value: 38 * B, qualifier: 'approx', metric: 'capex', period: 'FY2026Q4' }),
      v('b', '$36.2 billion', { value: 36.2 * B, metric: 'capex', period: 'FY2026Q4' }),
    ],
    conflict: true,
  },
  {
    name: "'nearly $38 billion' agrees with 375亿美元 (just under it)",
    subject: 'Microsoft',
    values: [
      v('a', 'nearly $38 billion', { value: 38 * B, qualifier: 'approx', metric: 'capex', period: 'FY2026Q4' }),
      v('b', '375亿美元', { value: 37.5 * B, metric: 'capex', period: 'FY2026Q4' }),
    ],
    conflict: false,
  },
  {
    name: 'a stake is about a pair: 持有其约4.6%股权 and 持有沐川智能约8%的股份, with no company told, are never compared',
    subject: 'Lanxin Technology',
    values: [
      v('a', '约4.6%', { kind: 'percent', currency: undefined, value: 4.6, qualifier: 'approx', metric: 'stake' }),
      v('b', '约8%', { kind: 'percent', currency: undefined, value: 8, qualifier: 'approx', metric: 'stake' }),
    ],
    conflict: false,
  },
  {
    name: "stakes in one company conflict: 'about 6% of CoreWeave' vs 约9%的CoreWeave股份",
    subject: 'Nvidia',
    values: [
      v('a', 'about 6%', {
        kind: 'percent',
        currency: undefined,
        value: 6,
        qualifier: 'approx',
        metric: 'stake',
        counterparty: 'CoreWeave',
      }),
      v('b', '约9%', { kind: 'percent', currency: undefined, value: 9, qualifier: 'approx', metric: 'stake', counterparty: 'CoreWeave' }),
    ],
    conflict: true,
  },
  {
    name: 'signs kept: 下跌16% vs rose 16% conflict',
    subject: 'Intel',
    values: [
      v('a', '16%', { kind: 'percent', currency: undefined, value: 16, direction: 'down', metric: 'share-price', period: '2026-02' }),
      v('b', '16%', { kind: 'percent', currency: undefined, value: 16, direction: 'up', metric: 'share-price-growth', period: '2026-02' }),
    ],
    conflict: true,
    claims: 1,
  },
  {
    name: '市值蒸发 is a loss on both sides: 蒸发约3000亿 agrees with erasing $300 billion',
    subject: 'Nvidia',
    values: [
      v('a', '约3000亿美元', { value: 300 * B, qualifier: 'approx', direction: 'down', metric: 'market-cap-change', period: '2026-01-27' }),
      v('b', 'about $300 billion', {
        value: 300 * B,
        qualifier: 'approx',
        direction: 'down',
        metric: 'market-cap-loss',
        period: '2026-01-27',
      }),
    ],
    conflict: false,
    claims: 1,
  },
  {
    name: 'earnings per share and net income never compare',
    subject: 'Nvidia',
    values: [
      v('a', '$1.62', { value: 1.62, unit: 'per share', metric: 'profit', period: 'FY2026Q4' }),
      v('b', '$38.5 billion', { value: 38.5 * B, metric: 'profit', period: 'FY2026Q4' }),
    ],
    conflict: false,
  },
  {
    name: 'per-share amounts are a claim of their own: three outlets disagreeing on net income, each with its EPS',
    subject: 'Veltrix',
    values: [
      v('a', '$4.2 billion', { value: 4.2 * B, metric: 'profit', period: '2026Q2' }),
      v('a', '$0.84 a share', { value: 0.84, unit: 'per share', metric: 'profit', period: '2026Q2' }),
      v('b', '46亿美元', { value: 4.6 * B, metric: 'profit', period: '2026Q2' }),
      v('b', '每股0.84美元', { value: 0.84, unit: 'per share', metric: 'profit', period: '2026Q2' }),
      v('c', '$3.9 billion', { value: 3.9 * B, metric: 'profit', period: '2026Q2' }),
    ],
    conflict: true,
    claims: 2,
  },
  {
    name: 'undated amounts of a round in articles days apart are compared',
    subject: 'xAI',
    values: [
      v('a', '$20 billion', { value: 20 * B, metric: 'funding' }, '2026-01-07'),
      v('b', '150亿美元', { value: 15 * B, metric: 'funding' }, '2026-01-09'),
    ],
    conflict: true,
  },
  {
    name: 'undated amounts months apart are two rounds, not a conflict',
    subject: 'xAI',
    values: [
      v('a', '$6 billion', { value: 6 * B, metric: 'funding' }, '2025-05-01'),
      v('b', '$20 billion', { value: 20 * B, metric: 'funding' }, '2026-01-07'),
    ],
    conflict: false,
  },
  {
    name: 'undated flows (revenue without a period) are never accused',
    subject: 'Zhipu AI',
    values: [
      v('a', '3亿元', { value: 0.3 * B, currency: 'CNY', metric: 'revenue' }),
      v('b', '5亿元', { value: 0.5 * B, currency: 'CNY', metric: 'revenue' }),
    ],
    conflict: false,
  },
  {
    name: 'contracts with different counterparties are different claims',
    subject: 'OpenAI',
    values: [
      v('a', '$300 billion', { value: 300 * B, metric: 'contract', counterparty: 'Oracle' }),
      v('b', '2500亿美元', { value: 250 * B, metric: 'cloud-contract', counterparty: 'Microsoft' }),
    ],
    conflict: false,
    claims: 2,
  },
  {
    name: 'an undated contract with no known counterparty is never compared',
    subject: 'OpenAI',
    values: [
      v('a', '$38 billion', { value: 38 * B, metric: 'contract' }),
      v('b', '$1.4 trillion', { value: 1400 * B, metric: 'contract' }),
    ],
    conflict: false,
  },
  {
    name: 'growth of no stated base names no single quantity',
    subject: 'TSMC',
    values: [
      v('a', '35%', { kind: 'percent', currency: undefined, value: 35, metric: 'growth', period: '2025Q4' }),
      v('b', '20%', { kind: 'percent', currency: undefined, value: 20, metric: 'growth', period: '2025Q4' }),
    ],
    conflict: false,
  },
  {
    name: 'one document, two values in two sentences: an internal inconsistency, not a conflict',
    subject: 'Hyperscalers',
    values: [
      // (the test builder places every figure at offset 0: distinct surfaces keep the two statements apart)
      v('a', '5200亿美元', { value: 520 * B, metric: 'capex', period: '2026' }),
      v('a', '约5600亿美元', { value: 560 * B, metric: 'capex', period: '2026' }),
    ],
    conflict: false,
    inconsistent: true,
  },
  {
    // Decision 078: each hedge (约, about) widens a value against an exact figure, not against another hedge.
    name: '两家媒体各自约数：约120亿美元债务 vs about $12.5 billion of debt is a conflict',
    subject: 'Vehicle Co',
    values: [
      v('a', 'about $12.5 billion', { value: 12.5 * B, qualifier: 'approx', metric: 'debt', period: '2026' }, '2026-09-01'),
      v('b', '约120亿美元', { value: 12 * B, qualifier: 'approx', metric: 'debt', period: '2026' }, '2026-09-02'),
    ],
    conflict: true,
  },
  {
    name: 'a hedge rounding an exact figure is no conflict: 约120亿元 vs 123.4亿元',
    subject: 'Vehicle Co',
    values: [
      v('a', '约120亿元', { currency: 'CNY', value: 12 * B, qualifier: 'approx', metric: 'revenue', period: '2026Q1' }),
      v('b', '123.4亿元', { currency: 'CNY', value: 12.34 * B, metric: 'revenue', period: '2026Q1' }),
    ],
    conflict: false,
  },
  {
    name: 'one document agreeing with itself is consistent',
    subject: 'Amazon',
    values: [
      v('a', '约2000亿美元', { value: 200 * B, qualifier: 'approx', metric: 'capex', period: '2026' }),
      v('a', '$200 billion', { value: 200 * B, metric: 'capex', period: '2026' }),
      v('b', 'about $200 billion', { value: 200 * B, qualifier: 'approx', metric: 'capex', period: '2026' }),
    ],
    conflict: false,
    inconsistent: false,
  },
];

for (const [ci, c] of CASES.entries()) {
  test(`conflicts: ${c.name}`, () => {
    const statements = c.values.map(({ item, date, ...f }) =>
      stmt({ ...(f as Figure), subject: c.subject }, { itemId: `case${ci}_${item}`, source: `${item}.md`, date: date ?? null }),
    );
    const claims = buildClaims(statements);
    // Without claims, "no conflict" would hold of nothing.
    assert.ok(claims.length > 0, 'no claim formed: nothing was compared');
    assert.equal(
      claims.some((x) => x.conflict),
      c.conflict,
      'conflict between sources',
    );
    if (c.inconsistent !== undefined)
      assert.equal(
        claims.some((x) => (x.inconsistencies ?? []).length > 0),
        c.inconsistent,
        'inconsistency inside one source',
      );
    if (c.claims !== undefined) assert.equal(claims.length, c.claims, 'claims formed');
  });
}

test('families: labels fold into their family; unknown labels stay themselves', () => {
  const f = defaultFamilies();
  assert.equal(f.familyOf('cloud-contract'), 'contract');
  assert.equal(f.familyOf('capital-expenditure'), 'capex');
  assert.equal(f.familyOf('share-price-growth'), 'share-price');
  assert.equal(f.familyOf('headcount'), 'headcount');
  const custom = compileFamilies({ families: { users: ['users', 'mau'] }, undated: { families: [], windowDays: 0 } });
  assert.equal(custom.familyOf('MAU'), 'users');
});

test("agreement: 'nearly' is just under the value, never above", () => {
  const near: Figure = { text: '近4000亿美元', start: 0, end: 0, kind: 'money', value: 400 * B, currency: 'USD', qualifier: 'approx' };
  const iv = intervalOf(near, 0.02);
  assert.equal(iv.hi, 400 * B);
  assert.ok(iv.lo < 400 * B && iv.lo >= 380 * B);
  assert.equal(valuesAgree(near, { ...near, text: '约3950亿美元', value: 395 * B }, 0.02), true);
});

test('undated valuations conflict only when their sentences tie them to one round, days apart', () => {
  const val = (item: string, text: string, value: number, sentence: string, date: string, qualifier: Figure['qualifier'] = 'exact') => ({
    ...stmt({ kind: 'money', value, currency: 'USD', qualifier, subject: 'Lumen AI', metric: 'valuation', text }, { itemId: item, date }),
    sentence,
  });
  const round = [
    val('x', '约300亿美元', 30 * B, '星河智能完成新一轮融资，投后估值约300亿美元。', '2026-05-04', 'approx'),
    val('y', '$34 billion', 34 * B, 'Lumen AI raised $3 billion in a round that values it at $34 billion.', '2026-05-05'),
  ];
  assert.equal(buildClaims(round)[0]?.conflict, true);
  // background mentions of a valuation, untied to a round, are never accused
  const background = round.map((s) => ({ ...s, sentence: `The company, last valued at ${s.figure.text}, declined to comment.` }));
  assert.equal(buildClaims(background)[0]?.conflict, false);
  // two rounds months apart are two events
  const apart = [round[0]!, { ...round[1]!, date: '2026-09-01' }];
  assert.equal(buildClaims(apart)[0]?.conflict, false);
});

test('a pre-money valuation is its own claim: it neither confirms nor contradicts a post-money one', () => {
  const val = (item: string, text: string, value: number, sentence: string, date: string, qualifier: Figure['qualifier'] = 'exact') => ({
    ...stmt({ kind: 'money', value, currency: 'USD', qualifier, subject: 'Lumen AI', metric: 'valuation', text }, { itemId: item, date }),
    sentence,
  });
  const en = 'The round gives Lumen AI a post-money valuation of $4.6 billion, up from $1.6 billion last year.';
  const zh = '本轮投前估值为46亿美元，据此计算，投后估值约52亿美元，较去年的16亿美元增长超过两倍。';
  const claims = buildClaims([
    val('x', '$4.6 billion', 4.6 * B, en, '2026-05-04'),
    val('x', '$1.6 billion', 1.6 * B, en, '2026-05-04'),
    val('y', '46亿美元', 4.6 * B, zh, '2026-05-05'),
    val('y', '约52亿美元', 5.2 * B, zh, '2026-05-05', 'approx'),
    val('y', '16亿美元', 1.6 * B, zh, '2026-05-05'),
  ]);
  const post = claims.find((c) => !c.basis);
  const pre = claims.find((c) => c.basis === 'pre-money');
  assert.deepEqual(
    pre?.statements.map((s) => s.figure.text),
    ['46亿美元'],
  );
  // $4.6 billion post-money (x) against 约52亿美元 post-money (y): the same round, two values
  assert.equal(post?.conflict, true);
  // a source giving only the pre-money value agrees with nobody's post-money figure and contradicts none
  const onlyPre = buildClaims([
    val('x', '$4.6 billion', 4.6 * B, 'Lumen AI was valued at $4.6 billion pre-money in the round.', '2026-05-04'),
    val('y', '约52亿美元', 5.2 * B, '本轮融资完成后，Lumen AI投后估值约52亿美元。', '2026-05-05', 'approx'),
  ]);
  assert.equal(
    onlyPre.some((c) => c.conflict),
    false,
  );
});

test('valuationBasisOf: the nearest pre- or post-money word of the figure’s own clause', () => {
  const cases: [string, string, 'pre-money' | undefined][] = [
    ['本轮投前估值为46亿美元，投后估值约52亿美元。', '46亿美元', 'pre-money'],
    ['本轮投前估值为46亿美元，投后估值约52亿美元。', '约52亿美元', undefined],
    [
      'It raised $600 million at a pre-money valuation of $4.6 billion and a post-money valuation of $5.2 billion.',
      '$4.6 billion',
      'pre-money',
    ],
    [
      'It raised $600 million at a pre-money valuation of $4.6 billion and a post-money valuation of $5.2 billion.',
      '$5.2 billion',
      undefined,
    ],
    ['The startup was valued at $4.6 billion pre-money, people familiar said.', '$4.6 billion', 'pre-money'],
    ['The startup was valued at $4.6 billion before the new money.', '$4.6 billion', 'pre-money'],
    ['The round values the startup at $4.6 billion.', '$4.6 billion', undefined],
  ];
  for (const [sentence, text, want] of cases) assert.equal(valuationBasisOf(sentence, text), want, `${text} in ${sentence}`);
});

test("a deal that would 'value the startup at' a figure 'including the new money' is the round's post-money value", () => {
  const val = (item: string, text: string, value: number, sentence: string, date: string, qualifier: Figure['qualifier'] = 'exact') => ({
    ...stmt({ kind: 'money', value, currency: 'USD', qualifier, subject: 'Lumen AI', metric: 'valuation', text }, { itemId: item, date }),
    sentence,
  });
  const claims = buildClaims([
    val(
      'x',
      '$9.5 billion',
      9.5 * B,
      'Acme is in talks to invest $1.5 billion in Lumen AI, in a deal that would value the startup at $9.5 billion including the new money.',
      '2026-05-04',
    ),
    val('x', '$8 billion', 8 * B, 'The terms imply a pre-money valuation of $8 billion.', '2026-05-04'),
    val('y', '约100亿美元', 10 * B, '交易完成后，Lumen AI的投后估值约100亿美元。', '2026-05-05', 'approx'),
  ]);
  const post = claims.find((c) => !c.basis);
  assert.deepEqual(
    post?.statements.map((s) => s.figure.text),
    ['$9.5 billion', '约100亿美元'],
  );
  assert.equal(post?.conflict, true);
});

test('undated debt conflicts when the sentences tie it to one bond sale or loan, days apart; a debt load told in passing never does', () => {
  const debt = (item: string, text: string, value: number, sentence: string, date: string, qualifier: Figure['qualifier'] = 'exact') => ({
    ...stmt(
      { kind: 'money', value, currency: 'USD', qualifier, subject: 'Lumen Compute Holdings', metric: 'debt', text },
      { itemId: item, date },
    ),
    sentence,
  });
  const sale = [
    debt(
      'x',
      '$21 billion',
      21 * B,
      'Lumen Compute Holdings has sold $21 billion of bonds, the largest private placement on record.',
      '2026-03-03',
    ),
    debt(
      'y',
      '约250亿美元',
      25 * B,
      '合资公司Lumen Compute Holdings近日完成约250亿美元债券发行，用于建设数据中心园区。',
      '2026-03-06',
      'approx',
    ),
  ];
  assert.equal(buildClaims(sale)[0]?.conflict, true);
  const loan = [
    debt(
      'x',
      'about $12.5 billion',
      12.5 * B,
      'The vehicle would raise about $12.5 billion of debt to buy processors.',
      '2026-09-14',
      'approx',
    ),
    debt('y', '约120亿美元', 12 * B, '该特殊目的实体将发行约120亿美元债务，用于购买GPU。', '2026-09-15', 'approx'),
    debt('z', '$12.5 billion', 12.5 * B, 'The vehicle will borrow $12.5 billion, people involved said.', '2026-09-16'),
  ];
  assert.equal(buildClaims(loan)[0]?.conflict, true);
  // a debt load in passing is background: never accused
  const load = sale.map((s) => ({ ...s, sentence: `The company carries ${s.figure.text} of liabilities, its filing shows.` }));
  assert.equal(buildClaims(load)[0]?.conflict, false);
  // two bond sales months apart are two events
  assert.equal(buildClaims([sale[0]!, { ...sale[1]!, date: '2026-08-01' }])[0]?.conflict, false);
});

test('a newer value told as a revision or after a denial supersedes the older report: no conflict (same-day reports still may)', () => {
  const ipo = (item: string, text: string, value: number, sentence: string, date: string) => ({
    ...stmt(
      { kind: 'money', value, currency: 'USD', qualifier: 'exact', subject: 'Lumen AI', metric: 'ipo', period: '2026', text },
      { itemId: item, date },
    ),
    sentence,
  });
  const older = ipo(
    'x',
    '$3.2 billion',
    3.2 * B,
    'Lumen AI plans to raise $3.2 billion in its listing, people familiar said.',
    '2026-05-04',
  );
  const cases: [string, string, string][] = [
    ['$3.5 billion', 'Lumen AI raised the size of its listing to $3.5 billion on strong demand.', 'raised to'],
    ['35亿美元', '因认购踊跃，星河智能将上市募资规模上调至35亿美元。', '上调至'],
    ['$3.5 billion', 'Lumen AI dismissed the report, saying it would raise $3.5 billion.', 'a denial'],
    ['35亿美元', '星河智能否认上述报道，称本次上市募资规模为35亿美元。', '否认'],
  ];
  for (const [text, sentence, why] of cases) {
    const newer = ipo('y', text, 3.5 * B, sentence, '2026-05-11');
    assert.equal(buildClaims([older, newer])[0]?.conflict, false, why);
    // The same words in the older report and none in the newer: the newer value is no revision of it.
    const plain = ipo('z', '$3.2 billion', 3.2 * B, 'Lumen AI will raise $3.2 billion in its listing, people familiar said.', '2026-05-11');
    assert.equal(buildClaims([{ ...newer, date: '2026-05-01' }, plain])[0]?.conflict, true, `${why}, older`);
    assert.equal(
      buildClaims([
        { ...older, date: '2026-05-11' },
        { ...newer, date: '2026-05-11' },
      ])[0]?.conflict,
      true,
      `${why}, same day`,
    );
  }
  const plain = ipo('z', '$3.5 billion', 3.5 * B, 'Lumen AI will raise $3.5 billion in its listing, people familiar said.', '2026-05-11');
  assert.equal(buildClaims([older, plain])[0]?.conflict, true, 'two reports of one listing');
});
