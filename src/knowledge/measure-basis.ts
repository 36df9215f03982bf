/**
 * The measure basis of a figure (docs/decisions/042): what its own words say it measures beyond subject, metric and
 * period. Two statements are one claim, and so can agree or conflict, only when their bases are the same: a revenue
 * growth rate in constant currency and the reported one, an adjusted profit and a GAAP one, a run-rate and a year's revenue, a year-to-date total and a quarter's, gross proceeds and
 * net ones, bookings and revenue, a share of revenue and a growth rate, a broker's target price and a price are different
 * quantities, never a dispute.
 * Pure functions of a sentence and a figure's surface; the bases read are listed in `MeasureBasis`.
 */
import type { Figure } from '../types/figure.js';
import { boundedMemo } from '../util/bounded-memo.js';
import { targetPriceSource } from '../util/target-price.js';
import { valuesAgree } from './agreement.js';
import { CLAUSE_END } from './clause-cue.js';

/** One basis a figure's words can name. A figure that names none is on the default basis (reported, exact, a level). */
export type MeasureBasis =
  | 'constant-currency'
  | 'organic'
  | 'adjusted'
  | 'run-rate'
  | 'cumulative'
  | 'gross'
  | 'net'
  | 'bookings'
  | 'share'
  | 'operating'
  | 'ebitda'
  | 'target';

/** Words of each basis, read in the figure's own clause (and a sentence-opening clause with no number of its own). */
const WORDS: readonly {
  basis: MeasureBasis;
  re: RegExp;
  kinds?: readonly Figure['kind'][];
  families?: readonly string[];
  /** Stated once at the end of a sentence, it holds for all its rates. */
  trailing?: boolean;
  /** Families it is never read for. */
  notFamilies?: readonly string[];
  /** Read in the whole punctuation-bounded clause before the figure, across other numbers ('目标价由85元上调至98元'). */
  wholeClause?: boolean;
}[] = [
  {
    basis: 'constant-currency',
    re: /constant[- ]currency|constant exchange rates?|currency[- ]neutral|excluding (?:the )?(?:effects? of )?(?:foreign )?(?:currency|exchange[- ]rate)|\bcc\b|固定汇率|固定匯率|不变汇率|不變匯率|剔除汇率|剔除匯率|撇除汇率|撇除匯率/i,
    trailing: true,
  },
  { basis: 'organic', re: /\borganic(?:ally)?\b|like[- ]for[- ]like|有机增长|有機增長|内生增长|內生增長|可比口径|同店/i, trailing: true },
  {
    basis: 'adjusted',
    re: /\badjusted\s+(?:basis|ebitda|ebita|ebit|operating|net|earnings|profit|income|eps|margin|figures?)\b|\bon an adjusted\b|non[- ]?gaap|non[- ]?ifrs|经调整|經調整|(?:调整后|調整後)(?:的)?(?:净利|淨利|利润|利潤|盈利|每股|经营|經營|营业|營業|EBIT)|非通用会计准则|非公认会计准则|非國際財務報告準則|非国际财务报告准则|非GAAP|\b(?:excluding|before|ex)[- ](?:(?:one-time|one-off|special|exceptional|certain)\s+)?items\b/i,
  },
  {
    basis: 'run-rate',
    re: /run[- ]rate|annuali[sz]ed|annual recurring revenue|\bARR\b|年化|年度经常性收入|年经常性收入|年度經常性收入/i,
  },
  {
    basis: 'cumulative',
    re: /year[- ]to[- ]date|\bYTD\b|so far this year|since the start of the year|cumulative(?:ly)?|in total over|over the (?:next|past|last) (?:\w+ )?(?:years|decade)|multi-?year|累计|累積|今年以来|今年迄今|年初至今|年内迄今|截至目前累计|未来[一二三四五六七八九十两\d]+年|[二三四五六七八九十两]年(?:内|间|間)合计/i,
    // A deal's amount paid over years ('up to $20 billion more over the next two years') is still the deal's amount:
    // cumulative is a basis of flows (capex, revenue), not of point-in-time amounts.
    notFamilies: ['investment', 'contract', 'funding', 'ipo', 'acquisition', 'stake', 'debt', 'valuation', 'buyback'],
  },
  {
    basis: 'gross',
    re: /\bgross (?:proceeds|bookings|revenue|sales|merchandise|amount|value|transaction)|\bGMV\b|所得款项总额|所得款項總額|募资总额|募資總額|商品交易总额|成交总额|毛收入/i,
    kinds: ['money'],
  },
  {
    basis: 'net',
    // Not 'net revenue' / 'net sales': many companies call their revenue so (HP's 'net revenue' is its revenue).
    re: /\bnet (?:proceeds|bookings|new|inflows?|adds?)\b|所得款项净额|所得款項淨額|募资净额|募資淨額|净流入|淨流入/i,
    kinds: ['money'],
  },
  {
    // Orders and contract values told as revenue's measure: a quarter's bookings, a deal's TCV, a backlog or RPO.
    basis: 'bookings',
    re: /\bbookings\b|\bTCV\b|total contract value|backlog|\bRPO\b|remaining performance obligations?|新签(?:合同|订单)?|订单额|訂單額|在手订单|未完成订单|合同总值|合同总额|大单金额/i,
    families: ['revenue', 'profit', 'capex'],
  },
  {
    // A share of a whole (占营收20%, 20% of revenue, 份额) is a level of a ratio, not the growth of the metric.
    basis: 'share',
    re: /占(?:比|了|到)?|佔(?:比)?|份额|份額|比重|渗透率|\bshare of\b|\bof (?:its |the |total |all |group |overall )+(?:revenue|sales|income|profit|market)|\bpercent of\b|%\s+of\b/i,
    kinds: ['percent'],
    families: ['revenue', 'profit', 'capex', 'orders', 'growth'],
  },
  {
    basis: 'operating',
    re: /营业利润|營業利益|营业利益|營業利潤|经营利润|經營利潤|营业亏损|經營虧損|\boperating (?:profit|income|loss|earnings)\b/i,
    families: ['profit'],
  },
  { basis: 'ebitda', re: /EBITDA|EBITA|\bEBIT\b|earnings before interest/i, families: ['profit'] },
  {
    // A broker's target for a stock ('raised its price target to $185', '目标价上调至420美元') is its view of the price,
    // not a price the company sets or the stock's level: a different measure from either.
    basis: 'target',
    re: new RegExp(targetPriceSource(), 'i'),
    kinds: ['money'],
    families: ['price', 'share-price'],
    wholeClause: true,
  },
];

/**
 * Every basis word at once: a sentence none of them names has all its figures on the default basis, read without
 * looking at each figure's clause. (A clause window cut mid-word could meet a word the whole sentence does not have,
 * `…ccount` read as `cc`: that reading was never meant.)
 */
const ANY_BASIS = new RegExp(WORDS.map((w) => w.re.source).join('|'), 'i');
/**
 * Whether a sentence names any basis word, remembered per sentence: asked once per figure of a sentence (and again for
 * a near-copy's sentence), and the long case-insensitive alternation is the knowledge stage's dearest regular expression
 * (docs/decisions/089).
 */
const namesAnyBasis = boundedMemo((sentence) => ANY_BASIS.test(sentence));

/** Words that state a rate on the reported basis ('4.6% as reported', '按美元计'): never given a sentence's trailing basis. */
const REPORTED = /\breported\b|in (?:dollar|us dollar|usd) terms|按美元计|以美元计|按报告|按報告|报告口径|報告口徑/i;

/** The words of a figure's own clause: before it back to the last break or number, after it to the next one. */
function ownClause(sentence: string, text: string): { before: string; after: string; opening: string } | undefined {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return undefined;
  const next = sentence.slice(at + text.length, at + text.length + 48);
  const stop = next.search(CLAUSE_END);
  const after = stop < 0 ? next : next.slice(0, stop);
  const prev = sentence.slice(Math.max(0, at - 48), at);
  // 'Adjusted earnings before interest, taxes and amortisation fell 12% to 38.9 billion yuan', '经调整净利润同比增长8%至
  // 49.9亿元': the rate before the amount is the amount's own change, and the words naming the amount are the sentence's
  // subject before that rate (commas of a long English name included).
  const wide = sentence.slice(Math.max(0, at - 96), at);
  const rateTo =
    /\d+(?:\.\d+)?\s*(?:%|percent|per cent|个百分点)(?:\s+(?:from|on|over|than)\s+[^,，;；\d]{0,30}?)?\s*(?:to|至|到|达)\s*(?:about |around |roughly |约)?$/i.exec(
      wide,
    );
  if (rateTo) {
    const head = wide.slice(0, rateTo.index);
    const cut = Math.max(...[...'。；;：:'].map((ch) => head.lastIndexOf(ch)));
    return { before: head.slice(cut + 1), after: '', opening: '' };
  }
  let from = prev.length;
  while (from > 0 && !CLAUSE_END.test(prev[from - 1] as string)) from--;
  // 'rose 3.1% in constant currency and 4.6% as reported': the words before 'and' are the other figure's.
  const joins = [...prev.slice(from).matchAll(/\b(?:and|while|but|versus|vs)\b|以及|而|但|和/gi)];
  const last = joins[joins.length - 1];
  const before = last ? prev.slice(from).slice((last.index ?? 0) + last[0].length) : prev.slice(from);
  // A sentence that opens with its basis as a clause of its own, with no number in it ('按固定汇率计算，营收增长3%',
  // 'On an adjusted basis, profit rose 5%'), states it for the figures after it.
  const head = /^([^，,；;。\d]{2,24})[，,]/u.exec(sentence.slice(0, at));
  return { before, after, opening: head?.[1] ?? '' };
}

/**
 * The bases a figure's words name, sorted; empty for the default. `family` is the metric family of the figure's claim
 * (a 'share' reads only for the share of a flow, an 'operating' only for a profit).
 * @example measureBasesOf('按固定汇率计算，营收同比增长3.1%。', { kind: 'percent', text: '3.1%', qualifier: 'exact' }, 'revenue') // → ['constant-currency']
 */
export function measureBasesOf(sentence: string, figure: Pick<Figure, 'kind' | 'text' | 'qualifier'>, family: string): MeasureBasis[] {
  if (!namesAnyBasis(sentence)) return [];
  const clause = ownClause(sentence, figure.text);
  const words = clause ? `${clause.before}${figure.text}${clause.after}|${clause.opening}` : figure.text;
  const out = new Set<MeasureBasis>();
  for (const w of WORDS) {
    if (w.kinds && !w.kinds.includes(figure.kind)) continue;
    if (w.families && !w.families.includes(family)) continue;
    if (w.notFamilies?.includes(family)) continue;
    if (w.re.test(words) || (w.wholeClause && w.re.test(clauseBefore(sentence, figure.text)))) out.add(w.basis);
  }
  // An operating profit stated with no basis is often the company's own adjusted one (earnings calls quote non-GAAP
  // operating income as 'operating income'): adjusted and unstated operating profits stay one measure.
  if (out.has('operating')) out.delete('adjusted');
  // A basis that closes the sentence with no figure after it ('3.1% sequentially and 4.8% from a year earlier, in
  // constant currency') is stated for every rate of the sentence.
  // Only for rates of change: a margin is a level, and a call's trailing 'in constant currency' is about its growth.
  if (figure.kind === 'percent' && !/margin/.test(family))
    for (const w of WORDS.filter((x) => x.trailing)) {
      const m = w.re.exec(sentence);
      if (m && !/\d/.test(sentence.slice(m.index)) && !REPORTED.test(words)) out.add(w.basis);
    }
  return [...out].sort();
}

/** The words of the figure's sentence from the last clause break before it up to it. */
function clauseBefore(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return '';
  const head = sentence.slice(0, at);
  return head.slice(head.search(/[^，,；;。:：]*$/));
}

/** The bases as one key ('adjusted+constant-currency'), or undefined for the default basis. */
export function measureBasisKey(bases: readonly MeasureBasis[]): string | undefined {
  return bases.length > 0 ? bases.join('+') : undefined;
}

/** Words that make a money amount a ceiling of a deal: 'up to $25 billion', '最多250亿美元', '不超过60亿元'. */
const CAP_WORDS =
  /\bup to\b|\bas much as\b|\bas high as\b|\bat most\b|\bcapped at\b|\bceiling of\b|最多|至多|最高(?:可)?(?:达)?|不超过|不超過|不多于|上限(?:为)?|封顶/i;

/**
 * Whether a money figure is the ceiling of a deal ('up to $25 billion', '最多250亿美元'): a term, not an amount paid or
 * agreed. Its bound still agrees or disagrees with an amount (agreement.ts), but a reader's comparison line never sets
 * a ceiling against an amount as two sources' versions of one number.
 */
export function isCap(sentence: string, figure: Pick<Figure, 'kind' | 'text' | 'qualifier'>): boolean {
  if (figure.kind !== 'money' || figure.qualifier !== 'max') return false;
  if (CAP_WORDS.test(figure.text)) return true;
  const clause = ownClause(sentence, figure.text);
  return CAP_WORDS.test(clause?.before ?? '');
}

/**
 * Whether two statements of one claim state the same measure, so that a reader may be shown them as two sources'
 * versions of one number: the same bases (`measureBasesOf`), and both a ceiling or neither, unless the amount breaks
 * the ceiling (`最多1000亿美元` against `1100亿美元`: one number told two ways that cannot both hold). A ceiling against an
 * amount within it (`最多250亿美元` against `80亿美元` paid) is a term against a payment, not two versions of one number.
 * @example sameMeasureBasis({ sentence: '最多可投资250亿美元', figure: cap }, { sentence: '已投资80亿美元', figure: paid }, 'investment', 0.02) // → false
 */
export function sameMeasureBasis(
  a: { sentence: string; figure: Figure },
  b: { sentence: string; figure: Figure },
  family: string,
  tolerance: number,
): boolean {
  if (measureBasesOf(a.sentence, a.figure, family).join('+') !== measureBasesOf(b.sentence, b.figure, family).join('+')) return false;
  if (isCap(a.sentence, a.figure) === isCap(b.sentence, b.figure)) return true;
  return !valuesAgree(a.figure, b.figure, tolerance);
}
