/** Traditional → Simplified Chinese (OpenCC, Taiwan standard to mainland), loaded on first use. */
import * as OpenCC from 'opencc-js';
import { HAN, hanChars } from '../util/han.js';

let convert: ((s: string) => string) | null = null;
let convertPhrases: ((s: string) => string) | null = null;

/** Character by character (same length): for detection and offset-keeping folds. */
function charsToSimplified(s: string): string {
  const run = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return run(s);
}

/**
 * Converts Traditional Chinese to Simplified as a mainland reader writes it: characters and Taiwan phrases
 * (伺服器 → 服务器, 資料中心 → 数据中心, 人工智慧 → 人工智能, 晶片 → 芯片); text without Han characters is returned as is.
 * Line breaks are kept, so line numbers of the converted text are the source's.
 * @example toSimplified('輝達擴大資本支出') === '辉达扩大资本支出'
 */
export function toSimplified(s: string): string {
  if (!HAN.test(s)) return s;
  const run = (convertPhrases ??= OpenCC.Converter({ from: 'twp', to: 'cn' }));
  return run(s);
}

/**
 * Whether a text is written in Traditional Chinese: at least 8% of its Han characters change under conversion
 * (Traditional prose changes a quarter or more; Simplified prose only in a few rare characters such as 昇 of 昇腾,
 * which must not be "simplified" to 升).
 * @example isTraditional('輝達擴大資本支出') === true; isTraditional('华为昇腾芯片出货') === false
 */
export function isTraditional(s: string): boolean {
  const han = hanChars(s);
  if (han.length === 0) return false;
  const converted = charsToSimplified(han.join(''));
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (converted[i] !== han[i]) changed++;
  return changed >= 1 && changed / han.length >= 0.08;
}

/**
 * A Traditional text folded to Simplified character by character, keeping its length and every offset (a phrase
 * conversion of the whole text may shorten one word and lengthen another); a Simplified or non-Chinese text is
 * returned unchanged. For matching names and keywords, not for display.
 * @example foldTraditional('鴻海營收達8.1兆元') === '鸿海营收达8.1兆元'
 */
export function foldTraditional(s: string): string {
  if (!isTraditional(s.slice(0, 20000))) return s;
  const memo = new Map<string, string>();
  let out = '';
  for (const ch of s) {
    let c = memo.get(ch);
    if (c === undefined) {
      const t = HAN.test(ch) ? charsToSimplified(ch) : ch;
      c = t.length === ch.length ? t : ch;
      memo.set(ch, c);
    }
    out += c;
  }
  return out;
}
