/**
 * The basis (口径) of a figure as its source sentence states it: what a rate is compared against (同比 / 环比), and
 * what an amount includes or how it was reached (含融资租赁, 区间中值, 按指引下限, 多年累计), or that it is the value
 * before a change (`从三千亿美元扩大至约3500亿美元`: 三千亿 is the earlier value). Two values on different bases are
 * not a dispute: a digest says 口径不同 and names each basis. One definition for every writer of the offline engine.
 */
import type { Figure } from '../../types/index.js';

/** A year-on-year comparison: 同比, 年增, year-on-year, from a year earlier. */
export const YEAR_ON_YEAR = /同比|年增|年减|year[- ](?:on|over)[- ]year|from a year|a year (?:ago|earlier)|year earlier|\byoy\b|\by\/y\b/i;
/** A comparison with the period before: 环比, 季增, sequential, quarter-on-quarter. */
export const QUARTER_ON_QUARTER =
  /环比|季增|季减|月增|较上(?:一)?季度?|比上(?:一)?季度?|sequential|\bqoq\b|\bq\/q\b|quarter[- ](?:on|over)[- ]quarter|from the (?:previous|prior|preceding|first|second|third|fourth) quarter/i;

/** The text of a sentence just before and after a figure's surface (empty when the surface is not found). */
function around(sentence: string, figureText: string, width: number): { before: string; after: string } {
  const at = sentence.indexOf(figureText);
  if (at < 0) return { before: '', after: '' };
  return {
    before: sentence.slice(Math.max(0, at - width), at),
    after: sentence.slice(at + figureText.length, at + figureText.length + width),
  };
}

/**
 * The comparison a rate is made against, when its sentence says so next to it.
 * @example changeBasis({ kind: 'percent', text: '5.7%' }, '环比增长5.7%、同比增长20.5%') // → 'qoq'
 */
export function changeBasis(figure: Pick<Figure, 'kind' | 'text'>, sentence: string): 'yoy' | 'qoq' | undefined {
  if (figure.kind !== 'percent') return undefined;
  const { before, after } = around(sentence, figure.text, 10);
  const near = `${before}|${after}`;
  if (QUARTER_ON_QUARTER.test(near)) return 'qoq';
  if (YEAR_ON_YEAR.test(near)) return 'yoy';
  return undefined;
}

/** What an amount's basis is, as a reader-facing note (`含融资租赁`), from words next to it in its sentence. */
const AMOUNT_BASES: readonly { re: RegExp; note: string; where: 'near' | 'sentence' }[] = [
  { re: /不含融资租赁|不包括融资租赁|excluding finance leases|excluding leases/i, note: '不含融资租赁', where: 'sentence' },
  { re: /含融资租赁|包括融资租赁|包含融资租赁|including finance leases|including leases/i, note: '含融资租赁', where: 'sentence' },
  { re: /中值|中位|midpoint|mid-point/i, note: '区间中值', where: 'near' },
  { re: /下限|低端|lower end|low end/i, note: '按区间下限', where: 'sentence' },
  { re: /上限|高端|upper end|high end/i, note: '按区间上限', where: 'sentence' },
  {
    re: /累计|累积|cumulative|over the next \w+ years|未来[一二三四五六七八九十\d]+年|[一二三四五六七八九十\d]+年(?:内|间)/i,
    note: '多年累计',
    where: 'sentence',
  },
  { re: /自然年|calendar[- ]year/i, note: '自然年口径', where: 'near' },
  { re: /财年口径|fiscal[- ]year basis/i, note: '财年口径', where: 'sentence' },
];

/** Verbs that make the amount before them the earlier value of a change: 从A扩大至B, up from A. */
const BEFORE_CHANGE_ZH = /^[^，。；]{0,6}?(?:扩大|增加|提高|上调|增至|升至|下调|降至|缩减|减少)(?:至|到)/u;
const BEFORE_CHANGE_EN =
  /\b(?:up|down|raised|increased|cut|lowered) from (?:the |an? |its |their )?(?:(?:earlier|previous|prior|initial|original) )?(?:(?:forecast|guidance|outlook|estimate|projection|target|plan|range|size) (?:of )?)?(?:about |roughly |around )?$/i;
/**
 * The value after `from` once a change has named its new value (`raised … guidance to 3-4% from 2-3%`, `cut its target
 * to $2 billion from $2.5 billion`): the value before the change (decision 092).
 */
const TO_THEN_FROM_EN =
  /\bto\s+(?:about |roughly |around )?[$€£¥]?\d[\d.,]*(?:\s*(?:-|–|to)\s*[$€£¥]?\d[\d.,]*)?\s*(?:%|percent|(?:billion|million|trillion|bn|mn|m|b)\b)?(?:\s+(?:rupees|yuan|yen|euros|dollars|won|pounds))?\s+from\s+(?:about |roughly |around )?[$€£¥]?$/i;
/**
 * An amount named as the earlier or initial one wherever the change verb stands (`increase the deal from an initial $12
 * billion`, `its earlier forecast of 2% to 3%`), and the Chinese 此前预期的 / 原计划的 / 最初的.
 */
const EARLIER_NAMED_EN =
  /\b(?:from|versus|vs\.?|compared with|compared to) (?:an? |the |its |their )?(?:earlier|previous|prior|initial|original)(?: (?:forecast|guidance|outlook|estimate|projection|target|plan|range|size))?(?: of)? (?:about |roughly |around )?$/i;
const EARLIER_NAMED_ZH =
  /(?:(?:此前|先前|早前|原先|原本|最初)(?:预期|预计|预测|指引|目标|计划|规模)?|原(?:预期|预计|预测|指引|目标|计划|规模))(?:的|为|是)?$/u;
/**
 * A value of the year before, given for comparison: `18.0%, compared to 15.7% in the same quarter last year`, `41% vs.
 * 28% a year ago`, `去年同期为9860万元`. (`rose 14% from a year earlier` is a rate, not such a value: `from` comes first.)
 */
const YEAR_AGO_AFTER =
  /^\s*(?:in the same (?:quarter|period|month) (?:of )?(?:last|the previous|the prior|a) year|in the (?:year[- ]earlier|year[- ]ago|prior[- ]year) (?:quarter|period|month)|(?:a|one) year (?:ago|earlier))\b/i;
/** The value a change started from, named after it (`raised … to 60% on Wednesday, from 45% earlier`). */
const FROM_BEFORE_EN = /\bfrom\s+(?:about |roughly |around )?[$€£¥]?$/i;
const EARLIER_AFTER_EN = /^\s*(?:earlier|previously|before)\b/i;
const YEAR_AGO_BEFORE_ZH = /(?:去年同期|上年同期)(?:为|是|则为)?$/u;

/**
 * The basis of an amount as its sentence states it: `earlier` when it is the value before a change the sentence
 * reports (`从三千亿美元扩大至…`, `up from the $300 billion`), else a note (`含融资租赁`, `区间中值`, `按区间下限`,
 * `多年累计`, `自然年口径`), else undefined.
 * @example amountBasis({ text: '375亿美元' }, '资本开支为375亿美元，含融资租赁。') // → '含融资租赁'
 */
export function amountBasis(figure: Pick<Figure, 'text'>, sentence: string): string | undefined {
  const at = sentence.indexOf(figure.text);
  if (at < 0) return undefined;
  const before = sentence.slice(Math.max(0, at - 60), at);
  const after = sentence.slice(at + figure.text.length, at + figure.text.length + 30);
  if ((/从|由$/.test(before.slice(-3)) || /(?:从|由)[^，。；]{0,4}$/u.test(before)) && BEFORE_CHANGE_ZH.test(after)) return 'earlier';
  if (BEFORE_CHANGE_EN.test(before) || EARLIER_NAMED_EN.test(before) || EARLIER_NAMED_ZH.test(before) || TO_THEN_FROM_EN.test(before))
    return 'earlier';
  if (FROM_BEFORE_EN.test(before) && EARLIER_AFTER_EN.test(after)) return 'earlier';
  if (YEAR_AGO_AFTER.test(sentence.slice(at + figure.text.length, at + figure.text.length + 48)) || YEAR_AGO_BEFORE_ZH.test(before))
    return 'earlier';
  const clauseBefore = before.slice(Math.max(...[...'，；。;'].map((ch) => before.lastIndexOf(ch))) + 1);
  const clauseAfter = after.split(/[，；。;]/)[0] ?? '';
  const near = `${clauseBefore}|${clauseAfter}`;
  // The sentence's own clauses around the figure (a basis stated for the sentence's figure: `…为375亿美元，含融资租赁`).
  for (const b of AMOUNT_BASES) if ((b.where === 'near' ? near : `${before}|${after}`).match(b.re)) return b.note;
  return undefined;
}

/**
 * The change word of a rate with its basis as the sentence states it: 同比增长 / 环比下降, the basis next to the rate
 * first, else the only basis the sentence names; a plain 增长 / 下降 when it names none (or both, away from the rate).
 * @example changeWord({ kind: 'percent', text: '14%', direction: 'up' }, 'Revenue rose 14% from a year earlier.') // → '同比增长'
 */
export function changeWord(figure: Pick<Figure, 'kind' | 'text' | 'direction'>, sentence: string): string {
  const verb = figure.direction === 'down' ? '下降' : '增长';
  const at = sentence.indexOf(figure.text);
  // The rate's own clause first (`季增5.7%、年增20.5%`: 年增 is 20.5%'s), then the only basis the sentence names.
  const before =
    at < 0
      ? ''
      : (sentence
          .slice(0, at)
          .split(/[，、,；;。]/)
          .pop() ?? '');
  // A clause after the rate ends at its comma or at the next coordinated change (`up 48% year over year and up 19%
  // sequentially`: `sequentially` is 19%'s).
  const after =
    at < 0 ? '' : (sentence.slice(at + figure.text.length).split(/[，、,；;。]|\.(?:\s|$)|\s(?:and|while|but)\s|[和而但]/u)[0] ?? '');
  const of = (t: string) => (QUARTER_ON_QUARTER.test(t) ? 'qoq' : YEAR_ON_YEAR.test(t) ? 'yoy' : undefined);
  const yoy = YEAR_ON_YEAR.test(sentence);
  const qoq = QUARTER_ON_QUARTER.test(sentence);
  const basis =
    figure.kind !== 'percent' ? undefined : (of(`${before}|${after}`) ?? (yoy && !qoq ? 'yoy' : qoq && !yoy ? 'qoq' : undefined));
  return `${basis === 'yoy' ? '同比' : basis === 'qoq' ? '环比' : ''}${verb}`;
}

/**
 * The kind of a profit or loss its clause names (净利润, operating profit, 经调整, EBITA, 毛利) and the part of a
 * business or market it is of (云智能, HBM, DRAM, data centre): two values of one claim whose words name different kinds
 * or only one of them a part (经调整EBITA 389亿元 against 净利润307亿元; 云智能集团收入421亿元 against 营收2648亿元; DRAM
 * 市占率36% against HBM份额约55%) measure different things and are no dispute.
 */
const MEASURE_KINDS: readonly { kind: string; re: RegExp }[] = [
  {
    kind: 'adjusted',
    re: /经调整|調整後|调整后|non[- ]?GAAP|non[- ]?IFRS|非GAAP|非公认会计准则|非通用会计准则|非国际财务报告准则|非國際財務報告準則|\badjusted\b|\b(?:excluding|before|ex)[- ](?:(?:one-time|one-off|special|exceptional|certain)\s+)?items\b/i,
  },
  { kind: 'ebita', re: /EBITDA|EBITA|EBIT\b/ },
  { kind: 'operating', re: /营业利润|營業利益|营业利益|營業利潤|营业亏损|經營利潤|经营利润|\boperating (?:profit|income|loss)/i },
  { kind: 'gross', re: /毛利|\bgross (?:profit|margin)/i },
  { kind: 'net', re: /净利|淨利|纯益|純益|净亏|淨虧|税后|稅後|\bnet (?:income|profit|loss)/i },
];
const MEASURE_PARTS: readonly { part: string; re: RegExp }[] = [
  // A segment's own measure (云智能集团收入, cloud revenue), not any mention of the cloud (a cloud contract is the whole deal).
  {
    part: 'cloud',
    re: /云智能|云业务|云收入|云计算收入|雲端業務|雲端收入|\bcloud (?:revenue|sales|unit|business|segment|division|intelligence)\b/i,
  },
  { part: 'hbm', re: /HBM/ },
  { part: 'dram', re: /DRAM/ },
  { part: 'nand', re: /NAND/ },
  { part: 'data-centre', re: /数据中心(?:营收|收入|业务)|資料中心(?:營收|業務)|data[- ]cent(?:er|re) (?:revenue|sales|segment|business)/i },
  { part: 'customer-management', re: /客户管理|customer management/i },
  // A bridge loan before a round (本轮包括此前已到位的20亿美元过桥资金) is not the round.
  { part: 'bridge', re: /过桥|過橋|\bbridge (?:loans?|financing|facility|round|funding)\b/i },
];

/**
 * The words before a figure back to the last of `stops` (at most 40 characters), and just after it to its clause's end.
 * A profit kind is named in the figure's own clause; a part of the business may open the sentence (在HBM市场，…份额约为50%).
 */
function ownClause(figureText: string, sentence: string, stops: string): string {
  const at = sentence.indexOf(figureText);
  if (at < 0) return '';
  const before = sentence.slice(Math.max(0, at - 40), at);
  const cut = Math.max(...[...stops].map((ch) => before.lastIndexOf(ch)));
  const after = sentence.slice(at + figureText.length, at + figureText.length + 24).split(/[，；;。,]/)[0] ?? '';
  return `${before.slice(cut + 1)}|${after}`;
}

/** What a figure's clause says it measures: its profit kind(s) and the part of the business, as keys. */
export function measureWords(figureText: string, sentence: string): { kinds: Set<string>; parts: Set<string> } {
  const clause = ownClause(figureText, sentence, '，；;。,');
  const stretch = ownClause(figureText, sentence, '；;。');
  return {
    kinds: new Set(MEASURE_KINDS.filter((k) => k.re.test(clause)).map((k) => k.kind)),
    parts: new Set(MEASURE_PARTS.filter((p) => p.re.test(stretch)).map((p) => p.part)),
  };
}

/**
 * Whether two statements of one claim measure the same thing by their own words: not when both name a profit kind and
 * the kinds differ, nor when their parts differ (a segment against the whole, HBM against DRAM).
 * @example sameMeasure('389亿元', '经调整EBITA为389亿元', '307亿元', '归母净利润307亿元') // → false
 */
export function sameMeasure(aText: string, aSentence: string, bText: string, bSentence: string): boolean {
  const a = measureWords(aText, aSentence);
  const b = measureWords(bText, bSentence);
  const eq = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((k) => y.has(k));
  if (a.kinds.size > 0 && b.kinds.size > 0 && !eq(a.kinds, b.kinds)) return false;
  return eq(a.parts, b.parts);
}
