/**
 * The period of a figure: what it covers (`2026`, `FY2026Q2`, `2025-12` for a balance as of December, `2027-2031` for a
 * five-year contract starting in 2027), chosen among the period mentions of its sentence and, for flows (revenue,
 * capex, profit), from the text's lead period when its sentence names none.
 */

import type { Figure } from '../../types/figure.js';
import { targetPriceSource } from '../../util/target-price.js';
import {
  type DocDate,
  fiscalHalfLabel,
  fiscalQuarterAt,
  fiscalQuarterEnding,
  fiscalQuarterLabel,
  fiscalYearAt,
  loadPeriodLexicon,
  type PeriodCues,
  type PeriodMention,
  respectivePeriod,
  shiftMonths,
  shiftYears,
} from '../periods/index.js';
import type { SentenceSpan, Span } from './clauses.js';
import { conversionBase } from './conversion.js';
import { reportedCalendar } from './doc-calendar.js';
import type { MetricDef } from './lexicon.js';
import { soleParagraphYear } from './paragraph-year.js';
import { wholeOfPart } from './parts.js';

/** Tests of the cue lists (data/periods.json), made once per list: see namesAnyWord. */
const WORD_TESTS = new WeakMap<readonly string[], (t: string) => boolean>();

/**
 * Whether lower-cased `t` holds a word of `words`: a word with a Latin letter on word boundaries (`\bword\b`), any
 * other anywhere. Its regexes are compiled once per list, not once per clause tested.
 */
export function namesAnyWord(words: readonly string[] | undefined, t: string): boolean {
  if (!words) return false;
  let test = WORD_TESTS.get(words);
  if (!test) {
    const latin = words.filter((w) => /[a-z]/.test(w)).map((w) => new RegExp(`\\b${w}\\b`));
    const other = words.filter((w) => !/[a-z]/.test(w));
    test = (s) => other.some((w) => s.includes(w)) || latin.some((re) => re.test(s));
    WORD_TESTS.set(words, test);
  }
  return test(t);
}

/** Cue lists lower-cased, once per list: see holdsAny. */
const LOWERED = new WeakMap<readonly string[], string[]>();

/** Whether lower-cased `t` holds any of `words` anywhere, case aside (the text and the words lower-cased once, not per word). */
export function holdsAny(t: string, words: readonly string[]): boolean {
  let lowered = LOWERED.get(words);
  if (!lowered) LOWERED.set(words, (lowered = words.map((w) => w.toLowerCase())));
  return lowered.some((w) => t.includes(w));
}

type Grain = 'month' | 'quarter' | 'half' | 'year';
const RANK: Record<Grain, number> = { month: 0, quarter: 1, half: 2, year: 3 };

/** The end of a quarter, where a balance is stated: 'at the end of the quarter', 'quarter-end', '一季度末', '季末'. */
const QUARTER_END =
  /\bend of (?:the|its|their) (?:fiscal )?(?:first |second |third |fourth )?quarter\b|\bend of (?:fiscal )?Q[1-4]\b|\bquarter[- ]end\b|\bended the (?:fiscal )?quarter with\b|(?:季度|财季|季)末/i;

/**
 * The grain of a normalised period label: `2026-03` month, `2026Q1` / `FY2026Q1` quarter, `2026H1` half, else year. The
 * first three quarters (`2026Q1-Q3`) are no quarter ('the quarter' never points back to them): a half's grain.
 */
export function periodGrain(period: string): Grain {
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/Q\d-Q\d$/.test(period)) return 'half';
  if (/Q\d$/.test(period)) return 'quarter';
  if (/H\d$/.test(period)) return 'half';
  return 'year';
}

/** Verbs before an amount per share that make it a flow (earnings, a payout), not the stock's price. */
const PER_SHARE_FLOW =
  /\b(?:earned|earns|earn|earnings|lost|loses|made|paid|pays|declared|distributed|dividends?|payout|guidance|guide|guided|guiding|outlook|expects?|forecasts?)\b|派发|派息|分红|股利|股息|盈利|赚|预计|预期|指引|预测|每股收益|每股纯益|每股盈余/i;

/** Words naming a broker's target for a stock's price. */
const TARGET_PRICE = new RegExp(targetPriceSource(), 'i');
/** The target-price words right before an amount ('target price of HK$7.40', 'TP Rs1,920 (from Rs1,850)', '目标价58元'). */
const TARGET_PRICE_BEFORE = new RegExp(
  `(?:${targetPriceSource({ abbreviations: true })})(?:\\s+(?:[a-z]+\\s+)?(?:of|to|at|is|was))?\\s*[:：为為]?\\s*(?:[^\\s()（）]{1,12}\\s*[(（]\\s*(?:from|previously|prior|was|原|前)?\\s*)?$`,
  'i',
);

/**
 * What may stand between a comparison's period and its base amount when the base is named by what happened then
 * ('较2025年C轮时的16亿美元', '较2025年底上一轮融资时约43亿美元的估值', '较一年前B轮时80亿元'): a few words ending in 时 / 的,
 * with no verb of change ('较2025年大幅增长至80亿元' compares, its amount is no base).
 */
const COMPARED_ROUND =
  /^(?![\s\S]*(?:增|减|減|涨|漲|跌|降|升|翻|扩|擴|缩|縮|提高|下滑|回落|达到|達到|至))[\p{Script=Han}A-Za-z+\s]{0,14}(?:时|時)的?\s*(?:约|約|近|逾|超过|超過)?\s*$/u;

/**
 * A results measure named between a comparison's period and its amount, with no change word (对比去年同期亏损约2.3亿元,
 * 较上年度净利润1.2亿元): the amount is the base's own, of the earlier period (a Hong Kong profit alert's turnaround).
 */
const COMPARED_MEASURE =
  /^\s*(?:则|則)?(?:录得|錄得|为|為)?(?:净亏损|淨虧損|亏损|虧損|净利润|淨利潤|纯利|純利|溢利|盈利|净利|淨利|营收|營收|收入)(?:为|為|达|達)?\s*(?:约|約|近|逾|超过|超過)?\s*$/u;

/** Figure kinds that are amounts a period can date (counts and durations are not). */
const AMOUNT = new Set(['money', 'percent', 'multiple']);
/** What stands between an amount and a period that is its own ('$5 billion in the quarter', '100亿元，全年'): a preposition at most. */
const RIGHT_AFTER = /^\s*(?:[,，]\s*)?(?:(?:in|for|during|over|of|through)\s+)?(?:the\s+|its\s+|our\s+)?$/i;
/** A period followed by a subject and its verb ('for the full year capex was'): it opens a clause of its own. */
const HEADS_CLAUSE = /^\s+(?:[a-z][\w-]*\s+){1,3}(?:was|were|came in at|came to|totaled|totalled|stood at)\b/i;
/** A period followed by the head of an amount's clause: 'for the full year capex was about', '全年营收约'. */
const HEADS_AMOUNT =
  /^\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:was|were|is|are|came in at|came to|totaled|totalled|reached|stood at|hit)\s+(?:(?:about|roughly|approximately|around|nearly|almost|more than|over|just over|just under|some|a record|uh|um)\s+)*|[\p{Script=Han}]{0,8}\s*)$/iu;

const inside = (x: Span, s: Span): boolean => x.start >= s.start && x.end <= s.end;

function distance(p: Span, fig: Span): number {
  if (p.end <= fig.start) return fig.start - p.end;
  if (p.start >= fig.end) return p.start - fig.end;
  return 0;
}

/** Items of `sorted` (by start) lying inside `s`, found by binary search (long texts stay linear-ish). */
function within<T extends Span>(sorted: readonly T[], s: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < s.end; i++) if (sorted[i]!.end <= s.end) out.push(sorted[i]!);
  return out;
}

function nearest(pool: PeriodMention[], fig: Span): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  for (const p of pool) if (!best || distance(p, fig) < distance(best, fig)) best = p;
  return best;
}

/** Whether `text` ends with the word `w` (a whole word for Latin script). */
function endsWithWord(text: string, w: string): boolean {
  const lw = w.toLowerCase();
  if (!text.endsWith(lw)) return false;
  return !/[a-z]/.test(lw) || !/[a-z]/.test(text.charAt(text.length - lw.length - 1));
}

/**
 * A money figure stated over several years ('未来八年的算力采购承诺总额约为1.4万亿美元', '$300 billion over five years',
 * '3000亿美元的云合同，为期五年') covers no single year: true when a duration of two years or more stands in its clause, or
 * makes up a neighbouring clause almost alone ('为期五年'; not '折旧年限为六年', which says something else).
 */
export function spansYears(text: string, fig: Figure, sentence: SentenceSpan, clause: Span, figures: Figure[]): boolean {
  if (fig.kind === 'money') {
    const lead = text.slice(clause.start, fig.start);
    const m = MULTI_YEAR_ADJECTIVE.exec(lead);
    // …unless another period or amount stands between ('five-year budget to Rmb300bn after third-quarter revenue …').
    if (m && !/quarter|\bfiscal\b|\b(?:19|20)\d\d\b|\d/i.test(lead.slice(m.index + m[0].length))) return true;
    // 'a new $4.2 billion, five-year agreement': the adjective right after the amount
    const tail = text.slice(fig.end, Math.min(clause.end + 24, fig.end + 24));
    if (new RegExp(`^\\s*,?\\s*${MULTI_YEAR_ADJECTIVE.source}`, 'i').test(tail)) return true;
  }
  return multiYear(text, fig, sentence, clause, figures) !== undefined;
}

/** 'its three-year AI capex plan to more than Rmb480bn', 'a 5-year deal worth': a plan of several years (not an age). */
const MULTI_YEAR_ADJECTIVE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])-year(?!-old)\b/i;

/** The duration figure (two years or more) that makes `fig` a multi-year amount, see spansYears. */
function multiYear(text: string, fig: Figure, sentence: SentenceSpan, clause: Span, figures: Figure[]): Figure | undefined {
  if (fig.kind !== 'money') return undefined;
  const i = sentence.clauses.findIndex((c) => c.start === clause.start);
  const near = [sentence.clauses[i - 1], sentence.clauses[i + 1]].filter((c): c is Span => !!c);
  return figures.find((d) => {
    if (d.kind !== 'duration' || d.unit !== 'year' || (d.value ?? d.high ?? 0) < 2) return false;
    if (inside(d, clause)) return true;
    const own = near.find((c) => inside(d, c));
    if (!own) return false;
    const rest = (text.slice(own.start, d.start) + text.slice(d.end, own.end)).replace(/[\s，,。.;；]/g, '');
    return rest.length <= 3;
  });
}

/** The fiscal calendars of the companies of one text (see fiscalCalendars in attribute.ts). */
export interface FiscalCalendars {
  /** The month the subject's fiscal year ends in, when the text or the table tells it. */
  yearEnd(subject: string | undefined): number | undefined;
  /** Whether the subject follows the calendar of the text's own company (it is that company, or a segment the gazetteer does not know). */
  followsText(subject: string): boolean;
  /** Whether the company a position of the text speaks of is another than the text's own, with a calendar of its own. */
  othersAt(at: number): boolean;
}

/** What a figure's period came from: its own sentence (carried to the next sentence) or not. */
export interface PeriodChoice {
  period?: string;
  /** The period was read in the figure's own sentence and may date the next sentence. */
  own: boolean;
}

/**
 * Period resolution over one document: mentions are read in order, anaphors ('当季', '全年', '截至年末') and shifts
 * ('a year earlier') resolve against what the text named before, and fiscal calendars relabel quarters per company.
 * Example: '英伟达公布2026财年第四财季业绩。… 数据中心营收623亿美元' → the second figure is FY2026Q4 (the lead period).
 */
/**
 * A period moved by a shift mention: by whole years ('a year earlier'), or by months ('three months earlier' from
 * 2026-09 is 2026-06, from 2026Q3 2026Q2); undefined when a month shift cannot move the label (a year).
 */
function shiftBy(label: string, p: Pick<PeriodMention, 'shift' | 'shiftMonths'>): string | undefined {
  const years = shiftYears(label, p.shift ?? 0);
  return p.shiftMonths === undefined ? years : shiftMonths(years, p.shiftMonths);
}

export class DocumentPeriods {
  private readonly cues: PeriodCues;
  private lead: { mention: PeriodMention; subject?: string } | undefined;
  private leadFromFigure = false;
  /** The fiscal year-end the text's first fiscal quarter named with its year implies ('first-quarter fiscal 2027'), see reportedYearEnd. */
  private readonly reportedEnd: number | undefined;
  /** Per subject and metric, the period the text last gave an amount of its own sentence. */
  private readonly known = new Map<string, string>();
  private readonly leadParas: Set<number>;

  constructor(
    private readonly text: string,
    private readonly mentions: PeriodMention[],
    private readonly figures: Figure[],
    private readonly sentences: SentenceSpan[],
    private readonly doc: DocDate | null,
    private readonly calendars: FiscalCalendars,
    main: string | undefined,
  ) {
    this.cues = loadPeriodLexicon().cues;
    // The lead: the first paragraphs (the title, when the text starts with one, and the first paragraphs of the body).
    const paras = [...new Set(sentences.map((s) => s.para))].slice(0, 3);
    // A first paragraph of one line without a full stop is a title: it names the lead period, its amounts do not set it.
    const head = sentences.filter((s) => s.para === paras[0]);
    const titled = head.length === 1 && !/[。.!?！？]["”」]?\s*$/.test(text.slice(head[0]!.start, head[0]!.end));
    this.leadParas = new Set(titled ? paras : paras.slice(0, 2));
    if (titled) this.leadParas.delete(paras[0]!);
    const first = sentences.filter((s) => s.para === paras[0] || s.para === paras[1]);
    const firstMention = mentions.find(
      (p) =>
        first.some((s) => inside(p, s)) &&
        !p.anaphor &&
        p.shift === undefined &&
        periodGrain(p.period) !== 'month' &&
        !this.isStart(p) &&
        !this.isComparison(p) &&
        !this.comparedBase(p) &&
        !this.datesEvent(p) &&
        // A background year ('成立于2015年') is no reporting period.
        (!doc || Number(/\d{4}/.exec(p.period)?.[0] ?? doc.year) >= doc.year - 1),
    );
    if (firstMention) this.lead = { mention: firstMention, ...(main ? { subject: main } : {}) };
    this.reportedEnd = reportedCalendar(
      text,
      mentions,
      sentences,
      first,
      doc,
      (p) => this.isComparison(p) || this.forwardLooking(p) || calendars.othersAt(p.start),
    );
  }

  /** '自2019年以来' / 'since 2019' / 'starting in 2027' / '2028年以后': a starting point, not a period covered. */
  isStart(p: PeriodMention): boolean {
    const before = this.text
      .slice(Math.max(0, p.start - 12), p.start)
      .toLowerCase()
      .trimEnd();
    const after = this.text
      .slice(p.end, p.end + 12)
      .toLowerCase()
      .trimStart();
    const own = p.text.toLowerCase();
    return (
      this.cues.startBefore.some((w) => own.startsWith(`${w.toLowerCase()} `) || endsWithWord(before, w)) ||
      this.cues.startAfter.some((w) => after.startsWith(w.toLowerCase()))
    );
  }

  /** 'from the prior quarter', '较2025年': the base of a comparison. */
  private isComparison(p: PeriodMention): boolean {
    const before = this.text
      .slice(Math.max(0, p.start - 16), p.start)
      .toLowerCase()
      .replace(/\s*(?:the\s+)?$/, '');
    return this.cues.comparisonBefore.some((w) => endsWithWord(before, w));
  }

  /** '去年达成的协议', 'the figure that circulated in January': the period dates an event (its verb stands next to it). */
  private datesEvent(p: PeriodMention): boolean {
    const after = this.text
      .slice(p.end, p.end + 12)
      .toLowerCase()
      .replace(/^[\s的]+/, '');
    const before = this.text
      .slice(Math.max(0, p.start - 20), p.start)
      .toLowerCase()
      .replace(/\s+(?:in|on|at)\s*$/, '')
      .trimEnd();
    // '成立于2023年', '上市於2024年': a Chinese verb with 于 / 於 stands before the date it is dated by
    return this.cues.eventVerbs.some(
      (v) =>
        after.startsWith(v.toLowerCase()) ||
        (/[a-z]/.test(v) ? endsWithWord(before, v) : before.endsWith(`${v}于`) || before.endsWith(`${v}於`)),
    );
  }

  /** Whether the period dates something else than an amount of a later sentence: a starting point or an event. */
  datesOther(p: PeriodMention): boolean {
    return this.isStart(p) || this.datesEvent(p);
  }

  /** The figure other than `fig` that `p` stands right before ('去年914亿美元', '2024年的约2400亿美元'): `p` is that figure's. */
  private attachedTo(p: PeriodMention): Figure | undefined {
    return within(this.figures, { start: p.end, end: p.end + 80 }).find(
      (f) =>
        AMOUNT.has(f.kind) &&
        f.start >= p.end &&
        f.start - p.end <= 4 &&
        /^[\s的为达约近超过逾:：]*$/.test(this.text.slice(p.end, f.start)),
    );
  }

  /** A mention usable for `fig`: not another figure's own date; a comparison base only for the first amount after it in its clause. */
  private usableFor(p: PeriodMention, fig: Figure, clause: Span): boolean {
    const att = this.attachedTo(p);
    if (att && att.start !== fig.start) return false;
    if (this.headsLaterAmount(p, fig)) return false;
    // 'widened to $412 million from $315 million a year earlier': a shift right after a comparison's base dates the base.
    const based = this.comparedBase(p);
    if (based && based !== fig) return false;
    if (this.isComparison(p)) {
      if (!inside(p, clause) || fig.start < p.end) return false;
      // 'compared with a year earlier's $1.03 billion', '较上年同期的1200亿元': only an amount right after it is the base;
      // 'up 124% from a year earlier and ahead of estimates of $2.24 billion' dates no later amount.
      const between = this.text.slice(p.end, fig.start);
      return (
        /^\s*(?:['’]s\s*|[\p{Script=Han}]{0,6}的\s*|(?:level|figure|total|high|low) of\s*)*$/iu.test(between) ||
        COMPARED_ROUND.test(between) ||
        (fig.kind === 'money' && COMPARED_MEASURE.test(between))
      );
    }
    return true;
  }

  /**
   * A period after `fig`, not right after it, that opens a later amount's own clause: in a run-on spoken sentence ('capex
   * was thirty seven billion dollars and half of that was for GPUs for the full fiscal year capex was about one hundred
   * forty billion', '当季营收一百亿元其中云业务占三成全年营收约四百亿元') it dates that amount, not the ones before it.
   */
  private headsLaterAmount(p: PeriodMention, fig: Figure): boolean {
    // an English period right after an amount is its own; a Chinese one stands before its amount
    if (p.start < fig.end || (!/\p{Script=Han}/u.test(p.text) && RIGHT_AFTER.test(this.text.slice(fig.end, p.start)))) return false;
    const g = within(this.figures, { start: p.end, end: p.end + 60 }).find((f) => AMOUNT.has(f.kind) && f.start >= p.end);
    if (g && g !== fig && HEADS_AMOUNT.test(this.text.slice(p.end, g.start))) return true;
    // 'posted first-quarter revenue of $2.2 billion and raised its full-year forecast to $8.8 billion': a period after
    // the word opening a new statement ('and', 'while', '并') stands before that statement's own amount.
    if (g && g !== fig && this.opensNewStatement(fig, p, g)) return true;
    // '… for the full year capex was about one hundred forty billion': a clause of its own, whatever its amount reads as
    return /[a-z]/i.test(p.text) && HEADS_CLAUSE.test(this.text.slice(p.end, p.end + 40));
  }

  /**
   * Whether period `p`, after `fig`, opens another statement whose amount is `g`: a coordinating word ('and', 'while',
   * 'but', '并', '而') between the figure and the period, no other amount there, and nothing but the statement's verb and
   * nouns between the period and `g` (no clause break, no second coordinator).
   */
  private opensNewStatement(fig: Figure, p: PeriodMention, g: Figure): boolean {
    const gap = this.text.slice(fig.end, p.start);
    if (!/\b(?:and|while|but|whereas)\b|[并並而]/i.test(gap) || /[.;；。]/.test(gap.replace(/\d\.\d/g, ''))) return false;
    if (within(this.figures, { start: fig.end, end: p.start }).some((f) => AMOUNT.has(f.kind))) return false;
    return !/[,，;；。]|\.(?!\d)|\b(?:and|while|but|whereas)\b/i.test(this.text.slice(p.end, g.start));
  }

  /**
   * The period of an English comparison's base ('… versus $610 million last year') whose compared amount (see
   * comparedWith) is dated by a quarter, half or month while a past year stands right after the base: that part of the
   * past year ('the second quarter … versus … last year' → the second quarter of last year). Undefined otherwise.
   */
  private englishBaseOf(
    fig: Figure,
    sFigs: Figure[],
    sentence: SentenceSpan,
    inSentence: PeriodMention[],
  ): { period?: string; own: boolean } | undefined {
    if (!AMOUNT.has(fig.kind)) return undefined;
    const lead = this.text.slice(Math.max(sentence.start, fig.start - 30), fig.start);
    if (!/(?:\bfrom|\bversus|\bvs\.?|\bcompared (?:with|to))\s+(?:the\s+|about\s+|roughly\s+|around\s+|nearly\s+)?$/i.test(lead))
      return undefined;
    const compared = this.comparedWith(fig, sFigs);
    if (!compared?.period) return undefined;
    // 'rose to $900 million from $610 million': only an amount compared in the same statement (no clause break but commas)
    if (/[.;；。]/.test(this.text.slice(compared.end, fig.start).replace(/\d\.\d/g, ''))) return undefined;
    const after = inSentence.find((p) => p.start >= fig.end);
    const gap = after ? this.text.slice(fig.end, after.start) : '';
    // 'vs. $65.6 billion expected', 'compared with $610 million analysts forecast': an estimate of the same period
    if (
      /^\s*(?:[a-z']+\s+){0,2}(?:expected|estimated|forecast|forecasts|projected|consensus|predicted|anticipated)\b/i.test(
        this.text.slice(fig.end, fig.end + 40),
      )
    )
      return undefined;
    // a base with no date after it keeps the compared amount's period (a revised forecast: 'raised its full-year
    // forecast to $8.8 billion from $8.5 billion'); one dated later, after other words, is left to the readings below
    if (!after || !RIGHT_AFTER.test(gap)) return undefined;
    const year = /^(\d{4})$/.exec(after.period)?.[1];
    if (year && periodGrain(compared.period) !== 'year' && (after.relativeOffset ?? 0) < 0) {
      const from = /(\d{4})/.exec(compared.period)?.[1];
      if (from) return { period: shiftYears(compared.period, Number(year) - Number(from)), own: false };
    }
    return undefined;
  }

  /**
   * The period of a comparison's base dated by a shift ('…around 14 trillion won when it reports next month, up from 4.7
   * trillion won a year earlier'): the shift counts from the period of the amount compared (the nearest earlier amount of
   * the sentence with the base's kind and metric), not from a date said of something else in between. Undefined when no
   * such amount has a period.
   */
  private shiftedFromCompared(base: Figure, sFigs: Figure[], shift: PeriodMention): string | undefined {
    const compared = this.comparedWith(base, sFigs);
    return compared?.period ? shiftBy(compared.period, shift) : undefined;
  }

  /**
   * The amount base `fig` is compared with: the nearest amount of its kind and metric before the comparison word ('from',
   * 'versus') that opens the base ('climbed to $38.5 billion, or $1.57 per share, from $22.09 billion, or 89 cents per
   * share' → $1.57 for 89 cents), within 120 characters of the base.
   */
  private comparedWith(fig: Figure, sFigs: Figure[]): Figure | undefined {
    const lead = this.text.slice(Math.max(0, fig.start - 120), fig.start);
    const words = [...lead.matchAll(/\b(?:from|versus|vs\.?|compared (?:with|to))\s|较|相比/gi)];
    const word = words[words.length - 1];
    if (!word || word.index === undefined) return undefined;
    const at = fig.start - lead.length + word.index;
    return sFigs.filter((f) => f.end <= at && f.kind === fig.kind && f.metric === fig.metric).pop();
  }

  /**
   * The amount a shift ('a year earlier', '一年前') or an English period ('compared with a net loss of $100 million last
   * year', 'versus $1.5 billion in 2025') stands right after, when that amount follows 'from' / 'versus': the period is the
   * base's, never the compared amount's.
   */
  private comparedBase(p: PeriodMention): Figure | undefined {
    const english = !/\p{Script=Han}/u.test(p.text);
    if (p.shift === undefined && !english) return undefined;
    // A shift may follow its base after a preposition: 'from $500 million in the same quarter last year'.
    const gap = p.shift === undefined ? /^[\s,]{0,2}(?:(?:in|for|during)\s+)?(?:the\s+)?$/i : /^[\s,，]{0,2}(?:(?:in|for|during)\s+)?$/i;
    const f = within(this.figures, { start: Math.max(0, p.start - 80), end: p.start })
      .filter((g) => AMOUNT.has(g.kind) && gap.test(this.text.slice(g.end, p.start)))
      .pop();
    if (!f) return undefined;
    const lead = this.text.slice(Math.max(0, f.start - 40), f.start);
    return /(?:\bfrom|\bversus|\bvs\.?|compared with|against|较|相比)\s*(?:the\s+|an?\s+(?:net\s+)?(?:loss|profit|income)\s+of\s+)?$/i.test(
      lead,
    )
      ? f
      : undefined;
  }

  /**
   * The period of `fig`; `carried` is the period the previous sentence of its paragraph passes on for its metric.
   * A stock's price level (a close, a target, an offer price) is dated only by a month or a day the text names for it
   * ('较去年9月创下的345.72美元历史高点' → 2025-09): a year, quarter or fiscal period near it ('rose 2.7% to $124.80 and is
   * up 9% so far this year', 'raise our FY2027 forecast') is the period of another figure (decision 032).
   */
  choose(fig: Figure, sentence: SentenceSpan, clause: Span, sFigs: Figure[], def: MetricDef | undefined, carried?: string): PeriodChoice {
    const choice = this.chooseAny(fig, sentence, clause, sFigs, def, carried);
    if (choice.period && periodGrain(choice.period) !== 'month' && this.stockPriceLevel(fig, sentence)) return { own: false };
    return choice;
  }

  /** A stock's price level: a share-price amount, or a price the sentence calls a target before it ('目标价由150元上调至176元'). */
  private stockPriceLevel(fig: Figure, sentence: SentenceSpan): boolean {
    if (fig.kind !== 'money') return false;
    // 'Oracle earned $1.50 per share in the fiscal second quarter', 'guides EPS to 70 to 80 cents for the first quarter': an
    // amount per share earned, paid or guided in its sentence is a flow of its period.
    const before = this.text.slice(sentence.start, fig.start);
    const whole = this.text.slice(sentence.start, sentence.end);
    if (fig.metric === 'share-price') return !PER_SHARE_FLOW.test(before) && !holdsAny(whole.toLowerCase(), this.cues.earningsWords);
    return fig.metric === 'price' && TARGET_PRICE.test(before);
  }

  private chooseAny(
    fig: Figure,
    sentence: SentenceSpan,
    clause: Span,
    sFigs: Figure[],
    def: MetricDef | undefined,
    carried?: string,
  ): PeriodChoice {
    // 'more than 480 billion yuan ($66.9 billion)', '约2300亿美元（约合人民币1.64万亿元）': a conversion is the amount it converts.
    const converted = conversionBase(this.text, fig, sFigs);
    if (converted) return converted.period ? { period: converted.period, own: false } : { own: false };
    // '2026-2028年营收分别为29.5亿元、43.8亿元、60.2亿元': each amount of the list takes its own year of the list.
    const respective = AMOUNT.has(fig.kind) ? respectivePeriod(this.text, sentence, fig, sFigs) : undefined;
    if (respective) return { period: respective, own: false };
    const sentenceText = this.text.slice(sentence.start, sentence.end);
    const perShareEarnings = holdsAny(sentenceText.toLowerCase(), this.cues.earningsWords);
    // A small amount is a unit price ('closed at 1,288 yuan', '每度均价约4.7元') unless the sentence gives earnings per share.
    const amount = fig.value ?? fig.high;
    const small = fig.kind === 'money' && amount !== undefined && amount < 10_000;
    const point = small
      ? !perShareEarnings
      : !!fig.metric && this.cues.pointMetrics.includes(fig.metric) && !(fig.metric === 'price' && perShareEarnings);
    // The closing day of a named period dates a balance on that day, never a flow of the period.
    const balance = (!!fig.metric && this.cues.stockMetrics.includes(fig.metric)) || this.namesBalance(clause);
    const inSentence = within(this.mentions, sentence).filter((p) => balance || !p.closing);
    const finest = def?.finestPeriod;
    const fine = (p: PeriodMention): boolean => !finest || RANK[periodGrain(p.period)] >= RANK[finest];
    // '…a sharp step up from October, when a share sale valued OpenAI at $500 billion', '2024年，彼时估值约25亿美元': a
    // date followed by 'when' / 彼时 / 当时 dates the clause it opens, whatever comes before the date.
    const whenDated = [...inSentence]
      .reverse()
      .find((p) => p.end <= fig.start && /^\s*[,，]?\s*(?:when\b|彼时|当时)/i.test(this.text.slice(p.end, p.end + 8)));
    if (
      whenDated &&
      fine(whenDated) &&
      !inSentence.some((q) => q !== whenDated && q.start >= whenDated.end && q.end <= fig.start) &&
      !/[。；;]/.test(this.text.slice(whenDated.end, fig.start))
    )
      return { period: this.label(whenDated, fig.subject), own: true };
    const inClause = inSentence.filter((p) => inside(p, clause) && this.usableFor(p, fig, clause));
    // A span of years: '2025至2027年', 'from 2026 through 2029', 'over five years starting in 2027'.
    const range =
      inClause.find((p) => /^\d{4}-\d{4}$/.test(p.period)) ??
      (inClause.length ? undefined : this.spanBefore(fig, sentence, clause, inSentence));
    if (range && fig.kind === 'money') return { period: range.period, own: true };
    // 'burning about $1 billion a month', '每月现金消耗约10亿元': a rate covers no period of its own.
    if (this.monthlyRate(fig)) return { own: false };
    // 'new target price of HK$7.40 (previously HK$6.10)', 'TP Rs1,920': a target price is dated by no reporting period.
    if (this.targetPrice(fig, sentence)) return { own: false };
    const span = this.startSpan(fig, sentence, clause, sFigs, inSentence);
    if (span) return { period: span, own: false };
    // '…from $22.09 billion, or 89 cents per share, a year ago': the base of a comparison dated by a later shift.
    const lead = this.text.slice(Math.max(sentence.start, fig.start - 40), fig.start);
    const base =
      /(?:\bfrom|较|compared with)\s*(?:the\s+|a loss of\s+|a profit of\s+)?$/i.test(lead) ||
      /(?:\bfrom|较|compared with)\s+(?:[^.;]|\.\d){0,30},\s*or\s+$/i.test(lead);
    const shiftAfter = base ? inSentence.find((p) => p.shift !== undefined && p.start >= fig.end) : undefined;
    if (shiftAfter) return { period: this.shiftedFromCompared(fig, sFigs, shiftAfter) ?? this.label(shiftAfter, fig.subject), own: false };
    const againstEarlier = this.englishBaseOf(fig, sFigs, sentence, inSentence);
    if (againstEarlier) return againstEarlier;
    const candidates = inClause.filter((p) => !this.isStart(p) && fine(p));
    // '…投入约1600亿元，其中约850亿元用于采购AI芯片', '…, of which $85 billion …': a part shares its whole's period.
    // '…backlog of $66.8 billion, including a new $4.2 billion, five-year agreement': a deal over several years is no
    // part of the whole's period.
    if (!candidates.length && fig.kind === 'money' && spansYears(this.text, fig, sentence, clause, sFigs)) return { own: false };
    const whole = candidates.length ? undefined : this.wholeOf(fig, clause, sFigs);
    if (whole?.period) return { period: whole.period, own: false };
    const past = candidates.find((p) => p.shift !== undefined || (p.relativeOffset ?? 0) < 0 || this.before(p));
    if (point) {
      // A date after an amount belongs to it; a date opening the sentence ('Last year it raised …', '2024年2月，…'), a
      // balance date ('截至12月末，…') or a date in a clause without amounts ('今年1月上市，募资…') dates later clauses too.
      const own = nearest(
        candidates.filter((p) => !this.ownedByEarlier(p, fig, clause)),
        fig,
      );
      const scoped = inSentence.find(
        (p) =>
          !inside(p, clause) &&
          !this.isStart(p) &&
          p.start < fig.start &&
          (this.opensSentence(p, sentence) ||
            this.asOf(p) ||
            (!this.clauseHasAmount(p, sentence) &&
              !this.datesEvent(p) &&
              !this.refersToOther(p, sentence) &&
              (periodGrain(p.period) === 'month' || (periodGrain(p.period) === 'year' && this.before(p))))),
      );
      const p = own ?? scoped;
      return p && this.datesPoint(p, p === own ? { fig, clause } : undefined)
        ? { period: this.label(p, fig.subject), own: false }
        : { own: false };
    }
    if (past && fig.kind === 'money' && this.nearestAmount(past, clause) === fig)
      return { period: this.label(past, fig.subject), own: !this.datesEvent(past) };
    if (spansYears(this.text, fig, sentence, clause, sFigs)) return { own: false };
    // '自2019年以来累计': a cumulative amount covers no single period.
    if (inClause.some((p) => this.isStart(p) && p.start < fig.start)) return { own: false };
    const own = nearest(
      candidates.filter((p) => !this.datesEvent(p) || p.end <= fig.start),
      fig,
    );
    if (own) return this.noteLead(fig, sentence, { period: this.label(own, fig.subject), own: !this.datesEvent(own) }, own);
    const usable = inSentence.filter(
      (p) =>
        fine(p) &&
        !this.isStart(p) &&
        this.usableFor(p, fig, clause) &&
        !inside(p, clause) &&
        !this.datesAmountBefore(p, fig) &&
        !this.datesRelativeClause(p, fig, sentence),
    );
    // 'guided to revenue of $15.2 billion, plus or minus $300 million, for its fiscal third quarter': a clause that is only
    // a period phrase dates the amounts of the clauses before it.
    const trailing = this.trailingPeriod(fig, sentence, clause, usable);
    if (trailing) return { period: this.label(trailing, fig.subject), own: true };
    const earlier = nearest(
      usable.filter((p) => p.end <= clause.start),
      fig,
    );
    if (earlier) {
      if (this.datesEvent(earlier)) return { own: false };
      return this.noteLead(fig, sentence, { period: this.label(earlier, fig.subject), own: true }, earlier);
    }
    // A market's size ('the industry manages $1.7tn') is no company's: it takes no lead period.
    if (!fig.subject && fig.metric && this.cues.ownSentenceMetrics.includes(fig.metric)) return { own: false };
    // A balance (a backlog, cash) is as of a day: with no date of its own, in a text reporting a quarter it is as of that
    // quarter's last month ('remaining performance obligation increased to $648 billion' in a June-quarter call → 2026-06);
    // a lead year or half names no such day. An amount of orders named as no balance ('large deal value') is a flow.
    if (fig.metric && this.cues.stockMetrics.includes(fig.metric) && (carried || this.namesBalance(sentence))) {
      if (carried) return { period: carried, own: false };
      const end = this.leadQuarterEnd(fig);
      return end ? { period: end, own: false } : { own: false };
    }
    if (carried) return { period: carried, own: false };
    // What the text said before about the same subject and measure ('…今年的资本开支或将接近6600亿美元。…"四家一年砸下6600亿美元"').
    const known = this.known.get(`${fig.subject ?? ''}|${fig.metric ?? ''}`);
    // The lead holds for its own company; another company's measure keeps what was said of it.
    if (known && fig.subject && fig.metric && this.lead?.subject !== fig.subject) return { period: known, own: false };
    // The lead period holds for sentences naming no period; one standing in this very sentence was judged above and
    // dates another clause's amount ('rose 66% to $51 billion, and it expects $100 billion next year').
    if (this.lead && fig.kind === 'money' && !inside(this.lead.mention, sentence))
      return { period: this.label(this.lead.mention, fig.subject ?? this.lead.subject), own: false };

    return { own: false };
  }

  /** The last month of the lead's quarter for a balance of the lead's company (see asOfQuarterEnd), undefined when the lead is no quarter. */
  private leadQuarterEnd(fig: Figure): string | undefined {
    if (!this.lead || fig.kind !== 'money') return undefined;
    if (fig.subject && !this.ownCalendar(fig.subject)) return undefined;
    const label = this.label(this.lead.mention, fig.subject ?? this.lead.subject);
    return periodGrain(label) === 'quarter' ? this.quarterEndMonth(label, fig.subject ?? this.lead.subject) : undefined;
  }

  /** A span of years in an earlier clause holding no amount ('约定2026年至2028年采购…，总额不超过45亿元'), with no period between. */
  private spanBefore(fig: Figure, sentence: SentenceSpan, clause: Span, inSentence: PeriodMention[]): PeriodMention | undefined {
    const before = inSentence.filter((p) => p.end <= clause.start);
    const last = before[before.length - 1];
    if (!last || !/^\d{4}-\d{4}$/.test(last.period) || this.isStart(last) || this.clauseHasAmount(last, sentence)) return undefined;
    return within(this.figures, { start: last.end, end: fig.start }).some((f) => AMOUNT.has(f.kind)) ? undefined : last;
  }

  /** 'about $1 billion a month', '$2 million per month', '每月约10亿元': an amount per month. */
  private monthlyRate(fig: Figure): boolean {
    if (fig.kind !== 'money') return false;
    return (
      /^\s*(?:a|per|each|every)\s+month\b/i.test(this.text.slice(fig.end, fig.end + 16)) ||
      /(?:每月|每个月|每個月|月均)[\p{Script=Han}]{0,6}$/u.test(this.text.slice(Math.max(0, fig.start - 10), fig.start))
    );
  }

  /** A target price ('target price of HK$7.40', 'TP Rs1,920 (from Rs1,850)', '目标价58元'): the words stand right before it. */
  private targetPrice(fig: Figure, sentence: SentenceSpan): boolean {
    if (fig.kind !== 'money') return false;
    const lead = this.text.slice(Math.max(sentence.start, fig.start - 40), fig.start);
    return TARGET_PRICE_BEFORE.test(lead);
  }

  /**
   * '…up 20% from roughly 150 billion yuan in 2026, with about 85 billion yuan …': a date right after the base of a
   * comparison is that base's ('grew 34% to 43.3 billion yuan in the December quarter, while … 285 billion yuan' is not).
   */
  private datesAmountBefore(p: PeriodMention, fig: Figure): boolean {
    return within(this.figures, { start: Math.max(0, p.start - 60), end: p.start }).some(
      (f) =>
        f !== fig &&
        AMOUNT.has(f.kind) &&
        /^\s*(?:in|for|during)\s+(?:the\s+)?$/i.test(this.text.slice(f.end, p.start)) &&
        /(?:\bfrom|\bthan|\bversus|\bvs\.?|compared with|against)\s+(?:the\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?$/i.test(
          this.text.slice(Math.max(0, f.start - 30), f.start),
        ),
    );
  }

  /**
   * Whether `p` dates an amount in a relative clause that is not `fig`'s ('Lambda, which raised $300 million in March,
   * said its annualized revenue reached $120 million'): the month of the earlier round is no date of the later figure.
   */
  private datesRelativeClause(p: PeriodMention, fig: Figure, sentence: SentenceSpan): boolean {
    const own = sentence.clauses.find((c) => inside(p, c));
    if (!own || inside(fig, own)) return false;
    if (!/^[\s,，]*(?:which|who|whose|that)\b/i.test(this.text.slice(own.start, own.end))) return false;
    return within(this.figures, { start: own.start, end: p.start }).some((f) => f !== fig && AMOUNT.has(f.kind));
  }

  /** A later clause of the sentence that is only a period phrase ('…, for its fiscal third quarter.'), see choose. */
  private trailingPeriod(_fig: Figure, sentence: SentenceSpan, clause: Span, usable: PeriodMention[]): PeriodMention | undefined {
    const i = sentence.clauses.findIndex((c) => c.start === clause.start);
    for (const c of sentence.clauses.slice(i + 1)) {
      const own = usable.filter((p) => inside(p, c));
      if (!own.length) {
        // only amounts may stand between ('plus or minus $300 million')
        const rest = within(this.figures, c).reduce(
          (t, f) => t.replace(this.text.slice(f.start, f.end), ''),
          this.text.slice(c.start, c.end),
        );
        if (rest.replace(/[\s,，]|\b(?:plus|or|minus|and|about|roughly|around)\b/gi, '').length > 0) return undefined;
        continue;
      }
      const p = own[0]!;
      const lead = this.text.slice(c.start, p.start);
      const tail = this.text.slice(p.end, c.end);
      return /^[\s,，]*(?:for|in|during)\s+(?:the\s+|its\s+|their\s+)?(?:fiscal\s+)?$/i.test(lead) && /^[\s.。]*$/.test(tail)
        ? p
        : undefined;
    }
    return undefined;
  }

  /** The amount a part ('其中约850亿元', 'of which $85 billion') belongs to (see wholeOfPart). */
  private wholeOf(fig: Figure, clause: Span, sFigs: Figure[]): Figure | undefined {
    return wholeOfPart(this.text, fig, clause, sFigs);
  }

  /** Whether a mention names a time before the document's year ('2024年', '去年9月', 'last March'). */
  private before(p: PeriodMention): boolean {
    const y = /(\d{4})/.exec(p.period)?.[1];
    return !!y && !!this.doc && Number(y) < this.doc.year && !/^\d{4}-\d{4}$/.test(p.period);
  }

  /** The amount of `clause` nearest to `p` (ties go to the one after it); conversions in brackets left out when `unconverted`. */
  private nearestAmount(p: PeriodMention, clause: Span, unconverted = false): Figure | undefined {
    let best: Figure | undefined;
    const figs = within(this.figures, clause);
    for (const f of figs)
      if (AMOUNT.has(f.kind) && (!unconverted || !conversionBase(this.text, f, figs)) && (!best || distance(p, f) < distance(p, best)))
        best = f;
    return best;
  }

  /** 'It raised $18bn in a bond sale last year and is lining up a further $38bn': a date after an amount is that amount's. */
  private ownedByEarlier(p: PeriodMention, fig: Figure, clause: Span): boolean {
    if (p.end > fig.start) return false;
    return within(this.figures, clause).some((f) => f !== fig && AMOUNT.has(f.kind) && f.end <= p.start);
  }

  /** Whether the clause holding `p` states an amount of its own ('MiniMax今年1月上市，募资约42亿港元': it does not). */
  private clauseHasAmount(p: PeriodMention, sentence: SentenceSpan): boolean {
    const clause = sentence.clauses.find((c) => inside(p, c));
    return !!clause && within(this.figures, clause).some((f) => AMOUNT.has(f.kind));
  }

  /** '根据去年的协议', 'under last year's agreement': the date belongs to the document referred to. */
  private refersToOther(p: PeriodMention, sentence: SentenceSpan): boolean {
    const clause = sentence.clauses.find((c) => inside(p, c));
    return !!clause && /^\s*(?:根据|按照|依据|依照|under|according to|as part of)/i.test(this.text.slice(clause.start, p.start));
  }

  /** A date that opens its sentence ('Last year it raised …', '2024年2月，阿里领投 …'). */
  private opensSentence(p: PeriodMention, sentence: SentenceSpan): boolean {
    return /^[\s"“「]*(?:in\s+|at\s+)?$/i.test(this.text.slice(sentence.start, p.start));
  }

  /** Whether a clause names a balance held at a date ('cash and cash equivalents', '账面货币资金', '積壓訂單'), see balanceWords. */
  private namesBalance(clause: Span): boolean {
    const t = this.text.slice(clause.start, clause.end).toLowerCase();
    return namesAnyWord(this.cues.balanceWords, t);
  }

  /** A balance date: '截至12月末', 'as of the end of December'. */
  private asOf(p: PeriodMention): boolean {
    return (
      /^(?:截至|截止)/.test(p.text) || /(?:as of(?: the)?|at the|截至|截止)\s*$/i.test(this.text.slice(Math.max(0, p.start - 12), p.start))
    );
  }

  /** Records who a sentence is about: the lead period named there ('Dell reported fourth-quarter results') is that company's. */
  noteSubject(sentence: SentenceSpan, subject: string | undefined): void {
    if (subject && this.lead && !this.lead.subject && inside(this.lead.mention, sentence)) this.lead.subject = subject;
  }

  /** The first flow amount of the lead paragraphs dated by its own sentence sets the text's lead period. */
  private noteLead(fig: Figure, sentence: SentenceSpan, choice: PeriodChoice, p: PeriodMention): PeriodChoice {
    if (choice.own && choice.period && fig.subject && fig.metric && p.shift === undefined && !this.isComparison(p))
      this.known.set(`${fig.subject}|${fig.metric}`, choice.period);
    // A comparison's base ('compared with a net loss of $100 million last year') dates no lead.
    const base = this.comparedBase(p) !== undefined;
    if (!this.leadFromFigure && fig.kind === 'money' && this.leadParas.has(sentence.para) && p.shift === undefined && !base) {
      const resolved = p.anaphor ? (this.anaphorSource(p) ?? p) : p;
      if (resolved && !/^\d{4}-\d{2,4}$|^\d{4}-\d{2}-\d{4}-\d{2}$/.test(resolved.period)) {
        this.lead = { mention: resolved, ...(fig.subject ? { subject: fig.subject } : {}) };
        this.leadFromFigure = true;
      }
    } else if (!this.leadFromFigure && fig.kind === 'money' && choice.own && choice.period && this.refinesLead(choice.period, p)) {
      // 'Infosys raised its forecast for fiscal 2027 … Net profit rose to 75.12 billion rupees in the second quarter ended
      // Sept. 30. Revenue rose to 452.60 billion rupees.': the first amount the text dates itself, in a quarter of the
      // lead's year, says which part of that year the story reports.
      this.lead = { mention: p, ...(fig.subject ? { subject: fig.subject } : {}) };
      this.leadFromFigure = true;
    }
    return choice;
  }

  /** Whether `period` is a quarter of the lead's year (fiscal or calendar alike), the lead a whole year named by no figure. */
  private refinesLead(period: string, p: PeriodMention): boolean {
    if (!this.lead || p.shift !== undefined || p.anaphor || this.isComparison(p)) return false;
    const lead = this.label(this.lead.mention, this.lead.subject);
    if (periodGrain(lead) !== 'year' || periodGrain(period) !== 'quarter') return false;
    const [a, b] = [/^(FY)?(\d{4})$/.exec(lead), /^(FY)?(\d{4})Q[1-4]$/.exec(period)];
    return !!a && !!b && a[1] === b[1] && a[2] === b[2];
  }

  /**
   * A point-in-time amount (a deal, a price, a valuation) takes a period of its own clause only when it places it in a
   * past year ('last year', '2024年2月', '去年9月', 'a year earlier') or names the year or quarter of a plan ('今年计划采购');
   * a month without a stated year dates the amount of its own clause when it is past ('its last round, in July, raised
   * $10 billion', '10月完成了5亿美元…发行'), else an event ('expected to close in December').
   */
  private datesPoint(p: PeriodMention, own?: { fig: Figure; clause: Span }): boolean {
    if (p.shift !== undefined || p.anaphor) return true;
    if (periodGrain(p.period) !== 'month') return true;
    if (/\d{4}|今年|去年|前年|this year|last|previous|prior/i.test(p.text) || (p.relativeOffset ?? 0) < 0) return true;
    if (own && this.doneIn(p, own.fig, own.clause)) return true;
    // A balance as of a month: 'stood at … at the end of November', '截至12月底'.
    const before = this.text.slice(Math.max(0, p.start - 16), p.start).toLowerCase();
    return /(?:at the|as of the|as of|截至|截止)\s*$/.test(before) || /end of|^(?:截至|截止)/i.test(p.text);
  }

  /**
   * A past month of the amount's own clause, next to that amount, that dates what was done with it ('Its last round, in
   * July, raised $10 billion', 'completed the US$500 million convertible notes in October', '10月完成了5亿美元…发行'), not a
   * promise or a rumour ('the investment it promised in September', 'in November … jointly committed $15 billion', 'the
   * $10 billion figure that circulated in January').
   */
  private doneIn(p: PeriodMention, fig: Figure, clause: Span): boolean {
    if (!this.doc || p.period > `${this.doc.year}-${String(this.doc.month).padStart(2, '0')}`) return false;
    if (this.datesEvent(p) || this.nearestAmount(p, clause, true) !== fig) return false;
    const between = this.text
      .slice(Math.min(p.end, fig.end), Math.max(p.start, fig.start))
      .concat(' ', this.text.slice(Math.max(0, p.start - 12), p.start))
      .toLowerCase();
    return !namesAnyWord(this.cues.pledgeWords, between);
  }

  /** 'over five years starting in 2027', '自2027年起为期五年': `2027-2031`, for amounts of that clause or compared with it. */
  private startSpan(fig: Figure, sentence: SentenceSpan, clause: Span, sFigs: Figure[], inSentence: PeriodMention[]): string | undefined {
    if (fig.kind !== 'money') return undefined;
    const start = inSentence.find((p) => periodGrain(p.period) === 'year' && /^\d{4}$/.test(p.period) && this.isStart(p));
    if (!start) return undefined;
    const dur = sFigs.find((d) => d.kind === 'duration' && d.unit === 'year' && (d.value ?? 0) >= 2 && (d.value ?? 0) <= 30);
    if (!dur) return undefined;
    const clauseOf = (s: Span): Span | undefined => sentence.clauses.find((c) => inside(s, c));
    const own = clauseOf(start) === clauseOf(fig) || clauseOf(dur) === clauseOf(fig);
    const compared = /(?:\bfrom(?:\s+the)?|从|较|比)\s*$/i.test(this.text.slice(Math.max(clause.start, fig.start - 14), fig.start));
    if (!own && !compared) return undefined;
    const y = Number(start.period);
    return `${y}-${y + (dur.value ?? 0) - 1}`;
  }

  /** The earlier mention an anaphor points to ('当季' → the last quarter named before it), undefined when none. */
  private anaphorSource(p: PeriodMention): PeriodMention | undefined {
    const ok = (m: PeriodMention): boolean => m.end <= p.start && !m.anaphor && m.shift === undefined && !this.isStart(m);
    // The 40 mentions before it are far enough back: an anaphor points to something recent.
    const back = (pool: readonly PeriodMention[], test: (m: PeriodMention) => boolean): PeriodMention | undefined => {
      for (let i = pool.length - 1; i >= Math.max(0, pool.length - 40); i--) if (ok(pool[i]!) && test(pool[i]!)) return pool[i];
      return undefined;
    };
    const earlier = within(this.mentions, { start: Math.max(0, p.start - 4000), end: p.start });
    if (p.anaphor === 'quarter' || p.anaphor === 'current-quarter')
      return back(earlier, (m) => periodGrain(m.period) === 'quarter' && !this.isComparison(m));
    if (p.anaphor === 'fiscal-year') return back(earlier, (m) => m.period.startsWith('FY'));
    if (p.anaphor === 'same') return back(earlier, (m) => !this.isComparison(m));
    // '真正的拐点出现在2025年。…当年收入达到23.1亿元，较2024年的7.6亿元…，当年资本开支…': the year last named, not a
    // comparison's base; else the text's lead period
    if (p.anaphor === 'that-year') return back(earlier, (m) => /\d{4}/.test(m.period) && !this.isComparison(m)) ?? this.lead?.mention;
    // '鸿海2025年营收…；广达全年营收…': the year named earlier in the sentence, else the text's lead period.
    const sentence = this.sentenceOf(p);
    return (
      (sentence && back(within(this.mentions, sentence), (m) => !this.isComparison(m))) ||
      (sentence && this.paragraphYear(p, sentence)) ||
      this.lead?.mention
    );
  }

  /** '…2025年总收入…。其中，…全年经营亏损…': the one year its paragraph named before it (paragraph-year.ts), when the full year is told as done. */
  private paragraphYear(p: PeriodMention, sentence: SentenceSpan): PeriodMention | undefined {
    if (p.anaphor !== 'year' || !this.doc || this.forwardLooking(p) || this.frontsForward(p)) return undefined;
    const first = this.sentences.find((x) => x.para === sentence.para);
    if (!first || first.start >= sentence.start) return undefined;
    const earlier = within(this.mentions, { start: first.start, end: sentence.start }).map((m) => ({
      mention: m,
      aside: this.isComparison(m) || this.isStart(m) || this.forwardLooking(m),
    }));
    return soleParagraphYear(earlier, this.doc.year);
  }

  /** Whether the clause of `p` looks ahead ('预计', 'expects', 'guides'). */
  private forwardLooking(p: PeriodMention): boolean {
    const clause = this.sentenceOf(p)?.clauses.find((c) => inside(p, c));
    if (!clause) return false;
    let t = this.text.slice(clause.start, clause.end).toLowerCase();
    for (const w of this.cues.forwardStops ?? []) t = t.replaceAll(w.toLowerCase(), ' ');
    return namesAnyWord(this.cues.forwardWords, t);
  }

  /** 'For the year, it expects …', '全年，公司预计…': a clause that is only the period phrase, fronted before a clause looking ahead. */
  private frontsForward(p: PeriodMention): boolean {
    const sentence = this.sentenceOf(p);
    const i = sentence?.clauses.findIndex((c) => inside(p, c)) ?? -1;
    const clause = sentence?.clauses[i];
    const next = sentence?.clauses[i + 1];
    if (!clause || !next) return false;
    const rest = (this.text.slice(clause.start, p.start) + this.text.slice(p.end, clause.end)).trim().toLowerCase();
    if (!/^(?:(?:for|in|over|during)(?:\s+the)?)?[\s,，、]*$/.test(rest)) return false;
    let t = this.text.slice(next.start, next.end).toLowerCase();
    for (const w of this.cues.forwardStops ?? []) t = t.replaceAll(w.toLowerCase(), ' ');
    return namesAnyWord(this.cues.forwardWords, t);
  }

  /** The sentence holding `p` (binary search over the sorted sentences). */
  private sentenceOf(p: Span): SentenceSpan | undefined {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.end <= p.start) lo = mid + 1;
      else hi = mid;
    }
    const s = this.sentences[lo];
    return s && inside(p, s) ? s : undefined;
  }

  /** The label of a mention for a figure of `subject`: anaphors and shifts resolved, quarters relabelled by fiscal calendar. */
  /**
   * A balance stated at the end of a quarter ('backlog stood at $118 billion at the end of the quarter', '截至一季度末的
   * 积压订单') is as of that quarter's last month: `2026Q1` → `2026-03`, Broadcom's `FY2026Q1` → `2026-01`.
   */
  asOfQuarterEnd(fig: Figure, clause: Span, period: string): string {
    // a clause naming a balance ('公司積壓訂單達668億美元', 'cash and cash equivalents of …') states it as of a day
    const named = fig.kind === 'money' && this.namesBalance(clause);
    if (!named && (!fig.metric || !this.cues.stockMetrics.includes(fig.metric))) return period;
    const m = /^(FY)?(\d{4})Q([1-4])$/.exec(period);
    // 'backlog stood at $118 billion at the end of the quarter, with roughly $73 billion of that …': the sentence up to
    // the figure's clause says where the balance is stated
    const sentence = this.sentenceOf(clause);
    if (!m || (!named && !QUARTER_END.test(this.text.slice(sentence?.start ?? clause.start, clause.end)))) return period;
    return this.quarterEndMonth(period, fig.subject) ?? period;
  }

  /** The last month of quarter `period` (`2026Q1` → `2026-03`) for a company of `subject`'s calendar, undefined when unknown. */
  private quarterEndMonth(period: string, subject: string | undefined): string | undefined {
    const m = /^(FY)?(\d{4})Q([1-4])$/.exec(period);
    if (!m) return undefined;
    // the day the text says that quarter closed on ('the first quarter ended Feb. 1', '第一财季（截至2026年2月1日）')
    const closed = this.closingMonthOf(period, subject);
    if (closed) return closed;
    const year = Number(m[2]);
    const q = Number(m[3]);
    const fy = m[1] ? this.fiscal(subject) : undefined;
    if (m[1] && fy === undefined) return undefined;
    // A fiscal year Y ends in month `fy` of Y (of Y-1 counted back): its quarter q ends 3 × (4 - q) months before.
    const endIdx = (fy === undefined ? year * 12 + 3 * q : year * 12 + fy - 3 * (4 - q)) - 1;
    return `${Math.floor(endIdx / 12)}-${String((endIdx % 12) + 1).padStart(2, '0')}`;
  }

  /** The month the text says the quarter `period` closed in: a quarter named by its closing day, or a closing date in brackets after it. */
  private closingMonthOf(period: string, subject: string | undefined): string | undefined {
    for (let i = 0; i < this.mentions.length; i++) {
      const p = this.mentions[i]!;
      if (p.closesIn && this.label(p, subject) === period) return `${p.closesIn.year}-${String(p.closesIn.month).padStart(2, '0')}`;
      const prev = this.mentions[i - 1];
      if (
        p.closing &&
        periodGrain(p.period) === 'month' &&
        prev &&
        /^\s*[（(]\s*(?:截至|截止|ended)?\s*$/i.test(this.text.slice(prev.end, p.start))
      )
        if (this.label(prev, subject) === period) return p.period;
    }
    return undefined;
  }

  label(p: PeriodMention, subject: string | undefined, depth = 0): string {
    if (depth > 3) return p.period;
    if (p.anaphor) {
      const src = this.anaphorSource(p);
      subject ??= this.lead?.subject;
      if (p.anaphor === 'same') return src ? this.label(src, subject, depth + 1) : p.period;
      if (p.anaphor === 'current-quarter') {
        if (!src) return p.period;
        const named = this.label(src, subject, depth + 1);
        return this.forwardLooking(p) ? nextQuarter(named) : named;
      }
      if (p.anaphor === 'quarter') {
        if (src) return this.label(src, subject, depth + 1);
        const fy = this.fiscal(subject);
        return fy && this.doc ? fiscalQuarterAt(this.doc, -1, fy) : p.period;
      }
      if (!src) return p.anaphor === 'year' || p.anaphor === 'fiscal-year' ? this.ownYear(p, subject) : p.period;
      const l = this.label(src, subject, depth + 1);
      const year = /(\d{4})/.exec(l)?.[1];
      if (!year) return p.period;
      // after a fiscal fourth quarter, guidance for the year ('for the year, it expects …') is the fiscal year now running
      const fy =
        (l.startsWith('FY') || p.anaphor === 'fiscal-year') && p.anaphor !== 'that-year' && this.doc ? this.fiscal(subject) : undefined;
      if (fy && this.doc && Number(year) * 12 + fy - 1 < this.doc.year * 12 + this.doc.month - 1)
        if (this.forwardLooking(p) || this.frontsForward(p)) return fiscalYearAt(this.doc, 0, fy);
      if (p.anaphor === 'fiscal-year') return `FY${year}`;
      if (p.anaphor === 'year-end') return l.startsWith('FY') ? `FY${year}` : `${year}-12`;
      // After a year's results, guidance for the full year ('预计全年资本开支…', 'expects full-year revenue …') is this year's.
      const guided =
        p.anaphor !== 'that-year' && this.doc && Number(year) < this.doc.year && this.forwardLooking(p) ? this.doc.year : undefined;
      if (guided) return l.startsWith('FY') ? `FY${guided}` : String(guided);
      return l.startsWith('FY') ? `FY${year}` : year;
    }
    if (p.shift !== undefined) {
      // The context is an earlier period of the same sentence, else the text's lead period.
      const sentence = this.sentenceOf(p);
      const ctx =
        (sentence ? within(this.mentions, sentence) : [])
          .reverse()
          .find((m) => m.end <= p.start && m.shift === undefined && !!sentence && inside(m, sentence) && !this.isStart(m)) ??
        this.lead?.mention;
      return ctx && ctx !== p ? (shiftBy(this.label(ctx, subject ?? this.lead?.subject, depth + 1), p) ?? p.period) : p.period;
    }
    const fy = this.fiscal(subject);
    if (fy && this.doc) {
      if (p.fiscalOffset !== undefined) return fiscalYearAt(this.doc, p.fiscalOffset, fy);
      if (p.bareHalf) return fiscalHalfLabel(p.bareHalf, fy, this.doc);
      // a quarter named by months that close no fiscal quarter of the company ('英伟达今年4月至6月的营收', Nvidia's quarters
      // closing in January, April, July, October) is a calendar quarter, named to compare
      if (p.quarterEnd && (p.quarterEnd.month - fy + 12) % 3 === 0) return fiscalQuarterEnding(p.quarterEnd.year, p.quarterEnd.month, fy);
      if (p.halfEnd) return fiscalHalfEnding(p.halfEnd.year, p.halfEnd.month, fy) ?? p.period;
      if (p.bareQuarter) return fiscalQuarterLabel(p.bareQuarter, fy, this.doc);
      if (p.relativeUnit === 'quarter' && p.relativeOffset !== undefined) return fiscalQuarterAt(this.doc, p.relativeOffset, fy);
    }
    // 'whose fiscal 2027 began in February … its fiscal second quarter', '2027财年…第二财季': a quarter the text calls fiscal,
    // of a company whose calendar nothing tells, is a quarter of the fiscal year the text named last, not a calendar one.
    if (!fy && p.bareQuarter !== undefined && (this.calledFiscal(p) || (this.ownCalendar(subject) && this.fiscalBefore(p)))) {
      const year = this.namedFiscalYear(p);
      if (year) return `FY${year}Q${p.bareQuarter}`;
    }
    return p.period;
  }

  /** Whether a quarter is called fiscal ('fiscal second quarter', '第二财季'). */
  private calledFiscal(p: PeriodMention): boolean {
    return /财季|財季|fiscal/i.test(p.text) || /\bfiscal\s+$/i.test(this.text.slice(Math.max(0, p.start - 10), p.start));
  }

  /** Whether a figure of `subject` follows the calendar of the text's own company (no subject counts as the text's). */
  private ownCalendar(subject: string | undefined): boolean {
    return !subject || subject === this.lead?.subject || this.calendars.followsText(subject);
  }

  /** Whether the text called a quarter before `p` fiscal ('its fiscal second quarter … net income for the second quarter'). */
  private fiscalBefore(p: PeriodMention): boolean {
    return within(this.mentions, { start: 0, end: p.start }).some((m) => m.bareQuarter !== undefined && this.calledFiscal(m));
  }

  /** The fiscal year the text named last before `p` ('fiscal 2027', 'FY2027', '2027财年'), else the lead's when fiscal. */
  private namedFiscalYear(p: PeriodMention): string | undefined {
    const earlier = within(this.mentions, { start: 0, end: p.start });
    for (let i = earlier.length - 1; i >= 0; i--) {
      const m = earlier[i]!;
      const y = /^FY(\d{4})(?:Q[1-4]|H[12])?$/.exec(m.period);
      if (y && !m.anaphor && m.shift === undefined && !this.isComparison(m)) return y[1];
    }
    return /^FY(\d{4})/.exec(this.lead?.mention.period ?? '')?.[1];
  }

  /**
   * The full year a text names by no number ('full-year revenue', '全年') for a company whose fiscal year does not end in
   * December: its fiscal year holding the document date, computed from the year-end — a fiscal year ending next autumn is
   * not the current calendar year — or the one just closed when the text comes within three months of its end and does
   * not look forward (results of the year). Any other company keeps the calendar reading.
   */
  private ownYear(p: PeriodMention, subject: string | undefined): string {
    const fy = this.fiscal(subject ?? this.lead?.subject);
    if (!fy || !this.doc) return p.period;
    const sinceEnd = (this.doc.month - fy + 12) % 12;
    return fiscalYearAt(this.doc, sinceEnd >= 1 && sinceEnd <= 3 && !this.forwardLooking(p) && !this.sentenceAhead(p) ? -1 : 0, fy);
  }

  /**
   * Whether the sentence of `p` speaks of the future in any clause (data/periods.json `futureWords`: `revenue for the
   * fiscal year, which ends in August, will reach $45 billion`): a year-end stated in an aside splits guidance from its verb.
   */
  private sentenceAhead(p: PeriodMention): boolean {
    const s = this.sentenceOf(p);
    return !!s && namesAnyWord(this.cues.futureWords, this.text.slice(s.start, s.end).toLowerCase());
  }

  /** Fiscal year-end month of a company whose fiscal year does not end in December. */
  private fiscal(subject: string | undefined): number | undefined {
    const fy = this.calendars.yearEnd(subject) ?? this.reportedYearEnd(subject);
    return fy && fy !== 12 ? fy : undefined;
  }

  /**
   * The fiscal calendar of the text's own company when its lead reports a fiscal quarter by its fiscal year ('the fourth
   * quarter fiscal 2026 earnings call', see yearEndFromReport): its other quarters and halves follow that calendar.
   */
  private reportedYearEnd(subject: string | undefined): number | undefined {
    if (subject && subject !== this.lead?.subject && !this.calendars.followsText(subject)) return undefined;
    return this.reportedEnd;
  }
}

/**
 * Fiscal label of six months ending in (year, month) for a fiscal year ending in `fyEndMonth`, undefined when they are
 * no half of it. Example: (2026, 9, 3) → 'FY2027H1' (SoftBank's six months to September 2026).
 */
export function fiscalHalfEnding(year: number, month: number, fyEndMonth: number): string | undefined {
  if (month === fyEndMonth) return `FY${year}H2`;
  if ((month - fyEndMonth + 12) % 12 !== 6) return undefined;
  return `FY${month > fyEndMonth ? year + 1 : year}H1`;
}

/** The quarter after a quarter label: '2026Q4' → '2027Q1', 'FY2026Q2' → 'FY2026Q3'; other labels unchanged. */
export function nextQuarter(label: string): string {
  const m = /^(FY)?(\d{4})Q([1-4])$/.exec(label);
  if (!m) return label;
  const q = Number(m[3]);
  return `${m[1] ?? ''}${q === 4 ? Number(m[2]) + 1 : m[2]}Q${q === 4 ? 1 : q + 1}`;
}
