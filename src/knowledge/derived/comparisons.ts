/** Derived comparisons inside one sentence: growth (from X to Y), ratios checked against a stated multiple, implied baselines. */
import type { Figure } from '../../types/figure.js';
import type { DerivedFact } from '../../types/knowledge.js';
import { dimensionOf, pointValue } from '../agreement.js';
import type { DerivedCues } from './cues.js';
import type { FigureTokens } from './figure-tokens.js';
import { formatFigure, trimNumber } from './format.js';

type Meta = { itemId: string; sentence: string };

const round2 = (v: number) => Math.round(v * 100) / 100;

function decimalsOf(f: Figure): number {
  const m = /\d+(?:[.,](\d+))?/.exec(f.text);
  return m?.[1] && /\./.test(f.text) ? m[1].length : 0;
}

/** Whether a computed multiple matches a stated one: within half a unit of its last digit, or the tolerance. */
export function multipleMatches(stated: number, computed: number, decimals: number, tolerance: number): boolean {
  const halfUnit = 0.5 * 10 ** -decimals;
  return Math.abs(computed - stated) <= Math.max(halfUnit, Math.abs(stated) * tolerance) + 1e-9;
}

/** Growth from a start to an end figure of one dimension: "从 5 亿增长至 9.96 亿" → +99.2%. */
export function growthFacts(
  m: FigureTokens,
  cues: DerivedCues,
  meta: Meta,
  tolerance: number,
): { facts: DerivedFact[]; used: Set<number> } {
  const facts: DerivedFact[] = [];
  const used = new Set<number>();
  for (const re of cues.growth) {
    re.lastIndex = 0;
    for (const x of m.text.matchAll(re)) {
      const ai = Number(x.groups?.a);
      const bi = Number(x.groups?.b);
      const a = m.figures[ai];
      const b = m.figures[bi];
      if (!a || !b || dimensionOf(a) !== dimensionOf(b) || a.kind === 'percent' || a.kind === 'multiple') continue;
      const va = pointValue(a);
      const vb = pointValue(b);
      if (!(va > 0) || !Number.isFinite(vb)) continue;
      const computed = round2(((vb - va) / va) * 100);
      used.add(ai);
      used.add(bi);
      const stated = m.figures.find((f, i) => f.kind === 'percent' && i !== ai && i !== bi);
      const fact: DerivedFact = {
        kind: 'growth',
        value: computed,
        qualifier: a.qualifier === 'exact' && b.qualifier === 'exact' ? 'exact' : 'approx',
        formula: `(${formatFigure(b)} − ${formatFigure(a)}) / ${formatFigure(a)} = ${computed >= 0 ? '+' : ''}${trimNumber(computed, 2)}%`,
        inputs: stated ? [a, b, stated] : [a, b],
        itemId: meta.itemId,
        sentence: meta.sentence,
      };
      if (stated) {
        const sv = pointValue(stated);
        fact.check = { stated: sv, computed, ok: multipleMatches(sv, computed, decimalsOf(stated), tolerance) };
      }
      facts.push(fact);
    }
  }
  return { facts, used };
}

/** Implied baseline from "rose 25% to $10B" → the earlier value $8B. */
export function percentBaselineFacts(m: FigureTokens, cues: DerivedCues, meta: Meta): DerivedFact[] {
  const facts: DerivedFact[] = [];
  for (const re of cues.percentTo) {
    re.lastIndex = 0;
    for (const x of m.text.matchAll(re)) {
      const p = m.figures[Number(x.groups?.p)];
      const b = m.figures[Number(x.groups?.b)];
      if (!p || !b || p.kind !== 'percent' || b.kind === 'percent' || b.kind === 'multiple') continue;
      const pct = pointValue(p);
      const vb = pointValue(b);
      if (!(pct > -100) || !Number.isFinite(vb)) continue;
      const base = vb / (1 + pct / 100);
      facts.push({
        kind: 'baseline',
        value: base,
        ...(b.currency ? { currency: b.currency } : {}),
        qualifier: 'approx',
        formula: `${formatFigure(b)} / (1 + ${trimNumber(pct, 2)}%) = ${formatFigure({ ...b, value: base, qualifier: 'exact' })}`,
        inputs: [p, b],
        itemId: meta.itemId,
        sentence: meta.sentence,
      });
    }
  }
  return facts;
}

/**
 * Ratios and baselines around a stated multiple. With a numerator and a base of one dimension in the sentence
 * ("$130B … 3.7× the $35B", "1300亿美元是350亿美元的3.7倍") the ratio is computed and checked; with only one
 * amount and an earlier period after the multiple ("$6.1B, four times 2024") the baseline amount / multiple is implied.
 */
export function multipleFacts(
  m: FigureTokens,
  cues: DerivedCues,
  meta: Meta,
  tolerance: number,
  skip: Set<number>,
): { facts: DerivedFact[]; used: Set<number> } {
  const facts: DerivedFact[] = [];
  const used = new Set<number>();
  const amounts = (i: number) => {
    const f = m.figures[i];
    return !!f && (f.kind === 'money' || f.kind === 'count') && !skip.has(i);
  };
  m.figures.forEach((mult, mi) => {
    if (mult.kind !== 'multiple') return;
    const stated = pointValue(mult);
    if (!(stated > 0)) return;
    const [ms, me] = m.spans[mi] as [number, number];
    // Chinese order: "A 是 B 的 3.7 倍" – the base sits right before "的".
    let base = -1;
    let num = -1;
    const before = m.text.slice(Math.max(0, ms - 8), ms);
    const zhBase = /⟦F(\d+)⟧\s*的\s*$/.exec(before);
    if (zhBase && amounts(Number(zhBase[1]))) {
      base = Number(zhBase[1]);
      for (let i = base - 1; i >= 0; i--)
        if (amounts(i) && dimensionOf(m.figures[i] as Figure) === dimensionOf(m.figures[base] as Figure)) {
          num = i;
          break;
        }
    } else {
      for (let i = mi + 1; i < m.figures.length; i++) {
        if (!amounts(i)) continue;
        const gap = m.text.slice(me, (m.spans[i] as [number, number])[0]);
        if (cues.ratioBase.test(gap)) base = i;
        break;
      }
      if (base >= 0)
        for (let i = mi - 1; i >= 0; i--)
          if (amounts(i) && dimensionOf(m.figures[i] as Figure) === dimensionOf(m.figures[base] as Figure)) {
            num = i;
            break;
          }
    }
    if (base >= 0 && num >= 0) {
      const a = m.figures[num] as Figure;
      const b = m.figures[base] as Figure;
      const raw = pointValue(a) / pointValue(b);
      if (!Number.isFinite(raw)) return;
      const computed = round2(raw);
      used.add(num);
      used.add(base);
      // The value and the check keep full precision; only the formula is rounded for reading.
      facts.push({
        kind: 'ratio',
        value: raw,
        qualifier: 'exact',
        formula: `${formatFigure(a)} / ${formatFigure(b)} = ${trimNumber(computed, 2)}× (stated ${trimNumber(stated)}×)`,
        inputs: [a, b, mult],
        itemId: meta.itemId,
        sentence: meta.sentence,
        check: { stated, computed: raw, ok: multipleMatches(stated, raw, decimalsOf(mult), tolerance) },
      });
      return;
    }
    // Baseline: one amount before the multiple, an earlier period right after it.
    const after = m.text.slice(me, me + 40);
    const beforeRef = m.text.slice(Math.max(0, ms - 16), ms);
    const refAfter = cues.baselineRef.test(after);
    if (!refAfter && !cues.baselineRefBefore.test(beforeRef)) return;
    let cur = -1;
    for (let i = mi - 1; i >= 0; i--) {
      if (amounts(i)) {
        cur = i;
        break;
      }
    }
    if (cur < 0) return;
    const c = m.figures[cur] as Figure;
    const value = pointValue(c) / stated;
    const period =
      /(?:19|20)\d{2}|last year|a year (?:earlier|ago)|the start of the year|去年|上年末|上年|上一年|一年前|同期|上季度|年初|年末/i.exec(
        refAfter ? after : beforeRef,
      )?.[0];
    used.add(cur);
    facts.push({
      kind: 'baseline',
      value,
      ...(c.currency ? { currency: c.currency } : {}),
      qualifier: 'approx',
      formula: `${formatFigure(c)} / ${trimNumber(stated)} = ${formatFigure({ ...c, value, qualifier: 'exact' })}${period ? ` (${period})` : ''}`,
      inputs: [c, mult],
      itemId: meta.itemId,
      sentence: meta.sentence,
    });
  });
  return { facts, used };
}
