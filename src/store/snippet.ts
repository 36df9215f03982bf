/**
 * Where a query matches in a text, by the same scheme as the index (store/search-terms.ts): a Han run matches as the
 * whole run, a one-character query as that character, a Latin word as a whole word (case-insensitive). Drivers cut
 * search snippets with it; the web app marks the matches with it. Pure functions over strings.
 */
import { isHanCode } from '../util/han.js';
import { parseQuery } from './search-terms.js';

/** The strings a query matches in running text: `needles('英伟达 GPU 云')` → ['英伟达', 'gpu', '云']. */
export function needles(query: string): string[] {
  const q = parseQuery(query);
  const out: string[] = [];
  for (const p of q.phrases) {
    const first = p[0] ?? '';
    // A Han phrase is the run's bigrams: the run is the first bigram followed by the last character of each next one.
    const han = first.length > 0 && isHanCode(first.charCodeAt(0));
    out.push(
      han
        ? first +
            p
              .slice(1)
              .map((t) => [...t].slice(-1).join(''))
              .join('')
        : first,
    );
  }
  for (const c of q.prefixes) out.push(c);
  return out.filter((n) => n.length > 0);
}

const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit that is not Han: the characters a Latin word is made of. */
function latinWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && !isHanCode(ch.charCodeAt(0)) && WORD.test(ch);
}

/**
 * Sorted, non-overlapping [start, end) ranges of `text` that a query matches.
 * @example matchRanges('谷歌与微软', '微软') // → [[3, 5]]
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters (İ); offsets are then not those of `text`: mark nothing.
  if (lower.length !== text.length) return [];
  const found: [number, number][] = [];
  for (const n of needles(query)) {
    const latin = !isHanCode(n.charCodeAt(0));
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      const end = at + n.length;
      if (latin && (latinWordChar(lower[at - 1]) || latinWordChar(lower[end]))) continue;
      found.push([at, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * About `width` characters of `text` around its first match of `query` (or its start), whitespace folded, with … where cut.
 * @example searchSnippet('甲骨文与OpenAI签署价值3000亿美元的云合同。', '云合同', 10) // → '…3000亿美元的云合同。'
 */
export function searchSnippet(text: string, query: string, width = 120): string {
  const first = matchRanges(text, query)[0];
  const center = first ? first[0] : 0;
  const start = first ? Math.max(0, center - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
