/** Writes a figure Chinese-style for generated text (`超过4000亿美元`, `69%`, `3.7倍`), through the extractor's formatter. */
import { formatFigureZh } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';

/** The parts of a figure needed to write it. */
export type FigureLike = Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'text'>;

/** Rounds to `sig` significant digits: 1666666666 → 1670000000 (derived values are written this way). */
export function roundSignificant(v: number, sig = 3): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(sig));
}

/**
 * The Chinese rendering of a figure with its qualifier (a decline's direction is left to the sentence).
 * @example renderFigureZh({ kind: 'money', value: 4e11, currency: 'USD', qualifier: 'min', text: '' }) === '超过4000亿美元'
 */
export function renderFigureZh(f: FigureLike): string {
  const full: Figure = { start: -1, end: -1, ...f };
  // 新台币 stands before the number, as Chinese writers write it (新台币512.3亿元, not 512.3亿元新台币).
  const out = formatFigureZh(full).replace(/^([^\d]*?)([\d.,]+[万亿千百]*)元?新台币$/u, '$1新台币$2元');
  // 'nearly $700 billion', '接近2500亿美元': just under the value, written 接近 (约 would allow more).
  if (f.qualifier === 'approx' && NEARLY.test(f.text.trim())) return out.replace(/^约/, '接近');
  // A lower bound says whether the value itself counts: at least / or more / 不低于 → 至少 (不低于), -plus → 逾.
  if (f.qualifier === 'min') return out.replace(/^超过/, minWord(f.text.trim()));
  return out;
}

/** The Chinese word of a lower bound as the figure's own words give it (default 超过: more than, over). */
export function minWord(text: string): string {
  if (/^不低于/.test(text)) return '不低于';
  if (/^不少于/.test(text)) return '不少于';
  if (
    /^(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of|至少|最少|最低)/i.test(text) ||
    /(?:\bor\s+more|\bor\s+higher)$/i.test(text)
  )
    return '至少';
  if (/(?:-plus|\s+plus|\+)$/i.test(text) || /^(?:逾|超逾)/.test(text)) return '逾';
  return '超过';
}

/** A figure's own words for 'just under' (its surface text opens on them). */
const NEARLY = /^(?:近|将近|接近|逼近|几近|nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))/i;

/** A bare 元 at the end of an amount (`63.5元`, `约76亿元`, `250元至380元`), not 港元 / 美元 / 人民币…元. */
const BARE_YUAN_AMOUNT = /(?<![港美日韩欧加澳台币])元$/u;

/**
 * A source sentence printed in a mainland digest names the currency its amounts are in when the source wrote a bare 元
 * for the local one (a Hong Kong paper's `收市报63.5元` is 港元, a Taiwanese paper's `约76亿元` 新台币, as the extractor
 * read them from the source's own currency mark): a mainland reader takes 元 for renminbi. Renminbi and amounts that
 * name their currency are left as written.
 * @example localCurrencyText('收市报**63.5元**。', [{ kind: 'money', currency: 'HKD', text: '63.5元', … }]) // → '收市报**63.5港元**。'
 */
export function localCurrencyText(text: string, figures: readonly Pick<Figure, 'kind' | 'currency' | 'text'>[]): string {
  // A sentence that names renminbi (`由9.8元人民币降至6.5元`) writes its bare 元 for renminbi: left as written.
  if (/人民[币幣]|RMB|CNY/u.test(text)) return text;
  let out = text;
  for (const f of figures) {
    if (f.kind !== 'money' || (f.currency !== 'HKD' && f.currency !== 'TWD')) continue;
    const t = f.text.trim();
    if (!BARE_YUAN_AMOUNT.test(t) || /人民|港|台|圆|块/u.test(t) || !/\d/.test(t)) continue;
    // The amount as written, not inside a longer number (`50亿元` of `150亿元`) nor already after its currency's name.
    const esc = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = f.currency === 'TWD' ? '(?<!新台币[约逾近超]{0,2}\\*{0,2})' : '';
    const m = new RegExp(`(?<![\\d.,])${named}${esc}`, 'u').exec(out);
    if (!m) continue;
    const at = m.index;
    // 新台币 stands before the number (新台币76亿元); 港元 replaces 元 (63.5港元, 250港元至380港元).
    const digit = t.search(/\d/);
    const written = f.currency === 'TWD' ? `${t.slice(0, digit)}新台币${t.slice(digit)}` : t.replace(/元/gu, '港元');
    out = `${out.slice(0, at)}${written}${out.slice(at + t.length)}`;
  }
  return out;
}
