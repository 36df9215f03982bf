/**
 * The one way text becomes search terms, shared by every store driver (SQLite FTS5 now, a PostgreSQL tsvector next)
 * so both match the same documents for the same query.
 *
 * Chinese has no spaces, and the commonest query is a two-character word (谷歌, 微软, 豆包), which a trigram index
 * cannot match. So a run of Han characters is indexed as its overlapping character bigrams plus its last character on
 * its own (英伟达 → 英伟 伟达 达): a query of two or more characters is the phrase of its bigrams (adjacent positions),
 * and a one-character query is a prefix match (云 → 云* matches 云合 and a run-final 云). Latin words and numbers are
 * NFKC-folded, lower-cased tokens (`GPU` → gpu, `Ｈ１００` → h100). Punctuation separates tokens.
 */
import { isHanCode } from '../util/han.js';

/** A query as drivers build it: every phrase must match (AND); a phrase is tokens at adjacent positions. */
export interface SearchQuery {
  /** Phrases of whole tokens (bigrams of a Han run, or one Latin word each). */
  phrases: string[][];
  /** Single Han characters, matched as token prefixes. */
  prefixes: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Splits folded text into runs: a run of Han characters, or a Latin/number word. */
function runs(text: string): { han: boolean; text: string }[] {
  const s = text.normalize('NFKC').toLowerCase();
  const out: { han: boolean; text: string }[] = [];
  let cur = '';
  let curHan = false;
  const flush = (): void => {
    if (cur) out.push({ han: curHan, text: cur });
    cur = '';
  };
  for (const ch of s) {
    const han = ch.length === 1 && isHanCode(ch.charCodeAt(0));
    if (han || WORD_CHAR.test(ch)) {
      if (cur && han !== curHan) flush();
      curHan = han;
      cur += ch;
    } else flush();
  }
  flush();
  return out;
}

function hanTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  out.push(chars[chars.length - 1] as string);
  return out;
}

/** The terms to index for a text, space-separated in order (positions matter for phrases). */
export function indexTerms(text: string): string {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (r.han) for (const t of hanTokens(r.text)) out.push(t);
    else out.push(r.text);
  }
  return out.join(' ');
}

/** A user's query as phrases and prefixes; empty when it has no word at all (then drivers return no hits). */
export function parseQuery(query: string): SearchQuery {
  const q: SearchQuery = { phrases: [], prefixes: [] };
  for (const r of runs(query)) {
    if (!r.han) q.phrases.push([r.text]);
    else if ([...r.text].length === 1) q.prefixes.push(r.text);
    else q.phrases.push(hanTokens(r.text).slice(0, -1));
  }
  return q;
}

/** True when a query has nothing to match. */
export function isEmptyQuery(q: SearchQuery): boolean {
  return q.phrases.length === 0 && q.prefixes.length === 0;
}
