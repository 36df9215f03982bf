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
  if (f.qualifier === 'approx' && NEARLY.test(f.text.trim())) return out.replace(/^约/, '接近');
  // A lower bound says whether the value itself counts: at least / or more / 不低于 → 至少 (不低于), -plus → 逾.
  if (f.qualifier === 'min') return out.replace(/^超过/, minWord(f.text.trim()));
  return out;
}

/** The Chinese word of a lower bound as the figure's own words give it (default 超过: more than, over). */
export function minWord(text: string): string {
  if (/^不低于/.test(text)) return '不低于';
  if (/^不少于/.test(text)) return '不少于';
  if (
    /^(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of|至少|最少|最低)/i.test(text) ||
    /(?:\bor\s+more|\bor\s+higher)$/i.test(text)
  )
    return '至少';
  if (/(?:-plus|\s+plus|\+)$/i.test(text) || /^(?:逾|超逾)/.test(text)) return '逾';
  return '超过';
}

/** A figure's own words for 'just under' (its surface text opens on them). */
const NEARLY = /^(?:近|将近|接近|逼近|几近|nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))/i;
