/**
 * Search terms as PostgreSQL text-search values, built from the shared scheme (../search-terms.ts) without any
 * text-search parser or dictionary: a `tsvector` literal of the index terms with their positions, and a `tsquery`
 * literal of the query's phrases (`'英伟' <-> '伟达'`) and prefixes (`'云':*`). Cast with `::tsvector` / `::tsquery`,
 * these are taken verbatim, so search behaves the same in any database locale.
 */
import { indexTerms, isEmptyQuery, parseQuery } from '../search-terms.js';

/** tsvector positions stop at 16383; a lexeme keeps at most 256 of them. */
const MAX_POS = 16383;
const MAX_POSITIONS = 256;
/** A tsvector must stay under 1 MB; stop adding lexemes well before. */
const MAX_BYTES = 900_000;
/** PostgreSQL refuses lexemes of 2 KB or more. */
const MAX_LEXEME_BYTES = 2000;

function quote(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** The tsvector literal of a text: each term with its positions (terms past position 16383 are kept, without one). */
export function tsvectorLiteral(text: string): string {
  const positions = new Map<string, number[]>();
  let bytes = 0;
  let pos = 0;
  for (const term of indexTerms(text).split(' ')) {
    if (!term) continue;
    pos++;
    let list = positions.get(term);
    if (!list) {
      const size = Buffer.byteLength(term) + 8;
      if (size > MAX_LEXEME_BYTES || bytes + size > MAX_BYTES) continue;
      bytes += size;
      positions.set(term, (list = []));
    }
    if (pos <= MAX_POS && list.length < MAX_POSITIONS && bytes + 2 <= MAX_BYTES) {
      list.push(pos);
      bytes += 2;
    }
  }
  const parts: string[] = [];
  for (const [term, list] of positions) parts.push(list.length ? `${quote(term)}:${list.join(',')}` : quote(term));
  return parts.join(' ');
}

/** The tsquery literal of a user's query, or null when it has no word to match. */
export function tsqueryLiteral(query: string): string | null {
  const q = parseQuery(query);
  if (isEmptyQuery(q)) return null;
  const parts = [
    ...q.phrases.map((p) => (p.length === 1 ? quote(p[0] as string) : `(${p.map(quote).join(' <-> ')})`)),
    ...q.prefixes.map((c) => `${quote(c)}:*`),
  ];
  return parts.join(' & ');
}

/** The plain words of a query as they may appear in a text (a Han phrase re-joined), for snippets. */
export function queryWords(query: string): string[] {
  const q = parseQuery(query);
  const words = q.phrases.map((p) => (p.length === 1 ? (p[0] as string) : p.map((t, i) => (i === 0 ? t : t.slice(-1))).join('')));
  return [...words, ...q.prefixes];
}

/** A short passage of `text` around the first query word, the word marked [like this]. */
export function snippetOf(text: string, words: string[], width = 48): string {
  const lower = text.normalize('NFKC').toLowerCase();
  let at = -1;
  let len = 0;
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      len = w.length;
    }
  }
  if (at < 0 || lower.length !== text.length) return text.slice(0, 120);
  const from = Math.max(0, at - width / 2);
  const to = Math.min(text.length, at + len + width / 2);
  return `${from > 0 ? '…' : ''}${text.slice(from, at)}[${text.slice(at, at + len)}]${text.slice(at + len, to)}${to < text.length ? '…' : ''}`;
}
