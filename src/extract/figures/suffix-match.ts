/** Longest-match lookup of lexicon phrases at a position: Chinese suffixes by first character, English phrases by words. */
import { digitAt, isLetter, isSpace } from './char-classes.js';

/** A table of literal phrases indexed by first character, each list longest first. */
export type PhraseIndex<T> = Map<string, { phrase: string; entry: T }[]>;

/** Builds a first-character index over a phrase table. */
export function indexPhrases<T>(table: Readonly<Record<string, T>>): PhraseIndex<T> {
  const idx: PhraseIndex<T> = new Map();
  for (const [phrase, entry] of Object.entries(table)) {
    const k = phrase[0] as string;
    const list = idx.get(k) ?? [];
    list.push({ phrase, entry });
    idx.set(k, list);
  }
  for (const list of idx.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return idx;
}

/** The longest phrase of `idx` that starts at `i` (exact characters). For ASCII phrases a word boundary is required after. */
export function matchAt<T>(s: string, i: number, idx: PhraseIndex<T>): { phrase: string; entry: T; end: number } | null {
  const list = idx.get(s[i] as string);
  if (!list) return null;
  for (const it of list) {
    if (s.startsWith(it.phrase, i)) {
      const end = i + it.phrase.length;
      const last = it.phrase.charCodeAt(it.phrase.length - 1);
      if (last < 128 && isLetter(s, end - 1) && isLetter(s, end)) continue;
      return { ...it, end };
    }
  }
  return null;
}

/** Up to `max` lower-case ASCII words from `i` (separated by single spaces or hyphens), each with its end offset. */
export function wordsFrom(s: string, i: number, max: number): { w: string; end: number }[] {
  const out: { w: string; end: number }[] = [];
  let p = i;
  for (let k = 0; k < max; k++) {
    if (!isLetter(s, p)) break;
    let e = p;
    while (e < s.length && e - p < 24 && (isLetter(s, e) || digitAt(s, e) >= 0 || (s.charCodeAt(e) === 46 && isLetter(s, e + 1)))) e++;
    out.push({ w: s.slice(p, e).toLowerCase(), end: e });
    let q = e;
    if (s.charCodeAt(q) === 45 && isLetter(s, q + 1)) q++;
    else {
      let sp = 0;
      while (q < s.length && sp < 2 && isSpace(s, q)) {
        q++;
        sp++;
      }
      if (sp === 0) break;
    }
    p = q;
  }
  return out;
}

/** Longest English phrase (1..3 words) of `table` starting at `i`, matched word by word. */
export function matchWords<T>(s: string, i: number, table: Readonly<Record<string, T>>): { entry: T; end: number; phrase: string } | null {
  const ws = wordsFrom(s, i, 3);
  for (let k = ws.length; k >= 1; k--) {
    const phrase = ws
      .slice(0, k)
      .map((x) => x.w)
      .join(' ');
    const entry = table[phrase];
    if (entry !== undefined) return { entry, end: (ws[k - 1] as { end: number }).end, phrase };
  }
  return null;
}
