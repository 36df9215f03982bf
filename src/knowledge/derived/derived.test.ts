import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fig, usd } from '../../../test/fixtures/knowledge/records.js';
import type { Figure } from '../../types/figure.js';
import { defaultCues, deriveFacts, phraseRatioFacts } from './index.js';

const meta = { itemId: 'it_1' };

test('total: $5B today, up to $20B more, building on $8B → up to $33B', () => {
  const s = 'Nvidia will invest $5 billion today and up to $20 billion more over time, building on the $8 billion it put in last year.';
  const facts = deriveFacts(s, [usd(s, '$5 billion', 5e9), usd(s, 'up to $20 billion', 2e10, 'max'), usd(s, '$8 billion', 8e9)], meta);
  const total = facts.find((f) => f.kind === 'total');
  assert.ok(total, JSON.stringify(facts));
  assert.equal(total.value, 33e9);
  assert.equal(total.qualifier, 'max');
  assert.equal(total.currency, 'USD');
  assert.equal(total.inputs.length, 3);
  assert.equal(total.formula, '$5B + ≤$20B + $8B = ≤$33B');
});

test('total with a stated total is checked, not added', () => {
  const s = 'Amazon added another $4 billion to its earlier $4 billion, bringing its total investment to $8 billion.';
  const facts = deriveFacts(s, [usd(s, '$4 billion', 4e9), usd(s, '$4 billion', 4e9, 'exact', 30), usd(s, '$8 billion', 8e9)], meta);
  const total = facts.find((f) => f.kind === 'total');
  assert.ok(total);
  assert.equal(total.value, 8e9);
  assert.deepEqual(total.check, { stated: 8e9, computed: 8e9, ok: true });
});

test('no total without an additive cue, and valuations are never added', () => {
  const s = 'OpenAI raised $40 billion at a valuation of $300 billion.';
  assert.deepEqual(deriveFacts(s, [usd(s, '$40 billion', 4e10), usd(s, '$300 billion', 3e11)], meta), []);
  const s2 = 'Anthropic raised another $13 billion, valuing it at $183 billion.';
  assert.deepEqual(
    deriveFacts(s2, [usd(s2, '$13 billion', 1.3e10), usd(s2, '$183 billion', 1.83e11)], meta).filter((f) => f.kind === 'total'),
    [],
  );
});

test('a total with an "up to" addend is a range from the firm part to the full sum', () => {
  const s = 'Amazon will invest $5 billion today and up to $20 billion more, building on the $8 billion it invested earlier.';
  const [t] = deriveFacts(s, [usd(s, '$5 billion', 5e9), usd(s, 'up to $20 billion', 2e10, 'max'), usd(s, '$8 billion', 8e9)], meta);
  assert.equal(t?.kind, 'total');
  assert.equal(t?.value, 3.3e10);
  assert.equal(t?.low, 1.3e10);
  assert.equal(t?.high, 3.3e10);
  assert.equal(t?.qualifier, 'max');
});

test('"plus or minus" is a tolerance, not an addition', () => {
  const s = 'The company expects revenue of $86 billion, plus or minus 2%, compared with an estimate of $83.5 billion.';
  const facts = deriveFacts(
    s,
    [usd(s, '$86 billion', 8.6e10), fig(s, '2%', { kind: 'percent', value: 2 }), usd(s, '$83.5 billion', 8.35e10)],
    meta,
  );
  assert.deepEqual(
    facts.filter((f) => f.kind === 'total'),
    [],
  );
});

test('baseline from a multiple of the start of the year: 合同负债为18.7亿元，是年初的2.3倍', () => {
  const s = '公司合同负债为18.7亿元，是年初的2.3倍。';
  const [b] = deriveFacts(
    s,
    [fig(s, '18.7亿元', { kind: 'money', value: 1.87e9, currency: 'CNY' }), fig(s, '2.3倍', { kind: 'multiple', value: 2.3 })],
    meta,
  );
  assert.equal(b?.kind, 'baseline');
  assert.ok(Math.abs((b?.value ?? 0) - 1.87e9 / 2.3) < 1);
});

test('Chinese total: 此前已投资 80 亿美元，追加 40 亿美元', () => {
  const s = '亚马逊此前已向 Anthropic 投资 80 亿美元，本次再追加 40 亿美元。';
  const [f] = deriveFacts(s, [usd(s, '80 亿美元', 8e9), usd(s, '40 亿美元', 4e9)], meta);
  assert.equal(f?.kind, 'total');
  assert.equal(f?.value, 1.2e10);
});

test('ratio: $130B … 3.7× the $35B → 130 / 35 at full precision, check ok within rounding', () => {
  const s = 'Nvidia expects $130 billion in data-center revenue, 3.7× the $35 billion it booked two years earlier.';
  const facts = deriveFacts(
    s,
    [usd(s, '$130 billion', 1.3e11), fig(s, '3.7×', { kind: 'multiple', value: 3.7 }), usd(s, '$35 billion', 3.5e10)],
    meta,
  );
  const r = facts.find((f) => f.kind === 'ratio');
  assert.ok(r, JSON.stringify(facts));
  assert.equal(r.value, 130 / 35);
  assert.deepEqual(r.check, { stated: 3.7, computed: 130 / 35, ok: true });
  assert.match(r.formula, /= 3\.71×/, 'the formula rounds for reading');
  assert.equal(facts.filter((f) => f.kind === 'total').length, 0);
});

test('ratio that does not hold is flagged', () => {
  const s = 'Revenue of $90 billion is four times the $35 billion of 2023.';
  const facts = deriveFacts(
    s,
    [usd(s, '$90 billion', 9e10), fig(s, 'four times', { kind: 'multiple', value: 4 }), usd(s, '$35 billion', 3.5e10)],
    meta,
  );
  const r = facts.find((f) => f.kind === 'ratio');
  assert.equal(r?.value, 90 / 35);
  assert.equal(r?.check?.ok, false);
});

test('Chinese ratio: A 是 B 的 3.7 倍', () => {
  const s = '今年的 1300 亿美元收入是两年前 350 亿美元的 3.7 倍。';
  const facts = deriveFacts(
    s,
    [usd(s, '1300 亿美元', 1.3e11), usd(s, '350 亿美元', 3.5e10), fig(s, '3.7 倍', { kind: 'multiple', value: 3.7 })],
    meta,
  );
  assert.equal(facts.length, 1);
  assert.equal(facts[0]?.kind, 'ratio');
  assert.equal(facts[0]?.value, 1300 / 350);
  assert.equal(facts[0]?.check?.ok, true);
});

test('baseline: $6.1B, four times 2024 → 2024 ≈ $1.525B', () => {
  const s = 'Capex reached $6.1 billion, four times 2024.';
  const [b] = deriveFacts(s, [usd(s, '$6.1 billion', 6.1e9), fig(s, 'four times', { kind: 'multiple', value: 4 })], meta);
  assert.equal(b?.kind, 'baseline');
  assert.equal(b?.value, 1.525e9);
  assert.equal(b?.qualifier, 'approx');
  assert.equal(b?.formula, '$6.1B / 4 = $1.525B (2024)');
});

test('baseline in Chinese: 是去年的四倍', () => {
  const s = '该公司今年资本开支达 61 亿美元，是去年的四倍。';
  const [b] = deriveFacts(s, [usd(s, '61 亿美元', 6.1e9), fig(s, '四倍', { kind: 'multiple', value: 4 })], meta);
  assert.equal(b?.kind, 'baseline');
  assert.equal(b?.value, 1.525e9);
});

test('growth: 从 5 亿增长至 9.96 亿 → +99.2%', () => {
  const s = '月活用户从 5 亿增长至 9.96 亿。';
  const [g] = deriveFacts(
    s,
    [fig(s, '5 亿', { kind: 'count', value: 5e8, unit: 'users' }), fig(s, '9.96 亿', { kind: 'count', value: 9.96e8, unit: 'users' })],
    meta,
  );
  assert.equal(g?.kind, 'growth');
  assert.equal(g?.value, 99.2);
});

test('growth with a stated rate is checked: grew 97% from $X to $Y', () => {
  const s = 'Revenue grew 97% from $10 billion to $19.7 billion.';
  const [g] = deriveFacts(
    s,
    [fig(s, '97%', { kind: 'percent', value: 97 }), usd(s, '$10 billion', 1e10), usd(s, '$19.7 billion', 1.97e10)],
    meta,
  );
  assert.equal(g?.kind, 'growth');
  assert.equal(g?.value, 97);
  assert.equal(g?.check?.ok, true);
});

test('implied baseline from "rose 25% to $10B" → $8B', () => {
  const s = 'Cloud revenue rose 25% to $10 billion.';
  const [b] = deriveFacts(s, [fig(s, '25%', { kind: 'percent', value: 25 }), usd(s, '$10 billion', 1e10)], meta);
  assert.equal(b?.kind, 'baseline');
  assert.equal(b?.value, 8e9);
});

test('a range "from X to Y" after "between" is not growth', () => {
  const s = 'Analysts put the deal at between $50 billion and $60 billion.';
  assert.deepEqual(deriveFacts(s, [usd(s, '$50 billion', 5e10), usd(s, '$60 billion', 6e10)], meta), []);
});

test('phrase ratio: "half as high again as the $500 billion" with the numerator named by the referent earlier in the item', () => {
  const first = 'OpenAI is raising money at a valuation of roughly $750 billion.';
  const s = 'The proposed valuation would be half as high again as the $500 billion of last year.';
  const earlier = [{ ...usd(first, 'roughly $750 billion', 7.5e11, 'approx'), metric: 'valuation' }];
  const [r] = phraseRatioFacts(s, [usd(s, '$500 billion', 5e11)], earlier, defaultCues(), meta, 0.02);
  assert.equal(r?.kind, 'ratio');
  assert.equal(r?.value, 1.5);
  assert.deepEqual(r?.check, { stated: 1.5, computed: 1.5, ok: true });
  assert.deepEqual(
    phraseRatioFacts(s, [usd(s, '$500 billion', 5e11)], [{ ...earlier[0], metric: 'revenue' } as Figure], defaultCues(), meta, 0.02),
    [],
    'no numerator of the named measure, no fact',
  );
});
