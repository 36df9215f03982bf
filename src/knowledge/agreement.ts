/** Reconciliation arithmetic: a figure as an interval of possible true values, and whether two figures agree. */
import type { Figure } from '../types/figure.js';

/** The values a figure allows: [lo, hi] (possibly unbounded), plus the dimension it measures. */
export interface ValueInterval {
  lo: number;
  hi: number;
  /** `money:USD`, `percent:`, `count:users` … two figures are only comparable within one dimension. */
  dim: string;
  /**
   * For a cap ('up to $20B', '最多500亿'): the stated bound. A cap is a term of a deal, so two caps agree only when the
   * bounds do; a floor ('more than $400B') is loose wording, and two floors always can both hold.
   */
  bound?: { side: 'max'; at: number };
  /**
   * For an exact single value: how far the true value may lie from it given the digits it is stated to (half a unit of
   * its last significant digit, never more than the tolerance). '21.4%' → 0.05; '$5.15 billion' → 5e6.
   */
  half?: number;
  /**
   * For a hedged single value ('约120亿美元', 'about $12.5 billion'): the value stated. Two hedged values are two
   * sources' roundings of one number only within the tolerance of each other (decision 078): each one's hedge widens it
   * against an exact figure, never against another hedge (约850亿 and 约900亿 are two numbers, not one).
   */
  about?: number;
}

/**
 * Half a unit of the last significant digit of a value as stated: 21.4 → 0.05, 5.15e9 → 5e6, 5e7 → 5e6. The digits
 * are read from the value (a spoken 'twenty one point four percent' is as precise as '21.4%').
 */
export function halfUnitOf(value: number): number {
  const v = Math.abs(value);
  if (!Number.isFinite(v) || v === 0) return 0;
  const exp = Math.floor(Math.log10(v));
  let digits = 1;
  while (digits < 15 && Math.abs(Number(v.toPrecision(digits)) - v) > v * 1e-12) digits++;
  return 0.5 * 10 ** (exp - digits + 1);
}

/** 'nearly $400 billion', '近4000亿', '接近', '逼近': a value just under the stated one. */
const NEARLY = /^(?:近|将近|接近|逼近|几近|nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))/i;

/** The dimension a figure measures: kind plus currency and any unit (money: '/per share') or unit. */
export function dimensionOf(f: Figure): string {
  // A per-share amount (EPS, a share price) never compares with a total in the same currency.
  if (f.kind === 'money') return `money:${f.currency ?? ''}${f.unit ? `/${f.unit}` : ''}`;
  if (f.kind === 'percent' || f.kind === 'multiple') return `${f.kind}:`;
  return `${f.kind}:${f.unit ?? ''}`;
}

/** A figure's central value: its value, else the midpoint of its range, else whichever bound it has. */
export function pointValue(f: Figure): number {
  const sign = f.direction === 'down' ? -1 : 1;
  if (f.value !== undefined) return sign * f.value;
  if (f.low !== undefined && f.high !== undefined) return (sign * (f.low + f.high)) / 2;
  return sign * (f.low ?? f.high ?? Number.NaN);
}

/**
 * The interval of values a figure allows. `exact` is a point, `approx` widens by the tolerance,
 * `min` is open upwards, `max` open downwards (to 0 for non-negative values), ranges / vague amounts use low..high.
 * Example: `超过200亿` (min 2e10) → [2e10, ∞); `up to $100B` → [0, 1e11].
 */
export function intervalOf(f: Figure, tolerance: number): ValueInterval {
  const dim = dimensionOf(f);
  const sign = f.direction === 'down' ? -1 : 1;
  let lo: number;
  let hi: number;
  if (f.value !== undefined) {
    lo = hi = sign * f.value;
  } else {
    const a = sign * (f.low ?? f.high ?? Number.NaN);
    const b = sign * (f.high ?? f.low ?? Number.NaN);
    lo = Math.min(a, b);
    hi = Math.max(a, b);
    // A one-sided vague amount ("tens of billions" with only a low bound) is open on the missing side.
    if (f.low !== undefined && f.high === undefined) {
      if (sign > 0) hi = Number.POSITIVE_INFINITY;
      else lo = Number.NEGATIVE_INFINITY;
    }
    if (f.high !== undefined && f.low === undefined) {
      if (sign > 0) lo = 0;
      else hi = 0;
    }
  }
  switch (f.qualifier) {
    case 'approx':
      // '近4000亿' lies just under 4000亿, never above it: at most one step of its last stated digit below (近380亿 is
      // 370亿–380亿, so not 362亿) and never more than twice the tolerance (近4000亿 is not 3000亿).
      if (NEARLY.test(f.text.trim()) && lo === hi && lo > 0) lo -= Math.min(2 * halfUnitOf(lo), lo * 2 * tolerance);
      else {
        const about = f.value !== undefined ? lo : undefined;
        lo -= Math.abs(lo) * tolerance;
        hi += Math.abs(hi) * tolerance;
        if (about !== undefined) return { lo, hi, dim, about };
      }
      break;
    case 'min':
      hi = Number.POSITIVE_INFINITY;
      break;
    case 'max':
      return { lo: lo >= 0 ? 0 : Number.NEGATIVE_INFINITY, hi, dim, bound: { side: 'max', at: hi } };
    default:
      // An exact single value holds the digits it was rounded to: '21.4%' and '21.1%' cannot both be right, while
      // '75.12 billion' and '75.1 billion' can (the tolerance still caps a round number: '$100 billion' ± 2%).
      if (f.value !== undefined && f.qualifier === 'exact')
        return { lo, hi, dim, half: Math.min(halfUnitOf(lo), Math.abs(lo) * tolerance) };
      break;
  }
  return { lo, hi, dim };
}

/** Whether two intervals of one dimension overlap, allowing a relative gap of `tolerance` (of the larger end). */
export function intervalsAgree(a: ValueInterval, b: ValueInterval, tolerance: number): boolean {
  if (a.dim !== b.dim) return false;
  if ([a.lo, a.hi, b.lo, b.hi].some(Number.isNaN)) return false;
  // Two caps ('as much as $20B' vs '最多500亿美元') state the bound itself: they agree when the bounds do.
  if (a.bound && b.bound) {
    const x = a.bound.at;
    const y = b.bound.at;
    return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y)) + 1e-12;
  }
  // Two exact values agree when the ranges their stated digits allow overlap (and never further apart than the
  // tolerance): 21.4% vs 21.1% (one decimal each) do not, though within 2% of each other; 21.4% vs 21% do.
  if (a.half !== undefined && b.half !== undefined) {
    const m = Math.max(Math.abs(a.lo), Math.abs(b.lo));
    return Math.abs(a.lo - b.lo) <= Math.min(a.half + b.half, tolerance * m) + 1e-9 * m;
  }
  // Two hedged values (约120亿美元 against about $12.5 billion) agree when the values stated are within the tolerance:
  // the hedges do not add up.
  if (a.about !== undefined && b.about !== undefined) {
    const m = Math.max(Math.abs(a.about), Math.abs(b.about));
    return Math.abs(a.about - b.about) <= tolerance * m + 1e-9 * m;
  }
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo <= hi) return true;
  const gap = lo - hi;
  return gap <= tolerance * Math.max(Math.abs(lo), Math.abs(hi)) + 1e-12;
}

/**
 * Whether two figures can both be true within a relative tolerance (qualifiers respected).
 * Example: `超过200亿` vs `200亿` → true; `at least 400B` vs `380B` → false; `$100B` vs `$102B` at 2% → true.
 * Figures of different kinds, currencies or units never agree (they are not the same quantity).
 */
export function valuesAgree(a: Figure, b: Figure, tolerance: number): boolean {
  return intervalsAgree(intervalOf(a, tolerance), intervalOf(b, tolerance), tolerance);
}

/** A bound or a range (`最多1000亿美元`, `超过3800亿元`, `3%至4%`): agreeing with every value inside it, it is no one value. */
function openFigure(f: Figure): boolean {
  return f.value === undefined || f.qualifier === 'min' || f.qualifier === 'max';
}

/**
 * Whether a figure states the same value as one told before (issue 11, decision 057): same dimension, within the
 * rounding `valuesAgree` allows; a bound or a range is the same bound or range only — a final price of 25港元 is news
 * after a range of 22至25港元, and `最多62亿港元` is not yet the 62亿 raised.
 * @example sameToldValue(约7.5亿美元, 7.45亿美元) // → true; sameToldValue(25港元, 22至25港元) // → false
 */
export function sameToldValue(a: Figure, b: Figure, tolerance: number): boolean {
  if (openFigure(a) || openFigure(b)) {
    const eq = (x?: number, y?: number) =>
      x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)));
    return (
      a.qualifier === b.qualifier && dimensionOf(a) === dimensionOf(b) && eq(a.value, b.value) && eq(a.low, b.low) && eq(a.high, b.high)
    );
  }
  return valuesAgree(a, b, tolerance);
}
