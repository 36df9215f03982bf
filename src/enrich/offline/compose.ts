/**
 * English-only stories written in Chinese without translation: the English title's event verb, the story's deal
 * edges and the claims the knowledge layer holds become short sentences through the templates of
 * data/story-templates.json (`亚马逊将向Anthropic追加投资最多250亿美元。`). Every number comes from a figure.
 */

import { loadMetricLexicon } from '../../extract/attribution/index.js';
import { extractFigures, findEntities, type Gazetteer, lookupEntry } from '../../extract/index.js';
import { CONVENTION_SCOPES } from '../../select/index.js';
import type { Claim, DealEdge, Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { targetPriceSource } from '../../util/target-price.js';
import { countedParty, parentNamed } from '../assemble/head-party.js';
import { inAside } from './aside.js';
import { amountBasis, changeWord } from './basis.js';
import { conversion, convertedIn, restatedAmount } from './conversion.js';
import { dealKeptHead, partyKeptHead } from './deal-head.js';
import { describedName } from './described-subject.js';
import {
  aboutTitleCompany,
  figureSure,
  mentionedNames,
  type OwnerDoubt,
  ownerDoubt,
  ownerNamedAsPayer,
  PAYER_BEFORE,
  rolesAgree,
} from './english-owner.js';
import { estimateRevision } from './estimate-revision.js';
import { estimateClause, estimateValue, ownEstimateClause, reachedEstimateClause } from './estimates.js';
import { estimateFigure, factWord, ownSubordinate, rumouredSentence, type StoryFact, sameNumber } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import { sentencePeriodZh } from './fiscal-label.js';
import { forecastLeadIn, forecastWords } from './forecast-words.js';
import { fundedLoop } from './funding-loop.js';
import { headlinePeriod } from './headline-shape.js';
import { flowInstrument, instrumentFlow } from './instrument.js';
import { investeeOf } from './investee.js';
import { laterEstimateClause } from './later-estimate.js';
import { reportedFirst, yearBehindPart, yearTitle } from './lead-plan.js';
import { equityGiven, investedBy, lentBy } from './lent-debt.js';
import { storyLoop } from './loop.js';
import { monthZh, reportedMonth } from './month-figure.js';
import { moveCause } from './move-cause.js';
import { type EntityDirectory, periodZh, withoutLegalTail, zhName } from './names.js';
import { objectlessFlow } from './objectless-flow.js';
import { earlierRange, offerPrice } from './offer-price.js';
import { names, namesOf, ownerUnsupported } from './owner-evidence.js';
import { byOwner, jointFlows, type LeadOwner, ownerOnce, type SaidClause } from './owner-runs.js';
import { titleCause, withTitleCause } from './results-cause.js';
import { againstEstimates, notBegun, titleSubject, withoutEstimates } from './results-head.js';
import { resultsNews } from './results-news.js';
import { partOfWhole, toldAsPart } from './results-part.js';
import { roundLead, roundRaiser } from './round-context.js';
import { shareOfTotal } from './share-of-total.js';
import { possibleFigure } from './standing.js';
import { periodStated, printsPeriod } from './stated-period.js';
import { type EventRule, figureClause, metricWord, pairVerb, type StoryTemplates } from './story-templates.js';
import { targetBasis } from './target-basis.js';
import { fill } from './templates.js';
import { segmentWord, titleForecastOrder } from './title-forecast.js';
import { HEADLINE_MAX } from './titles.js';
import { priorLoss } from './turnaround.js';

export interface ComposeCtx {
  dir: EntityDirectory;
  gaz: Gazetteer;
  templates: StoryTemplates;
  /** Side facts of the story given the fact it leads with (src/enrich/offline/side.ts): never a body sentence. */
  side?: (f: StoryFact, key?: StoryFact) => boolean;
  /**
   * The story is a broker's note: the broker's Chinese name (华泰证券), or '' when the tables hold none (an English name is
   * never printed). Its news is its rating and target price.
   */
  broker?: string;
  /**
   * A fact an earlier day's digest printed of this story (a follow-up; decision 149): the body never prints it again —
   * the reader saw it — and the day's other facts take its place. Absent: no earlier day (every fact is news).
   */
  printedBefore?: (f: StoryFact) => boolean;
  /**
   * For a disputed figure of today's source: the other value an earlier day's digest printed of the same company, measure
   * and period, with its outlet (decision 149). The body then tells today's value with that one beside it (…为28亿美元，与
   * 路透社此前报道的31亿美元不同) in place of leaving the disputed figure out. Absent or undefined: no such value.
   */
  earlierOther?: (f: StoryFact) => EarlierOther | undefined;
}

/**
 * The other value of a disputed figure an earlier digest printed (decision 149), with which way today's value moved from
 * it when both are single amounts of one unit (decision 157: 低于 / 高于 said, never a bare 不同 when the direction is clear).
 */
export interface EarlierOther {
  source: string;
  value: string;
  /** Today's value against the earlier one; absent when either is a range or no number. */
  direction?: 'lower' | 'higher';
}

/** What an English-only story says in Chinese. */
export interface Composed {
  /** The headline: the event, else the key claim, else the main entity. */
  headline: string;
  /** The event as a clause (no source, no full stop): `亚马逊将向Anthropic追加投资最多250亿美元`. */
  event: string;
  /** Further sentences (full stops included): claims and deals the story holds. */
  sentences: string[];
  /** The figure the headline leads with, with its owner (subject and metric) filled in; null when none. */
  keyFigure: Figure | null;
  /** The facts used (not repeated elsewhere). */
  used: StoryFact[];
  /** The capital flow the event states, when it is one. */
  deal?: DealEdge;
  /** The event's figures are given on the word of unnamed people (people familiar): the lead names them. */
  rumoured?: boolean;
  /** The capital-flow loop the body tells in words (A向B投资…，B向C采购…，资金由此回流A), when the story holds one. */
  loop?: DealEdge[];
  /** Facts deliberately left unsaid (a market value of no stated moment beside a share move): not for 关键数据 either. */
  withheld?: StoryFact[];
  /** The lead says the title's event (or the loop the title is about), not only a fact of the story. */
  evented?: true;
  /** The event's verb only names the act on its fact (story-templates `names`, decision 175): no top story for it. */
  named?: true;
  /**
   * The lead is no "who did what" sentence about the title's company (a fact of another owner, the fallback, an event of
   * someone else): the story is one 更多动态 line (its lead), never a top story (english25).
   */
  lone?: true;
  /** The lead is a broker's rating and target price, naming the broker itself (no 据…研报 before it). */
  brokered?: true;
  /** The lead is a results event said with its verb (惠普公布…业绩，…): the company's own words. */
  resulted?: true;
  /**
   * The lead states a figure whose owner, role or measure its English sentence does not vouch for (english-owner.ts
   * figureSure): the event said in words without it (`亚马逊向Anthropic追加投资`), '' when the lead is a figure with no
   * event to say. A 更多动态 line says this, never the figure.
   */
  unsure?: string;
  /**
   * The story holds no event and no fact of its own news: its headline would be the generic fallback
   * (`{subject}相关动态`), which tells the reader nothing. Such a story is left out of the digest.
   */
  empty?: true;
  /**
   * Sentences run on into the lead (the event and the next sentence of its subject made one): the story says as much as
   * with them apart, and is no briefer for it (engine: brief).
   */
  merged?: number;
  /** Disputed claims the body told with the earlier printed value beside today's (no comparison line of their own). */
  compared?: Claim[];
}

const SHARE_METRICS = new Set(['share-price', 'stock-price']);
/** A rate of a measure: `revenue-growth` of `revenue`. */
const RATE_SUFFIX = '-growth';
/** One-off charges and stock figures: written after the period's news (a severance charge, a write-down, a market value). */
const DEFERRED_METRICS = new Set(['cost', 'write-down', 'market-cap']);
/** Measures a plan reads naturally with (计划2026年资本开支为…); a planned figure of another is not written. */
/** Units of a user count (`users`, `周活跃用户`, `subscribers`). */
const USER_UNITS = /users?|用户|subscri|订户|会员|members?|accounts?|账户/i;
const PLAN_METRICS = new Set(['capex', 'spending', 'investment', 'buyback', 'compute', 'power']);
/** The verb of a plan event (data/story-templates.json events `plan`). */
const PLAN_VERB = '计划';
const MONTH = /^\d{4}-\d{2}$/;
/** A title's forecast of the whole year (`annual revenue forecast`, `full-year outlook`): 全年. */
const ANNUAL = /\b(?:annual|full[- ]year|yearly|for the year)\b/i;
/**
 * A purchase still to come, before its amount: `would commit to buy`, `will buy`, `agreed to purchase`, 将; and one
 * under way, not done (`is buying`, `are ordering`: a supplier's hardware for a contract it won is bought as it is
 * needed, decision 150), 正在采购.
 */
const FUTURE_PAIR =
  /\b(?:would|will|commit\w* to|agree[sd]? to|plans? to|(?:is|are) (?:buying|purchasing|ordering|acquiring))\b|将|正在?(?:采购|购买|订购)/i;
/**
 * Measure words that are also verbs of a flow of money: said with their amount, not as a table row (`思科投资约10亿美元`,
 * `Chengyan AI融资6亿美元`; not `…投资为15亿美元`).
 */
const FLOW_WORDS = new Set(['投资', '融资']);
/** The pair claim a capital-flow kind is stated as when the knowledge layer holds no edge of it. */
const PAIR_METRICS: Record<string, string> = { invest: 'investment' };
/** Chinese characters in a name (a place the gazetteer names in Chinese: 韩国). */
const HAN_TEXT = /\p{Script=Han}/u;
/** Headlines keep years and quarters but not the month of a stock figure (backlog at the end of September). */
function headPeriod(period: string): string {
  return period === 'unknown' || MONTH.test(period) ? '' : periodZh(period);
}

function title(bundle: StoryBundle): { item: ItemRecord; text: string } {
  const item = bundle.items[0] as ItemRecord;
  return { item, text: (item.title || bundle.story.title).trim() };
}

/**
 * `为` before a qualified amount reads as Chinese writers write it: `估值为约1830亿美元` → `估值约为1830亿美元`,
 * `债务为超过250亿美元` → `债务超过250亿美元`.
 */
export function smoothCopula(s: string): string {
  return (
    s
      .replace(/为(\*\*)?约/g, '约为$1')
      // A modal 将 before the disposal 将 (将将资本开支上调至…) is said once.
      .replace(/将将/g, '将')
      .replace(/为(\*\*)?(超过|至少|最多|不到|逾|近|接近|高达)/g, '$1$2')
      // A forecast said twice (预计…营收指引, 资本开支指引预计): the verb says it, the measure is plain.
      .replace(/(预计[^，。；]{0,20}?\p{Script=Han}{2})指引/gu, '$1')
      .replace(/指引(?=预计|预期)/g, '')
      // A change verb takes its amount directly (市值蒸发约3800亿美元, not 蒸发约为).
      .replace(/(蒸发|缩水)约为/g, '$1约')
      .replace(/(蒸发|缩水)为/g, '$1')
      // A possibility of a bound says the bound once: 或将达到至少300亿美元 → 或将不低于300亿美元.
      .replace(/或将达到(\*\*)?至少/g, '或将不低于$1')
      .replace(/或达(\*\*)?至少/g, '或不低于$1')
      .replace(/或将达到(\*\*)?(超过|逾)/g, '或将超过$1')
      .replace(/或达(\*\*)?(超过|逾)/g, '或超过$1')
  );
}

/**
 * Whether a rate states the change of an amount (the same statement group): the same subject, the rate of its measure
 * in the same period, or a rate of no stated period (or a bare `growth`) that stands right beside the amount in the same
 * sentence with no other figure between (`revenue came in at $14.6 billion, up 3% year over year`; `Revenue rose 8.4%
 * to 452.60 billion rupees`).
 * @example rateOfAmount(up3, revenue) // → true for `Net revenue came in at $14.6 billion, up 3% year over year`
 */
export function rateOfAmount(rate: StoryFact, amount: StoryFact): boolean {
  if (rate.figure.kind !== 'percent' || amount.figure.kind === 'percent' || rate.claim.subject !== amount.claim.subject) return false;
  const ofMeasure = rate.claim.metric === `${amount.claim.metric}${RATE_SUFFIX}`;
  if (!ofMeasure && rate.claim.metric !== 'growth') return false;
  if (rate.claim.period !== 'unknown' && rate.claim.period !== amount.claim.period) return false;
  if (rate.item.id !== amount.item.id || rate.sentence !== amount.sentence) return false;
  const [first, second] = rate.figure.start < amount.figure.start ? [rate.figure, amount.figure] : [amount.figure, rate.figure];
  const gap = rate.item.text.slice(first.end, second.start);
  if (gap.length > 28 || /\d|[.;；。]/.test(gap)) return false;
  // The rate before its amount changes it to the amount (`rose 8.4% to`, 增长8.4%至); after it, it follows at once (`, up 3%`).
  return first === rate.figure
    ? /^\s*(?:to|至|达到?)\s*$/iu.test(gap)
    : /^[\s,，(（]*(?:(?:or|an?)\s+)?(?:up|down|rising|falling|rose|fell|grew|growth of|increase of|decrease of|an? (?:increase|decline|rise|drop) of|\+|-|同比|环比|增长|下降|增|降)?\s*$/iu.test(
        gap,
      );
}

/**
 * An amount's clause with its change said after it, as a news writer reports a figure (`惠普…营收约为146亿美元` + 3% up year
 * on year → `惠普…营收约146亿美元，同比增长3%`): the copula before the amount goes (its verb is the change).
 */
export function withChange(clause: string, rate: StoryFact, c: Pick<Claim, 'scope'>): string {
  const bare = clause.replace(/约为(?=[^，。；为]*$)/u, '约').replace(/(?<![成作认因视称])为(?=[^，。；为]*$)/u, '');
  return `${bare}，${convention(c)}${changeWord(rate.figure, rate.sentence)}${renderFigureZh(rate.figure)}`;
}

/** Titles of a company's periodic results (an earnings call, quarterly results, `reports Q3`): the event is 公布…业绩. */
const RESULTS_TITLE = /\b(?:earnings|results|quarterly report)\b|\bQ[1-4]\b[^.;]*\b(?:call|transcript)\b|业绩(?:电话|说明)会|财报/i;
/** Measures a results lead opens on (revenue, profit, loss, earnings): never a buyback or a contract. */
const RESULTS_METRICS =
  /^(?:revenue|net-revenue|profit|net-profit|net-income|operating-profit|operating-income|loss|net-loss|earnings|eps|ebitda|ebita)$/;
/** The measure of a forecast its title names none of (`cuts annual forecast`). */
const DEFAULT_GUIDANCE = 'revenue';
/** A period a company reports results for: a fiscal or calendar quarter, half or year (not a month or a stock's moment). */
const RESULTS_PERIOD = /^(?:FY)?\d{4}(?:Q[1-4]|H[12]|Q1-Q[2-4])?$/;

/**
 * What a results story's lead says after its owner and period (`惠普2026财年第四财季营收约146亿美元，同比增长3%` →
 * `营收约146亿美元，同比增长3%`), for `{subject}公布{period}业绩，{rest}`; undefined when the clause does not open on its
 * subject and period or states a forecast or plan.
 */
export function resultsRest(event: string, subject: string, periodText: string): string | undefined {
  const head = `${subject}${periodText}`;
  const spaced = `${subject} ${periodText}`;
  const at = event.startsWith(head) ? head.length : event.startsWith(spaced) ? spaced.length : -1;
  if (at < 0 || periodText === '') return undefined;
  const rest = listed(event.slice(at).replace(/^(?:约为|为)/u, ''));
  if (!/^\p{Script=Han}/u.test(rest) || /^(?:预计|预期|计划|拟|将)/u.test(rest)) return undefined;
  return rest;
}

/** Whether a fact's figure stands inside quotation marks in its sentence. */
export function quoted(fact: StoryFact): boolean {
  const s = fact.sentence;
  const at = s.indexOf(fact.figure.text);
  if (at < 0) return false;
  const before = s.slice(0, at);
  const opens = (before.match(/[“「]/g)?.length ?? 0) - (before.match(/[”」]/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return opens > 0 || straight;
}

/**
 * Whether the fact's own figure is a forecast: an expectation word in its clause before it ('a forecast of $78
 * billion', '预计全年营收…'), or right after it ('$1.53 expected'). A word that only follows another amount of the
 * sentence ('sales of $68.1 billion and a forecast of $78 billion') forecasts that amount, not this one.
 */
export function expected(s: string, figureText: string): boolean {
  const at = s.indexOf(figureText);
  if (at < 0) return forecastWords().test(s);
  const before = s.slice(0, at);
  const after = s.slice(at + figureText.length, at + figureText.length + 12);
  // A subordinate clause opening on a subject (`… beat estimates as its cloud unit grew 39%`) is the figure's own (decision 172).
  return forecastWords().test(ownSubordinate(ownClause(before))) || /^\s*(?:expected|forecast|estimated|预期|预计)/i.test(after);
}

/** Where a clause of a sentence ends (commas, semicolons, colons, full stops; Chinese and English). */
const CLAUSE_MARKS = [...'，,；;：:。'];
/** A clause that goes on with the noun before an aside: `, of $9.2 billion to $9.5 billion`, `, between…`. */
const GOES_ON = /^\s*(?:of|between|in the range of|at)\b/i;
/** An aside inside a noun phrase: `, which ends in July next year,`, `, ending July 2028,`. */
const ASIDE = /^\s*(?:which|that|ending|ended|or)\b/i;

/**
 * The clause a figure stands in, up to the figure: from the last clause mark before it — or, when that clause goes on
 * with a noun an aside interrupted (`forecast revenue for fiscal 2028, which ends in July next year, of $9.2 billion`),
 * from the clause that names the noun, so the forecast word before the aside still governs the figure.
 */
function ownClause(before: string): string {
  const start = (end: number) => Math.max(...CLAUSE_MARKS.map((ch) => before.lastIndexOf(ch, end - 1))) + 1;
  let from = start(before.length);
  if (!GOES_ON.test(before.slice(from))) return before.slice(from);
  // Step back over the asides (each ends at a clause mark) to the clause before them.
  let aside = from - 1;
  while (aside > 0) {
    const prev = start(aside);
    if (!ASIDE.test(before.slice(prev, aside))) return before.slice(prev === aside ? from : prev);
    if (prev === 0) break;
    from = prev;
    aside = prev - 1;
  }
  return before.slice(from);
}

/** A plan or an intention in the figure's clause before it: `plans to spend $12 billion`, `计划投入`, `aims to raise`. */
const PLANNED =
  /\bplan(?:s|ned|ning)? to\b|\bplans? (?:for|of)\b|\bintends? to\b|\baims? to\b|\bset to\b|\bpledg(?:e|es|ed|ing) to\b|\bvow(?:s|ed)? to\b|计划|拟/i;

/** Whether the fact's own figure is a plan (a word of plan in its clause before it). */
export function planned(s: string, figureText: string): boolean {
  const at = s.indexOf(figureText);
  if (at < 0) return false;
  const before = s.slice(0, at);
  const clauseStart = Math.max(...[...'，,；;：:。'].map((ch) => before.lastIndexOf(ch))) + 1;
  return PLANNED.test(before.slice(clauseStart));
}

/** A possibility right before the figure in its clause: `could hit $32 billion`, `may reach as much as $5 billion`. */
const MAYBE = /\b(?:could|may|might)\s+(?:[a-z-]+\s+){0,4}$/i;

/** Whether the fact's own figure is only a possibility (could hit, may reach): 或将达到, never a figure reached. */
export function maybe(s: string, figureText: string): boolean {
  const at = s.indexOf(figureText);
  if (at < 0) return false;
  const before = s.slice(0, at);
  const clauseStart = Math.max(...[...'，,；;：:。'].map((ch) => before.lastIndexOf(ch))) + 1;
  return MAYBE.test(before.slice(clauseStart));
}

/** Measures of a company or a deal as a whole: their amounts run to millions at least. */
const COMPANY_SCALE = new Set(['contract', 'deal', 'investment', 'funding', 'valuation', 'revenue', 'capex', 'debt', 'ipo', 'market-cap']);

/** A price target right before a figure: `TP Rs1,920`, `price target to $250`, `目标价由…调升至2050元`. */
const TARGET_PRICE = new RegExp(
  `(?:${targetPriceSource({ abbreviations: true, script: 'latin' })})(?:\\s+(?:of|to|at|is|rises to|raised to))?\\s*$|(?:${targetPriceSource({ script: 'chinese' })})[^，。；]{0,12}$`,
  'i',
);

/** Whether a fact's figure is an analyst's price target for the stock (a price per share, never a company's measure). */
export function priceTarget(fact: Pick<StoryFact, 'figure' | 'sentence'>): boolean {
  const at = fact.sentence.indexOf(fact.figure.text);
  return at >= 0 && TARGET_PRICE.test(fact.sentence.slice(Math.max(0, at - 40), at));
}

/**
 * Whether a fact's results figure is of a year that had not begun on its item's day and its sentence says no forecast or plan
 * (`We introduce FY28 revenue of $66.0bn` in a note of September 2026): no reported result, and nobody it could be
 * told as the forecast of (decision 132).
 */
export function futureUnsaid(fact: Pick<StoryFact, 'figure' | 'claim' | 'sentence' | 'item'>): boolean {
  // A whole year's results measure only: a plan or a budget of a later year (capex, a buyback) is told as planned, and a
  // quarter's label may be a fiscal quarter its calendar resolved late.
  return (
    RESULTS_METRICS.test(fact.claim.metric.replace(/-growth$/, '')) &&
    /^(?:FY)?\d{4}$/.test(fact.claim.period) &&
    notBegun(fact.claim.period, fact.item.date) &&
    !expected(fact.sentence, fact.figure.text) &&
    !planned(fact.sentence, fact.figure.text) &&
    !maybe(fact.sentence, fact.figure.text)
  );
}

/** Whether a fact can be written as a plain sentence: not hedged in its source, a named measure, a period for a rate, not a unit price. */
export function writable(fact: StoryFact): boolean {
  if (fact.hedged || priceTarget(fact)) return false;
  // A company's deal, round, revenue or spending is never a few thousand in any currency: such an amount is a price
  // per share or per unit (a target of 1,850 rupees) the knowledge layer filed under a company measure.
  const v = fact.figure.value ?? fact.figure.high;
  if (fact.figure.kind === 'money' && COMPANY_SCALE.has(fact.claim.metric) && v !== undefined && Math.abs(v) < 1e5) return false;
  if (fact.claim.metric === 'price' || fact.claim.metric === 'share-price') return false;
  if (fact.figure.kind === 'percent' && fact.claim.period === 'unknown') return false;
  // A figure of a period that had not begun when it was reported is no result: told as a forecast or not at all.
  if (futureUnsaid(fact)) return false;
  return fact.figure.kind === 'money' || fact.figure.kind === 'percent';
}

/** A share-price move as its source tells it: the direction, the session word and 一度 for a move of 'as much as'. */
export interface MarketMove {
  move: '上涨' | '下跌';
  timing: string;
  once: string;
}

/**
 * How a fact's figure moves a share price, when its clause says so: a percentage of a share-price claim whose clause
 * names shares or stock, with a rise or fall word (the nearest before the figure, else right after it: `8% lower`), and
 * no span of days (`over the past 12 months`, `so far this year`: not today's move). A share price level (a money
 * figure) is no move.
 * @example marketMoveOf(fact('sent its shares down more than 8% in extended trading'), t) // → { move: '下跌', timing: '盘后', once: '' }
 */
export function marketMoveOf(fact: StoryFact, t: StoryTemplates): MarketMove | undefined {
  const m = t.marketMove;
  if (!m || fact.figure.kind !== 'percent' || !SHARE_METRICS.has(fact.claim.metric)) return undefined;
  const clause = figureClause(fact.sentence, fact.figure.text);
  const at = clause.indexOf(fact.figure.text);
  if (at < 0) return undefined;
  const before = clause.slice(0, at);
  // What follows the figure up to the next clause or a reason (`in extended trading as investors questioned …`).
  const after = clause.slice(at + fact.figure.text.length).split(/[,;，；。]|\s(?:as|after|when|while|because|following|amid)\s/)[0] ?? '';
  // The move's own words: from the last shares word before the figure (`sent its shares down`), else from the clause
  // start when the shares word follows (`an 8% drop in its shares`).
  const shares = [...before.matchAll(new RegExp(m.shares.source, 'giu'))].pop();
  const span = `${shares ? before.slice(shares.index ?? 0) : before}${fact.figure.text}${after}`;
  if (!(shares || m.shares.test(after)) || m.notToday.test(span)) return undefined;
  const last = (re: RegExp, text: string) => Math.max(-1, ...[...text.matchAll(re)].map((x) => x.index ?? -1));
  const lead = shares ? before.slice(shares.index ?? 0) : before;
  const up = last(m.up, lead);
  const down = last(m.down, lead);
  let move: MarketMove['move'] | undefined = up > down ? '上涨' : down > up ? '下跌' : undefined;
  if (!move) {
    const upAfter = new RegExp(m.up.source, 'iu').exec(after)?.index ?? -1;
    const downAfter = new RegExp(m.down.source, 'iu').exec(after)?.index ?? -1;
    move = upAfter >= 0 && (downAfter < 0 || upAfter < downAfter) ? '上涨' : downAfter >= 0 ? '下跌' : undefined;
  }
  if (!move) return undefined;
  // The figure's own direction, when the extractor read one, has the last word.
  if (fact.figure.direction) move = fact.figure.direction === 'down' ? '下跌' : '上涨';
  const timing = m.timing.find((w) => w.re.test(span))?.word ?? '';
  return { move, timing, once: fact.figure.qualifier === 'max' ? '一度' : '' };
}

/**
 * Whether a share move's own words give it to another company than `subject`: a company named from the start of the
 * phrase holding the shares word (after the last comma or `and` before it) to the figure (`Micron shares rose 5%` in a
 * Samsung story; `Shares of Samsung Electronics rose` is Samsung's).
 */
function otherCompanyMove(fact: StoryFact, subject: string, t: StoryTemplates, gaz: Gazetteer): boolean {
  const clause = figureClause(fact.sentence, fact.figure.text);
  const at = clause.indexOf(fact.figure.text);
  const before = at < 0 ? clause : clause.slice(0, at);
  const shares = t.marketMove ? [...before.matchAll(new RegExp(t.marketMove.shares.source, 'giu'))].pop() : undefined;
  const head = before.slice(0, shares?.index ?? 0);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('，'), head.lastIndexOf(' and ')) + 1;
  const own = lookupEntry(subject, gaz);
  return findEntities(before.slice(shares ? cut : 0), gaz).some(
    (e) => e.type === 'org' && e.name !== subject && e.name !== own?.parent && lookupEntry(e.name, gaz)?.parent !== subject,
  );
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Whether a share move further down a report is the day's reaction to its news: its clause names the session
 * (`in extended trading`, `in premarket trading`, `closed up`) or the report's own weekday (`fell 4.1% on Friday` in a
 * Friday report) — never another day's or a span's move (marketMoveOf's notToday).
 */
export function todaysMove(fact: Pick<StoryFact, 'figure' | 'sentence' | 'item'>, t: StoryTemplates): boolean {
  const clause = figureClause(fact.sentence, fact.figure.text);
  // A move before the news (`closed up 1.6% ahead of the results`) is no reaction to it.
  if (/\b(?:ahead of|before|prior to|the (?:week|month|quarter|year))\b/i.test(clause)) return false;
  if (t.marketMove?.timing.some((w) => w.re.test(clause))) return true;
  const day = fact.item.date ? new Date(`${fact.item.date.slice(0, 10)}T12:00:00Z`).getUTCDay() : undefined;
  const named = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(clause)?.[1];
  return named !== undefined && day !== undefined && WEEKDAYS[day] === named;
}

/**
 * The market reaction of the story's news: a share-price move of its subject that the first paragraph of its first
 * source states (or that source's title states with its number, or a later paragraph with the session or the report's
 * weekday: todaysMove), written as a clause of the lead
 * (`，股价盘后下跌超过8%`). Never a share price level, a move over a span of days or a move of another company.
 */
function marketReaction(
  bundle: StoryBundle,
  facts: StoryFact[],
  subjects: readonly string[],
  ctx: ComposeCtx,
  others = true,
): StoryFact | undefined {
  const first = bundle.items[0];
  if (!first || subjects.length === 0) return undefined;
  const para = (f: StoryFact) => f.item.sentences.find((s) => f.figure.start >= s.start && f.figure.end <= s.end)?.para;
  // The first source's move, else one a source of the same day states (a wire beside the company's own call transcript,
  // which tells no share move: decision 147). Another day's source is a follow-up's, not this news's reaction.
  const day = (d: string | null | undefined) => (d ?? '').slice(0, 10);
  // Not under a broker's call: a wire's move is the results' reaction, never the note's.
  const sources = [
    first,
    ...(others ? bundle.items.slice(1).filter((i) => day(i.date) === day(first.date) && day(first.date) !== '') : []),
  ];
  const of = (f: StoryFact) => sources.findIndex((i) => i.id === f.item.id);
  return [...facts]
    .filter((f) => of(f) >= 0)
    .sort((a, b) => of(a) - of(b))
    .find(
      (f) =>
        !f.past &&
        !quoted(f) &&
        subjects.includes(f.claim.subject) &&
        (para(f) === 0 || f.inTitle || todaysMove(f, ctx.templates)) &&
        marketMoveOf(f, ctx.templates) !== undefined &&
        !otherCompanyMove(f, f.claim.subject, ctx.templates, ctx.gaz),
    );
}

/**
 * Whether a pair claim's counterparty is what its sentence says: the counterparty (by any of its names) stands in the
 * figure's own clause, or it is an entity a title of the story names (`an investment of as much as $20 billion` in an
 * OpenAI story). `SoftBank's share set at $30 billion, while Amazon … Amazon Web Services` gives SoftBank no deal with
 * AWS, and `compute agreements worth roughly $1.4 trillion …, including a $38 billion deal with AWS` no $1.4 trillion
 * AWS contract. A claim without a counterparty passes.
 */
export function counterpartyStated(fact: StoryFact, bundle: StoryBundle, gaz: Gazetteer): boolean {
  const cp = fact.claim.counterparty;
  if (!cp) return true;
  // A count or class phrase (四巨头, 多家云厂商) or a pronoun names no party (decision 112).
  if (countedParty(cp)) return false;
  const e = lookupEntry(cp, gaz);
  const names = [cp, ...(e ? [e.name, ...(e.zh ? [e.zh] : []), ...e.aliases] : [])].filter((n) => n.trim().length >= 2);
  const s = fact.sentence;
  const at = s.indexOf(fact.figure.text);
  const clause =
    at < 0
      ? s
      : s.slice(
          Math.max(...[...'，,；;。'].map((ch) => s.lastIndexOf(ch, at))) + 1,
          Math.min(...[...'，,；;。'].map((ch) => s.indexOf(ch, at + fact.figure.text.length)).map((i) => (i < 0 ? s.length : i))),
        );
  const named = (text: string) =>
    names.some((n) =>
      /^[ -~]+$/.test(n) ? new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) : text.includes(n),
    );
  // A joint subject's member is no counterparty of it (阿里巴巴和腾讯对腾讯投资).
  if (fact.claim.subject.split(' + ').some((p) => p === cp || p === e?.name)) return false;
  if (named(clause)) return true;
  // Named only by a title: not when the story names the two side by side as partners of one side of the deal
  // (软银和英伟达联合注资OpenAI: 其中软银出资300亿美元 is no investment of SoftBank in Nvidia).
  if (coordinated(fact.claim.subject, names, bundle, gaz)) return false;
  return bundle.items.some((i) => findEntities(i.title, gaz).some((m) => m.name === cp || m.name === e?.name));
}

/** Whether some sentence or title of the story joins the subject and one of `names` by 和/、/及/and (co-investors, co-buyers). */
function coordinated(subject: string, names: readonly string[], bundle: StoryBundle, gaz: Gazetteer): boolean {
  const se = lookupEntry(subject, gaz);
  const own = [subject, ...(se ? [se.name, ...(se.zh ? [se.zh] : []), ...se.aliases] : [])].filter((n) => n.trim().length >= 2);
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alt = (xs: readonly string[]) => xs.map(esc).join('|');
  const join = '\\s*(?:和|、|及|以及|与|,\\s*|\\s+and\\s+|\\s*&\\s*)\\s*';
  const re = new RegExp(`(?:${alt(own)})${join}(?:${alt(names)})|(?:${alt(names)})${join}(?:${alt(own)})`, 'i');
  // Partners of a joint venture put money into the venture, not into each other.
  const joint = /联合|合计|共同|一起|合资|together|jointly|combined|\bled by\b|\bjoint[- ]ventures?\b|\bconsortium\b|领投|参投|跟投/i;
  return bundle.items.some((i) =>
    [i.title, ...i.sentences.map((x) => x.text)].some((t) => {
      const m = re.exec(t);
      return m !== null && joint.test(t);
    }),
  );
}

/** English words that refer back to a company or name a vehicle: `it`, `its`, `the four-year-old company`, `the venture`, `SPV`. */
const REFERS_BACK =
  /\b(?:it|its|they|their|the (?:[\w.-]+,? ){0,3}(?:company|firm|group|startup|venture|vehicle|lab|unit|business|fund|partnership)|vehicles?|SPVs?|joint ventures?)\b/i;

/**
 * Whether an English sentence gives a fact's amount to someone else: the nearest company or place it names before the
 * figure is neither the claim's subject nor its counterparty, and the sentence never names the subject (`Hong Kong IPOs
 * have raised about $31 billion so far this year` filed under a company listing there; `led by JPMorgan Chase, which is
 * providing $4 billion` filed under the fund it lends to). The knowledge layer's owner is then a guess the digest does
 * not print.
 */
export function ownerElsewhere(
  fact: Pick<StoryFact, 'figure' | 'item' | 'claim' | 'sentence'>,
  bundle: Pick<StoryBundle, 'entities'>,
): boolean {
  // A sentence that refers back (it, the company, the venture) or tells a vehicle's money may name a sponsor before the
  // figure whose owner it still is not: the knowledge layer's reading of it stands.
  if (/\p{Script=Han}/u.test(fact.sentence) || REFERS_BACK.test(fact.sentence)) return false;
  const at = fact.sentence.indexOf(fact.figure.text);
  if (at < 0) return false;
  const start = fact.figure.start - at;
  const end = start + fact.sentence.length;
  const named = (bundle.entities[fact.item.id] ?? []).filter(
    (m) => m.start >= start && m.end <= end && (m.type === 'org' || m.type === 'place'),
  );
  if (named.some((m) => m.name === fact.claim.subject)) return false;
  const nearest = named.filter((m) => m.end <= fact.figure.start).sort((a, b) => b.start - a.start)[0];
  return nearest !== undefined && nearest.name !== fact.claim.counterparty;
}

/**
 * A results figure told from further down the report is an amount, or a rate of a measure (growth, a margin): a
 * percentage filed under a level measure (`costs went up roughly 40%` as cost) would read as the level (成本约40%).
 */
function resultsMeasure(f: Pick<StoryFact, 'figure' | 'claim'>): boolean {
  if (f.figure.kind !== 'percent') return f.figure.kind === 'money';
  return f.claim.metric.endsWith(RATE_SUFFIX) || LEVEL_RATES.has(f.claim.metric);
}

/** Exact and approximate figures of one number are one value (`$21.3 billion`, `about $21.3 billion`). */
const PLAIN_QUALIFIERS: ReadonlySet<Figure['qualifier']> = new Set(['exact', 'approx']);

/**
 * Whether the story's statements of a fact's claim all state its value: the same number (sameNumber's tolerance) and
 * the same bound (a ceiling or a floor is another value than the number itself).
 * @example oneValue(fact('$21.3 billion'), [st('about $21.3 billion'), st('$21.3 billion')]) // → true
 */
export function oneValue(
  f: Pick<StoryFact, 'figure'> & Partial<Pick<StoryFact, 'sentence'>>,
  statements: readonly { figure: Figure; sentence?: string }[],
): boolean {
  const plain = (q: Figure['qualifier']) => PLAIN_QUALIFIERS.has(q);
  // The amount a sentence restates in another currency (`In dollar terms, revenue was $5.15 billion`), and the same
  // amount another source states in that currency (a call's `five point one five billion dollars`), are no second value.
  const restated = statements.filter((s) => restatedAmount(f, s));
  return statements.every(
    (s) =>
      // The estimate its sentence sets the figure against (`above our 20.6% estimate`) is nobody's second value of it.
      (s.sentence !== undefined && s.sentence === f.sentence && estimateValue(s.sentence, s.figure.text)) ||
      restated.some((r) => sameNumber(r.figure, s.figure) && plain(r.figure.qualifier) && plain(s.figure.qualifier)) ||
      // The same amount converted in its own sentence (`75.12 billion rupees ($854 million)`) is no second value.
      (f.sentence !== undefined && s.sentence === f.sentence && convertedIn(f.sentence, f.figure, s.figure)) ||
      (sameNumber(s.figure, f.figure) &&
        (s.figure.qualifier === f.figure.qualifier || (plain(s.figure.qualifier) && plain(f.figure.qualifier)))),
  );
}

/** The Chinese sentence of a claim fact (for the body): `Anthropic预计2026年营收为61亿美元。` */
export function claimSentence(fact: StoryFact, bundle: StoryBundle, ctx: ComposeCtx): string | undefined {
  const t = ctx.templates;
  const c = fact.claim;
  // A count of users (ChatGPT now has more than 900 million weekly active users): `OpenAI拥有超过9亿周活跃用户。`
  // A user count, not any count a users keyword sits near (`top five customers` is no 拥有5客户).
  if (
    fact.figure.kind === 'count' &&
    c.metric === 'users' &&
    fact.figure.unit &&
    USER_UNITS.test(fact.figure.unit) &&
    !fact.hedged &&
    t.sentences.countHas
  )
    return `${fill(t.sentences.countHas, { subject: zhName(c.subject, bundle, ctx.dir), amount: renderFigureZh(fact.figure) })}。`;
  const metric = factWord(fact, bundle, t);
  if (!metric || !writable(fact) || !counterpartyStated(fact, bundle, ctx.gaz) || ownerElsewhere(fact, bundle)) return undefined;
  // The figure's own sentence gives it to a market, a group or another company, or as spending under a value label.
  if (ownerUnsupported(fact, bundle, ctx.gaz)) return undefined;
  const vars = {
    subject: zhName(c.subject, bundle, ctx.dir),
    // A fiscal quarter of a company with no known fiscal calendar is said as its sentence names it (第一财季), never as
    // the calendar quarter the label maps it to.
    period: c.period === 'unknown' ? '' : (sentencePeriodZh(c.period, fact.sentence) ?? periodZh(c.period)),
    metric,
    amount: renderFigureZh(fact.figure),
    counterparty: c.counterparty ? zhName(c.counterparty, bundle, ctx.dir) : '',
    change: `${convention(c)}${changeWord(fact.figure, fact.sentence)}`,
  };
  // A share of a total filed as a growth rate (accounted for 38% of revenue) is no change: never 增长38%.
  if (fact.figure.kind === 'percent' && /growth/.test(c.metric) && shareOfTotal(fact.sentence, fact.figure.text)) return undefined;
  const lent = c.metric === 'debt' && !c.counterparty ? lentBy(fact.sentence, fact.figure.text) : undefined;
  // An equity cheque filed as debt (`will invest … for a 10% stake`) is the investor's, never the company's debt.
  const equity = c.metric === 'debt' && !c.counterparty && !lent ? investedBy(fact.sentence, fact.figure.text) : undefined;
  // A round's ticket filed as its investor's own funding (`Korea Development Bank provided 150 billion won of the
  // funding`) is the investor's investment in the company that raised, never a round the investor raised (round-context.ts).
  const giver = c.metric === 'funding' && !c.counterparty ? investedBy(fact.sentence, fact.figure.text, true) : undefined;
  const raiser =
    giver && (giver.lender.endsWith(c.subject) || zhName(giver.lender, bundle, ctx.dir) === vars.subject)
      ? roundRaiser(bundle.claims, c.subject, fact.figure)
      : undefined;
  let s: string;
  // A rate of change that is a forecast or guidance (raised its growth guidance to 3-4%) says so: 预计…营收增长3%至4%.
  if (fact.figure.kind === 'percent' && /growth/.test(c.metric))
    s = fill((expected(fact.sentence, fact.figure.text) && t.sentences.claimChangeExpected) || (t.sentences.claimChange as string), {
      ...vars,
      metric: metric.replace(/增速$|指引$/, ''),
    });
  // A purchase is said with its verb: 甲骨文向英伟达采购约400亿美元, not 甲骨文与英伟达的采购约为….
  else if (c.counterparty && pairVerb(metric, t)) {
    // A purchase still to come (`would commit to buy`, `will buy`) is told as one: 将向…采购.
    s = `${vars.subject}${futurePair(fact) ? '将' : ''}向${vars.counterparty}${pairVerb(metric, t)}${vars.amount}`;
  } else if (c.counterparty && c.metric === 'contract')
    // A contract done is said with its verb (xAI与Nebius签订价值34亿美元的合同), not as a table row (…的合同金额为…); one
    // still expected or possible keeps the plain form.
    s = fill(
      (!maybe(fact.sentence, fact.figure.text) && !expected(fact.sentence, fact.figure.text) && t.sentences[`contractWith.${metric}`]) ||
        (t.sentences.contractWith as string),
      vars,
    );
  else if (c.counterparty && c.metric === 'investment' && t.sentences.investWith) {
    // A loan or debt financing filed as an investment is told with its instrument (A向B提供N贷款), not as a stake.
    const key = flowInstrument(fact.sentence, fact.figure.text, t);
    // A payment still to come (`will contribute about $1bn`) is told as one: 将向….
    const parties = { from: vars.subject, to: vars.counterparty, modal: futurePair(fact) ? '将' : '' };
    s = key ? instrumentFlow(key, parties, t, vars.amount) : fill(t.sentences.investWith, { ...vars, modal: parties.modal });
  }
  // A possibility stays one (could hit $32 billion: 或将达到), never a figure reached.
  else if (maybe(fact.sentence, fact.figure.text) && t.sentences.claimMaybe) s = fill(t.sentences.claimMaybe, vars);
  // A month period is an as-of date (截至2026年6月，…), unless the figure is the month's own (8月营收: decision 131).
  else if (MONTH.test(c.period) && reportedMonth(c.period, fact.sentence) === undefined && t.sentences.asOf)
    s = fill(t.sentences.asOf, vars);
  // A forecast says so once: 预计…资本开支, never 预计…资本开支指引.
  else if (expected(fact.sentence, fact.figure.text) && t.sentences.claimExpected)
    s = fill(t.sentences.claimExpected, { ...vars, metric: metric.replace(/指引$/, '') });
  // A plan stays a plan (plans to spend $12 billion: 计划…资本开支为…), never a figure spent; a plan of a measure that
  // 计划 cannot govern (计划债务) is not written at all.
  else if (planned(fact.sentence, fact.figure.text)) {
    if (!PLAN_METRICS.has(c.metric) || !t.sentences.claimPlanned) return undefined;
    s = fill(t.sentences.claimPlanned, { ...vars, metric: metric.replace(/指引$/, '') });
  } else if (lent && t.sentences['flowWith.loan'])
    // A loan its sentence tells from the lender (`X will lend Y 5 billion yuan`) is lent money, not Y's debt (decision 104).
    s = instrumentFlow(
      'loan',
      { from: zhName(lent.lender, bundle, ctx.dir), to: vars.subject, modal: lent.future ? '将' : '' },
      t,
      vars.amount,
    );
  else if (equity && t.sentences.investWith)
    s = fill(t.sentences.investWith, {
      ...vars,
      subject: zhName(equity.lender, bundle, ctx.dir),
      counterparty: vars.subject,
      modal: equity.future ? '将' : '',
    });
  else if (giver && raiser && t.sentences.investWith)
    s = fill(t.sentences.investWith, { ...vars, counterparty: zhName(raiser, bundle, ctx.dir), modal: giver.future ? '将' : '' });
  // An equity cheque from a party the sentence leaves unnamed (`The state lender provided … in equity`) is the company's
  // equity raised, never its debt.
  else if (c.metric === 'debt' && !c.counterparty && t.sentences.equityIn && equityGiven(fact.sentence, fact.figure.text))
    s = fill(t.sentences.equityIn, { ...vars, modal: '' });
  else if (FLOW_WORDS.has(metric) && t.sentences.claimFlow)
    // A round still in talks or sought (`is in talks to raise`, `is close to raising`, `is seeking`) keeps its hedge
    // (正洽谈融资 / 拟融资), never told as money raised (decision 102).
    s = fill(t.sentences.claimFlow, {
      ...vars,
      metric: `${c.counterparty ? '' : sentenceModal('', fact.sentence, fact.figure.text, t)}${metric}`,
    });
  // A measure that is a deed (债券 issued, 贷款 taken, 资金净买入 received) is said with its verb (data/story-templates.json
  // `claimIs.<label>`): SC Data Centers发行9.6亿美元债券, not SC Data Centers债券为9.6亿美元.
  // A deed still being arranged or sought (`banks are arranging a $6 billion loan for X`, `is seeking to sell bonds`)
  // keeps its hedge: X拟获得60亿美元贷款, never a loan taken.
  else {
    const deed = t.sentences[`claimIs.${metric}`];
    const modal = deed ? sentenceModal('', fact.sentence, fact.figure.text, t) : '';
    s = fill(deed ?? (t.sentences.claimIs as string), { ...vars, modal: modal === '拟' || modal === '正洽谈' ? modal : '' });
  }
  return `${smoothCopula(s)}。`;
}

/**
 * A results figure (reported or guided) goes on with how it compares with the market's estimates when its own sentence
 * says so right after it (`ahead of estimates of $26.5 billion`): 营收270亿美元，高于市场预期的265亿美元.
 */
export function withEstimates(
  text: string,
  fact: Pick<StoryFact, 'claim' | 'figure' | 'sentence'>,
  t: StoryTemplates,
  /** The comparison a later sentence of the source makes for the figure (later-estimate.ts), when its own makes none. */
  later?: string,
): string {
  // A broker's own comparison (`came in above our 20.6% estimate`) is its note's reason, of any results measure (a
  // margin too): 高于该券商预期的20.6% (decision 105).
  const own = ownEstimateClause(fact.sentence, fact.figure, t);
  if (!own && !RESULTS_METRICS.test(fact.claim.metric.replace(/-growth$/, ''))) return text;
  // A growth rate whose sentence compares the amount it reached (`rose 4% to $8.2 billion, above estimates of…`) says
  // the comparison in words when the amount is not printed beside it (营收增长4%，高于市场预期; decision 105).
  const reached = growthRate(fact) ? reachedEstimateClause(fact.sentence, fact.figure, t) : undefined;
  const vs =
    own ??
    estimateClause(fact.sentence, fact.figure, t) ??
    // Another source stating the same value compares it (a call's `about $14.6 billion`, the wire's `$14.6 billion,
    // beating estimates of $14.4 billion`).
    fact.claim.statements
      .filter((st) => st.sentence !== fact.sentence && sameNumber(st.figure, fact.figure))
      .map((st) => estimateClause(st.sentence, st.figure, t))
      .find((x) => x !== undefined) ??
    (reached && !text.includes(renderFigureZh(reached.amount)) ? reached.word : undefined) ??
    later;
  const written = renderFigureZh(fact.figure);
  // An approximate amount a copula was moved past (营收约为42亿美元) stands without its 约.
  const amount = text.includes(written) ? written : written.replace(/^约/u, '');
  const at = text.indexOf(amount);
  if (!vs || at < 0) return text;
  // The comparison closes the figure's own clause (…至23.1亿美元，高于市场预期的22.4亿美元；…), said once.
  const end = at + amount.length;
  const stop = /[，；。]/u.exec(text.slice(end));
  const cut = stop ? end + stop.index : text.length;
  if (/(?:市场|该券商)预期/u.test(text.slice(at, cut + vs.length + 2))) return text;
  return `${text.slice(0, cut)}，${vs}${text.slice(cut)}`;
}

/** The way a claim's change is measured, when its scope names one (按固定汇率计算): said before the change word. */
function convention(c: Pick<Claim, 'scope'>): string {
  return c.scope && CONVENTION_SCOPES.has(c.scope) ? c.scope : '';
}

/** Measure words that name borrowed money, with the verb a headline says them with: 获得…贷款, 发行…债券. */
const BORROWED: readonly (readonly [RegExp, string])[] = [
  [/^(?:过桥|银团|定期|项目)?贷款$/u, '获得'],
  [/^(?:公司|可转换|绿色)?(?:债券|票据)$/u, '发行'],
];

/** Events told of a results measure (扭亏为盈 of a profit): a profit alert's expected figure makes them expected (预计). */
const RESULT_EVENTS = /^(?:profit|loss|revenue)$/;

/** Measures whose percentage is a level, not a change: a margin, a market share, a stake, a tariff rate. */
const LEVEL_RATES: ReadonlySet<string> = new Set(['margin', 'market-share', 'stake', 'tariff']);

/** The headline of a claim fact: `CoreWeave在手订单1300亿美元`, `台积电2026年第三季度营收增长41%`. */
export function claimHeadline(fact: StoryFact, bundle: StoryBundle, ctx: ComposeCtx): string | undefined {
  // The head keeps the deal edge's payer, payee and kind (decision 107), its counterparty a named party and a payment
  // for capacity a purchase (decision 112).
  const template = ctx.templates.sentences.deal as string;
  const parties = { dir: ctx.dir, gaz: ctx.gaz, template };
  const head = partyKeptHead(dealKeptHead(composedClaimHeadline(fact, bundle, ctx), fact, bundle, parties), fact, bundle, parties);
  // A subject that is an outlet's descriptor (视觉公司) is said by the name its sources write after it (described-subject.ts).
  const texts = bundle.items.map((i) => `${i.title}\n${i.text}`);
  return head === undefined ? undefined : describedName(head, zhName(fact.claim.subject, bundle, ctx.dir), texts);
}

function composedClaimHeadline(fact: StoryFact, bundle: StoryBundle, ctx: ComposeCtx): string | undefined {
  const c = fact.claim;
  const metric = factWord(fact, bundle, ctx.templates);
  if (!metric || !writable(fact) || !counterpartyStated(fact, bundle, ctx.gaz) || ownerElsewhere(fact, bundle)) return undefined;
  // The figure's own sentence gives it to a market, a group or another company, or as spending under a value label.
  if (ownerUnsupported(fact, bundle, ctx.gaz)) return undefined;
  // A plan of a measure 计划 cannot govern (plans to issue $4 billion of notes) heads nothing as if it were held.
  if (planned(fact.sentence, fact.figure.text) && !PLAN_METRICS.has(c.metric)) return undefined;
  // An investment with no counterparty names the round's raiser its sentence tells before the cheque (investee.ts).
  const cp = c.counterparty ? zhName(c.counterparty, bundle, ctx.dir) : investeeOf(fact, bundle, ctx);
  // A loan or debt financing filed as an investment heads as its instrument (A向B提供N贷款), never as a stake.
  const key = cp && c.metric === 'investment' ? flowInstrument(fact.sentence, fact.figure.text, ctx.templates) : undefined;
  if (key && cp) {
    const parties = { from: zhName(c.subject, bundle, ctx.dir), to: cp, modal: futurePair(fact) ? '将' : '' };
    return instrumentFlow(key, parties, ctx.templates, renderFigureZh(fact.figure));
  }
  if (fact.figure.kind === 'percent' && /growth/.test(c.metric) && shareOfTotal(fact.sentence, fact.figure.text)) return undefined;
  // A loan its sentence tells from the lender heads as lent money (国开行将向蓝芯云提供50亿元贷款), never as debt held.
  const lent = c.metric === 'debt' && !cp ? lentBy(fact.sentence, fact.figure.text) : undefined;
  if (lent && ctx.templates.sentences['flowWith.loan']) {
    const parties = { from: zhName(lent.lender, bundle, ctx.dir), to: zhName(c.subject, bundle, ctx.dir), modal: lent.future ? '将' : '' };
    return instrumentFlow('loan', parties, ctx.templates, renderFigureZh(fact.figure));
  }
  const equity = c.metric === 'debt' && !cp ? investedBy(fact.sentence, fact.figure.text) : undefined;
  if (equity && ctx.templates.sentences.investWith)
    return fill(ctx.templates.sentences.investWith, {
      subject: zhName(equity.lender, bundle, ctx.dir),
      modal: equity.future ? '将' : '',
      counterparty: zhName(c.subject, bundle, ctx.dir),
      amount: renderFigureZh(fact.figure),
    });
  if (c.metric === 'debt' && !cp && ctx.templates.sentences.equityIn && equityGiven(fact.sentence, fact.figure.text))
    return fill(ctx.templates.sentences.equityIn, {
      subject: zhName(c.subject, bundle, ctx.dir),
      modal: '',
      amount: renderFigureZh(fact.figure),
    });
  // A head composed from a fact says a forecast is one, its lead-in clause's too (`公司预计，四季度营收…`: decision 107's
  // note), never a quarter reported.
  const ahead = expected(fact.sentence, fact.figure.text) || forecastLeadIn(fact.sentence, fact.figure.text) !== undefined;
  const verb = cp ? pairVerb(metric, ctx.templates) : undefined;
  const link = c.metric === 'investment' || verb ? '向' : '与';
  // A bare purchase names what is bought when the title does (`commits $10bn to AMD chips`: 向AMD采购约100亿美元芯片).
  const goods = cp && (verb ?? metric) === '采购' ? (ctx.templates.goods.find((g) => g.re.test(title(bundle).text))?.word ?? '') : '';
  // A month's own figure (8月营收) heads with its month, as its lead tells it (decision 131).
  const when = sentencePeriodZh(c.period, fact.sentence) ?? monthZh(reportedMonth(c.period, fact.sentence)) ?? headPeriod(c.period);
  const vars = {
    // A pair claim names both parties; a forecast says so (预计…营收, never 预计…营收指引).
    // A purchase still to come heads as one, as its lead says it: Humain将向AMD采购…, never a purchase made.
    // A pair verb's period stands before its parties (甲骨文2026年将向英伟达采购…, never 向英伟达2026年采购).
    subject: `${zhName(c.subject, bundle, ctx.dir)}${cp && verb ? when : ''}${cp && verb && futurePair(fact) ? '将' : ''}${cp ? `${link}${cp}` : ''}${ahead ? '预计' : ''}`,
    period: cp && verb ? '' : when,
    // A round in talks or still sought heads as one (拟融资, 正洽谈融资: decision 102), as its lead says it.
    metric: `${!cp && FLOW_WORDS.has(metric) ? sentenceModal('', fact.sentence, fact.figure.text, ctx.templates) : ''}${(fact.figure.kind === 'percent' ? metric.replace(/增速$/, '') : (verb ?? metric)).replace(ahead ? /指引$/ : /$^/, '')}`,
    amount: `${renderFigureZh(fact.figure)}${fact.figure.kind === 'money' ? goods : ''}`,
    change: `${convention(c)}${changeWord(fact.figure, fact.sentence)}`,
  };
  // A rate that is a level (a margin of 21.1%, a 30% share) is no change: 利润率21.1%, never 利润率增长21.1%.
  if (fact.figure.kind === 'percent')
    return fill(LEVEL_RATES.has(c.metric) ? '{subject}{period}{metric}{amount}' : '{subject}{period}{metric}{change}{amount}', vars);
  // Borrowed money is said with its verb, the amount before the instrument (Colossus Compute获得125亿美元贷款,
  // 某公司发行50亿美元债券), never as a table row (贷款125亿美元).
  const instrument = cp ? undefined : BORROWED.find(([re]) => re.test(vars.metric));
  if (instrument && !maybe(fact.sentence, fact.figure.text) && !ahead)
    return fill(`{subject}{period}${instrument[1]}{amount}{metric}`, vars);
  // A possibility heads as one: 戴尔AI服务器在手订单或达320亿美元.
  return smoothCopula(
    fill(maybe(fact.sentence, fact.figure.text) ? '{subject}{period}{metric}或达{amount}' : '{subject}{period}{metric}{amount}', vars),
  );
}

/** Whether a pair claim's figure is a purchase still to come in its own clause (`would commit to buy`, `will buy`, 将). */
export function futurePair(fact: Pick<StoryFact, 'sentence' | 'figure'>): boolean {
  const at = fact.sentence.indexOf(fact.figure.text);
  return at >= 0 && FUTURE_PAIR.test(figureClause(fact.sentence, fact.figure.text).split(fact.figure.text)[0] ?? '');
}

/**
 * The hedge of the report's own sentence before a figure, when the title gives none or only a plain future (`Said to
 * Raise`, `to raise`: 将): `is in talks to raise about 3 billion yuan` is 正洽谈 — never a done deal.
 */
export function sentenceModal(titleModal: string, sentence: string, figureText: string, t: StoryTemplates): string {
  const at = sentence.indexOf(figureText);
  const before = at < 0 ? '' : sentence.slice(0, at);
  // Talks stay talks (decision 114): a report's `are in advanced talks to …` before its figure is told as 正洽谈 over a
  // title's plan (`Said to Plan`: 拟, 计划), which would read the talks as a plan settled.
  if (titleModal !== '' && titleModal !== '将') return TALKS_UNDER_WAY.test(before) ? '正洽谈' : titleModal;
  // Only talks and a deal still sought (`is raising`, `close to raising`: decision 102): a title's other 拟 words read
  // otherwise in a report's prose (`a campus near Amarillo` is no `nears a deal`).
  for (const m of t.modality) if ((m.word === '正洽谈' || m.prose) && m.re.test(before)) return m.word;
  return titleModal;
}

/** Talks under way in a report's sentence (`are in advanced talks to`, `is negotiating`), never talks done (`negotiated`). */
const TALKS_UNDER_WAY =
  /\b(?:(?:is|are|was|were|remain|remains) )?in (?:early |advanced |exclusive |preliminary |final )?talks\b|\b(?:is|are) negotiating\b/i;

function modalOf(titleText: string, at: number, t: StoryTemplates, end = at): string {
  const before = titleText.slice(0, at);
  for (const m of t.modality) if (m.re.test(before)) return m.word;
  // A verb phrase that is itself tentative ('nears record $100 billion round').
  const own = titleText.slice(at, end);
  for (const m of t.modality) if (m.word === '拟' && m.re.test(own)) return m.word;
  return '';
}

/**
 * The companies a title joins by `and` / `&` right before its verb (`Blackstone and CoreWeave line up …`), when the
 * claim's subject is one of them; undefined otherwise.
 */
export function jointSubject(
  titleText: string,
  at: number,
  mentions: readonly { name: string; start: number; end: number; type: string }[],
  subject: string,
): string[] | undefined {
  const orgs = mentions.filter((m) => m.type === 'org' && m.end <= at);
  const [a, b] = orgs.slice(-2);
  if (!a || !b || a.name === b.name || orgs.length !== 2) return undefined;
  if (!/^\s*(?:and|&)\s*$/i.test(titleText.slice(a.end, b.start)) || titleText.slice(b.end, at).trim() !== '') return undefined;
  return [a.name, b.name].includes(subject) ? [a.name, b.name] : undefined;
}

/** The entity or product named right after the verb: `launches GPT-5.5 with …` → `GPT-5.5`. */
function objectAfter(
  titleText: string,
  end: number,
  names: { name: string; start: number; type: string }[],
  bundle: StoryBundle,
  ctx: ComposeCtx,
): string | undefined {
  const ent = names.find((n) => n.start >= end && n.start - end <= 12);
  if (ent && ent.type === 'org') return zhName(ent.name, bundle, ctx.dir);
  if (ent) {
    // A product keeps its version as the title writes it: Gemini 3.5 Pro, not Gemini.
    const run = /^[A-Za-z0-9][\w.+-]*(?:\s+(?:\d[\w.+-]*|Pro|Ultra|Max|Mini|Flash|Plus|Turbo|Lite|Coder|[A-Z]\d[\w.]*))*/.exec(
      titleText.slice(ent.start),
    );
    if (!run) return zhName(ent.name, bundle, ctx.dir);
    return wholeName(run[0], titleText.slice(ent.start + run[0].length), titleText);
  }
  const rest = titleText.slice(end);
  const m = /^\s+(?:its |a |an |the |new )?([A-Z0-9][\w.+-]*\d[\w.+-]*|[A-Z][\w+-]*[A-Z0-9][\w.+-]*)/.exec(rest);
  if (!m?.[1]) return undefined;
  return wholeName(m[1].replace(/[.,;:]+$/, ''), rest.slice(m.index + m[0].length), titleText);
}

/** Words of a title that end a name: prepositions, articles, conjunctions, verbs of saying. */
const NAME_ENDS =
  /^(?:For|With|To|In|On|At|As|And|Or|But|Of|The|A|An|Amid|After|Before|From|By|Into|Over|Under|Its|Is|Are|Says?|Said|Vs?\.?|Than|That|Who|While)$/;

/**
 * A multi-word name after the verb, whole (`DGX Cloud Lepton`, never `DGX` alone): in a sentence-case title the
 * capitalised words that follow the first are the name's; in a Title Case title they cannot be told from the next
 * words of the headline, and no object is read (the next rule tells the event).
 * @example wholeName('DGX', ' Cloud Lepton for developers', 'Nvidia unveils DGX Cloud Lepton for developers') // → 'DGX Cloud Lepton'
 */
export function wholeName(first: string, after: string, titleText: string): string | undefined {
  const words: string[] = [];
  for (const w of after.matchAll(/\s+([A-Z0-9][\w.+-]*)/gy)) {
    const word = (w[1] as string).replace(/[.,;:]+$/, '');
    if (NAME_ENDS.test(word)) break;
    words.push(word);
    if (word !== w[1]) break;
  }
  if (words.length === 0) return first;
  // Sentence case: some word of four lower-case letters or more stands in the title.
  if (!/(?:^|\s)[a-z]{4,}\b/.test(titleText)) return undefined;
  return [first, ...words].join(' ');
}

/**
 * Whether the words before a share-move verb name the moving stock: they end on shares or stock, or they are a company
 * the title names (with its possessive): `Samsung shares climb`, `Nvidia's stock slides`, `Nvidia slides`; not
 * `Broadcom forecasts revenue above estimates as chip demand surges`.
 */
function sharesHead(matched: string, mentions: readonly { start: number; end: number; type: string }[]): boolean {
  const head = matched.replace(/\s+\S+$/, '');
  if (/\b(?:shares?|stock)\s*$/i.test(head)) return true;
  const lead = head.length - head.trimStart().length;
  return mentions.some((n) => n.type === 'org' && n.start === lead && /^(?:['’]s)?\s*$/.test(head.slice(n.end)));
}

function findDeal(bundle: StoryBundle, kind: string, names: Set<string>, gaz: Gazetteer, titleText = ''): DealEdge | undefined {
  // A unit stands for its owner the title names (AWS, alias Amazon Web Services, for Amazon).
  const named = (n: string) => {
    if (names.has(n)) return true;
    const e = lookupEntry(n, gaz);
    if (e?.parent && names.has(e.parent)) return true;
    if ([...names].some((t) => [n, ...(e?.aliases ?? [])].some((a) => a.toLowerCase().startsWith(`${t.toLowerCase()} `)))) return true;
    // A party the gazetteer does not know, named in the title by its first word (`Abu Dhabi's Qasr backs Mistral`: Qasr AI
    // Investments): a capitalised word of four letters or more, whole.
    const head = /^[A-Z][A-Za-z]{3,}/.exec(n)?.[0];
    return head !== undefined && !e && new RegExp(`\\b${head}\\b`).test(titleText);
  };
  const deals = bundle.deals.filter((d) => d.kind === kind);
  // Both parties named in the title: an edge of another pair (Nvidia → Anthropic in an Nvidia → OpenAI story) is not it.
  return deals.find((d) => named(d.from) && named(d.to));
}

/**
 * The lender of a debt fact: an investment edge into another party stating the same amount whose own clause says a loan
 * (`Apollo will lend $3 billion to the project company`), its payer not the debt's owner.
 */
export function lenderEdge(deals: readonly DealEdge[], fact: Pick<StoryFact, 'claim' | 'figure'>, t: StoryTemplates): DealEdge | undefined {
  return deals.find(
    (d) =>
      d.kind === 'invest' &&
      d.from !== fact.claim.subject &&
      !d.joint &&
      d.amount !== undefined &&
      sameNumber(d.amount, fact.figure) &&
      flowInstrument(d.sentence, d.amount.text, t) === 'loan',
  );
}

interface EventClause {
  clause: string;
  /** The clause without the title's second figure (a headline too long with it keeps this). */
  base?: string;
  fact?: StoryFact;
  also?: StoryFact;
  figure?: Figure;
  owner?: { subject: string; metric: string };
  deal?: DealEdge;
  /** The canonical name the clause opens on (the payer of a deal, the subject of a claim or an object event). */
  subject?: string;
  /** The event is a joint venture of the title's partners. */
  venture?: boolean;
  /** The event said in words without its figure (`亚马逊向Anthropic追加投资`), when its template can say it so. */
  bare?: string;
  /** A share move told as a level (`股价增至8%`) by a verb of any measure: no reading of the move. */
  level?: true;
  /**
   * A forecast raised or cut with no figure of its own (`raises full-year forecast`): the change in words, to follow the
   * period's results (并上调全年业绩指引, decision 105).
   */
  guided?: string;
  /** The rule's verb only names the act on its fact (story-templates `names`): the story keeps the fact's standing. */
  names?: true;
}

/**
 * A title's forecast change with no figure of its own (`raises full-year forecast`) that came with the period's reported
 * results of the same company the story holds: the results lead, the change rides after them (decision 105).
 */
function figurelessGuidance(ev: EventClause | undefined, facts: readonly StoryFact[]): { subject: string; guided: string } | undefined {
  if (!ev?.guided || ev.fact || ev.figure || ev.subject === undefined) return undefined;
  const subject = ev.subject;
  const holds = facts.some(
    (f) =>
      !f.past &&
      f.claim.subject === subject &&
      f.figure.kind === 'money' &&
      RESULTS_METRICS.test(f.claim.metric) &&
      RESULTS_PERIOD.test(f.claim.period) &&
      !expected(f.sentence, f.figure.text),
  );
  return holds ? { subject, guided: ev.guided } : undefined;
}

/**
 * A rate told by a verb of any measure as the level its measure reached (`股价增至8%`, `营收增至12%`): a share move, or a
 * rate of a measure stated only in amounts, read by no verb of its own measure (上调价格3%至10% is the price's change).
 */
export function readsAsLevel(fact: Pick<StoryFact, 'claim' | 'figure'>, usesArg: string | undefined): boolean {
  const metric = fact.claim.metric;
  if (fact.figure.kind !== 'percent' || metric.endsWith('-growth') || (usesArg !== undefined && metric.startsWith(usesArg))) return false;
  return metric === 'share-price' || !(loadMetricLexicon().byMetric.get(metric)?.kinds.includes('percent') ?? true);
}

/** A fact that is a growth rate of its measure (`revenue-growth`, a percentage). */
function growthRate(fact: Pick<StoryFact, 'claim' | 'figure'>): boolean {
  return fact.figure.kind === 'percent' && fact.claim.metric.endsWith('-growth');
}

/** How a joint venture is named in Chinese copy once its partners are told. */
const VENTURE_ZH = '合资公司';
/** The venture named before a figure in its sentence: `The venture, which would …`, `the JV`, 该合资公司. */
const VENTURE_REF = /\b(?:the|this|that) (?:new )?(?:joint[- ])?venture\b|\bthe JV\b|合资公司|合资企业/i;

/** Whether a fact's sentence gives its figure to the venture (named before the figure). */
function ofVenture(f: StoryFact): boolean {
  const at = f.sentence.indexOf(f.figure.text);
  return at > 0 && VENTURE_REF.test(f.sentence.slice(0, at));
}

/**
 * The clause of the title's event, with the figure it states: the first event rule matching the title that the
 * story's knowledge can fill (a deal between two entities the title names; a fact of the rule's metric; for a rule
 * of any metric, the fact whose number the title states).
 */
/** The step of a listing when the title names none of the table's: 推进IPO. */
const IPO_STAGE_DEFAULT = '推进IPO';
/** Stages a venue goes before (科创板IPO定价, 港股上市首日); 推进IPO / 递交上市申请 read without it. */
const VENUE_STAGE = /^(?:IPO|上市首日|启动IPO)/u;
/** A sentence about a listing (an IPO, an offering, 招股, 上市). */
const OFFERING = /\bIPO\b|\b(?:initial public )?offering\b|\blisting\b|招股|上市|IPO/iu;
/** The words before the money an offering raises: `raising 4.8 billion yuan`, `to raise about $1 billion`, `募资约58亿港元`. */
const RAISES =
  /(?:\brais(?:e|es|ed|ing)|\bproceeds of|募资|募集资金|集资)\s*(?:about|roughly|nearly|some|as much as|up to|约|最多|不超过)?\s*$/iu;

/**
 * The money an offering raises, as the first sentences of its report state it (`…priced at 41 yuan a share, raising 5.2
 * billion yuan`): the first money figure right after a raise word in a sentence about the listing; none when no
 * sentence of the report's first two paragraphs says so.
 * @example raisedByOffering(item of 'X priced its IPO at $20 a share, raising $1.2 billion.') // → the $1.2 billion
 */
export function raisedByOffering(item: ItemRecord | undefined): Figure | undefined {
  for (const s of item?.sentences ?? []) {
    if (s.para > 1 || !OFFERING.test(s.text)) continue;
    const f = extractFigures(s.text).find((x) => x.kind === 'money' && RAISES.test(s.text.slice(0, x.start)));
    if (f) return f;
  }
  return undefined;
}

/**
 * Where an event is read from: the title (any rule), or the report's opening sentence when the title says no event of
 * its own (`Acme agreed to buy Beta for $2 billion, the companies said`) — there only a rule whose roles the knowledge
 * layer holds (`roleBearing`).
 */
interface EventSource {
  text: string;
  lead: true;
}

/**
 * Whether an event rule tells who did what to whom from the knowledge layer's roles, not from words near the verb: a
 * deal edge (payer and payee), a venture's partners, a claim of a named measure (a round, a listing, debt, a fine). A bare
 * verb of any measure (rise, expect, plan), a guidance change (whose raiser may be an analyst), an object after a verb
 * (launch, sue) or a share move reads its roles from a title's short syntax only: never from a report's longer sentence.
 */
export function roleBearing(uses: string): boolean {
  const [kind, arg] = uses.split(':');
  if (kind === 'deal' || kind === 'venture') return true;
  return kind === 'claim' && arg !== undefined && arg !== 'share-price';
}

/**
 * The report's opening sentence, when it may tell the event its title does not: the first sentence of the title's report
 * that names an entity (a dateline or a byline names none).
 */
export function openingSentence(bundle: StoryBundle, gaz: Gazetteer): string | undefined {
  return title(bundle).item.sentences.find((s) => s.para <= 1 && findEntities(s.text, gaz).some((m) => m.type === 'org'))?.text;
}

function eventClause(bundle: StoryBundle, facts: StoryFact[], ctx: ComposeCtx, from?: EventSource): EventClause | undefined {
  const text = from?.text ?? title(bundle).text;
  const t = ctx.templates;
  const mentions = findEntities(text, ctx.gaz).filter((m) => m.type !== 'media');
  const names = new Set(mentions.map((m) => m.name));
  const titleFigs = extractFigures(text);
  // The title's first event is its news (`CoreWeave unit secures $7.2 billion loan … after parent's $2 billion bond
  // sale`: the loan): matching rules are tried in the order their verbs stand in the title, the table's order breaking
  // ties (invest-more before invest at the same verb).
  const matches: { rule: EventRule; at: number; end: number; verbAt: number }[] = [];
  for (const rule of t.events) {
    if (from?.lead && !roleBearing(rule.uses)) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    // A share move is told of shares or of the company itself (`Nvidia slides`, `Samsung shares climb`): the
    // case-blind pattern also reads `… as chip demand surges`, which moves no stock.
    if (rule.uses === 'claim:share-price' && !sharesHead(m[0], mentions)) continue;
    // An anchored share-move pattern opens on the company: its verb is the match's last word, where a rule of any
    // measure reading the same verb (`rise` on `shares jump`) starts; the table's order (share moves first) breaks the tie.
    const verbAt = rule.uses === 'claim:share-price' ? m.index + m[0].length - (/\S+$/.exec(m[0])?.[0].length ?? 0) : m.index;
    matches.push({ rule, at: m.index, end: m.index + m[0].length, verbAt });
  }
  matches.sort((a, b) => a.verbAt - b.verbAt);
  // A title stating an amount is news of that amount: a rule whose verb comes first but whose fact does not state it
  // (`SoftBank lines up $22 billion bridge loan`: lines up → its other funding of 150亿至200亿美元) yields to a later
  // rule whose fact does (the bridge loan); only when none does is the subject's fact of the first rule told.
  let strict = titleFigs.some((f) => f.kind === 'money');
  for (const pass of strict ? [true, false] : [false]) {
    strict = pass;
    for (const x of matches) {
      const told = tryEvent(x.rule, x.at, x.end);
      // A report's sentence tells an event only with a fact or an edge behind it: its words alone do not say who acts
      // (`Analysts raised their targets on Nvidia …` is no guidance of Nvidia's).
      const got = from?.lead && !told?.fact && !told?.deal ? undefined : told;
      const states = got?.figure !== undefined && titleFigs.some((f) => f.kind === 'money' && sameNumber(f, got.figure as Figure));
      if (got && (!pass || states)) return got;
    }
  }
  return undefined;

  function ventureClause(at: number): EventClause | undefined {
    const parts = ventureParts(at, mentions);
    const tpl = t.sentences.venture;
    if (!parts || !tpl) return undefined;
    const what = t.ventureWhat.find((w) => w.re === null || w.re.test(text))?.what ?? '';
    const placeZh = parts.place ? zhName(parts.place, bundle, ctx.dir) : '';
    const money = titleFigs.filter((f) => f.kind === 'money');
    const fact = facts.find((f) => !f.past && !priceTarget(f) && money.some((m) => sameNumber(m, f.figure)));
    const before = text.slice(0, at);
    const titleModal = /\bplan(?:s|ned|ning)?\b/i.test(before) ? '拟' : modalOf(text, at, t);
    const vars = {
      partners: parts.partners.map((n) => zhName(n, bundle, ctx.dir)).join('与'),
      modal: fact ? sentenceModal(titleModal, fact.sentence, fact.figure.text, t) : titleModal,
      place: HAN_TEXT.test(placeZh) ? `在${placeZh}` : '',
      what,
    };
    const base = fill(tpl, vars);
    if (!fact || !t.sentences.ventureAmount) return { clause: base, subject: parts.partners[0] as string, venture: true };
    // What the project could cost is no fixed total (decision 114): 总投资或达….
    const amountTpl = (possibleFigure(fact.sentence, fact.figure.text) && t.sentences.ventureAmountMaybe) || t.sentences.ventureAmount;
    const clause = fill(amountTpl, { clause: base, amount: renderFigureZh(fact.figure) });
    return { clause, base, bare: base, fact, figure: fact.figure, subject: fact.claim.subject, venture: true };
  }

  /**
   * A raised or cut forecast (`Infosys raises annual revenue forecast`): the new value the title's report gives for the
   * title's measure, forecast in its own clause and not the value before the change (`up from its earlier forecast of
   * 2% to 3%`). A claim of the story first; else the title report's own extracted figure (a claim scoped to a basis,
   * `in constant currency`, reaches no bundle). With none, the change is told without its value.
   */
  function guidanceClause(rule: EventRule, modal: string, titleSubject: string | undefined, span: string): EventClause | undefined {
    const named = titleMetrics(text, t);
    // A forecast the title names no measure of (`cuts annual forecast`) is the company's revenue forecast, the one a
    // report states first (decision 085); a title naming its measure keeps it.
    const ofMeasure = (metric: string | undefined, measures: ReadonlySet<string>) =>
      metric !== undefined && [...measures].some((m) => metric === m || metric.startsWith(`${m}-`));
    const ahead = (figure: Figure, sentence: string) => expected(sentence, figure.text) && amountBasis(figure, sentence) !== 'earlier';
    const period = (p: string | undefined) => (ANNUAL.test(text) ? '全年' : headPeriod(p ?? 'unknown'));
    // The title's company, else (a name the gazetteer does not know) the one the report's forecast is filed under.
    // The forecast stating the title's own figure first; a title of the full year takes no quarter's (title-forecast.ts).
    const annual = ANNUAL.test(text);
    const forecastOf = (measures: ReadonlySet<string>, own = false) =>
      titleForecastOrder(facts, titleFigs, annual).find(
        (f) =>
          !f.past &&
          (titleSubject === undefined || f.claim.subject === titleSubject) &&
          ofMeasure(f.claim.metric, measures) &&
          ahead(f.figure, f.sentence) &&
          // The estimate a figure is set against is no forecast of the company's (decision 105).
          !estimateValue(f.sentence, f.figure.text) &&
          !(own && estimateFigure(f.sentence, f.figure.text)),
      );
    // A forecast whose own words after its verb name no measure (`cuts annual forecast`, another clause naming one: `as
    // customers delay spending`) is the company's revenue forecast, never the analysts' estimate beside it (decision 085).
    const fact = forecastOf(named) ?? (titleMetrics(span, t).size === 0 ? forecastOf(new Set([DEFAULT_GUIDANCE]), true) : undefined);
    const item = title(bundle).item;
    const sentenceOf = (f: Figure) => item.sentences.find((x) => f.start >= x.start && f.end <= x.end)?.text ?? '';
    const figure = fact
      ? undefined
      : titleForecastOrder(
          (bundle.figures[item.id] ?? []).map((f) => ({ figure: f, claim: { period: f.period ?? 'unknown' } })),
          titleFigs,
          annual,
        )
          .map((c) => c.figure)
          .find(
            (f) =>
              f.subject !== undefined &&
              (titleSubject === undefined || f.subject === titleSubject) &&
              ofMeasure(f.metric, named) &&
              !f.negated &&
              ahead(f, sentenceOf(f)) &&
              !estimateValue(sentenceOf(f), f.text),
          );
    // A company the gazetteer does not know: the one the story's facts are filed under that the title names.
    const subjectName =
      fact?.claim.subject ?? figure?.subject ?? titleSubject ?? facts.find((f) => text.includes(f.claim.subject))?.claim.subject;
    if (!subjectName) return undefined;
    const subject = zhName(subjectName, bundle, ctx.dir);
    const metricId = fact?.claim.metric ?? figure?.metric;
    if (!metricId || !rule.template) {
      if (!rule.templateNoAmount || named.size === 0) return undefined;
      const word = (metricWord([...named][0] as string, text, t) ?? '').replace(/指引$/u, '');
      // Its own words name a measure or none (`beats revenue estimates, raises full-year forecast`: no measure of the
      // forecast's): 全年营收指引 / 全年业绩指引.
      const own = [...titleMetrics(span, t)][0];
      const guided = fill(rule.templateNoAmount, {
        subject: '',
        modal: '',
        period: period(undefined),
        metric: ((own ? metricWord(own, span, t) : undefined) ?? t.sentences.guidanceMeasure ?? '').replace(/指引$/u, ''),
      });
      return {
        clause: fill(rule.templateNoAmount, { subject, modal, period: period(undefined), metric: word }),
        subject: subjectName,
        guided,
      };
    }
    const shown = (fact?.figure ?? figure) as Figure;
    // A figure of a segment (`AI revenue growth`) is said with its segment (AI营收增速; title-forecast.ts).
    const word = fact
      ? factWord(fact, bundle, t)
      : segmentWord(shown, metricWord(metricId, sentenceOf(shown), t, undefined, shown.text) ?? '', CONVENTION_SCOPES);
    const vars = {
      subject,
      modal,
      period: period(fact?.claim.period ?? figure?.period),
      // The template says 指引 itself: a forecast's own word (营收指引) gives its measure only, never 营收指引指引.
      metric: (word ?? '').replace(/指引$/u, ''),
      amount: renderFigureZh(shown),
    };
    const clause = fill(rule.template, vars);
    // A headline past 30 characters keeps the measure and the value, without the period (the lead says it).
    const base = fill(rule.template, { ...vars, period: '' });
    const bare = rule.templateNoAmount ? { bare: fill(rule.templateNoAmount, vars) } : {};
    if (fact) return { clause, base, ...bare, fact, figure: fact.figure, subject: subjectName };
    return { clause, base, ...bare, figure: shown, owner: { subject: subjectName, metric: metricId }, subject: subjectName };
  }

  /** Where the listing is: the title's venue, else its report's opening sentence's. */
  function ipoVenue(): string {
    const opening = bundle.items[0]?.sentences[0]?.text ?? '';
    // The table's order is the most specific first (科创板 before A股): title and opening are read together.
    return t.ipoVenues.find((v) => v.re.test(text) || v.re.test(opening))?.word ?? '';
  }

  /** The pricing step the title reports of a listing (IPO定价于区间上限, IPO定价), else undefined. */
  function pricedStage(): string | undefined {
    const stage = t.ipoStages.find((x) => x.re.test(text))?.word;
    return stage && /定价/u.test(stage) ? stage : undefined;
  }

  /** Whether the title reports a listing's offering launched (its stage is 启动…招股), decision 175. */
  function launchedStage(): boolean {
    return /^启动/u.test(t.ipoStages.find((x) => x.re.test(text))?.word ?? '');
  }

  function ipoClause(subject: string, subjectName: string | undefined, modal: string, time: string): EventClause {
    const stage = t.ipoStages.find((x) => x.re.test(text))?.word ?? IPO_STAGE_DEFAULT;
    const vars = { subject, modal, time, venue: ipoVenue(), stage };
    const raised = raisedByOffering(bundle.items[0]);
    const owner = subjectName ? { subject: subjectName } : {};
    const staged = fill(VENUE_STAGE.test(stage) ? `{subject}{time}{modal}{venue}{stage}` : `{subject}{time}{modal}{stage}`, vars);
    if (raised && t.sentences.ipoRaised) {
      const clause = fill(t.sentences.ipoRaised, { ...vars, amount: renderFigureZh(raised) });
      return { clause, bare: staged, figure: raised, ...owner, ...(subjectName ? { owner: { subject: subjectName, metric: 'ipo' } } : {}) };
    }
    return { clause: staged, bare: staged, ...owner };
  }

  function tryEvent(rule: EventRule, at: number, end: number): EventClause | undefined {
    const modal = modalOf(text, at, t, end);
    const time = t.timeWords.find((w) => w.re.test(text))?.word ?? '';
    const [usesKind, usesArg] = rule.uses.split(':') as [string, string | undefined];
    // A place is no actor of money (`India's GPU cloud builders borrow big`: not 印度大举借债); a policy event of an
    // object (`US tightens chip export rules`) may be a country's.
    // Nor is a party the title names as who pays or lends (`Orrin raises $400 million led by Northgate`, `a loan from
    // Marrow Bank`): the receiver acts (english-owner.ts PAYER_BEFORE).
    const actors = (usesKind === 'object' ? mentions : mentions.filter((m) => m.type !== 'place')).filter(
      (m) => !PAYER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)),
    );
    const subjectName = actors.find((m) => m.start < at)?.name ?? actors[0]?.name;
    const subject = subjectName ? zhName(subjectName, bundle, ctx.dir) : undefined;
    // Who acts on another's money may be a government (`EU fines Meta`: 欧盟).
    const actorName = mentions.find((m) => m.start < at)?.name;
    if (usesKind === 'deal' && usesArg) {
      const deal = findDeal(bundle, usesArg, names, ctx.gaz, text);
      if (deal) {
        // The title's own amount states the event (it names payer, verb and payee); else the edge's amount.
        const titleMoney = titleFigs.find((f) => f.kind === 'money');
        const figure = titleMoney ?? deal.amount;
        const vars = {
          from: zhName(deal.from, bundle, ctx.dir),
          to: zhName(deal.to, bundle, ctx.dir),
          modal: dealModal(deal, sentenceModal(modal, deal.sentence, deal.amount?.text ?? '', t)),
          time,
          verb: rule.verb,
        };
        // An investment edge whose own clause (else the title's) says a loan or debt financing is told with that
        // instrument (A向B提供N贷款), never as a stake (A向B投资N); the lend rule says it already.
        const key =
          deal.kind === 'invest' && rule.id !== 'lend'
            ? (flowInstrument(deal.sentence, deal.amount?.text, t) ?? flowInstrument(text, titleMoney?.text, t))
            : undefined;
        const amount = figure ? renderFigureZh(figure) : undefined;
        const bare = key ? instrumentFlow(key, vars, t) : fill(rule.templateNoAmount ?? (t.sentences.dealNoAmount as string), vars);
        const clause = key
          ? instrumentFlow(key, vars, t, amount)
          : amount !== undefined
            ? fill(rule.template ?? (t.sentences.deal as string), { ...vars, amount })
            : bare;
        return {
          clause,
          bare,
          deal,
          subject: deal.from,
          ...(figure ? { figure, owner: { subject: deal.from, metric: deal.kind === 'invest' ? 'investment' : deal.kind } } : {}),
        };
      }
      // No edge, but a pair claim of the flow's measure between two companies the title names, stating the title's
      // amount (`Qualcomm Nears $1.5 Billion Bet on Fluidstack`: Qualcomm's investment in Fluidstack): the same event.
      const metric = PAIR_METRICS[usesArg];
      const pair = metric
        ? facts.find(
            (f) =>
              !f.past &&
              f.claim.metric === metric &&
              f.claim.counterparty !== undefined &&
              names.has(f.claim.subject) &&
              names.has(f.claim.counterparty) &&
              titleFigs.some((tf) => tf.kind === 'money' && sameNumber(tf, f.figure)),
          )
        : undefined;
      if (pair?.claim.counterparty) {
        const vars = {
          from: zhName(pair.claim.subject, bundle, ctx.dir),
          to: zhName(pair.claim.counterparty, bundle, ctx.dir),
          modal: sentenceModal(modal, pair.sentence, pair.figure.text, t),
          time,
          verb: rule.verb,
        };
        const clause = fill(rule.template ?? (t.sentences.deal as string), { ...vars, amount: renderFigureZh(pair.figure) });
        const bare = fill(rule.templateNoAmount ?? (t.sentences.dealNoAmount as string), vars);
        return { clause, bare, fact: pair, figure: pair.figure, subject: pair.claim.subject };
      }
    }
    if (usesKind === 'claim') {
      // A stock move is a percentage (a share price of 193美元 did not fall by 193美元).
      const pool = facts.filter(
        (f) =>
          !f.past &&
          !priceTarget(f) &&
          // A plan (计划) is told of a measure a plan governs (capex, investment …), as claimPlanned is: a project's cost
          // is not planned (`Equinix, Naver Said to Plan $7.7 Billion … Venture` is no 成本计划).
          (rule.verb !== PLAN_VERB || PLAN_METRICS.has(f.claim.metric)) &&
          (!usesArg || f.claim.metric === usesArg || f.claim.metric.startsWith(`${usesArg}-`)) &&
          (usesArg !== 'share-price' || f.figure.kind === 'percent') &&
          // A round or a loan filed under who pays or lends it is no event of that party's (english-owner.ts).
          !ownerNamedAsPayer(f, ctx.gaz),
      );
      // A verb of any metric reaches only a number after it ('backlog swells to $130 billion', not 'sends $10 billion as
      // the deal grows').
      // A verb of any metric states the number nearest after it ('tops estimates with $68 billion quarter, guides to
      // $78 billion': 68, not the 78 of the next clause).
      // A rate and the level it reached are one statement (`revenue jumps 46% to $11.3 billion`): both are the verb's.
      const stated = usesArg
        ? titleFigs
        : verbNumbers(
            text,
            titleFigs.filter((tf) => tf.start >= at),
          );
      // The fact the title states (same number), else the best of the title's subject, else the best.
      // A rule of any metric (rise, fall, forecast) needs the title's own number: it does not say which fact it means.
      const fact =
        pool.find((f) => stated.some((tf) => sameNumber(tf, f.figure))) ??
        (usesArg && !strict
          ? (pool.find((f) => subjectName !== undefined && f.claim.subject === subjectName) ??
            // A title stating its own amount is about that amount: another company's figure of the measure is not it
            // (`SoftBank lines up $22 billion bridge loan`: not Arm's funding).
            (stated.some((tf) => tf.kind === 'money') ? undefined : pool[0]))
          : undefined) ??
        (rule.change && !usesArg && titleFigs.length === 0 ? changedMeasure(pool, subjectName, text.slice(0, at), t) : undefined);
      // Debt a lender's edge states (its amount, its clause a loan) is told from the lender (A向B提供N贷款): the
      // borrower's vehicle, the lender and the instrument follow the edge, never 「B举债N」 alone.
      // Only the bare borrowing verb (举债) hides the lender; a loan received (获得…过桥贷款) says the instrument already, and
      // one edge of a syndicate (`banks led by A and B`) is no sole lender.
      // A loan the title says was got or sought (event `loan`, decision 190) is the borrow event's title said with its
      // instrument: its lender's edge is told from the lender as the bare verb's is.
      const lender =
        fact && usesArg === 'debt' && (rule.id === 'borrow' || rule.id === 'loan') ? lenderEdge(bundle.deals, fact, t) : undefined;
      if (fact && lender) {
        const parties = {
          from: zhName(lender.from, bundle, ctx.dir),
          to: zhName(lender.to, bundle, ctx.dir),
          modal: dealModal(lender, sentenceModal(modal, fact.sentence, fact.figure.text, t)),
        };
        return {
          clause: instrumentFlow('loan', parties, t, renderFigureZh(fact.figure)),
          bare: instrumentFlow('loan', parties, t),
          fact,
          figure: fact.figure,
          deal: lender,
          subject: lender.from,
        };
      }
      if (fact) {
        // A growth rate read by a verb of any measure (`revenue rises 35%` → 增至) is the measure's change, not a level
        // its rate reached: 营收增长35%, never 营收增速增至35% (that says the growth sped up, which needs the earlier rate).
        const rate = !usesArg && rule.change !== undefined && growthRate(fact);
        const metric = (factWord(fact, bundle, t) ?? '').replace(rate ? /增速$/u : /$^/u, '');
        // Who acts on the claim's subject, when the title names another party before the verb (`EU fines Meta`: 欧盟).
        const actor = actorName && actorName !== fact.claim.subject ? zhName(actorName, bundle, ctx.dir) : '';
        // Two companies the title joins before the verb act together (`Blackstone and CoreWeave line up $18 billion`):
        // the clause names both, not the one the claim was filed under.
        const joint = jointSubject(text, at, mentions, fact.claim.subject);
        const vars = {
          subject: joint ? joint.map((n) => zhName(n, bundle, ctx.dir)).join('和') : zhName(fact.claim.subject, bundle, ctx.dir),
          venue: usesArg === 'ipo' ? ipoVenue() : '',
          actor,
          // A fiscal quarter of no known calendar is said as its sentence names it (第一财季), as claim sentences are.
          period:
            sentencePeriodZh(fact.claim.period, fact.sentence) ??
            monthZh(reportedMonth(fact.claim.period, fact.sentence)) ??
            headPeriod(fact.claim.period),
          metric,
          // A result its own sentence gives as expected (a profit alert: `expects a net profit of …`) is said as one (预计).
          modal:
            sentenceModal(modal, fact.sentence, fact.figure.text, t) ||
            (RESULT_EVENTS.test(usesArg ?? '') && expected(fact.sentence, fact.figure.text) ? '预计' : ''),
          time,
          // A rate's own word (增长 / 下降, 同比 when its clause says so): the verb's direction may be the growth's own
          // (`growth slows to 5%` is still 增长5%).
          verb: rate ? changeWord(fact.figure, fact.sentence) : rule.verb,
          // A share move keeps its session (盘后, 收盘) as the source says it.
          timing: usesArg === 'share-price' ? (marketMoveOf(fact, t)?.timing ?? '') : '',
          // 'fell as much as 5.1%' is 一度下跌5.1%, not 下跌最多5.1%.
          once: rule.change && fact.figure.qualifier === 'max' ? '一度' : '',
          amount: renderFigureZh(rule.change && fact.figure.qualifier === 'max' ? { ...fact.figure, qualifier: 'exact' } : fact.figure),
        };
        // A listing the title reports priced (定价于区间上限) says so before what it raises: the pricing is the day's news,
        // the size may be the launch's, told before (decision 094).
        const priced = usesArg === 'ipo' ? pricedStage() : undefined;
        // A listing the title reports launched (启动招股) says the launch before what it plans to raise (decision 175).
        const launched = usesArg === 'ipo' && priced === undefined && launchedStage() ? t.sentences.ipoLaunched : undefined;
        let clause = smoothCopula(
          priced && t.sentences.ipoRaised
            ? fill(t.sentences.ipoRaised, { ...vars, stage: priced })
            : launched
              ? fill(launched, vars)
              : fill(rule.template ?? (usesArg ? (t.sentences.claimModal as string) : (t.sentences.claimVerb as string)), vars),
        );
        const base = clause;
        // A second figure of the title the story holds (`… at roughly $750 billion valuation`) completes the clause.
        const second = facts.find(
          (f) =>
            f.claim !== fact.claim &&
            !f.past &&
            writable(f) &&
            // Its own sentence vouches for it (not the parent's notes in a story of its unit's loan).
            !ownerUnsupported(f, bundle, ctx.gaz) &&
            titleFigs.some((tf) => sameNumber(tf, f.figure) && !sameNumber(tf, fact.figure)),
        );
        const secondWord = second ? factWord(second, bundle, t) : undefined;
        if (second && secondWord && t.sentences.also) {
          // A forecast in the title ('guides to $78 billion') is said as one: 预计{period}{metric}.
          const ahead = expected(second.sentence, second.figure.text) && t.sentences.alsoExpected;
          clause = fill(ahead ? (t.sentences.alsoExpected as string) : t.sentences.also, {
            clause,
            metric: ahead ? secondWord.replace(/指引$/, '') : secondWord,
            period: second.claim.period === 'unknown' ? '' : periodZh(second.claim.period),
            amount: renderFigureZh(second.figure),
          });
        }
        // A turnaround says the loss it turns from as the year before's (…扭亏为盈，净利润…，上年同期亏损…).
        const loss = rule.id === 'profit-swing' && !second && t.sentences.priorLoss ? priorLoss(fact, facts) : undefined;
        if (loss) clause = fill(t.sentences.priorLoss as string, { clause, amount: renderFigureZh(loss.figure) });
        // Without its figure the event is its own no-amount template, or a verb of a named measure said alone (融资, 上调价格);
        // a verb of any measure (增至, 预计) says nothing without its number.
        const bare = rule.templateNoAmount
          ? fill(rule.templateNoAmount, vars)
          : usesArg && !rule.template
            ? fill(t.sentences.claimModal as string, { ...vars, amount: '' })
            : undefined;
        return {
          clause,
          fact,
          figure: fact.figure,
          subject: fact.claim.subject,
          ...(second ? { also: second, base } : loss ? { also: loss, base } : {}),
          ...(bare ? { bare } : {}),
          ...(readsAsLevel(fact, usesArg) ? { level: true as const } : {}),
          ...(rule.names ? { names: true as const } : {}),
        };
      }
      // A listing with no IPO claim is told as the step the title reports (IPO定价于区间上限, 上市首日), with the money its
      // report says the offering raises (`raising 4.8 billion yuan`), never as a valuation or another figure of the story.
      if (usesArg === 'ipo' && subject) return ipoClause(subject, subjectName, modal, time);
      // With no fact of it, the event is told without an amount — unless the title states one (its amount is of
      // another measure: a later rule of the title, a loan after `lines up`, may hold it).
      if (usesArg && subject && !stated.some((tf) => tf.kind === 'money')) {
        const clause = fill(rule.templateNoAmount ?? (t.sentences.claimModal as string), {
          subject,
          modal,
          time,
          verb: rule.verb,
          amount: '',
        });
        return { clause, bare: clause, ...(subjectName ? { subject: subjectName } : {}) };
      }
    }
    if (usesKind === 'guidance') {
      const guided = guidanceClause(rule, modal, subjectName, text.slice(at, end).replace(/^\S+\s*/u, ''));
      if (guided) return guided;
    }
    if (usesKind === 'venture') {
      const venture = ventureClause(at);
      if (venture) return venture;
    }
    if (usesKind === 'object' && subject) {
      const found = objectAfter(text, end, mentions, bundle, ctx);
      // The object is never the actor again (`<X>发布<X>`): the next rule of the title tells the event.
      if (found === subject) return undefined;
      const object = found;
      if (object)
        return {
          clause: fill(rule.template ?? (t.sentences.object as string), { subject, modal, time, verb: rule.verb, object }),
          ...(subjectName ? { subject: subjectName } : {}),
        };
      // No company or product after the verb: the goods the title names are the object, when the rule can tell the
      // event without one too (`US tightens AI chip export rule`: 美国收紧对AI芯片的出口管制).
      const goods = t.goods.find((g) => g.re.test(text.slice(at)))?.word;
      if (goods && rule.templateNoAmount && rule.template?.includes('{object}'))
        return {
          clause: fill(rule.template, { subject, modal, time, verb: rule.verb, object: goods }),
          ...(subjectName ? { subject: subjectName } : {}),
        };
      // An event that needs no object to be told (`US tightens export rules`: 美国收紧出口管制).
      if (rule.templateNoAmount)
        return {
          clause: fill(rule.templateNoAmount, { subject, modal, time, verb: rule.verb, object: '' }),
          ...(subjectName ? { subject: subjectName } : {}),
        };
    }
    return undefined;
  }
}

/**
 * A joint venture the title announces (`Equinix, Naver Are Said to Plan $7.7 Billion Korea AI Data Center Venture`):
 * its partners are the two or more companies the title names before the venture word, its purpose the table's
 * `ventureWhat` (建设AI数据中心), its place the title's place, and its size the title's amount when a fact of the story
 * states it (whoever the knowledge layer filed it under: the clause names every partner, so the venture's total is
 * told as the venture's). A plan in the title (`plan`, `said to plan`) is 拟; talks in the figure's sentence 正洽谈.
 * @example → `Equinix与Naver拟在韩国合资建设AI数据中心，总投资约77亿美元`
 */
function ventureParts(
  at: number,
  mentions: readonly { name: string; start: number; end: number; type: string }[],
): { partners: string[]; place?: string } | undefined {
  const partners = [...new Set(mentions.filter((m) => m.type === 'org' && m.end <= at).map((m) => m.name))];
  if (partners.length < 2) return undefined;
  const place = mentions.find((m) => m.type === 'place')?.name;
  return { partners, ...(place ? { place } : {}) };
}

/**
 * The measures a title names by the extractor's own keywords (data/metrics.json) and the table's title words
 * (titleMeasures): `CoreWeave revenue more than doubles,
 * but loss widens` → revenue, loss. A fact of one of them is the title's news.
 */
export function titleMetrics(text: string, t?: StoryTemplates): Set<string> {
  const lex = loadMetricLexicon();
  const out = new Set<string>();
  // A title's own word for a measure the lexicon has no keyword for (`OpenAI's Compute Bill Keeps Growing`: its
  // compute commitments, data/story-templates.json titleMeasures).
  for (const m of t?.titleMeasures ?? []) if (m.re.test(text)) out.add(m.metric);
  for (const m of text.matchAll(new RegExp(lex.keywordRe.source, 'gi'))) {
    // `earnings call`, `revenue report`: an occasion, not a measure.
    if (/^\s+(?:calls?|reports?|releases?|season|date|preview|transcripts?)\b/i.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const metric = lex.keywordMetric.get(m[0].toLowerCase());
    if (metric) out.add(metric);
  }
  return out;
}

/** Whether a fact is of a measure the title names (a rate of it counts: revenue-growth of revenue). */
/**
 * The fact a change verb with no number of its own tells (`Brightwater revenue jumps as orders grow`: the revenue the
 * report states, 营收增至…): the verb's subject's reported amount of the measure the title names just before the verb —
 * never a rate (a jump is no growth rate), a forecast or another company's figure.
 */
/**
 * The numbers a verb states: the first after it, and the level a rate reached when only `to` stands between them
 * (`jumps 46% to $11.3 billion`: both; `tops estimates with $68 billion quarter, guides to $78 billion`: the 68 only).
 */
export function verbNumbers(text: string, after: readonly Figure[]): Figure[] {
  const [first, second] = after;
  if (!first) return [];
  return second && first.kind === 'percent' && /^\s*to\s*$/i.test(text.slice(first.end, second.start)) ? [first, second] : [first];
}

/** How many words before a change verb may name the measure that changes. */
const VERB_SUBJECT_WORDS = 3;

function changedMeasure(
  pool: readonly StoryFact[],
  subject: string | undefined,
  beforeVerb: string,
  t: StoryTemplates,
): StoryFact | undefined {
  // The measure is the verb's own subject: among the words just before it (`Cohere quarterly revenue jumps`), not a noun
  // of another clause (`forecasts revenue above estimates as chip demand surges`: the demand surges).
  const named = titleMetrics(beforeVerb.trim().split(/\s+/).slice(-VERB_SUBJECT_WORDS).join(' '), t);
  if (subject === undefined || named.size === 0) return undefined;
  return pool.find(
    (f) =>
      f.claim.subject === subject &&
      named.has(f.claim.metric) &&
      f.figure.kind === 'money' &&
      inNews(f) &&
      !expected(f.sentence, f.figure.text) &&
      amountBasis(f.figure, f.sentence) !== 'earlier',
  );
}

function ofTitle(f: StoryFact, named: ReadonlySet<string>): boolean {
  return named.has(f.claim.metric) || named.has(f.claim.metric.replace(/-growth$/, ''));
}

/** How many opening paragraphs of an English source hold its news (the inverted pyramid: what happened comes first). */
const NEWS_PARAGRAPHS = 2;
/** The longest lead sentence a merge of the event and the next sentence of its subject may make (characters). */
const EVENT_MAX = 90;

/**
 * Whether a fact stands in the news of its item: a sentence of its first two paragraphs. Figures further down an
 * English report are its background (a tenant's quarterly capex, a market's bond sales, a valuation of an earlier round)
 * and are never restated as the story's further facts, which a reader takes for today's news.
 */
export function inNews(f: StoryFact, facts: readonly StoryFact[] = []): boolean {
  const para = (x: StoryFact) =>
    x.item.sentences.find((s) => s.text === x.sentence || s.text.includes(x.sentence) || x.sentence.includes(s.text))?.para;
  const at = para(f);
  if (at === undefined) return true;
  // A feature opening on a scene or a question holds no figure: its news paragraphs are then the first two holding the
  // story's figures.
  const held = [...new Set(facts.filter((x) => x.item.id === f.item.id).map(para))]
    .filter((p): p is number => p !== undefined)
    .sort((a, b) => a - b);
  const feature = held.length > 0 && (held[0] as number) >= NEWS_PARAGRAPHS;
  return at <= (feature ? (held[NEWS_PARAGRAPHS - 1] ?? (held[0] as number)) : NEWS_PARAGRAPHS - 1);
}

/** What a broker's note says of the company it covers: its rating, what was done with it, the target price and the one before. */
export interface BrokerCall {
  rating: string;
  action: string;
  target?: Figure;
  from?: Figure;
}

/** A target price and the one it replaces in a note's head: `TP RMB186 (from RMB172)`, `Target price: $250 (from $220)`. */
const TARGET = new RegExp(`(?:${targetPriceSource({ abbreviations: true, script: 'latin' })})\\s*(?:of|:|at|to)?\\s*`, 'i');
/** Words between a target and the one before it: `(from `, `, up from `, `vs `. */
const TARGET_FROM = /^[\s(,]*(?:up |down |raised |cut )?(?:from|vs\.?|prev(?:ious(?:ly)?)?\.?:?)\s*$/i;

/**
 * The rating a note gives: the one a change names as its new rating (`downgrade to Neutral from Buy`, `upgraded from
 * Hold to Buy`, `下调至中性`), else the first the text names.
 */
function ratingOf(text: string, t: StoryTemplates): string | undefined {
  const hits: { at: number; word: string; to: boolean }[] = [];
  for (const r of t.brokerRatings) {
    const re = new RegExp(r.re.source, r.re.flags.includes('g') ? r.re.flags : `${r.re.flags}g`);
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      hits.push({ at: m.index, word: r.word, to: /\b(?:to|as)\s+(?:an?\s+)?$|至$|为$/iu.test(before) });
    }
  }
  hits.sort((a, b) => Number(b.to) - Number(a.to) || a.at - b.at);
  return hits[0]?.word;
}

/** A target-price word: an action word right before one moves the target, not the rating ('upgraded its price target'). */
const TARGET_WORD = new RegExp(targetPriceSource({ abbreviations: true, script: 'latin' }), 'i');

/** Whether `s` names a rating: a rating word of the table, or the word rating itself. */
function namesRating(s: string, t: StoryTemplates): boolean {
  return /\brating\b|评级|評級/i.test(s) || t.brokerRatings.some((r) => r.re.test(s));
}

/**
 * What a note did with its rating (upgrade → 上调至, maintain → 维持; none said → 给予): an action word counts only where
 * it governs a rating, one named within its phrase after it before any target price ('upgrade to Buy', 'maintain BUY')
 * or right before it ('Rating: BUY (maintained)'). 'upgraded its price target to $185', an 'upgrade cycle' of servers
 * or a 'downgrade' of estimates leave the rating as given.
 */
function actionOf(text: string, t: StoryTemplates): string {
  for (const a of t.brokerActions) {
    const re = new RegExp(a.re.source, a.re.flags.includes('g') ? a.re.flags : `${a.re.flags}g`);
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      let after = text.slice(end, end + 60).split(/[.;|\n]/)[0] ?? '';
      const target = TARGET_WORD.exec(after);
      if (target) after = after.slice(0, target.index);
      const before =
        text
          .slice(Math.max(0, m.index - 30), m.index)
          .split(/[.;|\n]/)
          .pop() ?? '';
      if (namesRating(after, t) || namesRating(before, t)) return a.word;
    }
  }
  return '给予';
}

/**
 * The rating call of a broker's note, read from its title and head (the first 600 characters): the rating word the
 * table knows (BUY → 买入), what was done with it (maintain → 维持; none said → 给予), and the target price with the one it
 * replaces. Undefined when the head states no rating.
 * @example brokerCall('Lanxin (688725 CH): maintain BUY, TP RMB186', 'Target price: RMB186.00 (from RMB172.00)', t)
 *   // → { rating: '买入', action: '维持', target: RMB186.00, from: RMB172.00 }
 */
export function brokerCall(titleText: string, head: string, t: StoryTemplates): BrokerCall | undefined {
  const text = `${titleText}\n${head.slice(0, 600)}`;
  const rating = ratingOf(text, t);
  if (!rating) return undefined;
  const action = actionOf(text, t);
  const call: BrokerCall = { rating, action };
  for (const part of [head.slice(0, 600), titleText]) {
    const m = TARGET.exec(part);
    if (!m) continue;
    const at = m.index + m[0].length;
    const figs = extractFigures(part).filter((f) => f.kind === 'money' && f.start >= at);
    const target = figs[0];
    if (!target || target.start !== at) continue;
    call.target = target;
    const next = figs[1];
    if (next && TARGET_FROM.test(part.slice(target.end, next.start))) call.from = next;
    break;
  }
  // A target the head states without the one it replaces: the note's own later sentence restating that target with the
  // one before it (`Our new target price of HK$7.40 (previously HK$6.10)`, its valuation paragraph; decision 179).
  if (call.target && !call.from) call.from = restatedFrom(head.slice(0, NOTE_HEAD), call.target);
  return call;
}

/**
 * The target a note's sentence says the given target replaces: a target-price phrase, that same target, then the one
 * before it (`target price of HK$7.40 (previously HK$6.10)`). Undefined when no sentence says so.
 * @example restatedFrom('Our new target price of HK$7.40 (previously HK$6.10) is based on …', HK$7.40) // → HK$6.10
 */
export function restatedFrom(text: string, target: Figure): Figure | undefined {
  for (const m of text.matchAll(new RegExp(TARGET.source, 'gi'))) {
    const at = (m.index ?? 0) + m[0].length;
    const figs = extractFigures(text.slice(at, at + 80)).filter((f) => f.kind === 'money');
    const [same, before] = figs;
    if (!same || !before || same.start !== 0 || !sameNumber(same, target)) continue;
    if (TARGET_FROM.test(text.slice(at + same.end, at + before.start))) return before;
  }
  return undefined;
}

/** How much of a note's text its target price and what it rests on are read from (its head and first paragraphs). */
const NOTE_HEAD = 1500;

/**
 * The lead of a broker's note: `澜芯科技获华泰证券维持买入评级，目标价由172元上调至186元`; the covered company is the
 * title's first company. Undefined without a rating or a company.
 */
export function brokerLead(
  bundle: StoryBundle,
  ctx: ComposeCtx,
  broker: string,
): { clause: string; headline: string; call: BrokerCall; subject: string } | undefined {
  const t = ctx.templates;
  const item = bundle.items[0];
  if (!item || !t.sentences.brokerRating) return undefined;
  const call = brokerCall(title(bundle).text, item.text, t);
  const text = title(bundle).text;
  // The title's first company the gazetteer knows, else the first the story's entities name in the title.
  const inTitle = (Object.values(bundle.entities).flat() ?? [])
    .filter((m) => m.type === 'org' && text.includes(m.name))
    .sort((a, b) => text.indexOf(a.name) - text.indexOf(b.name));
  const company = findEntities(text, ctx.gaz).find((m) => m.type === 'org')?.name ?? inTitle[0]?.name;
  if (!call || !company) return undefined;
  const subject = zhName(company, bundle, ctx.dir);
  const slots = { subject, broker: broker || '券商', action: call.action, rating: call.rating };
  // Said the active way round (`华泰证券维持澜芯科技买入评级`), the headline and the lead alike: the lead goes on with the
  // target price, which a 更多动态 line then says alone (the headline is never said twice, in two voices).
  const by = t.sentences[`brokerRatingBy.${call.action}`] ?? t.sentences.brokerRatingBy;
  const headline = fill(by ?? t.sentences.brokerRating, slots);
  let clause = headline;
  // The target goes on with what it rests on, as the note's own sentence of it says (基于…倍预期市盈率，对应…的上涨空间).
  const basis = call.target ? targetBasis(item.text.slice(0, NOTE_HEAD), call.target, t) : undefined;
  const moved = call.target && call.from && (call.from.value ?? 0) !== (call.target.value ?? 0) ? call.from : undefined;
  const kept = targetLed(call, slots, moved, basis, t);
  if (kept) return { ...kept, call, subject: company };
  if (call.target && moved && t.sentences.brokerTargetMove)
    clause = fill(t.sentences.brokerTargetMove, {
      clause,
      from: renderFigureZh(moved),
      amount: renderFigureZh(call.target),
      move: (moved.value ?? 0) < (call.target.value ?? 0) ? '上调' : '下调',
    });
  else if (call.target && t.sentences.brokerTarget)
    clause = fill(t.sentences.brokerTarget, { clause, amount: renderFigureZh(call.target) });
  if (basis) clause = `${clause}，${basis}`;
  return { clause, headline, call, subject: company };
}

/** Rating actions that leave the rating where it was or merely state it (`维持`, `给予`): the note's news is its target. */
const RATING_UNCHANGED = new Set(['维持', '给予']);

/**
 * The head and lead of a note that moves its target price and keeps (or just states) its rating: its news is the target
 * move, so both open on it, as a Chinese editor heads such a note (`华泰证券将澜芯科技目标价上调至186元，维持买入评级`;
 * the lead `华泰证券将澜芯科技目标价由172元上调至186元，…，维持买入评级`). The head says the rating too when it fits in
 * `HEADLINE_MAX` characters, else the move alone (the lead says the rating). Undefined when the rating itself changes
 * (an upgrade is the news), when the target does not move, or when the templates lack the wording.
 * @example targetLed({ rating: '买入', action: '维持', target: RMB186, from: RMB172 }, { broker: '华泰证券', subject: '澜芯科技', … }, RMB172, undefined, t)
 *   // → { headline: '华泰证券将澜芯科技目标价上调至186元，维持买入评级', clause: '华泰证券将澜芯科技目标价由172元上调至186元，维持买入评级' }
 */
export function targetLed(
  call: BrokerCall,
  slots: Record<string, string>,
  from: Figure | undefined,
  basis: string | undefined,
  t: StoryTemplates,
): { headline: string; clause: string } | undefined {
  const s = t.sentences;
  if (!call.target || !from || !RATING_UNCHANGED.has(call.action)) return undefined;
  if (!s.brokerTargetMoveHead || !s.brokerTargetMoveBy || !s.brokerRatingKept) return undefined;
  const move = {
    ...slots,
    amount: renderFigureZh(call.target),
    from: renderFigureZh(from),
    move: (from.value ?? 0) < (call.target.value ?? 0) ? '上调' : '下调',
  };
  const bare = fill(s.brokerTargetMoveHead, move);
  const full = fill(s.brokerRatingKept, { ...slots, clause: bare });
  const headline = [...full].length <= HEADLINE_MAX ? full : bare;
  let clause = fill(s.brokerTargetMoveBy, move);
  if (basis) clause = `${clause}，${basis}`;
  return { headline, clause: fill(s.brokerRatingKept, { ...slots, clause }) };
}

/**
 * Two spans of years of one length, the later starting after the earlier (2025-2029 → 2026-2030): a rolling plan's
 * earlier window, so its value is the plan before the change (decision 149).
 * @example rolledPlan('2025-2029', '2026-2030') // → true
 */
export function rolledPlan(earlier: string, later: string): boolean {
  const span = (p: string) => /^(\d{4})-(\d{4})$/u.exec(p)?.slice(1).map(Number);
  const a = span(earlier);
  const b = span(later);
  if (!a || !b) return false;
  const [a0, a1] = a as [number, number];
  const [b0, b1] = b as [number, number];
  return a1 > a0 && b1 - b0 === a1 - a0 && b0 > a0 && b0 <= a1;
}

/**
 * The value a fact's own sentence gives as its value before the change (`now expects … 3% to 4%, up from 2% to 3%`): same
 * owner, measure and period (or a rolling plan's earlier window: `rolledPlan`), its basis `earlier`.
 * @example priorValue(guide3to4, facts)?.figure.text // → '2% to 3%'
 */
export function priorValue(fact: StoryFact, facts: readonly StoryFact[]): StoryFact | undefined {
  return facts.find(
    (f) =>
      f !== fact &&
      f.item.id === fact.item.id &&
      f.sentence === fact.sentence &&
      f.claim.subject === fact.claim.subject &&
      f.claim.metric === fact.claim.metric &&
      (f.claim.period === fact.claim.period || rolledPlan(f.claim.period, fact.claim.period)) &&
      f.figure.kind === fact.figure.kind &&
      !sameNumber(f.figure, fact.figure) &&
      amountBasis(f.figure, f.sentence) === 'earlier',
  );
}

/**
 * Writes an English-only story in Chinese from what the pipeline holds. Pure given its context.
 * @example composeEnglish(bundle, facts, ctx).headline // → '亚马逊将向Anthropic追加投资最多250亿美元'
 */
export function composeEnglish(bundle: StoryBundle, facts: StoryFact[], ctx: ComposeCtx): Composed {
  const t = ctx.templates;
  // A broker's note is news of its rating and target price (a note with neither says nothing new of its own), before any
  // event its title's words may seem to say (`Upgrade to BUY` is no purchase).
  const note = ctx.broker !== undefined ? brokerLead(bundle, ctx, ctx.broker) : undefined;
  // The loop of the story's flows, when it is its news (title names two parties or money coming back).
  const found = storyLoop(bundle.deals);
  const loop = found && loopNews(title(bundle).text, found, ctx.gaz) ? found : undefined;
  const loopCue = LOOP_CUES.test(title(bundle).text);
  // The title's event, else (a title of money coming back is news of its loop) the one its report's opening sentence
  // tells with roles the knowledge layer holds.
  // A figure whose owner its English sentence cannot vouch for (an investor filed as the owner of the startup's round, a
  // measure word taken from a name, an earlier round's or an up-to amount) opens no template sentence (english-owner.ts).
  const entityNames = mentionedNames(bundle);
  const doubtOf = (f: StoryFact) => ownerDoubt(f, bundle, ctx.gaz, t, entityNames);
  const doubted = (f: StoryFact) => doubtOf(f) !== undefined;
  const titleSaid = note ? undefined : eventClause(bundle, facts, ctx);
  // A title's share move that follows the company's own results or outlook (`shares jump 11% after fourth-quarter
  // results beat`) is no event of its own: the results and the guidance lead, the move rides after them (move-cause.ts).
  // Only a story holding such a result of the mover's (a figure its sentence vouches for) leads with it.
  const mover = titleSaid?.fact && SHARE_METRICS.has(titleSaid.fact.claim.metric) ? titleSaid.fact.claim.subject : undefined;
  const holdsResults = facts.some(
    (f) =>
      !f.past &&
      f.claim.subject === mover &&
      RESULTS_METRICS.test(f.claim.metric.replace(/-growth$/, '')) &&
      RESULTS_PERIOD.test(f.claim.period) &&
      !quoted(f) &&
      !doubted(f),
  );
  const cause = mover && holdsResults ? moveCause(title(bundle).text) : undefined;
  // A forecast raised or cut with no figure of its own (`beats revenue estimates, raises full-year forecast`) follows the
  // period's results it came with: the results lead (their beat with them), the change rides after them in words
  // (营收增长4%至82亿美元，高于市场预期的80.5亿美元，并上调全年业绩指引; decision 105).
  const guidedAfter = cause ? undefined : figurelessGuidance(titleSaid, facts);
  const titleEvent = cause || guidedAfter ? undefined : titleSaid;
  const reportOpening = note || titleEvent || cause || guidedAfter || (loop && loopCue) ? undefined : openingSentence(bundle, ctx.gaz);
  const ev = titleEvent ?? (reportOpening ? eventClause(bundle, facts, ctx, { text: reportOpening, lead: true }) : undefined);
  const loopFirst = !ev && loop && loopCue ? loopSentence(loop, bundle, ctx, [], undefined) : undefined;
  const loopLead = loop && loopFirst ? { loop, text: loopFirst } : undefined;
  const used: StoryFact[] = [];
  let headline: string;
  let event: string;
  let keyFigure: Figure | null = null;
  /** Who the event clause is about (a share move after it is theirs). */
  let leadSubject: string | undefined;
  /** The fact the lead states as a plain claim (no event of the title): its rate may ride on it. */
  let claimLead: StoryFact | undefined;
  /** Nothing to lead with but the fallback (`{subject}相关动态`): a headline, never a sentence of the body. */
  let bare = false;
  /** The lead says a results event with its verb. */
  let resulted = false;
  /** The lead says how its measure changed (营收同比增长124%至23.1亿美元): what happened, not a level alone. */
  let changed = false;
  /** A broker note's own estimate revision (estimate-revision.ts), said right after its call. */
  let revision: { text: string; figures: Figure[] } | undefined;
  if (ev) {
    // A headline aims at 30 characters: past that, the title's second figure stays in the lead only.
    // The headline says the period short (一季度, 第二财季): the lead keeps the year.
    const clause = headlinePeriod(ev.clause);
    headline = shortHeadline(ev.base && [...clause].length > HEADLINE_MAX ? headlinePeriod(ev.base) : clause, bundle, ctx);
    event = ev.clause;
    // A raised or cut figure says what it was before (上调全年营收增速指引至3%至4%（此前为2%至3%）): the value its own
    // sentence gives as the one before the change, of the same owner, measure and period.
    const before = ev.fact ? priorValue(ev.fact, facts) : undefined;
    if (before && t.sentences.priorValue && /(?:上调|下调|调高|调低|提高|降低|上修|下修)/u.test(event)) {
      event = fill(t.sentences.priorValue, { clause: event, amount: renderFigureZh(before.figure) });
      used.push(before);
    }
    // A listing priced today in a story whose earlier day told its launch says the price per share and the range the
    // launch gave (decision 140): where in the range the offer landed is the day's news.
    if (bundle.earlier?.length && /IPO定价/u.test(event)) {
      const price = offerPrice(bundle.items[0]?.text ?? '');
      const range = price
        ? earlierRange(
            (bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.text)),
            price,
          )
        : undefined;
      const template = range ? t.sentences.ipoPricedRange : t.sentences.ipoPriced;
      if (price && template)
        event = fill(template, {
          clause: event,
          price: `**${renderFigureZh(price)}**`,
          ...(range ? { range: `**${renderFigureZh(range)}**` } : {}),
        });
    }
    // A round says who led it and its valuation against the last round's (round-context.ts, decision 128); not in a
    // follow-up of an earlier day's story (its lead investor and earlier valuation ran then; the day-two step tells the
    // day's news).
    if (!bundle.earlier?.length && !bundle.items.some((i) => bundle.items.some((j) => (i.date ?? '') < (j.date ?? '')))) {
      const round = roundLead({
        event,
        base: ev.base,
        lead: [ev.fact, ev.also],
        facts,
        deals: bundle.deals,
        name: (e) => zhName(e, bundle, ctx.dir),
        render: renderFigureZh,
        sentences: t.sentences,
        fill,
        current: (f) => amountBasis(f.figure, f.sentence) !== 'earlier' && !estimateValue(f.sentence, f.figure.text),
      });
      event = round.event;
      used.push(...round.told);
    }
    leadSubject = ev.subject;
    if (ev.also) used.push(ev.also);
    if (ev.fact) {
      used.push(ev.fact);
      keyFigure = ev.fact.figure;
    } else if (ev.figure && ev.owner) keyFigure = { ...ev.figure, subject: ev.owner.subject, metric: ev.owner.metric };
  } else if (loopLead && t.sentences.loopHeadline) {
    // A title about money coming back (`Moonshot's New Lead Investor Is Also Its Biggest Supplier`) with no event of
    // its own leads with the loop itself: 阿里巴巴向月之暗面投资…，资金由此回流阿里巴巴.
    const first = loopLead.loop[0] as DealEdge;
    headline = fill(t.sentences.loopHeadline, {
      modal: flowModal(first),
      from: zhName(first.from, bundle, ctx.dir),
      to: zhName(first.to, bundle, ctx.dir),
      back: zhName(first.from, bundle, ctx.dir),
    });
    event = loopLead.text.replace(/。$/, '');
    leadSubject = first.from;
  } else if (note) {
    headline = shortHeadline(note.headline, bundle, ctx);
    event = note.clause;
    leadSubject = note.subject;
    keyFigure = note.call.target ?? null;
    // The note's target prices are told: the same figures are not listed again.
    const told = facts.filter((f) => [note.call.target, note.call.from].some((x) => x && sameNumber(x, f.figure)));
    used.push(...told);
    // The note's own estimate revision is its news too, told right after the call (decision 164); its figures are not
    // listed again.
    revision = estimateRevision(bundle.items[0]?.text ?? '', zhName(note.subject, bundle, ctx.dir), t.sentences);
    if (revision) {
      const figures = revision.figures;
      used.push(...facts.filter((f) => !used.includes(f) && figures.some((x) => sameNumber(x, f.figure))));
    }
  } else {
    // A share move after results: the company whose shares moved (a name the gazetteer does not know) is the lead's.
    const lead =
      findEntities(title(bundle).text, ctx.gaz).find((m) => m.type === 'org')?.name ??
      (cause ? titleSaid?.fact?.claim.subject : guidedAfter ? guidedAfter.subject : undefined) ??
      // A title against the estimates names the company whose results it reports; any other title's first word may be
      // a call's or a product's, whose figures are then told as a list under the company (decision 132).
      (againstEstimates(title(bundle).text)
        ? titleSubject(
            title(bundle).text,
            facts.map((f) => f.claim.subject),
          )
        : undefined);
    // A figure inside someone's quoted words ('They have to get to $150 billion by 2029,' said an investor) is not news.
    // Nor is a figure further down the report (its background: another company's plan, an earlier round).
    // Nor the value before a change (`up from its earlier forecast of 2% to 3%`): the news is the new value.
    const fits = (f: StoryFact) =>
      !f.past &&
      !quoted(f) &&
      amountBasis(f.figure, f.sentence) !== 'earlier' &&
      !doubted(f) &&
      !inAside(f.sentence, f.figure.text, t) &&
      claimHeadline(f, bundle, ctx) !== undefined;
    const usable = facts.filter((f) => inNews(f, facts) && fits(f));
    // A share move after results: the results its report gives further down are the news the title points at.
    const resultsPool = cause ? facts.filter(fits) : usable;
    // The title's own measure first (`revenue more than doubles`: the quarter's revenue, not a larger backlog), what
    // happened before a forecast of it.
    const named = titleMetrics(title(bundle).text, t);
    // A title that forecasts (`Broadcom forecasts revenue above estimates`) is news of the forecast.
    // A share move after results and an outlook: the cause its title names first leads.
    // Its estimates (`beats estimates`, `sales above forecasts`) are the analysts', not a forecast (results-head.ts).
    const ahead = cause ? cause.first === 'outlook' : !guidedAfter && forecastWords().test(withoutEstimates(title(bundle).text));
    // A results call or report (`Q1 fiscal 2027 earnings call`) is news of the period's reported revenue, not of a forecast.
    const results = cause
      ? cause.first === 'results'
      : guidedAfter !== undefined || (!ahead && (RESULTS_TITLE.test(title(bundle).text) || againstEstimates(title(bundle).text)));
    const reported = (f: StoryFact) => !expected(f.sentence, f.figure.text) && RESULTS_PERIOD.test(f.claim.period);
    const best =
      // Results the title says beat (`beats profit estimates, lifts annual outlook`): the measure it names first.
      (guidedAfter
        ? resultsPool.find((f) => f.claim.subject === lead && ofTitle(f, named) && reported(f) && f.figure.kind === 'money')
        : undefined) ??
      // The period just reported leads: a quarter before the year it closes, unless the title is of the year (lead-plan.ts).
      (results
        ? reportedFirst(
            resultsPool.filter((f) => f.claim.subject === lead && f.claim.metric === 'revenue' && reported(f)),
            title(bundle).text,
          )[0]
        : undefined) ??
      // A title against the estimates (`quarterly revenue beats estimates`) reports results: its period's revenue leads
      // wherever its report gives it, never next year's guidance (results-head.ts).
      (results && !cause && againstEstimates(title(bundle).text)
        ? reportedFirst(
            facts.filter((f) => fits(f) && f.claim.subject === lead && f.claim.metric === 'revenue' && reported(f)),
            title(bundle).text,
          )[0]
        : undefined) ??
      usable.find((f) => f.claim.subject === lead && ofTitle(f, named) && expected(f.sentence, f.figure.text) === ahead) ??
      usable.find((f) => f.claim.subject === lead && ofTitle(f, named)) ??
      usable.find((f) => f.claim.subject === lead) ??
      usable[0];
    if (best) {
      const full = claimHeadline(best, bundle, ctx) as string;
      headline = shortHeadline(headlinePeriod(full), bundle, ctx);
      event = (claimSentence(best, bundle, ctx) ?? `${full}。`).replace(/。$/, '');
      used.push(best);
      keyFigure = best.figure;
      leadSubject = best.claim.subject;
      claimLead = best;
    } else {
      const main = findEntities(title(bundle).text, ctx.gaz).find((m) => m.type !== 'media')?.name ?? mainEntity(bundle);
      headline = main ? fill(t.sentences.fallback as string, { subject: zhName(main, bundle, ctx.dir) }) : '';
      event = headline;
      bare = true;
    }
  }
  // A lead figure its sentence does not vouch for (owner, role, measure): a line names the event without it.
  const leadFacts = ev ? [ev.fact, ev.also] : [claimLead];
  // A deal whose payer and receiver its sentence names the other way round has no sure event either: no line of it.
  const swapped = ev?.deal !== undefined && !rolesAgree(ev.deal, ctx.gaz);
  const unsure = swapped
    ? ''
    : ev?.level || leadFacts.some((f) => f !== undefined && !figureSure(f, doubtOf(f)))
      ? (ev?.bare ?? '')
      : undefined;
  // The market reaction is today's news too: a share move of the lead's subject rides on the event clause
  // (`…约2000亿美元，股价盘后下跌超过8%`), unless the event is that move.
  const reaction = leadSubject ? marketReaction(bundle, facts, [leadSubject], ctx, !note) : undefined;
  const moved = reaction ? marketMoveOf(reaction, t) : undefined;
  const rides = reaction && moved && t.sentences.marketMove && !used.some((u) => u.claim === reaction.claim) ? reaction : undefined;
  /** A move the results and guidance caused, told after them (受此影响，公司股价盘后上涨11%). */
  let moveAfter: string | undefined;
  /** A share move told after a figureless forecast change, which rides on the results once their rate is merged. */
  let moveLater: Record<string, string> | undefined;
  if (rides && moved && t.sentences.marketMove) {
    // 'as much as 5%' is 一度上涨5%, not 上涨最多5%.
    const figure = moved.once ? { ...rides.figure, qualifier: 'exact' as const } : rides.figure;
    const vars = { ...moved, amount: renderFigureZh(figure) };
    if (cause && t.sentences.marketMoveAfter) moveAfter = fill(t.sentences.marketMoveAfter, vars);
    // A plain claim's lead takes its change first (营收增长18%至41亿美元), then the move (decision 132).
    else if (claimLead) moveLater = vars;
    else event = fill(t.sentences.marketMove, { clause: event, ...vars });
  }
  // The lead's figures on the word of unnamed people: the lead says so (据…援引知情人士报道).
  // An event of the title with no figure of its own (`TSMC to raise prices next year`) stands on its source's first
  // sentence: when that names no one but people familiar, so does the lead.
  const opening = bundle.items[0]?.sentences[0]?.text ?? '';
  const rumoured =
    used.some((u) => u.rumoured) ||
    (ev?.deal !== undefined && rumouredSentence(ev.deal.sentence)) ||
    (ev !== undefined && used.length === 0 && rumouredSentence(opening));
  // The periodic results the lead reports (a quarter's revenue, its profit): the report's figures of that period are news.
  // A lead that forecasts (博通预计第二财季营收…) reports the quarter its guidance follows: the same owner's reported
  // figure of a results measure.
  const isResults = (f: StoryFact | undefined): f is StoryFact =>
    f !== undefined &&
    RESULTS_METRICS.test(f.claim.metric.replace(/-growth$/, '')) &&
    RESULTS_PERIOD.test(f.claim.period) &&
    !expected(f.sentence, f.figure.text);
  const leadFact = [ev?.fact, claimLead].find((f) => f !== undefined);
  const resultsFact =
    [ev?.fact, claimLead].find(isResults) ??
    // A guided growth rate (上调全年营收增速指引) is a results forecast as its amount is (decision 092).
    (leadFact && expected(leadFact.sentence, leadFact.figure.text) && RESULTS_METRICS.test(leadFact.claim.metric.replace(/-growth$/, ''))
      ? facts.find((f) => isResults(f) && !f.past && f.claim.subject === leadFact.claim.subject)
      : undefined);
  const reportedResults = resultsFact ? { subject: resultsFact.claim.subject, period: resultsFact.claim.period } : undefined;
  // Further sentences: one per claim (a claim the story states with one value), current facts only.
  const seenClaims = new Set(used.map((u) => u.claim));
  if (reaction) seenClaims.add(reaction.claim);
  const candidates: StoryFact[] = [];
  const withheld: StoryFact[] = [];
  // A funding story's loop (money put into the lead's company comes back to who put it in) is its news too (funding-loop.ts).
  // …not in a follow-up of an earlier day's story (its loop and figures ran then: the day-two step's to judge).
  const followsUp = bundle.items.some((i) => bundle.items.some((j) => (i.date ?? '') < (j.date ?? '')));
  const funded = !loop && !followsUp && found && fundedLoop(found, leadSubject) ? found : undefined;
  for (const f of facts) {
    // A disputed value is written with both sources elsewhere (conflict), never as a plain statement.
    // …unless an earlier day's digest printed its other value: today's is told beside that one (decision 149).
    const against = f.claim.conflict ? ctx.earlierOther?.(f) : undefined;
    if (f.past || seenClaims.has(f.claim) || (f.claim.conflict && !against) || quoted(f) || ctx.side?.(f, used[0])) continue;
    // Background further down the report (its own measure in the title excepted) is not told as news.
    // A results report's figures of its period (and its guidance) are its news however far down (results-news.ts).
    if (
      !inNews(f, facts) &&
      !ofTitle(f, titleMetrics(title(bundle).text, t)) &&
      !(reportedResults && resultsNews(reportedResults, f, expected(f.sentence, f.figure.text)) && resultsMeasure(f))
    )
      continue;
    // The value before a change the sentence reports (`up from the $54 billion it had planned`) is history, not news.
    if (amountBasis(f.figure, f.sentence) === 'earlier') continue;
    // The estimate a figure is set against (`above our 20.6% estimate`) is no value of the company's (decision 105).
    if (estimateValue(f.sentence, f.figure.text)) continue;
    // A ceiling (`up to`, `as much as`) is no measure of its owner: `债务最多7.5万亿韩元` reads as a debt that is; only a
    // flow between two parties says it with its verb (英伟达向xAI投资最多20亿美元).
    if (f.figure.qualifier === 'max' && !f.claim.counterparty) continue;
    if (doubted(f)) continue;
    // A figure whose own sentence names no period is not said under a period the pipeline guessed (stated-period.ts).
    if (!periodStated(f, reportedResults) && printsPeriod(claimSentence(f, bundle, ctx) ?? '', f.claim.period)) continue;
    // A figure of an aside about a party (`Ares, which manages $400 billion of assets,`) has no role in the event (aside.ts).
    if (inAside(f.sentence, f.figure.text, t)) continue;
    // One owner's measure with two values in two claims (the company's figure, the insiders' figure) is no pair of
    // plain statements: the first said stands, the other is no sentence of its own.
    if ([...used, ...candidates].some((u) => otherValueOfSame(u, f))) continue;
    seenClaims.add(f.claim);
    // Several sources of one event state the same figure (a wire's $21.3 billion, a transcript's about $21.3 billion): one
    // fact, said once. Values that differ are no plain statement.
    // A segment's amount the knowledge layer filed under the group's reported total is a part of it, not a second value
    // (decision 178) when its sentence tells it as a part (a segment, a division) or names no subject (`AI networking
    // revenue was $3.1 billion`); at the merge: a value its sentence gives the subject itself is that subject's own, never a
    // part (a listed unit's revenue beside its parent's, misfiled under one claim); a forecast total (an analyst's, the company's) keeps every value as before.
    const reportedTotal = !expected(f.sentence, f.figure.text);
    const subjectNames = namesOf(f.claim.subject, ctx.gaz);
    const asPart = (st: (typeof f.claim.statements)[number]) => toldAsPart(st.sentence) || !names(st.sentence, subjectNames);
    const stated = f.claim.statements.filter(
      (s) =>
        bundle.items.some((i) => i.id === s.itemId) &&
        !(reportedTotal && asPart(s) && partOfWhole(f.figure, s.figure, f.claim.metric, f.claim.period)),
    );
    if (!against && !oneValue(f, stated)) continue;
    if (ev?.figure && sameNumber(ev.figure, f.figure)) continue;
    // A follow-up's body tells the day's news: a figure an earlier day's digest printed of the story is not printed again.
    // A leg of the story's loop stays: the loop's 资金由此回流 needs the money that went out said again — an amount on a loop
    // edge, or any money one loop party gives another (the edge may carry the other source's amount).
    const loopLeg = found?.some(
      (d) =>
        (d.amount && sameNumber(d.amount, f.figure)) ||
        (f.claim.counterparty !== undefined && d.from === f.claim.subject && d.to === f.claim.counterparty),
    );
    if (ctx.printedBefore?.(f) && !loopLeg) continue;
    // A number the lead already says (the loop's 15亿美元 investment) is not said again as another claim's.
    if (used.some((u) => sameNumber(u.figure, f.figure)) || loopLead?.loop.some((d) => d.amount && sameNumber(d.amount, f.figure)))
      continue;
    // A leg of a funding story's loop is told with its amount in the loop's sentence, not as a claim of its own.
    if (funded?.some((d) => d.amount && sameNumber(d.amount, f.figure) && [d.from, d.to].includes(f.claim.subject))) continue;
    // A market value of no stated moment on a day the lead says the shares moved: before or after the move, the
    // reader cannot tell (Amazon's $2.4 trillion was the value before its 8% slide).
    if (rides && f.claim.metric === 'market-cap' && f.claim.period === 'unknown') {
      withheld.push(f);
      continue;
    }
    candidates.push(f);
  }
  // A rate of a measure the body states (same subject and period: 营收增长14% beside 营收2134亿美元) rides along with
  // its amount (营收同比增长14%至2134亿美元) and does not spend the cap.
  const amountOf = (rate: StoryFact) =>
    rate.figure.kind === 'percent' && rate.claim.metric.endsWith(RATE_SUFFIX)
      ? candidates.find(
          (c) =>
            c.figure.kind !== 'percent' &&
            c.claim.subject === rate.claim.subject &&
            c.claim.period === rate.claim.period &&
            `${c.claim.metric}${RATE_SUFFIX}` === rate.claim.metric,
        )
      : undefined;
  const riders = new Map<StoryFact, StoryFact>();
  for (const c of candidates) {
    const amount = amountOf(c);
    if (amount && !riders.has(amount)) riders.set(amount, c);
  }
  /** Rates said right after their amount's clause (`个人系统业务营收102亿美元，增长5%`): the same statement group. */
  const besides = new Map<StoryFact, StoryFact>();
  for (const c of candidates) {
    if (riders.has(c) || c.figure.kind !== 'money') continue;
    const rate = facts.find((f) => f !== c && !f.past && !quoted(f) && !used.includes(f) && rateOfAmount(f, c));
    if (rate && ![...besides.values()].includes(rate)) besides.set(c, rate);
  }
  // The lead's own amount takes its rate too (`CoreWeave 2026年第一季度营收同比增长124%至23.1亿美元`).
  if (claimLead) {
    const rate = candidates.find(
      (c) =>
        c.figure.kind === 'percent' &&
        c.claim.subject === claimLead.claim.subject &&
        c.claim.period === claimLead.claim.period &&
        c.claim.metric === `${claimLead.claim.metric}${RATE_SUFFIX}`,
    );
    const rateSentence = rate ? claimSentence(rate, bundle, ctx) : undefined;
    const subject = zhName(claimLead.claim.subject, bundle, ctx.dir);
    const merged =
      rate && rateSentence
        ? mergeSameSubject([
            { subject, text: `${event}。` },
            { subject, text: rateSentence },
          ])
        : [];
    if (rate && merged.length === 1 && merged[0]?.includes('至')) {
      event = (merged[0] as string).replace(/。$/, '');
      candidates.splice(candidates.indexOf(rate), 1);
      used.push(rate);
      changed = true;
    } else {
      // A rate of no stated period standing beside the lead's amount (`$14.6 billion, up 3% year over year`) is its change.
      const beside = facts.find((f) => !f.past && !quoted(f) && !used.includes(f) && rateOfAmount(f, claimLead));
      if (beside && claimLead.figure.kind === 'money') {
        event = withChange(event, beside, beside.claim);
        changed = true;
        if (candidates.includes(beside)) candidates.splice(candidates.indexOf(beside), 1);
        used.push(beside);
        seenClaims.add(beside.claim);
      }
    }
  }
  // The forecast changed with no figure of its own rides on the results it came with (…，并上调全年业绩指引), before
  // the market's reaction to both.
  if (guidedAfter && claimLead && t.sentences.guidedAfter)
    event = fill(t.sentences.guidedAfter, { clause: event, guided: guidedAfter.guided });
  if (moveLater && t.sentences.marketMove) event = fill(t.sentences.marketMove, { clause: event, ...moveLater });
  const riding = new Set([...riders.values(), ...besides.values()]);
  // The cap (three facts) goes to the current period's news first; an undated stock figure (a market value) or a
  // one-off charge only after them. Stable: the facts' own order within each rank.
  const named = titleMetrics(title(bundle).text, t);
  // A results figure its sentence compares with the estimates (the beat a wire leads on) is told first (decision 105).
  // …or a later sentence of its source does (`Azure … revenue beat the 36.5% growth expected by analysts`; decision 172).
  const later = new Map(facts.map((f) => [f, laterEstimateClause(f, facts, t)] as const));
  const beat = (f: StoryFact) =>
    (RESULTS_METRICS.test(f.claim.metric) && estimateClause(f.sentence, f.figure, t) !== undefined) ||
    ownEstimateClause(f.sentence, f.figure, t) !== undefined ||
    later.get(f) !== undefined;
  // A whole year's total the story also reports a quarter of is background, told after the quarter's news (lead-plan.ts).
  const reportedParts = yearTitle(title(bundle).text) ? [] : [...used, ...candidates].filter((f) => !expected(f.sentence, f.figure.text));
  const rank = (f: StoryFact) =>
    DEFERRED_METRICS.has(f.claim.metric)
      ? 2
      : beat(f)
        ? -1
        : yearBehindPart(f, reportedParts) && !expected(f.sentence, f.figure.text)
          ? 1.5
          : ofTitle(f, named)
            ? 0
            : 1;
  const primaries = candidates.filter((c) => !riding.has(c)).sort((a, b) => rank(a) - rank(b));
  // People familiar are named once more at most: before the first figure of theirs from another sentence than the lead's
  // (the lead may stand alone, as a one-liner under 更多动态 does not).
  const leadRumours = new Set(rumoured ? used.filter((u) => u.rumoured).map((u) => u.sentence) : []);
  const said: SaidClause[] = [];
  const compared: Claim[] = [];
  // A story that leads with a round raised: an investor's ticket needs no receiver named (decision 141).
  const leadsRound = leadFact !== undefined && leadFact.claim.metric === 'funding';
  const say = (f: StoryFact, change?: StoryFact): boolean => {
    // In a joint-venture story, a figure its sentence gives to the venture (`The venture … could borrow as much as 7.5
    // trillion won`) is the venture's, whoever the knowledge layer filed it under.
    // One number of one subject is said once (a pre-money value its sentences also call the valuation: 投前估值约为220亿元，
    // 估值为220亿元), whatever claims the knowledge layer files it under.
    if (used.some((u) => u !== f && u.claim.subject === f.claim.subject && sameNumber(u.figure, f.figure))) return false;
    // An amount restated in brackets in another currency (`150 billion yen ($960 million) through a bond`) is the amount
    // before it, never a second claim of its own (发行9.6亿美元债券 beside 融资1500亿日元) once that amount is told; a
    // conversion told in its place (51.5亿美元 for a rupee total) stays.
    if (conversion(f) && used.some((u) => u !== f && u.sentence === f.sentence && convertedIn(f.sentence, u.figure, f.figure)))
      return false;
    let s = claimSentence(ev?.venture && ofVenture(f) ? { ...f, claim: { ...f.claim, subject: VENTURE_ZH } } : f, bundle, ctx);
    if (!s || said.some((x) => x.text === s)) return false;
    // An investment told by its giver and amount only (甲投资12亿美元: in what?) is a figure without its event (decision 141)
    // — unless the story leads with a round, whose investors' tickets are their shares of it (富达和Lux Capital分别投资…).
    if (
      !leadsRound &&
      f.claim.metric === 'investment' &&
      !f.claim.counterparty &&
      objectlessFlow(s, zhName(f.claim.subject, bundle, ctx.dir), renderFigureZh(f.figure))
    )
      return false;
    if (change) s = `${withChange(s.replace(/。$/, ''), change, change.claim)}。`;
    // A disputed value whose other version an earlier digest printed says the two differ, naming that outlet (decision 149).
    const against = f.claim.conflict ? ctx.earlierOther?.(f) : undefined;
    const differs = against && (t.sentences[`earlierDiffers.${against.direction ?? ''}`] ?? t.sentences.earlierDiffers);
    if (against && differs) {
      s = `${fill(differs, { clause: s.replace(/。$/, ''), source: against.source, value: against.value })}。`;
      compared.push(f.claim);
    }
    // A changed forecast says the value before the change its own sentence gives (…3%至4%（此前为2%至3%）), as the lead does.
    const before = t.sentences.priorValue && expected(f.sentence, f.figure.text) ? priorValue(f, facts) : undefined;
    if (before && t.sentences.priorValue)
      s = `${fill(t.sentences.priorValue, { clause: s.replace(/。$/, ''), amount: renderFigureZh(before.figure) })}。`;
    const subject = zhName(f.claim.subject, bundle, ctx.dir);
    // A flow said with nothing but its parties and amount (英伟达向xAI投资最多20亿美元) may join others to the same receiver.
    const to = f.claim.counterparty ? zhName(f.claim.counterparty, bundle, ctx.dir) : '';
    const amount = renderFigureZh(f.figure);
    const verb = [...FLOW_WORDS].find((v) => s === `${subject}${to !== '' ? `向${to}` : ''}${v}${amount}。`);
    said.push({
      subject,
      text: s,
      // A figure on the word of unnamed people says so, unless the lead already did for its sentence.
      ...(f.rumoured && !leadRumours.has(f.sentence) ? { rumour: true } : {}),
      ...(verb ? { flow: { to, verb, amount } } : {}),
    });
    used.push(f);
    if (change) used.push(change);
    if (before) used.push(before);
    return true;
  };
  let written = 0;
  for (const f of primaries) {
    if (written >= 3) break;
    if (!say(f, besides.get(f))) continue;
    written++;
    const rate = riders.get(f);
    if (rate) say(rate);
  }
  if (rides) used.push(rides);
  const leadName = leadSubject ? zhName(leadSubject, bundle, ctx.dir) : '';
  // One owner's figures together (the lead's owner first, what happened before what is expected); flows of several
  // parties to one receiver in one sentence; people familiar named once, before the first clause on their word.
  const ordered = byOwner(said, leadName);
  const onTheirWord = t.sentences.rumour ? ordered.find((c) => c.rumour) : undefined;
  const rumourOpening = t.sentences.rumour ? fill(t.sentences.rumour, { sentence: '' }) : '';
  const sentences = mergeSameSubject(jointFlows(ordered, (c) => (c === onTheirWord ? rumourOpening : '')));
  // The lead's own subject goes on in one sentence (CoreWeave 2026年第一季度营收同比增长124%至23.1亿美元，预计…): a row
  // of sentences each opening on the same name reads as a table.
  let runOn = 0;
  // A forecast, a plan or a dated stock figure after it is its own sentence; an event with no figure of its own (a launch,
  // a share move) is not run on into figures.
  const next = sentences[0];
  if (
    !bare &&
    !rides &&
    !note &&
    keyFigure &&
    leadName &&
    // A forecast lead (上调全年营收增速指引…) is not run on into the quarter's reported figures: another tense, its own sentence.
    !(leadFact && expected(leadFact.sentence, leadFact.figure.text)) &&
    event.startsWith(leadName) &&
    next?.startsWith(leadName) &&
    !/^(?:预计|预期|计划|拟|将)/u.test(next.slice(leadName.length).trim())
  ) {
    const merged = mergeSameSubject([
      { subject: leadName, text: `${event}。` },
      { subject: leadName, text: next },
    ]);
    if (merged.length === 1 && [...(merged[0] as string)].length <= EVENT_MAX) {
      event = (merged[0] as string).replace(/。$/, '');
      sentences.shift();
      runOn = 1;
    }
  }
  // A results story's lead says its event with its verb (惠普公布2026财年第四财季业绩，营收约146亿美元，同比增长3%), the owner and
  // period once, the figures after them.
  if (
    claimLead &&
    !ev &&
    leadName &&
    RESULTS_METRICS.test(claimLead.claim.metric) &&
    t.sentences.resultsLead &&
    RESULTS_TITLE.test(title(bundle).text) &&
    RESULTS_PERIOD.test(claimLead.claim.period) &&
    !expected(claimLead.sentence, claimLead.figure.text)
  ) {
    const period = periodZh(claimLead.claim.period);
    const rest = resultsRest(event, leadName, period);
    if (rest) {
      event = fill(t.sentences.resultsLead, { subject: leadName, period, rest });
      resulted = true;
    }
  }
  // `据彭博报道，Equinix相关动态。` says nothing: with no event, the first fact the story holds leads.
  if (bare) event = sentences.length > 0 ? (sentences.shift() as string).replace(/。$/, '') : '';
  // The lead's owner is named once: a next sentence about it again opens on 公司 (其中 for a member of a group it is).
  if (!bare && leadSubject) sentences.splice(0, sentences.length, ...ownerOnce(sentences, leadOwner(leadSubject, bundle, ctx)));
  // …only in a story that says more than its call: a note told in one line (更多动态) stays one line.
  if (revision && sentences.length > 0) sentences.unshift(`${revision.text}。`);
  // A loop of the story's flows is told in words after the facts when it is the story's news (its title names two of
  // its parties, or money coming back): money that comes back to who paid it.
  const toldLoop = loop ?? funded;
  // A funding story's loop leg standing on unnamed people's word says so before that leg (据知情人士透露，…), not before
  // the legs the company states itself.
  const looped =
    toldLoop && !loopLead
      ? loopSentence(toldLoop, bundle, ctx, used, ev?.deal, (d) => !!funded?.includes(d) && rumouredSentence(d.sentence))
      : undefined;
  if (looped) sentences.push(looped);
  if (moveAfter) sentences.push(moveAfter);
  // Told results figures go on with how they compare with the estimates their sentences name (高于市场预期的…), once the
  // lead and the further sentences are assembled (a merge reads the plain clauses).
  for (const f of used) {
    const after = later.get(f) ?? laterEstimateClause(f, facts, t);
    event = withEstimates(event, f, t, after);
    for (let i = 0; i < sentences.length; i++) sentences[i] = withEstimates(sentences[i] as string, f, t, after);
  }
  // A results or guidance lead goes on with the cause its title gives, from the table (主要受内存成本上涨拖累; decision 185).
  // …or the first further sentence that goes the cause's way (a guide below estimates after a quarter that grew).
  const why =
    leadFact && RESULTS_METRICS.test(leadFact.claim.metric.replace(/-growth$/, ''))
      ? // …any of its sources' titles: a story opening on a company's call has its cause in a wire's title.
        bundle.items.map((i) => titleCause(i.title ?? '')).find((c) => c !== undefined)
      : undefined;
  if (why && withTitleCause(event, why, t.sentences) !== event) event = withTitleCause(event, why, t.sentences);
  else if (why) {
    const at = sentences.findIndex((s) => withTitleCause(s.replace(/。$/, ''), why, t.sentences) !== s.replace(/。$/, ''));
    if (at >= 0) sentences[at] = `${withTitleCause((sentences[at] as string).replace(/。$/, ''), why, t.sentences)}。`;
  }
  // A company with a long Latin name the English title calls by a short one (American Electric Power → AEP) is named
  // the short way in the Chinese copy: the long name twice would make a paragraph read as English.
  const spaced = (x: string) => x.replace(/([A-Za-z])(?=\d{4}(?:年|财年|至))/g, '$1 ');
  for (const [long, own] of shortNames(bundle, ctx)) {
    headline = spaced(headline.replaceAll(long, own));
    event = spaced(event.replaceAll(long, own));
    for (let i = 0; i < sentences.length; i++) sentences[i] = spaced((sentences[i] as string).replaceAll(long, own));
  }
  // A vehicle the title calls its parent's (`Meta's Ohio Data-Center Venture…`) heads with the parent named, and the
  // lead tells it the same way (decision 112).
  const parentOf = (en: string, vehicle: string) => {
    const org = findEntities(en, ctx.gaz).find((m) => m.type === 'org');
    // …only a parent the knowledge layer holds as a holder of the vehicle (a stake or an investment edge into it).
    const holds = (d: DealEdge) =>
      (d.kind === 'stake' || d.kind === 'invest') && d.from === org?.name && (d.to.startsWith(vehicle) || vehicle.startsWith(d.to));
    return org && bundle.deals.some(holds) ? zhName(org.name, bundle, ctx.dir) : undefined;
  };
  const parented = parentNamed(headline, title(bundle).text, parentOf, HEADLINE_MAX);
  if (parented !== headline) {
    headline = parented;
    event = parentNamed(event, title(bundle).text, parentOf, Number.POSITIVE_INFINITY);
  }
  return {
    headline,
    event,
    sentences,
    keyFigure,
    used,
    ...(ev?.deal ? { deal: ev.deal } : {}),
    ...(rumoured ? { rumoured } : {}),
    ...(withheld.length > 0 ? { withheld } : {}),
    ...(toldLoop && (looped || loopLead) ? { loop: toldLoop } : {}),
    ...((bare && event === '') || (ctx.broker !== undefined && !ev && !note) ? { empty: true as const } : {}),
    ...(note ? { brokered: true as const } : {}),
    ...(resulted ? { resulted: true as const } : {}),
    ...(runOn > 0 ? { merged: runOn } : {}),
    ...(compared.length > 0 ? { compared } : {}),
    ...(unsure !== undefined ? { unsure } : {}),
    ...(ev || loopLead ? { evented: true as const } : {}),
    ...(ev?.names ? { named: true as const } : {}),
    ...(leadsTitleCompany(
      bundle,
      ctx,
      { ev, claimLead, note: note !== undefined, loop: loopLead !== undefined, bare, resulted, changed },
      doubtOf,
    )
      ? {}
      : { lone: true as const }),
  };
}

/**
 * Whether an English-only story's lead is a "who did what" sentence about the company its title (else its first sentence)
 * names: the title's event or deal said of that company, a broker's note, the loop the title is about, or a figure of that
 * company whose owner its sentence vouches for. Else the story is no top story (engine: `lone` → one 更多动态 line).
 */
function leadsTitleCompany(
  bundle: StoryBundle,
  ctx: ComposeCtx,
  lead: {
    ev: EventClause | undefined;
    claimLead: StoryFact | undefined;
    note: boolean;
    loop: boolean;
    bare: boolean;
    /** The plain lead says a results event with its verb. */
    resulted: boolean;
    /** The plain lead says its measure's change. */
    changed: boolean;
  },
  doubt: (f: StoryFact) => OwnerDoubt | undefined,
): boolean {
  if (lead.note || lead.loop) return true;
  if (lead.bare) return false;
  // A plain figure (`据…报道，A营收为N`) says no event (english26): a results lead (A公布…业绩，…), a change of a measure
  // the title names (营收同比增长124%至…) or the forecast of a title that forecasts (A预计…营收约为…) does.
  const named = titleMetrics(title(bundle).text, ctx.templates);
  const forecast =
    lead.claimLead !== undefined &&
    forecastWords().test(title(bundle).text) &&
    expected(lead.claimLead.sentence, lead.claimLead.figure.text) &&
    ofTitle(lead.claimLead, named);
  const change = lead.changed && lead.claimLead !== undefined && ofTitle(lead.claimLead, named);
  if (!lead.ev && !lead.resulted && !forecast && !change) return false;
  const about = (subject: string | undefined) =>
    aboutTitleCompany(subject, title(bundle).text, bundle.items[0]?.sentences[0]?.text ?? '', ctx.gaz);
  // The event's own verb says a ceiling or a move (一度下跌, 最多): only a doubt of its owner keeps it from leading.
  const owner = (f: StoryFact | undefined) => f === undefined || [undefined, 'secondary'].includes(doubt(f));
  if (lead.ev) return about(lead.ev.subject) && owner(lead.ev.fact);
  return lead.claimLead !== undefined && about(lead.claimLead.claim.subject);
}

/**
 * Another value of a measure already said of the same owner (same metric and kind, the same period or one of them
 * undated) in another claim: `营收为40亿美元` beside `据知情人士透露，营收为35亿美元` would print two values with no word that
 * they differ.
 */
export function otherValueOfSame(said: Pick<StoryFact, 'claim' | 'figure'>, f: Pick<StoryFact, 'claim' | 'figure'>): boolean {
  const a = said.claim;
  const b = f.claim;
  if (a === b || a.subject !== b.subject || a.metric !== b.metric || said.figure.kind !== f.figure.kind) return false;
  if ((a.scope ?? '') !== (b.scope ?? '') || (a.basis ?? '') !== (b.basis ?? '') || (a.counterparty ?? '') !== (b.counterparty ?? ''))
    return false;
  const dated = a.period === b.period || a.period === 'unknown' || b.period === 'unknown';
  return dated && !sameNumber(said.figure, f.figure);
}

/** How a flow of each kind is told in a loop sentence (data/story-templates.json `sentences.flow.<kind>`). */
const FLOW_KEYS: Record<string, string> = {
  invest: 'flow.invest',
  purchase: 'flow.purchase',
  'cloud-contract': 'flow.cloud-contract',
  acquisition: 'flow.acquisition',
  stake: 'flow.stake',
};

/**
 * A capital-flow loop in words, in flow order from its first payer: `英伟达向Mistral AI投资，Mistral AI与CoreWeave签订约42亿
 * 美元的云服务合同，CoreWeave向英伟达采购约48亿美元，资金由此回流英伟达。` An amount the body already states is not
 * repeated; a money amount only (a stake's percentage is not a flow of money). Undefined without the templates.
 */
/** Words of a title about money coming back or going round (`flows back`, `coming back`, `circular`, `supplier`, 回流). */
const LOOP_CUES = /\bback\b|\bcircular\b|\bloop\b|\bround[- ]trip|\bsuppliers?\b|回流|闭环|循环|输血/i;

/** Whether a loop is the story's news: its title names two of the loop's parties (a unit counts for its owner) or a loop cue. */
export function loopNews(titleText: string, loop: readonly DealEdge[], gaz: Gazetteer): boolean {
  if (LOOP_CUES.test(titleText)) return true;
  const parties = new Set(loop.flatMap((d) => [d.from, d.to]));
  const named = new Set(
    findEntities(titleText, gaz)
      .flatMap((m) => [m.name, lookupEntry(m.name, gaz)?.parent ?? m.name])
      .filter((n) => parties.has(n)),
  );
  return named.size >= 2;
}

export function loopSentence(
  loop: readonly DealEdge[],
  bundle: StoryBundle,
  ctx: ComposeCtx,
  said: readonly StoryFact[] = [],
  lead?: DealEdge,
  /** A flow standing on unnamed people's word: its clause, the first such, opens on 据知情人士透露 (the others stay plain). */
  rumoured: (d: DealEdge) => boolean = () => false,
): string | undefined {
  // An amount the body states of this flow's payer or payee (not any equal number: 300亿美元 of revenue is no investment).
  const told = (d: DealEdge) =>
    d.amount !== undefined &&
    said.some((f) => sameNumber(f.figure, d.amount as Figure) && (f.claim.subject === d.from || f.claim.subject === d.to));
  const t = ctx.templates.sentences;
  if (!t.loop) return undefined;
  // The loop opens on the lead's own flow (else the first investment): the money the news is about goes round.
  const same = (a: DealEdge, b: DealEdge) => a.from === b.from && a.to === b.to && a.kind === b.kind;
  const leadAt = lead ? loop.findIndex((d) => same(d, lead)) : -1;
  const at = Math.max(0, leadAt >= 0 ? leadAt : loop.findIndex((d) => d.kind === 'invest'));
  const turned = [...loop.slice(at), ...loop.slice(0, at)];
  // The lead's flow (or a first flow whose amount the body states) is told already: the sentence goes on from where
  // its money went.
  const edges = leadAt >= 0 || told(turned[0] as DealEdge) ? turned.slice(1) : turned;
  if (edges.length === 0) return undefined;
  const flows: string[] = [];
  let hedged = false;
  for (const d of edges) {
    const key = FLOW_KEYS[d.kind];
    const withAmount = key ? t[key] : undefined;
    const plain = key ? t[`${key}.plain`] : undefined;
    if (!withAmount || !plain) return undefined;
    // A flow its sentence gives as expected or planned keeps its word (is expected to invest $30 billion: 预计向…投资).
    const vars = { from: zhName(d.from, bundle, ctx.dir), to: zhName(d.to, bundle, ctx.dir), modal: flowModal(d) };
    const flow =
      d.amount && d.amount.kind === 'money' && !told(d)
        ? fill(withAmount, { ...vars, amount: renderFigureZh(d.amount) })
        : fill(plain, vars);
    const hedge = t.rumour && !hedged && rumoured(d);
    if (hedge) hedged = true;
    flows.push(hedge && t.rumour ? fill(t.rumour, { sentence: flow }) : flow);
  }
  const back = zhName((turned[0] as DealEdge).from, bundle, ctx.dir);
  return fill(t.loop, { flows: flows.join('，'), back });
}

/**
 * The word before a deal's verb when the knowledge layer holds it as not done and the title and sentence give none (or a
 * plain 将): 正洽谈 for talks, 或将 for a rumour — never written as a deal done (docs/decisions/035).
 */
export function dealModal(deal: Pick<DealEdge, 'status'>, modal: string): string {
  if (deal.status === undefined || (modal !== '' && modal !== '将')) return modal;
  return deal.status === 'talks' ? '正洽谈' : '或将';
}

/** The hedge of a flow as its sentence gives its amount: 预计 (expected), 拟 (planned), 或将 (could), else none. */
function flowModal(d: DealEdge): string {
  const text = d.amount?.text ?? '';
  if (!text) return '';
  return expected(d.sentence, text) ? '预计' : planned(d.sentence, text) ? '拟' : maybe(d.sentence, text) ? '或将' : '';
}

/** Long Latin names (over 12 characters) the English title gives a shorter Latin form: [long, short] pairs. */
function shortNames(bundle: StoryBundle, ctx: ComposeCtx): [string, string][] {
  const text = title(bundle).text;
  const out: [string, string][] = [];
  for (const m of findEntities(text, ctx.gaz)) {
    const long = zhName(m.name, bundle, ctx.dir);
    const own = text.slice(m.start, m.end);
    if (long.length > 12 && /^[A-Za-z][\w .&-]+$/.test(long) && /^[A-Za-z][\w.&-]*$/.test(own) && own.length < long.length)
      out.push([long, own]);
  }
  return out;
}

/**
 * A headline past 30 characters said shorter, as an editor would: a company by the short name the English title gives it
 * (`American Electric Power` → `AEP`), then without its span of years (`2025至2029年`); unchanged when it fits.
 */
export function shortHeadline(headline: string, bundle: StoryBundle, ctx: ComposeCtx): string {
  let h = headline;
  if ([...h].length <= HEADLINE_MAX) return h;
  const text = title(bundle).text;
  for (const m of findEntities(text, ctx.gaz)) {
    const long = zhName(m.name, bundle, ctx.dir);
    const own = text.slice(m.start, m.end);
    if (own.length < long.length && /^[A-Za-z][\w.&-]*$/.test(own) && h.includes(long)) h = h.replace(long, own);
  }
  // A name the title gives by its first word only (`Qasr` for Qasr AI Investments).
  for (const m of h.match(/[A-Z][A-Za-z]{3,}(?: [A-Z][A-Za-z&.]*)+/g) ?? []) {
    const head = m.split(' ')[0] as string;
    if (!([...h].length > HEADLINE_MAX && !text.includes(m) && new RegExp(`\\b${head}\\b`).test(text))) continue;
    // A vehicle named after its parent (CoreWeave Compute Acquisition, which the title calls a CoreWeave unit) is not
    // the parent: it heads as the parent's unit (CoreWeave子公司) when the title says so, else keeps its name.
    const parent = findEntities(head, ctx.gaz).find((e) => e.type === 'org' && e.start === 0 && e.end === head.length);
    if (parent && lookupEntry(m, ctx.gaz)?.name !== parent.name) {
      if (new RegExp(`\\b${head}(?:'s)? (?:unit|subsidiary|vehicle|arm|affiliate)\\b`, 'i').test(text))
        h = h.replace(m, `${zhName(parent.name, bundle, ctx.dir)}子公司`);
      continue;
    }
    // A title that gives the word as another company's (`xAI's Colossus debt vehicle`: its project) does not name the
    // vehicle by it: the name keeps all but its legal tail (Colossus Compute Funding → Colossus Compute).
    const owned = findEntities(text, ctx.gaz).some((e) => e.type === 'org' && new RegExp(`^['’]s\\s+${head}\\b`).test(text.slice(e.end)));
    const short = withoutLegalTail(m);
    h = h.replace(m, owned && short !== m ? short : head);
  }
  if ([...h].length > HEADLINE_MAX) h = h.replace(/\s?\d{4}(?:财年)?至\d{4}(?:财)?年/u, '');
  // A vehicle's or a holding's legal tail (Llano Compute Funding LLC, Lakeshore Compute Holdings) is no part of the name a
  // headline needs: `Lakeshore Compute发行210亿美元债券`.
  for (const m of [...h].length > HEADLINE_MAX ? (h.match(/[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+/g) ?? []) : []) {
    const short = withoutLegalTail(m);
    if (short !== m) h = h.replace(m, short);
  }
  return h.replace(/^([A-Za-z][\w.&-]*) (?=\p{Script=Han})/u, '$1');
}

/** The period a clause opens on: `2027财年第三财季`, `2025年第四季度`, `2026年`. */
const PERIOD_HEAD = /^(?:\d{4}(?:财年|年)(?:第[一二三四]财?季度?|[上下]半年|\d{1,2}月|前[二三四]季度)?)/u;

/**
 * The next clause of a subject's run, said as a Chinese writer would: its period dropped when the clause before says
 * the same one (`…第三财季营收为784亿美元，第三财季营收增长38%` → `…，营收增长38%`), and an amount and its change of
 * one measure said together (`营收为784亿美元` + `营收同比增长38%` → `营收同比增长38%至784亿美元`). Replaces the last part.
 */
function sharePeriod(parts: string[], next: string): string[] {
  const q = PERIOD_HEAD.exec(next)?.[0];
  // The period in force: the last one the run stated (a clause with none in between keeps it).
  const current = runPeriod(parts);
  const samePeriod = q !== undefined && q === current;
  // A period of the year the run has stated says it no more (2026年资本开支…，2026年第二季度营收… → …，第二季度营收…).
  const year = q !== undefined && !samePeriod ? /^\d{4}(?:财年|年)(?=第|[上下]半年|前)/u.exec(q)?.[0] : undefined;
  const sameYear = year !== undefined && current?.startsWith(year) === true;
  const body = samePeriod
    ? next.slice((q as string).length)
    : sameYear
      ? next.slice((year as string).length)
      : withoutPeriod(next, current);
  const change = /^(\p{Script=Han}{2,8}?)((?:同比|环比)?(?:增长|下降))((?:约|超过|逾|近|接近)?\d[\d.]*%)$/u.exec(body);
  // The amount of the same measure and period said earlier in the run (a clause of another measure may stand between).
  for (let i = parts.length - 1; change && i >= 0; i--) {
    const part = (parts[i] as string).replace(GROUP, '');
    const head = PERIOD_HEAD.exec(part)?.[0] ?? '';
    if (q !== undefined && q !== head) continue;
    const amount = /^(\p{Script=Han}{2,8}?)(约为|为)(.+)$/u.exec(part.slice(head.length));
    if (!amount || amount[1] !== change[1]) continue;
    parts[i] =
      `${(parts[i] as string).startsWith(GROUP) ? GROUP : ''}${head}${change[1]}${change[2]}${change[3]}至${amount[2] === '约为' ? '约' : ''}${amount[3]}`;
    return [];
  }
  // A change measured on another basis (按固定汇率计算) is no change *to* the reported amount: it follows the amount of its
  // measure as its own clause, the measure said once (营收为51.5亿美元，按固定汇率计算环比增长3.1%).
  const based = /^(\p{Script=Han}{2,8}?)(按固定汇率计算(?:同比|环比)?(?:增长|下降)(?:约|超过|逾|近|接近)?\d[\d.]*%)$/u.exec(body);
  const last = (parts[parts.length - 1] ?? '').replace(GROUP, '');
  const lastHead = PERIOD_HEAD.exec(last)?.[0] ?? '';
  if (based && (q === undefined || q === lastHead) && new RegExp(`^${based[1]}(?:约为|为)`, 'u').test(last.slice(lastHead.length)))
    return [based[2] as string];
  return [body];
}

/** Marks a part of a run that opens a new statement group (joined with `；`). */
const GROUP = '\u0001';

/** A part after a statement group with its change (营收约146亿美元，同比增长3%) opens a new group. */
function grouped(parts: readonly string[], part: string): string {
  const last = (parts[parts.length - 1] ?? '').replace(GROUP, '');
  return /，/.test(last) && !part.startsWith(GROUP) ? `${GROUP}${part}` : part;
}

/**
 * A figure's clause as an item of a list: its measure then its amount, no copula (`利润为131亿美元` → `利润131亿美元`,
 * `回购授权约为2亿美元` → `回购授权约2亿美元`); any other clause unchanged.
 */
export function listed(clause: string): string {
  // A pair's measure (与微软的算力采购承诺为…) is a noun phrase that keeps its copula.
  if (/^[与和同跟向对]/u.test(clause)) return clause;
  // A clause's own period stays before its measure (第二季度营收为… → 第二季度营收…).
  const when = PERIOD_HEAD.exec(clause)?.[0] ?? /^第[一二三四]财?季度?|^[上下]半年/u.exec(clause)?.[0] ?? '';
  return `${when}${clause
    .slice(when.length)
    .replace(/^([\p{Script=Han}A-Za-z]{2,12}?)(约)?为(?=\*{0,2}[\d约])/u, (m, head: string, about: string | undefined) =>
      /[成作认因视称]$/u.test(head) ? m : `${head}${about ?? ''}`,
    )}`;
}

/** The period in force in a run: the last one its parts state. */
function runPeriod(parts: readonly string[]): string | undefined {
  return [...parts]
    .reverse()
    .map((x) => PERIOD_HEAD.exec(x.replace(GROUP, '').replace(AHEAD, ''))?.[0])
    .find((x) => x !== undefined);
}

/**
 * A clause whose period, after the name of a part of the subject, is the one the run stated: said without it
 * (`个人系统业务2026财年第四财季营收102亿美元` after `2026财年第四财季营收…` → `个人系统业务营收102亿美元`).
 */
function withoutPeriod(clause: string, period: string | undefined): string {
  const name = /^\p{Script=Han}{1,10}?(?=\d{4})/u.exec(clause)?.[0];
  return period && name !== undefined && clause.startsWith(period, name.length)
    ? `${name}${clause.slice(name.length + period.length)}`
    : clause;
}

/**
 * Sentences about one subject in a row become one sentence, the subject named once, as a Chinese writer lists a
 * company's figures: `xAI估值约为2300亿美元。xAI 2026年资本开支超过180亿美元。` → `xAI估值约为2300亿美元，2026年资本开支超过180亿美元。`
 * A sentence that does not open with its subject (`截至2026年9月，…`) stands alone; a forecast (`预计…`) ends its sentence.
 */
export function mergeSameSubject(said: readonly { subject: string; text: string; rumour?: boolean }[]): string[] {
  const out: string[] = [];
  let run: { subject: string; parts: string[]; said: string; ahead: string } | undefined;
  const flush = () => {
    if (run) {
      // A part of the subject after a statement group with its change (营收约146亿美元，同比增长3%) opens a new group: `；`.
      // A further figure of the run is listed, not stated again with a copula (…，利润为131亿美元 → …，利润131亿美元).
      const text = run.parts.map((p, i) => (i === 0 ? p : p.startsWith(GROUP) ? `；${listed(p.slice(1))}` : `，${listed(p)}`)).join('');
      out.push(`${run.said}${`${run.subject}${text}。`.replace(/^([A-Za-z][\w.+-]*)(?=\d{4})/, '$1 ')}`);
    }
    run = undefined;
  };
  for (const x of said) {
    // Who said it (据知情人士透露，) opens a run of its own and stands before the whole sentence: the figures after it in
    // the run are on the same word (data/story-templates.json `rumour`).
    const who = SAID_OPENING.exec(x.text)?.[0] ?? '';
    const text = x.text.slice(who.length);
    const opens = x.subject !== '' && text.startsWith(x.subject);
    const rest = opens ? text.slice(x.subject.length).trim().replace(/。$/, '') : '';
    if (!opens || rest === '') {
      flush();
      out.push(x.text);
      continue;
    }
    // A run on the word of unnamed people takes only figures on their word too.
    if (who !== '' || (run?.said && !x.rumour)) flush();
    const ahead = AHEAD.exec(rest)?.[0] ?? '';
    // A forecast ends its sentence (`预计2026年亏损…，营收…` would make the next clause a forecast too), unless the next
    // clause of the subject is a forecast too: said once, its figures listed (预计2026年资本开支…，第二季度营收…).
    if (run && run.subject === x.subject && run.ahead !== '' && ahead === run.ahead) {
      run.parts.push(...sharePeriod(run.parts, rest.replace(AHEAD, '')));
      continue;
    }
    // What is expected after what happened is a sentence of its own (…亏损4.12亿美元。公司预计…): one sentence of both
    // would read the forecast into the reported figures' period.
    if ((run !== undefined && run.ahead !== '') || (ahead !== '' && run?.subject === x.subject)) flush();
    // A part of the run's subject (惠普个人系统业务 after 惠普) continues its sentence: …，个人系统业务营收为102亿美元.
    const part =
      run &&
      x.subject !== run.subject &&
      x.subject.startsWith(run.subject) &&
      HAN_TEXT.test(x.subject[run.subject.length] ?? '') &&
      // A second party joined on (阿里巴巴和腾讯) makes another subject, not a part of this one.
      !/^[和与及跟同、等]/u.test(x.subject.slice(run.subject.length))
        ? text.slice(run.subject.length).trim().replace(/。$/, '')
        : undefined;
    if (run && part) run.parts.push(grouped(run.parts, withoutPeriod(part, runPeriod(run.parts))));
    else if (run && run.subject === x.subject) run.parts.push(...sharePeriod(run.parts, rest).map((p) => grouped(run?.parts ?? [], p)));
    else {
      flush();
      run = { subject: x.subject, parts: [rest], said: who, ahead: '' };
    }
    if (run) run.ahead = ahead;
  }
  flush();
  return out;
}

/** A clause of what is expected or planned (预计, 计划): it ends the reported figures' sentence. */
const AHEAD = /^(?:预计|预期|计划)/u;

/** An attribution a sentence opens on (`据知情人士透露，`): said before the whole merged sentence. */
const SAID_OPENING = /^据[^，。]{1,16}(?:透露|报道|称)，/u;

/** The lead's owner for ownerOnce: a company (gazetteer type org, else as the story's mentions type it) or a group. */
function leadOwner(subject: string, bundle: StoryBundle, ctx: ComposeCtx): LeadOwner {
  const entry = lookupEntry(subject, ctx.gaz);
  const group = ctx.dir.tags(subject).includes('group') || (entry?.members?.length ?? 0) > 0;
  const org = entry
    ? entry.type === 'org'
    : Object.values(bundle.entities).some((ms) => ms.some((m) => m.name === subject && m.type === 'org'));
  return {
    name: zhName(subject, bundle, ctx.dir),
    company: org && !group && !subject.includes(' + '),
    members: group ? (entry?.members ?? []).map((m) => zhName(m, bundle, ctx.dir)) : [],
  };
}

/** The entity most mentioned in the story. */
function mainEntity(bundle: StoryBundle): string | undefined {
  const counts = new Map<string, number>();
  for (const ms of Object.values(bundle.entities))
    for (const m of ms) if (m.type !== 'media') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
