/**
 * The part of its subject a figure measures: a business segment or a region named right before its metric word
 * ('数据中心营收623亿美元', 'AI服务器营收同比增长超过170%', 'data center revenue of $62.3 billion', '海外收入'). Such a figure
 * is not the subject's total, so it never joins a claim about the whole company and is never shown as one.
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import type { CompiledLexicon, KeywordHit } from './lexicon.js';
import { LiteralAlternation } from './literal-alternation.js';
import type { SegmentSubjectLexicon } from './segment-subject.js';

/** data/metrics.json `segments`. */
export interface SegmentLexicon {
  /** Metrics a segment can split (revenue, profit …); a growth metric splits as its base. */
  metrics: string[];
  /** Words after a segment name that mark it as one ('业务', 'business', 'unit'): '本地化部署业务收入'. */
  markers: string[];
  /** Words that name the whole, never a part ('主营', '合并', 'total', 'consolidated'). */
  whole: string[];
  /** Known segment names: the Chinese name shown to readers, and the English and other Chinese ways to write it. */
  names: { zh: string; also: string[] }[];
  /**
   * Someone else's estimate of the subject's figure (`beating estimates of $18.9 billion`, `高于分析师平均预期的659亿美元`,
   * `法人預估，…營收約2兆元`): phrases that, in the figure's clause before it or opening its sentence, make it the
   * market's number, not the subject's. `opening` phrases count only when they open the sentence.
   */
  estimates?: { before: string[]; opening: string[] };
  /** A business line as its clause's subject (segment-subject.ts). */
  subjects?: SegmentSubjectLexicon;
}

/** The scope of a figure that is an estimate by analysts or the market, not its subject's own number. */
export const ESTIMATE_SCOPE = '市场预期';

/** What may stand between a segment name and the metric word: 的, 's, spaces. */
const LINK_TAIL = /(?:\s+|的|['’]s)+$/u;
/** A Chinese segment name before a marker: Han characters and Latin letters, no digits (no period, no amount). */
const ZH_RUN = /[\p{Script=Han}A-Za-z]{1,12}$/u;
/** Words that tie a segment name to its company, never part of the name: '腾讯的金融科技…业务', '旗下火山引擎'. */
const OWNER_LINK = /^(?:的|之|旗下的?|下属的?|名下的?)/u;
/**
 * An English segment closed by its marker, then the verb whose object is the metric word: 'Intelligent Cloud segment
 * posted', 'cloud unit reported'. Group 1: the segment's name (a few words, no digits, no punctuation).
 */
/** Words before a marker that name no segment: 'its business', 'the core business', 'this unit'. */
const NOT_A_NAME = /^(?:(?:its|our|their|his|her|the|this|that|core|main|entire|whole|own|new|existing|same|other|largest|biggest)\s*)+$/i;
/** Words that end a segment name on its left: determiners, possessives, verbs of saying, conjunctions. */
const NAME_STOP = /^(?:s|the|its|our|their|his|her|a|an|this|that|said|says|and|while|whose|which|of|at|in|[^\s]*['’]s)$/i;
const SEGMENT_ACTS =
  /(?:^|[\s'’])((?:[A-Za-z][A-Za-z&-]*\s+){0,3}?[A-Za-z][A-Za-z&-]*)\s+(?:segment|unit|division|business)\s+(?:posted|reported|had|generated|recorded|delivered|booked|brought\s+in|grew|increased|lifted)\s*$/i;
/** A segment whose change is told with no measure word: 'the cloud unit grew 40%', 'its gaming division rose by 12%'. */
const SEGMENT_GROWS =
  /(?:^|[\s'’])((?:[A-Za-z][A-Za-z&-]*\s+){0,3}?[A-Za-z][A-Za-z&-]*)\s+(?:segment|unit|division|business)\s+(?:grew|rose|increased|jumped|climbed|surged|expanded|fell|declined|dropped|shrank)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$/i;
/** Characters that end a period phrase or an amount: a name after them starts at the next character. */
const PERIOD_END = /[年季月度期]/u;

interface CompiledSegments {
  lex: SegmentLexicon;
  /** Every written form (lower case) → the Chinese name, longest first. */
  forms: [string, string][];
  metrics: Set<string>;
  /** The English words naming the whole ('total', 'consolidated') at the start of a text, compiled once. */
  wholeStart: RegExp | null;
}

let compiled: CompiledSegments | undefined;
function segments(c: CompiledLexicon): CompiledSegments | undefined {
  const lex = c.lex.segments;
  if (!lex) return undefined;
  if (compiled?.lex === lex) return compiled;
  const forms: [string, string][] = [];
  for (const n of lex.names) for (const f of [n.zh, ...n.also]) forms.push([f.toLowerCase(), n.zh]);
  forms.sort((a, b) => b[0].length - a[0].length);
  const english = lex.whole.filter((w) => /^[a-z]/i.test(w)).map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const wholeStart = english.length > 0 ? new RegExp(`^(?:${english.join('|')})\\b`) : null;
  compiled = { lex, forms, metrics: new Set(lex.metrics), wholeStart };
  return compiled;
}

const isLatinLetter = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);

/** The segment lexicon and the figure's base metric, when a segment can split that metric (money and rates only). */
function splittable(fig: Figure, c: CompiledLexicon): { s: CompiledSegments; base: string } | undefined {
  const s = segments(c);
  if (!s || !fig.metric || (fig.kind !== 'money' && fig.kind !== 'percent')) return undefined;
  const base = fig.metric.replace(/-growth$/, '');
  return s.metrics.has(base) ? { s, base } : undefined;
}

/** The known segment name written at the end of `left` (word boundaries for Latin forms), or undefined. */
function knownAtEnd(left: string, s: CompiledSegments): string | undefined {
  const lower = left.toLowerCase();
  for (const [form, zh] of s.forms) {
    if (!lower.endsWith(form)) continue;
    const before = left[left.length - form.length - 1];
    if (/^[a-z]/.test(form) && isLatinLetter(before)) continue;
    // A Latin word written onto a Chinese name ('HBM存储营收') names a narrower segment than the name alone.
    const word = /[A-Za-z][A-Za-z0-9]*$/.exec(left.slice(0, left.length - form.length))?.[0];
    if (word && !/^[a-z]/.test(form)) return `${word}${zh}`;
    return zh;
  }
  return undefined;
}

/** `left` without a trailing marker word ('业务', ' business'), and whether it had one. */
function stripMarker(left: string, s: CompiledSegments): { rest: string; marked: boolean } {
  const lower = left.toLowerCase();
  for (const m of s.lex.markers) {
    const w = m.toLowerCase();
    if (!lower.endsWith(w)) continue;
    if (/^[a-z]/.test(w) && isLatinLetter(left[left.length - w.length - 1])) continue;
    return { rest: left.slice(0, left.length - w.length).replace(/\s+$/, ''), marked: true };
  }
  return { rest: left, marked: false };
}

/** The segment named as the subject of a change with no measure word (SEGMENT_GROWS), by its known name or its own words. */
function growingSegment(left: string, s: CompiledSegments): string | undefined {
  const m = SEGMENT_GROWS.exec(left);
  if (!m) return undefined;
  const all = m[1]!.split(/\s+/);
  const words = all.slice(all.findLastIndex((w) => NAME_STOP.test(w)) + 1).join(' ');
  const named = knownAtEnd(words, s) ?? words;
  const lowered = named.toLowerCase();
  if (!named || NOT_A_NAME.test(named) || s.lex.whole.some((w) => lowered === w.toLowerCase())) return undefined;
  return named;
}

/**
 * The segment a figure measures, from the words right before its metric keyword, or undefined for the whole subject.
 * `mentionEnds`: ends of the entity mentions of the sentence (a name is never part of a segment name).
 * Examples: '英伟达数据中心营收623亿美元' → '数据中心'; '智谱本地化部署业务收入' → '本地化部署'; '合并营收' → undefined.
 */
export function segmentOf(
  text: string,
  fig: Figure,
  clause: Span,
  hits: KeywordHit[],
  mentionEnds: number[],
  c: CompiledLexicon,
): string | undefined {
  const sb = splittable(fig, c);
  if (!sb) return undefined;
  const { s, base } = sb;
  // The keyword naming the figure's metric: the nearest one before it in its clause.
  const hit = hits.filter((h) => h.metric === base && h.start >= clause.start && h.end <= fig.start).sort((a, b) => b.start - a.start)[0];
  if (!hit) return fig.kind === 'percent' ? growingSegment(text.slice(clause.start, fig.start), s) : undefined;
  const from = Math.max(clause.start, hit.start - 30, ...mentionEnds.filter((e) => e <= hit.start));
  const left = text.slice(from, hit.start).replace(LINK_TAIL, '');
  // 'Agentforce ARR passed $500 million', 'Ledgerly's run-rate': a recurring-revenue measure after a product's name
  // (no company's: a mention ends the window) is that product's, not the company's revenue (decision 120).
  const product = RECURRING.test(text.slice(hit.start, hit.end)) ? PRODUCT_BEFORE.exec(left)?.[1] : undefined;
  if (product && !NOT_A_NAME.test(product) && !s.lex.whole.some((w) => product.toLowerCase() === w.toLowerCase())) return product;
  // 'Microsoft's Intelligent Cloud segment posted revenue of …', 'its gaming unit reported sales of …': the segment is
  // the subject of the verb that takes the metric word.
  const wideFrom = Math.max(clause.start, hit.start - 70, ...mentionEnds.filter((e) => e <= hit.start));
  const acting = SEGMENT_ACTS.exec(text.slice(wideFrom, hit.start));
  if (acting) {
    // The name is the words right before the marker, back to a determiner, a verb of saying or a possessive.
    const all = acting[1]!.split(/\s+/);
    const from = all.findLastIndex((w) => NAME_STOP.test(w));
    const words = all.slice(from + 1).join(' ');
    const named = knownAtEnd(words, s) ?? words;
    const lowered = named.toLowerCase();
    if (
      named &&
      !NOT_A_NAME.test(named) &&
      !s.lex.whole.some((w) => lowered === w.toLowerCase() || lowered.endsWith(` ${w.toLowerCase()}`))
    )
      return named;
  }
  const { rest, marked } = stripMarker(left, s);
  const lower = rest.toLowerCase();
  // A known segment whose name holds a word for the whole ('云智能集团收入') is that segment.
  const known = knownAtEnd(rest, s);
  if (known && !s.lex.whole.some((w) => w.toLowerCase() === lower.slice(-w.length) && known.length <= w.length)) return known;
  if (s.lex.whole.some((w) => lower.endsWith(w.toLowerCase()))) return undefined;
  if (known) return known;
  if (!marked) return undefined;
  // A business named by its marker ('本地化部署业务收入'): the Han run before the marker, after any period phrase.
  const run = ZH_RUN.exec(rest)?.[0];
  if (!run) return undefined;
  let startAt = 0;
  for (let i = 0; i < run.length; i++) if (PERIOD_END.test(run[i] as string)) startAt = i + 1;
  const name = run.slice(startAt).replace(OWNER_LINK, '');
  if (name.length < 2 || s.lex.whole.some((w) => name === w || name.endsWith(w))) return undefined;
  return name;
}

/** Keywords of an annualised recurring measure (ARR, run-rate): a product's name may stand right before them. */
const RECURRING = /^(?:ARR|annual(?:i[sz]ed)? recurring revenue|(?:annual )?run[- ]rate|年化收入|年化经常性收入)$/i;

/** A product's capitalised name (one to three words, a possessive allowed) ending the words before the keyword. */
const PRODUCT_BEFORE = /(?:^|\s)((?![A-Z]{2,}s\b)[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})(?:['’]s)?\s*$/;

/** Words after a metric keyword that introduce what it measures: 'revenue from its cloud unit', 'sales at the company's networking division'. */
const AFTER_LINK = /^\s+(?:from|of|in|at)\s+(?:its|our|the|their|his|her)?\s*(?:(?:company|group|firm|chipmaker)['’]s\s+)?/i;

/**
 * The segment named right after the metric keyword ('Revenue from our semiconductor solutions segment was $12.2
 * billion', 'Sales of AI chips more than doubled to $8.6 billion'): a known segment name, or English words closed by a
 * marker (segment, unit, division, business). Never across an entity name (revenue from Microsoft is a customer).
 */
export function segmentAfter(
  text: string,
  fig: Figure,
  hits: KeywordHit[],
  mentionStarts: number[],
  c: CompiledLexicon,
): string | undefined {
  const sb = splittable(fig, c);
  if (!sb) return undefined;
  const { s, base } = sb;
  // The nearest keyword before the figure, and (for a known segment name) the farther ones whose relative clause holds
  // another keyword: 'Revenue at the Cloud Intelligence Group, which sells computing power, rose to …'.
  const before = hits.filter((h) => h.metric === base && h.end <= fig.start && fig.start - h.end <= 160).sort((a, b) => b.start - a.start);
  const nearest = before[0];
  if (!nearest) return undefined;
  for (const hit of before) {
    const between = text.slice(hit.end, fig.start);
    const link = AFTER_LINK.exec(between);
    if (!link) continue;
    const rest = between.slice(link[0].length);
    const lower = rest.toLowerCase();
    if (s.wholeStart?.test(lower)) return undefined;
    for (const [form, zh] of s.forms) {
      if (!/^[a-z]/.test(form) || !lower.startsWith(form)) continue;
      if (isLatinLetter(rest[form.length])) continue;
      const formEnd = hit.end + link[0].length + form.length;
      if (mentionStarts.some((m) => m > hit.end && m < formEnd)) continue;
      // Punctuation after the name only for a relative clause about it.
      if (/[,;，；。]/.test(between) && !/^\s*,\s*(?:which|that|whose)\b/i.test(rest.slice(form.length))) continue;
      return zh;
    }
  }
  const between = text.slice(nearest.end, fig.start);
  const link = AFTER_LINK.exec(between);
  if (!link || fig.start - nearest.end > 60 || /[,;，；。]/.test(between)) return undefined;
  if (mentionStarts.some((m) => m > nearest.end && m < fig.start)) return undefined;
  const rest = between.slice(link[0].length);
  if (s.wholeStart?.test(rest.toLowerCase())) return undefined;
  const marked = /^([a-z][a-z -]{1,40}?)\s+(?:segment|unit|division|business)\b/i.exec(rest);
  return marked?.[1]?.trim();
}

let estimateRes: { lex: SegmentLexicon; before: LiteralAlternation | null; opening: RegExp | null } | undefined;
function estimateRegexes(s: CompiledSegments): { before: LiteralAlternation | null; opening: RegExp | null } {
  if (estimateRes?.lex === s.lex) return estimateRes;
  const alts = (xs: readonly string[] | undefined) =>
    xs && xs.length > 0 ? xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).map((x) => (/^[a-z]/i.test(x) ? `\\b${x}\\b` : x)) : null;
  const words = s.lex.estimates?.before ?? [];
  const before = alts(words);
  const opening = alts(s.lex.estimates?.opening)?.join('|');
  estimateRes = {
    lex: s.lex,
    // `new RegExp(`(?:${before.join('|')})`, 'iu')`, tested without running every word at every position.
    before: before?.join('|')
      ? new LiteralAlternation(
          before.map((source, i) => ({ source, first: (words[i] ?? '').slice(0, 1) })),
          'iu',
        )
      : null,
    opening: opening ? new RegExp(`^\\s*(?:${opening})`, 'iu') : null,
  };
  return estimateRes;
}

/**
 * Whether a figure is the market's estimate of its subject's number, not the subject's own: an estimate phrase in its
 * clause before it (`beating estimates of $18.9 billion`, `compared with analysts' average estimate of $19.8 billion`,
 * `高于分析师平均预期的659亿美元`), or opening its sentence (`法人預估，鴻海第一季營收約2兆元`, `Analysts expect …`).
 */
/** An estimate word right after an amount, joined by 的: '约350亿美元的一致预期', '659亿美元的市场预期'. */
const ESTIMATE_AFTER = /^的(?:市场|卖方|分析师|华尔街)?(?:一致|平均|普遍)?(?:预期|预估|预测)/;

/** An estimate named right after the amount it gives: 'beat the 36.5% growth expected by analysts', '$19.8 billion estimated by analysts'. */
const ESTIMATE_AFTER_EN =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:expected|estimated|forecast|projected)\s+by\s+(?:analysts|the\s+market|wall\s+street)\b|^\s+(?:that\s+)?(?:we|analysts)\s+(?:had\s+)?(?:expected|estimated|forecast|projected)\b/i;
/** A broker's own estimate told after the amount's clause: '…reached $8 billion, we estimate.' (read to the sentence's end). */
const ESTIMATE_TRAILING_EN = /^[^,;.]*,\s*(?:we|the\s+(?:broker|bank))\s+(?:estimates?|calculates?|reckons?)\b/i;

/**
 * A call transcript's paragraph an executive of the company speaks (`Laura Chen, CFO: For fiscal Q1 2027 we expect
 * revenue of …`): its `we` is the company, and what `we expect` is the company's guidance, never someone else's
 * estimate (an analyst's turn, `Priya Natarajan, Northbridge Securities:`, names no such title). Decision 115.
 */
const EXECUTIVE_TURN =
  /^[^\n:]{0,60}\b(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Chair|Treasurer|Chief [A-Za-z ]{2,30} Officer|Head of Investor Relations|Investor Relations|Director of Investor Relations)\b[^\n:]{0,30}:/;
/** A first-person estimate phrase (`we now expect`, `raise our`, 我们预计): the speaker's own words. */
const FIRST_PERSON =
  /\b(?:we|our)\b(?:\s+(?:now|also|currently|still))?\s+(?:expect|estimate|forecast|calculate|reckon)\b|\b(?:raise|lift|cut|lower)\s+our\b|我们(?:预计|预测|预期)/giu;

/** Whether the paragraph holding `at` is an executive's turn on a call. */
export function executiveTurn(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return EXECUTIVE_TURN.test(text.slice(start, Math.min(text.length, start + 120)));
}

export function isEstimate(text: string, fig: Figure, clause: Span, sentence: Span, c: CompiledLexicon): boolean {
  const s = segments(c);
  if (!s?.lex.estimates || (fig.kind !== 'money' && fig.kind !== 'percent')) return false;
  const re = estimateRegexes(s);
  // On an executive's turn, the speaker's `we expect` is the company's guidance: only others' estimates count.
  const own = executiveTurn(text, sentence.start);
  const read = (from: number, to: number) => {
    const part = text.slice(from, to);
    return own ? part.replace(FIRST_PERSON, (m) => ' '.repeat(m.length)) : part;
  };
  if (re.before?.test(read(clause.start, fig.start))) return true;
  // '高于卖方约350亿美元的一致预期': the estimate named right after the amount it gives.
  if (ESTIMATE_AFTER.test(text.slice(fig.end, Math.min(clause.end, fig.end + 12)))) return true;
  if (ESTIMATE_AFTER_EN.test(text.slice(fig.end, Math.min(clause.end, fig.end + 60)))) return true;
  if (ESTIMATE_TRAILING_EN.test(text.slice(fig.end, Math.min(sentence.end, fig.end + 80)))) return true;
  return re.opening?.test(read(sentence.start, fig.start)) ?? false;
}

/**
 * What an amount leaves out, written in its clause before it: '资本开支（不含融资租赁本金偿付）为695亿美元',
 * 'revenue excluding traffic-acquisition costs was $61 billion'. An amount net of something is a different measure from
 * the plain one, so the two never conflict: the exclusion is the figure's scope ('不含融资租赁本金偿付').
 */
const EXCLUSION =
  /(?:不含|不包括|不计入|剔除|扣除)([\p{Script=Han}A-Za-z0-9]{2,16})|\b(?:excluding|ex-|not including|net of)\s*([A-Za-z][A-Za-z -]{2,40}?)(?=[,;)]|\s+(?:was|were|is|are|of|at|to|rose|fell|came|totall?ed|reached|stood)\b)/iu;

export function exclusionScope(text: string, fig: Figure, clause: Span): string | undefined {
  if (fig.kind !== 'money') return undefined;
  const m = EXCLUSION.exec(text.slice(clause.start, fig.start));
  if (!m) return undefined;
  return m[1] ? m[0] : m[0].trim();
}

/** The scope of a change measured at constant exchange rates: a different measure from the reported change. */
export const CONSTANT_CURRENCY_SCOPE = '按固定汇率计算';

/** 'constant currency' right after the change ('38% in constant currency', '37% to 38% in constant currency'). */
/** A comparison word between the change and its currency basis ('3.1% sequentially in constant currency', '+3.1% QoQ cc'). */
const COMPARED = String.raw`(?:(?:sequentially|quarter[- ](?:on|over)[- ]quarter|year[- ](?:on|over)[- ]year|QoQ|YoY|q\/q|y\/y)[,\s]+)?`;
const CC_AFTER = new RegExp(
  String.raw`^\s*(?:percent\s+)?${COMPARED}(?:in|at)\s+constant[- ]currenc(?:y|ies)\b|^\s*\(?\s*${COMPARED}cc\b`,
  'i',
);
/** Constant exchange rates named before the change in its clause ('按固定汇率计算增长38%', 'in constant currency, up 38%'). */
const CC_BEFORE = /(?:按|以)?(?:固定|不变)(?:汇率|匯率)|\bconstant[- ]currenc(?:y|ies)\b/iu;

/**
 * The basis said as an adjective of the measure the change belongs to, the change closing its phrase: 'FY27 cc revenue
 * growth guidance to 3-4%', 'constant-currency sales growth of 5%', '按固定汇率计算的营收增长指引上调至3%至4%'. No other
 * number stands between (the measure's own change, not a later one of the clause).
 */
const CC_MEASURE =
  /(?:\bcc|\bconstant[- ]currency|(?:按|以)?(?:固定|不变)(?:汇率|匯率)(?:计算|計算)?的?)\s*(?:(?:revenue|sales|top[- ]line|organic)\s+)?(?:growth\s+)?(?:guidance|forecast|outlook|target|growth)\b[^\d]{0,24}$|(?:按|以)?(?:固定|不变)(?:汇率|匯率)(?:计算|計算)?的?(?:营收|收入|营业收入|销售额)(?:增长|增速)?(?:指引|预期|目标)?[^\d]{0,12}$/iu;

/**
 * Whether a percent change is measured at constant exchange rates: 'Azure grew 39%, and 38% in constant currency',
 * 'Azure及其他云服务收入同比增长39%，按固定汇率计算增长38%'. The words stand right after the change, or shortly before it
 * in its clause with no other amount in between (the reported change of the same clause is not one).
 */
export function constantCurrency(text: string, fig: Figure, clause: Span): boolean {
  if (fig.kind !== 'percent') return false;
  if (CC_AFTER.test(text.slice(fig.end, Math.min(clause.end, fig.end + 48)))) return true;
  const head = text.slice(clause.start, fig.start);
  if (CC_MEASURE.test(head)) return true;
  const m = CC_BEFORE.exec(head);
  const gap = m ? head.slice(m.index + m[0].length) : '';
  return !!m && gap.length <= 12 && !/\d/.test(gap);
}
