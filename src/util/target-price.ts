/**
 * A broker's target price for a stock, in words (data/target-price.json): the one list the metric lexicon, attribution,
 * the measure basis, the offline composer and the digest read, as a list or as a regex source to build on.
 */
import { z } from 'zod';
import { loadDataTable } from './data-table.js';

const schema = z.object({ words: z.array(z.string().min(1)), abbreviations: z.array(z.string().min(1)) }).passthrough();

/** The table: `words` (phrases, Latin and Chinese) and `abbreviations` (TP, PT). */
export function targetPriceTable(): { words: string[]; abbreviations: string[] } {
  return loadDataTable('target-price.json', schema);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isLatin = (w: string): boolean => /^[\x20-\x7e]+$/.test(w);

/**
 * A regex alternation (source, no flags, no group around it) of the target-price words, longest first: a Latin word
 * between word boundaries with any run of spaces inside, a Chinese word anywhere. `abbreviations` adds TP / PT;
 * `script` keeps the Latin or the Chinese words only (for patterns that read what follows each differently).
 * @example new RegExp(targetPriceSource(), 'i').test('raised its price  target to $250') // → true
 */
export function targetPriceSource(opts: { abbreviations?: boolean; script?: 'latin' | 'chinese' } = {}): string {
  const t = targetPriceTable();
  return [...t.words, ...(opts.abbreviations ? t.abbreviations : [])]
    .filter((w) => opts.script === undefined || isLatin(w) === (opts.script === 'latin'))
    .sort((a, b) => b.length - a.length)
    .map((w) => (isLatin(w) ? `\\b${w.split(/\s+/).map(escapeRe).join('\\s+')}\\b` : escapeRe(w)))
    .join('|');
}
