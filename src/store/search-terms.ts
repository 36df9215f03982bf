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

/** Letters and digits among the first 128 code points (a regex test per character cost more than the rest of a scan). */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/** A run of folded text: Han characters (`han`), or a Latin/number word; `start`/`end` are offsets into the folded text. */
interface Run {
  han: boolean;
  start: number;
  end: number;
}

/**
 * Splits folded text into runs: a run of Han characters, or a Latin/number word. Runs are contiguous, so they are kept
 * as offsets and sliced once (building them a character at a time made indexing cost ~1 s per MB).
 */
function scanRuns(s: string): Run[] {
  const out: Run[] = [];
  let start = -1;
  let curHan = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const han = width === 1 && isHanCode(cp);
    const word = han || (cp < 128 ? ASCII_WORD[cp] === 1 : WORD_CHAR.test(s.slice(i, i + width)));
    if (word) {
      if (start >= 0 && han !== curHan) {
        out.push({ han: curHan, start, end: i });
        start = -1;
      }
      if (start < 0) start = i;
      curHan = han;
    } else if (start >= 0) {
      out.push({ han: curHan, start, end: i });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push({ han: curHan, start, end: s.length });
  return out;
}

/** Splits folded text into runs: a run of Han characters, or a Latin/number word. */
function runs(text: string): { han: boolean; text: string }[] {
  const s = text.normalize('NFKC').toLowerCase();
  return scanRuns(s).map((r) => ({ han: r.han, text: s.slice(r.start, r.end) }));
}

function hanTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  out.push(chars[chars.length - 1] as string);
  return out;
}

/** Code units written per chunk of `indexTerms`' output. */
const CHUNK = 8192;

/** Whether each BMP code unit is a letter or digit (WORD_CHAR): 0 not yet known, 1 yes, 2 no. */
const bmpWord = new Uint8Array(65536);

function isWordCode(c: number): boolean {
  let k = bmpWord[c] as number;
  if (k === 0) bmpWord[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * The terms to index for a text, space-separated in order (positions matter for phrases): the runs of `runs`, each
 * Han run as its bigrams and its last character. Written in one pass as code units into a small buffer turned into a
 * string every CHUNK units; a string per character, a substring per bigram and a join made garbage of every term and
 * cost about 1 s per MB of Chinese text.
 */
export function indexTerms(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  const buf = new Uint16Array(CHUNK);
  const chunks: string[] = [];
  let n = 0;
  const put = (c: number): void => {
    if (n === CHUNK) {
      chunks.push(String.fromCharCode.apply(null, buf as unknown as number[]));
      n = 0;
    }
    buf[n++] = c;
  };
  let first = true;
  const sep = (): void => {
    if (!first) put(32);
    first = false;
  };
  /** The previous character of the current Han run, or -1 outside one. */
  let prevHan = -1;
  /** Inside a Latin/number word. */
  let inWord = false;
  const endHan = (): void => {
    if (prevHan < 0) return;
    sep();
    put(prevHan);
    prevHan = -1;
  };
  const len = s.length;
  for (let i = 0; i < len; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let word: boolean;
    let han = false;
    if (c < 128) word = ASCII_WORD[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      word = WORD_CHAR.test(s.slice(i, i + 2));
    } else {
      han = isHanCode(c);
      word = han || isWordCode(c);
    }
    if (han) {
      inWord = false;
      if (prevHan >= 0) {
        sep();
        put(prevHan);
        put(c);
      }
      prevHan = c;
    } else if (word) {
      endHan();
      if (!inWord) sep();
      inWord = true;
      put(c);
      if (width === 2) put(s.charCodeAt(i + 1));
    } else {
      endHan();
      inWord = false;
    }
    i += width;
  }
  endHan();
  chunks.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
  return chunks.join('');
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
