/** Which dollar-or-yuan a bare 元 means: in Taiwan and Hong Kong news 元 is the local currency, not the renminbi. */
import type { Figure, OutletRegion } from '../../types/figure.js';

/**
 * Local currencies a bare 元 may stand for. Taiwan's in any script (a text naming 新台币 and never 人民币 is about
 * Taiwan money). Hong Kong's only in a Traditional text: mainland copy about a Hong Kong listing prices shares in 港元
 * but writes the company's accounts, which are in renminbi, as 元 (`发行价每股120港元…2024年营收3.12亿元`).
 */
const LOCAL_NAMES: readonly (readonly [RegExp, 'TWD' | 'HKD', 'any' | 'traditional'])[] = [
  [/新台[币幣]|台[币幣]|NT\$/u, 'TWD', 'any'],
  [/港[元币幣]|HK\$/u, 'HKD', 'traditional'],
];
/** The dollar a Hong Kong or Taiwan outlet means by a bare 元. */
const REGION_CURRENCY: Readonly<Record<Exclude<OutletRegion, 'elsewhere'>, 'HKD' | 'TWD'>> = { hk: 'HKD', tw: 'TWD' };
const RENMINBI = /人民[币幣]|RMB|CNY/u;
/** A figure read as CNY only because of a bare 元 / 圆 / 块 at its end. */
const BARE_YUAN = /[元圆圓块塊](?:以上|左右|上下|以下|之上|上方)?$/u;
/**
 * A sentence about a mainland listing (A股, 沪深 boards, a six-digit A-share code in brackets or as `.SH` / `.SZ`): its bare 元 is renminbi
 * even in a Hong Kong or Taiwan outlet (a Taiwan paper quoting a mainland-listed unit's share price, market cap, revenue).
 */
const MAINLAND_LISTING =
  /A股|陆股|陸股|沪市|滬市|深市|沪深|滬深|上证|上證|深证|深證|科创板|科創板|创业板|創業板|北交所|上交所|深交所|[（(][036]\d{5}(?:\.S[HZ])?[）)]|(?:股票代码|股票代碼|证券代码|證券代碼)[:：]?\s*[036]\d{5}|[036]\d{5}\.S[HZ]\b/u;
/** Words that make an amount a restatement of the one before it in another currency (`約合人民幣340億元`). */
const RESTATEMENT = /(?:约合|約合|折合|相当于|相當於)\s*$/u;

export interface LocalYuanOptions {
  /** The text was written in Traditional Chinese (it may since have been converted). */
  traditional?: boolean;
  /** Where the text's outlet writes for; undefined when the outlet is unknown. */
  region?: OutletRegion;
}

/** Whether a money figure is read as renminbi only because of a bare 元 at its end. */
function bareYuan(f: Figure): boolean {
  return f.kind === 'money' && f.currency === 'CNY' && BARE_YUAN.test(f.text) && !/[￥¥]/u.test(f.text) && !RENMINBI.test(f.text);
}

/** Start of the sentence holding offset `i` (after the last 。！？ or line break before it). */
function sentenceStart(text: string, i: number): number {
  for (let p = i - 1; p >= 0; p--) if (/[。！？!?\n]/u.test(text[p] as string)) return p + 1;
  return 0;
}

/** End of the sentence holding offset `i` (at the next 。！？ or line break). */
function sentenceEnd(text: string, i: number): number {
  const m = /[。！？!?\n]/u.exec(text.slice(i));
  return m ? i + m.index : text.length;
}

/** Whether a figure stands inside brackets (`（約人民幣1,380億元）`): an aside, as a restatement is. */
function inBrackets(text: string, f: Figure): boolean {
  const before = text.slice(sentenceStart(text, f.start), f.start);
  return (before.match(/[（(]/gu)?.length ?? 0) > (before.match(/[）)]/gu)?.length ?? 0);
}

/**
 * The currency of the text's local dollar for its bare 元, or undefined when 元 is the renminbi.
 * A Hong Kong or Taiwan outlet's is its own (unless it names 人民币 before its own dollar: a text about renminbi
 * accounts); a listed outlet elsewhere writes a local dollar by name (a mainland outlet on a Taiwan parent's
 * 新台币 figures still means renminbi by 元), unless its text is in Traditional Chinese; an unknown outlet's is the one
 * its text names first.
 */
function localCurrency(text: string, opts: LocalYuanOptions): 'HKD' | 'TWD' | undefined {
  const rmb = RENMINBI.exec(text);
  if (opts.region === 'hk' || opts.region === 'tw') {
    const code = REGION_CURRENCY[opts.region];
    const own = LOCAL_NAMES.find(([, c]) => c === code)?.[0].exec(text);
    if (rmb && (!own || rmb.index < own.index)) return undefined;
    return code;
  }
  let local: 'HKD' | 'TWD' | undefined;
  let localAt = -1;
  for (const [re, code, script] of LOCAL_NAMES) {
    const m = re.exec(text);
    if (!m) continue;
    if (script === 'traditional' && !opts.traditional) continue;
    if (opts.region === 'elsewhere' && !opts.traditional) continue;
    if (local !== undefined) return undefined; // both TWD and HKD named: leave 元 alone
    local = code;
    localAt = m.index;
  }
  if (local === undefined) return undefined;
  // Both the local currency and 人民币 named: the one the text names first is its currency, the other an aside
  // (`營收新台幣5,862億元…約人民幣1,380億元…股價報218.5元`: 218.5元 is Taiwan dollars).
  if (rmb && rmb.index < localAt) return undefined;
  return local;
}

/**
 * Re-reads bare-元 amounts (`577億元`) as the local currency: a Hong Kong or Taiwan outlet's own dollar; for an outlet
 * not known, the local dollar a text names before any 人民币 (`營收2.06兆元新台幣…純益577億元` → TWD; 港元 only in a text
 * written in Traditional Chinese). A bare 元 in a sentence that last named a currency of the yuan family outright keeps
 * that one (`收入23.1億元人民幣，虧損11.2億元` → CNY), a restatement in brackets or after 約合 aside; a
 * bare 元 in a sentence about a mainland listing (A股, a six-digit A-share code) is renminbi. Returns new figures.
 * @example localYuan('招股價每股10.5元', figs, { region: 'hk' }) // 10.5元 → HKD
 */
export function localYuan(text: string, figures: Figure[], opts: LocalYuanOptions = {}): Figure[] {
  const code = localCurrency(text, opts);
  if (code === undefined) return figures;
  const out: Figure[] = [];
  figures.forEach((f, i) => {
    if (!bareYuan(f)) {
      out.push(f);
      return;
    }
    // The nearest amount before it in its sentence that names a yuan-family currency outright.
    const from = sentenceStart(text, f.start);
    let named: string | undefined;
    for (let k = i - 1; k >= 0 && named === undefined; k--) {
      const g = figures[k] as Figure;
      if (g.start < from) break;
      if (g.kind !== 'money' || bareYuan(g) || (g.currency !== 'CNY' && g.currency !== 'HKD' && g.currency !== 'TWD')) continue;
      if (RESTATEMENT.test(text.slice(Math.max(from, g.start - 4), g.start)) || inBrackets(text, g)) continue;
      named = g.currency;
    }
    const mainland = MAINLAND_LISTING.test(text.slice(from, sentenceEnd(text, f.end)));
    out.push({ ...f, currency: named ?? (mainland ? 'CNY' : code) });
  });
  return out;
}
