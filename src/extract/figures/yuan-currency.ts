/** Which dollar-or-yuan a bare 元 means: in Taiwan and Hong Kong news 元 is the local currency, not the renminbi. */
import type { Figure } from '../../types/figure.js';

/**
 * Local currencies a bare 元 may stand for. Taiwan's in any script (a text naming 新台币 and never 人民币 is about
 * Taiwan money). Hong Kong's only in a Traditional text: mainland copy about a Hong Kong listing prices shares in 港元
 * but writes the company's accounts, which are in renminbi, as 元 (`发行价每股120港元…2024年营收3.12亿元`).
 */
const LOCAL_NAMES: readonly (readonly [RegExp, string, 'any' | 'traditional'])[] = [
  [/新台[币幣]|台[币幣]|NT\$/u, 'TWD', 'any'],
  [/港[元币幣]|HK\$/u, 'HKD', 'traditional'],
];
const RENMINBI = /人民[币幣]|RMB|CNY/u;
/** A figure read as CNY only because of a bare 元 / 圆 / 块 at its end. */
const BARE_YUAN = /[元圆圓块塊](?:以上|左右|上下|以下|之上|上方)?$/u;

/**
 * Re-reads bare-元 amounts (`577億元`) as the local currency when the text names it before any 人民币: a text that says
 * 新台幣 (or, written in Traditional Chinese, 港元) first uses 元 for it (`營收2.06兆元新台幣…純益577億元` → TWD).
 * `traditional`: the text was written in Traditional Chinese (it may since have been converted). Returns new figures.
 */
export function localYuan(text: string, figures: Figure[], traditional = false): Figure[] {
  let local: string | undefined;
  let localAt = -1;
  for (const [re, code, script] of LOCAL_NAMES) {
    const m = re.exec(text);
    if (!m) continue;
    if (script === 'traditional' && !traditional) continue;
    if (local !== undefined) return figures; // both TWD and HKD named: leave 元 alone
    local = code;
    localAt = m.index;
  }
  if (local === undefined) return figures;
  // Both the local currency and 人民币 named: the one the text names first is its currency, the other an aside
  // (`營收新台幣5,862億元…約人民幣1,380億元…股價報218.5元`: 218.5元 is Taiwan dollars).
  const rmb = RENMINBI.exec(text);
  if (rmb && rmb.index < localAt) return figures;
  const code = local;
  return figures.map((f) =>
    f.kind === 'money' && f.currency === 'CNY' && BARE_YUAN.test(f.text) && !/[￥¥]/u.test(f.text) && !RENMINBI.test(f.text)
      ? { ...f, currency: code }
      : f,
  );
}
