/**
 * The rules a head must pass, read by the engine before it ships a digest and by `digest --check` after (one predicate,
 * so the engine never ships a head the check would flag): a head is not English (`english-title`), and a story's head is
 * at most `HEADLINE_LIMIT` characters (`headline-length`). A head is a story's `##` headline, a 更多动态 line's bold
 * title or the day's `#` title (the title only reads the English rule: it may join two headlines). Pure.
 */
import { countHan } from '../../util/han.js';

/** Characters a story's headline may have (mainland wording can lengthen a source title: 年增 → 同比增长). */
export const HEADLINE_LIMIT = 30;

/** A Latin word of three letters or more. */
const LATIN_WORD_G = /[A-Za-z][A-Za-z'’-]{2,}/g;

/**
 * Whether a text is English prose: `minWords` or more Latin words and Latin letters outweighing twice its Chinese
 * characters. A head is read with four words.
 * @example englishProse('Meridian Harbour Digital Infrastructure Trust融资4.2亿新加坡元', 4) // → true
 * @example englishProse('Meridian Harbour信托融资4.2亿新加坡元', 4) // → false
 */
export function englishProse(text: string, minWords = 6): boolean {
  const words = text.match(LATIN_WORD_G) ?? [];
  const han = countHan(text);
  const latin = words.reduce((n, w) => n + w.length, 0);
  return words.length >= minWords && latin > han * 2;
}

/** A rule of `digest --check` that a head can break. */
export type HeadRule = 'english-title' | 'headline-length';

/**
 * The head rules `head` breaks: English (four Latin words outweighing its Chinese), and, for a story's head
 * (`limited`), more than `HEADLINE_LIMIT` characters.
 * @example headProblems('Meridian Harbour Digital Infrastructure Trust交易金额6.1亿新加坡元', true) // → ['english-title', 'headline-length']
 */
export function headProblems(head: string, limited: boolean): HeadRule[] {
  const t = head.trim();
  const out: HeadRule[] = [];
  if (englishProse(t, 4)) out.push('english-title');
  if (limited && [...t].length > HEADLINE_LIMIT) out.push('headline-length');
  return out;
}
