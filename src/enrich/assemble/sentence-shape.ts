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
  /^(?:【[^】]{1,12}】)?[^，。]{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日[^，。\d]{0,4}?(?:电|讯|消息)[。，]?$|^(?:记者|编辑|责编|作者|文[｜|:：]|来源[:：])|^\(?(?:Reporting|Editing|Writing) by\b|^By [A-Z][a-z]+ [A-Z]/;

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
  return (
    text
      .replace(/^【[^】]{1,12}】\s*/, '')
      // A dateline typed with spaces around its digits (IT之家 8 月 12 日消息，) is one too.
      .replace(/^[^，。]{0,12}?(?:讯|电)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，。\d]{0,4}?(?:电|讯|消息)[，,]?\s*/, '')
  );
}

/**
 * Words that open a sentence only after another one: a connective (此外, 同时, 另一方面, Also), a demonstrative or
 * pronoun subject (这, 该公司, 其, 他们, It, They, The company), a contrast or consequence (但, 因此, However). Such a
 * sentence read alone loses its subject or its point.
 */
const DEPENDENT_OPENING_ZH =
  /^(?:另一|另外|此外|除此之外|同时|与此同时|同样|此前|此后|随后|其后|当季|当月|当年|当日|当天|同期|本季|该季|这|那|该|其|此|上述|以上|前者|后者|他们|她们|它们|他|她|它|而|但|不过|然而|对此|因此|所以|于是|并且|并将|也|还|相比之下|与之相比|相较之下|尽管如此|不仅如此|更重要的是|换言之|也就是说)/u;
const DEPENDENT_OPENING_EN =
  /^(?:another|also|additionally|in addition|separately|meanwhile|moreover|furthermore|however|but|and|still|yet|so|thus|it|its|they|their|them|this|that|these|those|he|she|his|her|the company|the firm|the deal|the move|the same)\b/i;

/**
 * Whether a sentence stands on its own as a lead or a bullet: it does not open on a word that points back to an
 * earlier sentence (`另一家云厂商…`, `此外，…`, `该公司…`, `It also…`). A dateline or outlet tag before it is ignored.
 * @example selfContained('此外，公司还将回购100亿美元股票。') // → false
 * @example selfContained('英伟达第四财季营收681亿美元。') // → true
 */
export function selfContained(text: string): boolean {
  // A quotation with no speaker after it (“…这个数，比我们模型里高出将近400亿美元。”) is someone's words out of context.
  // With its speaker the quotation stands, whatever word opens it.
  if (/^[“"「『]/.test(text.trim())) return /[”"」』][^“”"「」]{0,20}(?:说|表示|称|指出|认为|直言|坦言|透露|said|says|told)/.test(text);
  const t = dropOutletTag(text.trim())
    .replace(/^(?:\*\*|[“"「『（(])+/, '')
    // A time or place phrase before the subject (1月29日，… / 美东时间周三盘后，… / On Tuesday, …) is not the subject.
    .replace(/^(?:[^，。]{0,10}(?:日|月|年|周[一二三四五六日天]|今天|昨天|今年|去年|盘后|盘前|晚间|早间|凌晨)[^，。]{0,4}，)/u, '')
    .replace(/^(?:On|In|Last|This|Earlier)\s[^,]{1,24},\s*/, '');
  return !DEPENDENT_OPENING_ZH.test(t) && !DEPENDENT_OPENING_EN.test(t);
}
