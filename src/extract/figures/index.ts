/** Public surface of the figure extractor: money, percent, multiples, counts and durations in English and Chinese. */
import type { Figure, OutletRegion } from '../../types/figure.js';
import { buildFigures } from './build.js';
import { type CurrencyMention, findCurrencyMentions } from './currency-mentions.js';
import { readNumeralRun } from './numeral-run.js';
import { scanTokens } from './tokens.js';
import { localYuan } from './yuan-currency.js';

export type { CurrencyMention } from './currency-mentions.js';
export { formatChineseAmount, formatFigureZh } from './format-zh.js';
export { ZH_CURRENCY_NAMES } from './lexicon-currency.js';
export { extractNumbers, type NumberMention } from './numbers.js';

export interface FigureOptions {
  /**
   * Also emit plain numbers with no unit as kind 'count' (for the number-model conformance suites).
   * Default false: a bare number, a year, a date part, an ordinal, a version or a model name (GPT-4, H100, 2026年) is not a figure.
   */
  bareNumbers?: boolean;
  /** The text was written in Traditional Chinese (Hong Kong or Taiwan press), even if since converted: a bare 元 may be 港元. */
  traditional?: boolean;
  /** Where the text's outlet writes for: a Hong Kong or Taiwan outlet's bare 元 is its own dollar. */
  region?: OutletRegion;
}

/**
 * Extracts figures from text, sorted by start and non-overlapping; `text === input.slice(start, end)`.
 * Example: `extractFigures("亚马逊投资超过80亿美元")` → [{ text: "超过80亿美元", kind: "money", value: 8e9, currency: "USD", qualifier: "min" }].
 */
export function extractFigures(text: string, opts?: FigureOptions): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const bare = opts?.bareNumbers === true;
  const figures = buildFigures(text, scanTokens(text, bare), bare);
  return bare
    ? figures
    : localYuan(text, figures, { traditional: opts?.traditional === true, ...(opts?.region ? { region: opts.region } : {}) });
}

/**
 * Parses a whole string as a Chinese (or mixed) numeral; undefined if it is not one.
 * Examples: '一万亿' → 1e12, '壹仟玖佰' → 1900, '两千三百万' → 23000000, '1.2万亿' → 1.2e12.
 */
export function parseChineseNumeral(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  let neg = false;
  let i = 0;
  if (t[0] === '负' || t[0] === '負' || t[0] === '-') {
    neg = true;
    i = 1;
  }
  const run = readNumeralRun(t, i);
  if (!run || run.end !== t.length) return undefined;
  return neg ? -run.value : run.value;
}

/**
 * Currency names written without an amount (`the dollar rose`, `a multibillion-dollar deal`, `人民币兑美元`), outside
 * the text's money figures. Not figures: they carry no number. Example: `"50 dollar rmb"` → [{ text: "rmb", currency: "CNY" }].
 */
export function extractCurrencyMentions(text: string, figures?: readonly Figure[]): CurrencyMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return findCurrencyMentions(text, figures ?? extractFigures(text));
}
