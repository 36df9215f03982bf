/**
 * Bounded sentence length: a run of text with no sentence break longer than a limit (a 128 KB line of figures joined
 * by commas, a wall of CJK text with no 。) gets a line break, so every later stage works on sentences of bounded size
 * and stays linear in the text. Ordinary prose is returned unchanged (same string).
 */

/** Longest run without a sentence break kept as is, unless the caller says otherwise. */
export const MAX_SENTENCE_CHARS = 2000;

const STOPS = new Set(['\n', '。', '！', '？', '!', '?', '；']);
const SOFT = new Set(['，', ',', '、', ';', ':', '：', ')', '）', '—']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\r';
}

/**
 * Inserts line breaks so no run between sentence breaks is longer than `max` characters: at the last space of the
 * run's second half (replaced, so offsets after it do not move), else after the last comma-like mark, else at `max`.
 * @example breakLongRuns('a, '.repeat(2000), 400).split('\n').every((l) => l.length <= 400) === true
 */
export function breakLongRuns(text: string, max = MAX_SENTENCE_CHARS): string {
  if (text.length <= max) return text;
  const parts: string[] = [];
  let from = 0; // start of the text not yet copied to parts
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (STOPS.has(c) || (c === '.' && isSpace(text[i + 1] ?? ' '))) {
      runStart = i + 1;
      continue;
    }
    if (i - runStart < max) continue;
    // Break inside [runStart + max/2, i]: each break costs O(max) and happens at most every max/2 characters.
    const floor = runStart + (max >> 1);
    let cut = -1;
    let replace = false;
    for (let j = i; j > floor; j--) {
      if (isSpace(text[j] as string)) {
        cut = j;
        replace = true;
        break;
      }
    }
    for (let j = i; cut < 0 && j > floor; j--) if (SOFT.has(text[j - 1] as string)) cut = j;
    if (cut < 0) cut = i;
    parts.push(text.slice(from, cut), '\n');
    from = replace ? cut + 1 : cut;
    runStart = from;
    i = from - 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
