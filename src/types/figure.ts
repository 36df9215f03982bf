/** Figures: every number in a text, with what it measures, whose it is and when. */

export type FigureKind = 'money' | 'percent' | 'multiple' | 'count' | 'duration';

/**
 * - `exact`: stated as is; `approx`: 约 / about / 近 / around;
 * - `min`: 超过 / more than / over / at least; `max`: up to / 最多 / 不到;
 * - `vague`: 数百亿 / tens of billions (low/high carry the honest bounds).
 */
export type Qualifier = 'exact' | 'approx' | 'min' | 'max' | 'vague';

export interface Figure {
  /** Surface text, exactly `source.slice(start, end)`. */
  text: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
  kind: FigureKind;
  /** A single value; absent for ranges and vague amounts, which carry low/high. */
  value?: number;
  low?: number;
  high?: number;
  /** ISO 4217 code for money (USD, CNY, HKD, EUR, JPY, GBP, ...). */
  currency?: string;
  /** Unit for counts and durations: `users`, `GPUs`, `GW`, `TWh`, `year`, `day`, ... */
  unit?: string;
  qualifier: Qualifier;
  /** Set when the figure is a decline (下降40%, fell 8%): the value stays positive. */
  direction?: 'up' | 'down';
  /** Canonical entity name the figure belongs to, when it can be told. */
  subject?: string;
  /** capex, investment, revenue, profit, valuation, market-cap, contract, price, funding, users, headcount, ... */
  metric?: string;
  /** `2026`, `2026Q1`, `2026H1`, `FY2025`, `2026-03` ... */
  period?: string;
  /** Set when the text denies the amount ('并非1000亿美元', 'not $100 billion'): it is kept as extracted but states no claim. */
  negated?: boolean;
  /** The part of the subject measured, not its total: a business segment or region ('数据中心', '海外'), in Chinese. */
  scope?: string;
  /** For a payer metric (investment, contract): the other party, who receives the money ('亚马逊向OpenAI投资' → OpenAI). */
  counterparty?: string;
}

/** Context for extraction: the document date resolves "this year", "last quarter", 今年. */
/** Where an outlet writes for: Hong Kong, Taiwan, or anywhere else (a listed outlet of the mainland or abroad). */
export type OutletRegion = 'hk' | 'tw' | 'elsewhere';

export interface ExtractContext {
  /** ISO date of the document, if known. */
  date?: string | null;
  lang?: 'zh' | 'en' | 'mixed';
  /** The source was written in Traditional Chinese (converted to Simplified at ingest): a bare 元 may be the local dollar. */
  traditional?: boolean;
  /**
   * Where the text's outlet writes for (data/outlets.json `region`): a Hong Kong or Taiwan outlet's bare 元 is its own
   * dollar; a listed outlet elsewhere writes another place's money with its name (新台币…元). Unknown when undefined.
   */
  region?: OutletRegion;
  /**
   * Organisation names other texts of the store introduced (extract/entities/known-names.ts): matched in this text as
   * names, so a company written bare here (`星衡智算将在港交所敲钟`) is still found.
   */
  known?: readonly string[];
}
