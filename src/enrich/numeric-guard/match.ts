/** Matching rules of the numeric guard: when does a generated figure equal an allowed (source or derived) one. See RULES.md. */
import type { Figure, FigureKind } from '../../types/index.js';

/** A figure the generated text may use: one stated by a source item, a claim, a deal, or a derived fact. */
export interface AllowedFigure {
  kind: FigureKind;
  value?: number;
  low?: number;
  high?: number;
  currency?: string;
  unit?: string;
  direction?: 'up' | 'down';
  text: string;
  /** Where it comes from: an item id, `derived:total`, ... (for prompts and debugging). */
  origin: string;
}

/** Relative tolerance for any two values (rule V1). */
export const RELATIVE_TOLERANCE = 0.005;
/** Largest relative gap accepted by rounding to the written precision (rule V2). */
export const ROUNDING_MAX_GAP = 0.05;

/** Numbers written in a figure's surface text, in order: '40万至60万美元' → ['40', '60']. */
export function writtenNumbers(text: string): string[] {
  return text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [];
}

/**
 * The precision a number was written to, in the figure's own units:
 * '6100亿美元' (6.1e11) → 1e10; '$1.5B' → 1e8; '3.7倍' → 0.1. Undefined when no Arabic digits are written.
 */
export function writtenStep(written: string | undefined, value: number | undefined): number | undefined {
  if (written === undefined || value === undefined || value === 0) return undefined;
  const mantissa = Number(written);
  if (!Number.isFinite(mantissa) || mantissa === 0) return undefined;
  const scale = value / mantissa;
  const dot = written.indexOf('.');
  let step: number;
  if (dot >= 0) step = 10 ** -(written.length - dot - 1);
  else {
    const zeros = /0*$/.exec(written)?.[0].length ?? 0;
    step = 10 ** zeros;
  }
  return Math.abs(step * scale);
}

function relGap(a: number, b: number): number {
  const m = Math.max(Math.abs(a), Math.abs(b));
  return m === 0 ? 0 : Math.abs(a - b) / m;
}

/** Rules V1/V2: `generated` (written to `step`) equals `allowed` within 0.5 %, or after rounding `allowed` to `step` (gap ≤ 5 %). */
export function valuesMatch(generated: number, allowed: number, step?: number): boolean {
  if (generated === allowed) return true;
  const gap = relGap(generated, allowed);
  if (gap <= RELATIVE_TOLERANCE) return true;
  if (step !== undefined && step > 0 && gap <= ROUNDING_MAX_GAP) {
    const rounded = Math.round(allowed / step) * step;
    if (relGap(rounded, generated) <= 1e-9) return true;
  }
  return false;
}

function normUnit(u: string | undefined): string | undefined {
  if (!u) return undefined;
  return u.toLowerCase().replace(/s$/, '');
}

/** Rules K1–K4: kinds, currencies, units and directions that may be compared. */
export function compatible(g: Figure, a: AllowedFigure): boolean {
  if (g.kind !== a.kind) {
    // K2: a bare amount ('4100亿' read as a count without unit) may stand for a money figure.
    if (!(g.kind === 'count' && !g.unit && a.kind === 'money')) return false;
  }
  if (g.kind === 'money' && a.kind === 'money' && g.currency && a.currency && g.currency !== a.currency) return false;
  if (g.kind === a.kind && (g.kind === 'count' || g.kind === 'duration')) {
    const gu = normUnit(g.unit);
    const au = normUnit(a.unit);
    if (gu && au && gu !== au) return false;
  }
  if (g.direction && a.direction && g.direction !== a.direction) return false;
  return true;
}

function ends(a: AllowedFigure): number[] {
  const out: number[] = [];
  if (a.value !== undefined) out.push(a.value);
  if (a.low !== undefined) out.push(a.low);
  if (a.high !== undefined) out.push(a.high);
  return out;
}

/** True when a generated point value (written to `step`) matches a value or range end of `a`. */
function pointMatches(value: number, step: number | undefined, a: AllowedFigure): boolean {
  return ends(a).some((x) => valuesMatch(value, x, step));
}

/** Rule-level check of one generated figure against the allowed list; returns the figure that supports it, if any. */
export function traceFigure(g: Figure, allowed: AllowedFigure[]): AllowedFigure | undefined {
  const written = writtenNumbers(g.text);
  const pool = allowed.filter((a) => compatible(g, a));
  if (g.value !== undefined) {
    const step = writtenStep(written[0], g.value);
    return pool.find((a) => pointMatches(g.value as number, step, a));
  }
  if (g.low !== undefined && g.high !== undefined) {
    const lowStep = written.length >= 2 ? writtenStep(written[0], g.low) : undefined;
    const highStep = writtenStep(written[written.length - 1], g.high);
    // R1: a source range (or vague amount) with both ends matching.
    const whole = pool.find(
      (a) =>
        a.low !== undefined &&
        a.high !== undefined &&
        valuesMatch(g.low as number, a.low, lowStep) &&
        valuesMatch(g.high as number, a.high, highStep),
    );
    if (whole) return whole;
    // R2: each end matches some allowed figure.
    const lo = pool.find((a) => pointMatches(g.low as number, lowStep, a));
    const hi = pool.find((a) => pointMatches(g.high as number, highStep, a));
    return lo && hi ? hi : undefined;
  }
  return undefined;
}

/** Rule Y: calendar years and dates are not figures ('2026', '2026年', 'FY2025'). */
export function isCalendarYear(g: Figure): boolean {
  if (g.kind !== 'count' && g.kind !== 'duration') return false;
  const v = g.value;
  if (v === undefined || !Number.isInteger(v) || v < 1900 || v > 2100) return false;
  return /^(?:FY)?\s*(?:19|20)\d{2}\s*(?:年|财年|年度)?$/i.test(g.text.trim());
}
