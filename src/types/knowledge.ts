/** Knowledge records: claims, conflicts, capital-flow edges, derived facts. */
import type { Figure } from './figure.js';

/** One statement of a figure, with where it was said. */
export interface Statement {
  figure: Figure;
  itemId: string;
  /** Source locator (URL or file) of the item. */
  source: string;
  /** 1-based line in the item's text. */
  line: number;
  /** The sentence the figure stands in. */
  sentence: string;
  date: string | null;
}

export interface Claim {
  subject: string;
  metric: string;
  period: string;
  /** What is measured (money, percent, count …): a claim groups one kind of quantity only. Optional, additive. */
  kind?: Figure['kind'];
  /** For pair metrics (investment, contract): who receives the money; a claim holds one counterparty. Optional, additive. */
  counterparty?: string;
  /** 'per share' for amounts per share (EPS, a share price): never in one claim with totals. Optional, additive. */
  unit?: 'per share';
  /** The segment measured ('云智能', '数据中心'), in Chinese, when the claim is about a part of the subject, not its whole. Optional, additive. */
  scope?: string;
  /**
   * What the figures measure beyond subject, metric and period, '+'-joined when several: 'sequential' for changes on
   * the previous quarter or month (3.1% QoQ, 环比), never in one claim with year-on-year ones; 'pre-money' for a round's
   * valuation before the new money (投前估值); and the measure bases of docs/decisions/042 (src/knowledge/measure-basis.ts:
   * 'constant-currency', 'organic', 'adjusted', 'run-rate', 'cumulative', 'cap', 'gross', 'net', 'bookings', 'share',
   * 'operating', 'ebitda', 'target' (a broker's target price)). Absent for the default basis (reported, exact, a level). Optional, additive.
   */
  basis?: string;
  statements: Statement[];
  /** Sources disagree: two items state values that cannot both be right (within the tolerance, qualifiers respected). */
  conflict: boolean;
  /** One item giving two values for the same thing in different sentences: indices into statements, per item. Optional, additive. */
  inconsistencies?: Inconsistency[];
  /** Index into statements of the latest and the most-cited value. */
  latest: number;
  mostCited: number;
}

/** An internal inconsistency: one document states two values for one (subject, metric, period) that cannot both be right. */
export interface Inconsistency {
  itemId: string;
  /** Indices into the claim's statements: every statement of that item in the claim. */
  statements: number[];
}

export type DealKind = 'invest' | 'purchase' | 'cloud-contract' | 'equity-option' | 'acquisition' | 'stake';

/**
 * How far a deal is from done, when its sentence says it is not done: `talks` (in talks, negotiating, considering,
 * 洽谈 / 磋商 / 考虑) or `rumoured` (rumoured, speculated, 传闻 / 据传, a possibility: 或将 / 可能). A deal announced,
 * signed, paid or planned by its payer has none (docs/decisions/035).
 */
export type DealStatus = 'talks' | 'rumoured';

export interface DealEdge {
  from: string;
  to: string;
  kind: DealKind;
  amount?: Figure;
  itemId: string;
  source: string;
  sentence: string;
  /** 1-based line of the sentence in the original file (front matter and markup included), when known. */
  line?: number;
  /**
   * Set on each payer's edge of a joint payment ("A and B jointly committed $15 billion to C"): the amount is the
   * joint one and counts once in any total.
   */
  joint?: boolean;
  /** Set when the sentence gives the deal as under talks or rumoured, not done: never a leg of a loop, never a stated flow. */
  status?: DealStatus;
}

export interface DerivedFact {
  kind: 'total' | 'ratio' | 'growth' | 'baseline';
  /** The computed figure (its text is a rendering of the value, start/end -1). */
  value: number;
  low?: number;
  high?: number;
  currency?: string;
  qualifier: Figure['qualifier'];
  /** Human-readable formula: `5 + 20 + 8 = 33`. */
  formula: string;
  /** The figures it came from. */
  inputs: Figure[];
  itemId: string;
  sentence: string;
  /** For ratio checks: whether a stated multiple matches the computed one. */
  check?: { stated: number; computed: number; ok: boolean };
}
