import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { stmt } from '../../test/fixtures/knowledge/records.js';
import type { Figure } from '../types/figure.js';
import type { Statement } from '../types/knowledge.js';
import { basisOf, buildClaims, claimGroupOf, hasConflict } from './claims.js';
import { defaultFamilies } from './families.js';
import { partsVsTotal } from './parts-vs-total.js';

interface CaseValue extends Partial<Figure> {
  text: string;
  source: string;
  date: string;
}
interface Case {
  name: string;
  subject: string;
  metric: string;
  period: string;
  conflict: boolean;
  statements: CaseValue[];
}
const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/knowledge/claims-cases.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

function statementsOf(c: Case, prefix: string): Statement[] {
  return c.statements.map((v, i) =>
    stmt(
      {
        ...(v as Figure),
        subject: c.subject,
        metric: c.metric,
        ...(c.period === 'unknown' ? {} : { period: c.period }),
      },
      { itemId: `${prefix}_${i}`, source: v.source, date: v.date },
    ),
  );
}

test('fixture plants at least 10 conflicting and 10 agreeing groups', () => {
  assert.ok(fixture.cases.filter((c) => c.conflict).length >= 10);
  assert.ok(fixture.cases.filter((c) => !c.conflict).length >= 10);
});

const all = fixture.cases.flatMap((c, i) => statementsOf(c, `c${i}`));
const claims = buildClaims(all);

for (const c of fixture.cases) {
  test(`claims: ${c.name} → ${c.conflict ? 'conflict' : 'agree'}`, () => {
    const found = claims.filter((x) => x.subject === c.subject && x.metric === c.metric && x.period === c.period);
    const stated = found.reduce((n, x) => n + x.statements.length, 0);
    assert.equal(stated, c.statements.length, 'every statement kept');
    assert.equal(
      found.some((x) => x.conflict),
      c.conflict,
    );
    // Agreeing values are grouped: kept in separate claims, they could never be found to disagree.
    if (!c.conflict) assert.equal(found.length, 1, 'agreeing values land in one claim');
  });
}

test('each claim keeps item, source, sentence, line and qualifier; latest and most-cited point at statements', () => {
  const oracle = claims.find((x) => x.subject === 'Oracle' && x.metric === 'contract');
  assert.ok(oracle);
  assert.equal(oracle.statements.length, 3);
  const most = oracle.statements[oracle.mostCited];
  assert.equal(most?.figure.value, 300e9, 'two of three sources say $300B');
  for (const s of oracle.statements) {
    assert.ok(s.itemId && s.source && s.sentence && s.line >= 1 && s.figure.qualifier);
  }
  const msft = claims.find((x) => x.subject === 'Microsoft' && x.period === 'FY2026');
  assert.equal(msft?.statements[msft.latest]?.source, '36kr-msft.md', 'the later-dated source is the latest');
});

test('figures without subject or metric form no claim; missing period becomes "unknown"', () => {
  const base = { kind: 'money' as const, value: 1e9, currency: 'USD', qualifier: 'exact' as const };
  const out = buildClaims([
    stmt({ ...base, metric: 'capex' }),
    stmt({ ...base, subject: 'Meta' }),
    stmt({ ...base, subject: 'Meta', metric: 'capex' }),
  ]);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.period, 'unknown');
});

test('re-running on duplicated input (any order) gives the same claims, no duplicates', () => {
  const twice = buildClaims([...all, ...[...all].reverse()]);
  assert.deepEqual(twice, claims);
  const shuffled = buildClaims([...all].sort((a, b) => (a.source < b.source ? 1 : -1)));
  assert.deepEqual(shuffled, claims);
});

test('tolerance is configurable', () => {
  const c = fixture.cases.find((x) => x.name.startsWith('$85B vs $86B'));
  assert.ok(c);
  const strict = buildClaims(statementsOf(c, 'tol'), { tolerance: 0.005 });
  assert.equal(strict[0]?.conflict, true);
});

test('property: the linear conflict check equals the all-pairs check', () => {
  const fig = fc.record({
    v: fc.double({ min: 1, max: 1000, noNaN: true }),
    q: fc.constantFrom<Figure['qualifier']>('exact', 'approx', 'min', 'max'),
  });
  fc.assert(
    fc.property(fc.array(fig, { minLength: 2, maxLength: 30 }), (list) => {
      const ss = list.map(({ v, q }) =>
        stmt({ kind: 'money', value: v, currency: 'USD', qualifier: q, subject: 'X', metric: 'm', period: '2025' }),
      );
      let pairwise = false;
      for (let i = 0; i < ss.length; i++)
        for (let j = i + 1; j < ss.length; j++) if (hasConflict([ss[i] as Statement, ss[j] as Statement], 0.02)) pairwise = true;
      assert.equal(hasConflict(ss, 0.02), pairwise);
    }),
  );
});

test('parts vs total: 四巨头 2027 capex 6500亿 = 1500 + 1800 + 2000 + 1200', () => {
  const B = 1e9;
  const capex = (subject: string, value: number, qualifier: Figure['qualifier'] = 'exact') =>
    stmt({ kind: 'money', value, currency: 'USD', qualifier, subject, metric: 'capex', period: '2027' });
  const members = (g: string) => (g === 'Big Four' ? ['Microsoft', 'Google', 'Amazon', 'Meta'] : undefined);
  const ok = buildClaims([
    capex('Big Four', 650 * B),
    capex('Microsoft', 150 * B),
    capex('Google', 180 * B),
    capex('Amazon', 200 * B),
    capex('Meta', 120 * B),
  ]);
  assert.deepEqual(partsVsTotal(ok, members), [
    {
      group: 'Big Four',
      metric: 'capex',
      period: '2027',
      total: 650 * B,
      sumOfParts: 650 * B,
      parts: ['Microsoft', 'Google', 'Amazon', 'Meta'],
      adds: true,
    },
  ]);
  const bad = buildClaims([
    capex('Big Four', 600 * B, 'min'),
    capex('Microsoft', 100 * B),
    capex('Google', 100 * B),
    capex('Amazon', 100 * B),
    capex('Meta', 100 * B),
  ]);
  assert.equal(partsVsTotal(bad, members)[0]?.adds, false);
  const partial = buildClaims([capex('Big Four', 650 * B), capex('Microsoft', 150 * B)]);
  assert.deepEqual(partsVsTotal(partial, members), [], 'incomplete parts below the total say nothing');
  const over = buildClaims([capex('Big Four', 300 * B), capex('Microsoft', 150 * B), capex('Google', 180 * B)]);
  assert.equal(partsVsTotal(over, members)[0]?.adds, false, 'parts already above the total');
});

test('a conflict is between sources: one item stating two values (old and new, part and whole) accuses no one', () => {
  const B = 1e9;
  const capex = (value: number, itemId: string) =>
    stmt({ kind: 'money', value, currency: 'USD', qualifier: 'exact', subject: 'Micron', metric: 'capex', period: 'FY2027' }, { itemId });
  // 第一财经: "资本开支指引从180亿美元上调至200亿美元"; a digest quotes the same change.
  assert.equal(buildClaims([capex(18 * B, 'yicai'), capex(20 * B, 'yicai')])[0]?.conflict, false);
  assert.equal(
    buildClaims([capex(18 * B, 'yicai'), capex(20 * B, 'yicai'), capex(18 * B, 'digest'), capex(20 * B, 'digest')])[0]?.conflict,
    false,
  );
  // A source that only knows the old figure still disagrees with one that only knows the new one.
  assert.equal(buildClaims([capex(18 * B, 'old'), capex(20 * B, 'new')])[0]?.conflict, true);
  // A third source stating only 16 disagrees with the item that told the change.
  assert.equal(buildClaims([capex(18 * B, 'yicai'), capex(20 * B, 'yicai'), capex(16 * B, 'other')])[0]?.conflict, true);
});

test('growth on the previous quarter and on the year-ago quarter are two claims (QoQ / 环比 vs YoY / 同比)', () => {
  const said = (sentence: string, text: string, value: number, itemId: string, subject = 'Infosys'): Statement => {
    const start = sentence.indexOf(text);
    return {
      figure: {
        text,
        start,
        end: start + text.length,
        kind: 'percent',
        value,
        qualifier: 'exact',
        subject,
        metric: 'revenue-growth',
        period: 'FY2027Q2',
      },
      itemId,
      source: `${itemId}.md`,
      line: 1,
      sentence,
      date: '2026-10-22',
    };
  };
  // A call: 'a growth of three point one percent quarter on quarter and four point eight percent year on year'; a
  // broker: 'revenue of US$5.15bn (+3.1% QoQ cc)'; a wire: 'up 4.8% from a year earlier'. No one disagrees.
  const call = 'that is a growth of 3.1% quarter on quarter and 4.8% year on year in constant currency';
  const en = buildClaims([
    said('Revenue of US$5.15bn (+3.1% QoQ cc) was in line.', '+3.1%', 3.1, 'broker'),
    said('Revenue rose 4.8% from a year earlier in constant currency.', '4.8%', 4.8, 'wire'),
    said(call, '3.1%', 3.1, 'call'),
    said(call, '4.8%', 4.8, 'call'),
  ]);
  assert.equal(
    en.some((c) => c.conflict),
    false,
  );
  // The call states its constant-currency basis once, for both rates (docs/decisions/042).
  assert.deepEqual(en.map((c) => c.basis ?? 'year').sort(), ['constant-currency', 'sequential+constant-currency']);
  // 环比 and 同比: '营收同比增长12.5%，环比增长4.2%' vs '二季度营收环比增长4.2%' vs '营收同比增长12.5%'.
  const zh = buildClaims([
    said('公司二季度营收同比增长12.5%，环比增长4.2%。', '4.2%', 4.2, 'cls', '寒武纪'),
    said('公司二季度营收同比增长12.5%，环比增长4.2%。', '12.5%', 12.5, 'cls', '寒武纪'),
    said('二季度营收环比增长4.2%。', '4.2%', 4.2, 'stcn', '寒武纪'),
    said('营收同比增长12.5%。', '12.5%', 12.5, 'yicai', '寒武纪'),
  ]);
  assert.equal(
    zh.some((c) => c.conflict),
    false,
  );
  // Split by basis, a real disagreement is no longer hidden by the other basis in the same item: a sequential 4.2%
  // against another outlet's sequential 3.6%.
  const hidden = buildClaims([
    said('营收同比增长3.6%，环比增长4.2%。', '4.2%', 4.2, 'cls', '寒武纪'),
    said('营收同比增长3.6%，环比增长4.2%。', '3.6%', 3.6, 'cls', '寒武纪'),
    said('营收环比增长3.6%。', '3.6%', 3.6, 'stcn', '寒武纪'),
  ]);
  assert.equal(hidden.find((c) => c.basis === 'sequential')?.conflict, true);
});

test('basisOf reads the words of the figure’s own clause', () => {
  assert.equal(basisOf('Revenue rose 3.1% sequentially and 8.4% from a year ago.', '3.1%'), 'sequential');
  assert.equal(basisOf('Revenue rose 8.4% year over year and 3.1% sequentially.', '8.4%'), undefined);
  assert.equal(basisOf('Revenue rose 8.4% year over year and 3.1% sequentially.', '3.1%'), 'sequential');
  assert.equal(basisOf('a quarter-on-quarter rise of 2.5% in shipments', '2.5%'), 'sequential');
  assert.equal(basisOf('营收同比增长12.5%，环比增长4.2%。', '12.5%'), undefined);
  assert.equal(basisOf('营收同比增长12.5%，环比增长4.2%。', '4.2%'), 'sequential');
  assert.equal(basisOf('9月營收月增12.4%，年增63.8%', '12.4%'), 'sequential');
  assert.equal(basisOf('9月營收月增12.4%，年增63.8%', '63.8%'), undefined);
});

test('buildClaims with the caller’s keys: a statement under the key of a group begun joins it without its sentence read again', () => {
  const figure = (text: string, value: number): Figure => ({
    kind: 'percent',
    value,
    text,
    start: 0,
    end: text.length,
    qualifier: 'exact',
    subject: 'Infosys',
    metric: 'revenue growth',
    period: '2026-Q3',
  });
  const reported: Statement = {
    ...stmt(figure('4.8%', 4.8), { itemId: 'it_reported', source: 'a.md', date: '2026-10-16' }),
    sentence: 'Infosys said revenue grew 4.8% from a year earlier.',
  };
  const cc: Statement = {
    ...stmt(figure('4.9%', 4.9), { itemId: 'it_cc', source: 'b.md', date: '2026-10-16' }),
    sentence: '按固定汇率计算，Infosys营收同比增长4.9%。',
  };
  const key = (s: Statement) => claimGroupOf(s.figure, (n) => n, defaultFamilies(), s.sentence)?.key;
  // Read from their sentences: two bases, two claims (docs/decisions/042).
  assert.notEqual(key(reported), key(cc));
  assert.equal(buildClaims([reported, cc]).length, 2);
  assert.equal(buildClaims([reported, cc], {}, [key(reported), key(cc)]).length, 2);
  // Keyed by the caller (regroupClaims: each statement's key was read once, when its part was built), the key holds.
  const one = buildClaims([reported, cc], {}, [key(reported), key(reported)]);
  assert.equal(one.length, 1);
  assert.deepEqual(one[0]?.statements.map((s) => s.itemId).sort(), ['it_cc', 'it_reported']);
});
