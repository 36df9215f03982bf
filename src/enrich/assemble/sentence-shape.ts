/**
 * Whether a piece of source text is a whole sentence a digest may print: brackets and quotes balanced, not opening on
 * a closing or clause mark, a Chinese sentence closed by 。！？… (a list item `营收：120亿元（同比增长5%）` or a lead-in
 * ending on `：` is not a sentence), not a dateline or byline.
 */
import { countHan } from '../../util/han.js';

const PAIRS: readonly [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['【', '】'],
  ['[', ']'],
];

/** Brackets and quotes open and close in order. `下跌 5%）公司：` → false. */
export function balanced(text: string): boolean {
  const stack: string[] = [];
  const closers = new Map(PAIRS.map(([o, c]) => [c, o]));
  const openers = new Set(PAIRS.map(([o]) => o));
  for (const ch of text) {
    if (openers.has(ch)) stack.push(ch);
    else if (closers.has(ch)) {
      if (stack.pop() !== closers.get(ch)) return false;
    }
  }
  return stack.length === 0;
}

const OPENS_WRONG = /^[，。、；：！？）」』”》】,.;:!?)\]]/;
const ZH_END = /[。！？…!?][”’」』）)]*$|[。！？][”’」』）)]*\s*$/;
const EN_END = /[.!?]["'”’)]*$/;
/** A dateline, byline or credit line: 财联社11月22日电, 记者 张三, (Reporting by …), 编辑：… */
const NOT_NEWS =
  /^(?:【[^】]{1,12}】)?[^，。]{0,12}\d{1,2}月\d{1,2}日[^，。\d]{0,4}?(?:电|讯|消息)[。，]?$|^(?:记者|编辑|责编|作者|文[｜|:：]|来源[:：])|^\(?(?:Reporting|Editing|Writing) by\b|^By [A-Z][a-z]+ [A-Z]/;

/** The language of a text: Chinese when it holds at least five Chinese characters. */
export function isChinese(text: string): boolean {
  return countHan(text) >= 5;
}

/**
 * Whether a source sentence can stand alone in a digest.
 * @example wholeSentence('营收：120亿元（同比增长 5%）') // → false (a list item)
 * @example wholeSentence('公司表示，明年将继续加大投入。') // → true
 */
export function wholeSentence(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || /\n/.test(t)) return false;
  if (OPENS_WRONG.test(t) || !balanced(t) || NOT_NEWS.test(t)) return false;
  return isChinese(t) ? ZH_END.test(t) : EN_END.test(t);
}

/** An outlet tag opening a sentence: `【财新网】据财新记者…` → `据财新记者…`; `财联社11月22日电，` → ``. */
export function dropOutletTag(text: string): string {
  return text
    .replace(/^【[^】]{1,12}】\s*/, '')
    .replace(/^[^，。]{0,12}?(?:讯|电)?\s*\d{1,2}月\d{1,2}日[^，。\d]{0,4}?(?:电|讯|消息)[，,]?\s*/, '');
}
