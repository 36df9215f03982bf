/** Which dollar-or-yuan a bare 元 means: in Taiwan and Hong Kong news 元 is the local currency, not the renminbi. */
import type { Figure } from '../../types/figure.js';

const LOCAL_NAMES: readonly (readonly [RegExp, string])[] = [
  [/新台[币幣]|台[币幣]|NT\$/u, 'TWD'],
  [/港[元币幣]|HK\$/u, 'HKD'],
];
const RENMINBI = /人民[币幣]|RMB|CNY/u;
/** A figure read as CNY only because of a bare 元 / 圆 / 块 at its end. */
const BARE_YUAN = /[元圆圓块塊](?:以上|左右|上下|以下|之上|上方)?$/u;

/**
 * Re-reads bare-元 amounts (`577億元`) as the local currency when the text names only that one: a text that says
 * 新台幣 (or 港元) and never 人民币 uses 元 for it (`營收2.06兆元新台幣…純益577億元` → TWD). Returns new figures.
 */
export function localYuan(text: string, figures: Figure[]): Figure[] {
  if (RENMINBI.test(text)) return figures;
  let local: string | undefined;
  for (const [re, code] of LOCAL_NAMES) {
    if (!re.test(text)) continue;
    if (local !== undefined) return figures; // both TWD and HKD named: leave 元 alone
    local = code;
  }
  if (local === undefined) return figures;
  const code = local;
  return figures.map((f) =>
    f.kind === 'money' && f.currency === 'CNY' && BARE_YUAN.test(f.text) && !/[￥¥]/u.test(f.text) ? { ...f, currency: code } : f,
  );
}
