/** Writes a figure Chinese-style for generated text (`超过4000亿美元`, `69%`, `3.7倍`), through the extractor's formatter. */
import { formatFigureZh } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';

/** The parts of a figure needed to write it. */
export type FigureLike = Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'text'>;

/** Rounds to `sig` significant digits: 1666666666 → 1670000000 (derived values are written this way). */
export function roundSignificant(v: number, sig = 3): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(sig));
}

/**
 * The Chinese rendering of a figure with its qualifier (a decline's direction is left to the sentence).
 * @example renderFigureZh({ kind: 'money', value: 4e11, currency: 'USD', qualifier: 'min', text: '' }) === '超过4000亿美元'
 */
export function renderFigureZh(f: FigureLike): string {
  const full: Figure = { start: -1, end: -1, ...f };
  const out = formatFigureZh(full);
  // 'nearly $700 billion', '接近2500亿美元': just under the value, written 接近 (约 would allow more).
  return f.qualifier === 'approx' && NEARLY.test(f.text.trim()) ? out.replace(/^约/, '接近') : out;
}

/** A figure's own words for 'just under' (its surface text opens on them). */
const NEARLY = /^(?:近|将近|接近|逼近|几近|nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))/i;
