/** Compact renderings of amounts inside derived-fact formulas: 3.3e10 USD → "$33B". */
import type { Figure } from '../../types/figure.js';

const SYMBOL: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£', JPY: 'JP¥', HKD: 'HK$' };

/** Trims a number to at most `digits` decimals without trailing zeros. Example: 1.5250 → "1.525". */
export function trimNumber(v: number, digits = 3): string {
  return String(Number(v.toFixed(digits)));
}

/** Renders an amount with a scale suffix. Example: (1.525e9, 'USD') → "$1.525B"; (9.96e8) → "996M". */
export function formatAmount(value: number, currency?: string): string {
  const abs = Math.abs(value);
  const [div, suffix] = abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : [1, ''];
  const body = `${trimNumber(value / div)}${suffix}`;
  if (!currency) return body;
  const sym = SYMBOL[currency];
  return sym ? `${sym}${body}` : `${body} ${currency}`;
}

const QUALIFIER_PREFIX: Record<Figure['qualifier'], string> = { exact: '', approx: '~', min: '>', max: '≤', vague: '~' };

/** Renders a figure for a formula, qualifier first. Example: max 2e10 USD → "≤$20B". */
export function formatFigure(f: Figure): string {
  const money = f.kind === 'money' ? f.currency : undefined;
  const unit = f.kind === 'percent' ? '%' : f.kind === 'multiple' ? '×' : '';
  const render = (v: number) => (f.kind === 'money' || f.kind === 'count' ? formatAmount(v, money) : `${trimNumber(v)}${unit}`);
  if (f.value !== undefined) return `${QUALIFIER_PREFIX[f.qualifier]}${render(f.value)}`;
  return `${render(f.low ?? Number.NaN)}–${render(f.high ?? Number.NaN)}`;
}
