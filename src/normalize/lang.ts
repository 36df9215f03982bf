/** Language of a text: zh, en or mixed, from the share of CJK characters among letters. */
import type { Lang } from '../types/index.js';
import { isHanCode } from '../util/han.js';

/**
 * Detect the language of a text from its letters (CJK ideographs vs Latin letters).
 * @example detectLang('英伟达发布财报') === 'zh'; detectLang('Nvidia 发布 earnings report today') === 'mixed'
 */
export function detectLang(text: string): Lang {
  let cjk = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isHanCode(c)) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // One CJK character carries about as much as a 3-4 letter English word.
  const zhWeight = cjk * 3;
  const total = zhWeight + latin;
  if (total === 0) return 'en';
  const share = zhWeight / total;
  if (share >= 0.6) return 'zh';
  if (share <= 0.15) return 'en';
  return 'mixed';
}
