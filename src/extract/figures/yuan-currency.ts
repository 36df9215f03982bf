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
/**
 * A Hong Kong listing named (港股, 港交所, 联交所, H股…): shares listed there are priced, and an offering there raises, in
 * Hong Kong dollars, whatever the outlet writes them as.
 */
const HK_LISTING =
  /港股|港交所|香港交易所|香港联合交易所|香港聯合交易所|联交所|聯交所|(?:在|于|於|赴)香港(?:主板)?(?:挂牌|掛牌|上市)|香港主板|H股|恒生指数|恒生指數|恒指/u;
/**
 * A share price or an offering's raise before a figure in its clause (发售价, 招股价, 每股, 收报, 募资, 集资…): the amount of
 * a listing's market. A per-share measure of the accounts (每股收益, 每股派息) is no price.
 */
const PRICE_OR_RAISE =
  /发售价|發售價|招股价|招股價|发行价|發行價|定价|定價|每股(?!收益|盈利|盈餘|盈余|净资产|淨資產|派息|股息|分红|分紅|基本)|股价|股價|收报|收報|收市报|收市報|收盘价|收盤價|收于|收於|开盘价|開盤價|开报|開報|一手入场费|一手入場費|募资|募資|集资|集資|募集资金|募集資金|募得|所得款项|所得款項|筹资|籌資|筹得|籌得/u;
/**
 * Whether a bare-元 figure is a Hong Kong listing's price or raise: its clause (from the last comma of its sentence)
 * gives a price or a raise and names no mainland listing; its sentence names the Hong Kong listing, or the text does and
 * names no mainland one.
 * @example hkMarketPrice('星衡智算在港交所挂牌，发售价每股12.5元。', f) // → true
 */
function hkMarketPrice(text: string, f: Figure, hkText: boolean): boolean {
  const from = sentenceStart(text, f.start);
  const sentence = text.slice(from, sentenceEnd(text, f.end));
  if (!hkText && !HK_LISTING.test(sentence)) return false;
  const before = text.slice(from, f.start);
  const clause = before.slice(Math.max(...['，', ',', '；', ';'].map((m) => before.lastIndexOf(m))) + 1);
  return PRICE_OR_RAISE.test(clause) && !MAINLAND_LISTING.test(clause) && !RENMINBI.test(clause);
}

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
 * bare 元 in a sentence about a mainland listing (A股, a six-digit A-share code) is renminbi. A Hong Kong listing's price or
 * raise (`港交所…发售价每股12.5元`, `港股IPO…募资约9亿元`) is in Hong Kong dollars from any outlet: the currency follows the
 * listing's market. Returns new figures.
 * @example localYuan('招股價每股10.5元', figs, { region: 'hk' }) // 10.5元 → HKD
 */
export function localYuan(text: string, figures: Figure[], opts: LocalYuanOptions = {}): Figure[] {
  const code = localCurrency(text, opts);
  const hkNamed = HK_LISTING.test(text);
  if (code === undefined && !hkNamed) return figures;
  // A text about a Hong Kong listing that names no mainland one: its prices and raises are the listing's market's.
  const hkText = hkNamed && !MAINLAND_LISTING.test(text);
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
    // A Hong Kong listing's price or raise is in its market's dollar, whoever writes it (`招股价每股8.6元` of a 港股 IPO).
    const market = hkNamed && hkMarketPrice(text, f, hkText) ? 'HKD' : undefined;
    // With no local dollar of the outlet's or the text's, only the listing's market changes a bare 元.
    if (code === undefined) out.push(market ? { ...f, currency: market } : f);
    else out.push({ ...f, currency: market ?? named ?? (mainland ? 'CNY' : code) });
  });
  return out;
}
