/**
 * The facts of a story the offline engine may lead with: figures of its items that the knowledge layer holds as
 * claims (owner guard), each with its item, sentence and a score; background of earlier years marked.
 */

import { extractFigures } from '../../extract/index.js';
import { callRecord } from '../../select/index.js';
import type { Claim, Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { ownedFigures } from '../numeric-guard/index.js';
import { forecastLeadIn } from './forecast-words.js';
import { background, keyFigureScore } from './key-figure.js';
import { maskNames, storyNames } from './name-mask.js';
import { perShareAt } from './per-share.js';
import { estimatorSentence } from './standing.js';
import { metricWord, type StoryTemplates, type WordEvidence } from './story-templates.js';

export interface StoryFact {
  figure: Figure;
  item: ItemRecord;
  claim: Claim;
  /** The item's sentence holding the figure. */
  sentence: string;
  /** A figure of a year before the item's (background, never the lead). */
  past: boolean;
  inTitle: boolean;
  score: number;
  /**
   * The figure is not its claim's plain value in its own sentence: someone else's estimate or a consensus (市场预期的
   * 656亿美元, analysts' estimate), a target or threshold, an amount lost or wiped (市值蒸发约2400亿美元), a cash flow
   * or burn, a per-share amount. Such a figure is quoted in its sentence, never restated as a fact (关键数据, templates).
   */
  hedged: boolean;
  /** The figure's sentence gives it on the word of unnamed people: an outlet's report, never a company's figure in 关键数据. */
  rumoured: boolean;
}

const HEDGE_ZH =
  /市场预期|市场[^，。；]{0,4}预计|普遍预计|一致预期|普遍预期|预期的|分析师|法人|机构|券商|预估|估算|测算|估计|目标|门槛|蒸发|缩水|抹去|跌去|现金流|烧钱|每股|须达到|需要达到/;
const HEDGE_EN =
  /\b(?:analysts?|consensus|estimat\w*|expectations?|expected by|targets?|threshold|wiped|wiping|erased|erasing|shed|shedding|lost|cash[- ]flow|cash burn|burn\w*|per share|a share|would need|needs? to|must|has to|have to)\b/i;
/** Attribution to someone other than the figure's owner, or a deal not done: it hedges the whole sentence. */
const ATTRIBUTED_ZH =
  /未获[^，。；]{0,4}证实|未经证实|正[^，。；]{0,12}洽谈|正在洽谈|磋商|按此节奏|粗略测算|推算|法人(?:指出|表示|认为|認為|预估|預估|估算|估计)|分析师(?:指出|认为|認為|预估|預估|估算|估计)|若以|若按|如果按|如按/;
const ATTRIBUTED_EN =
  /\b(?:analyst|analysts'|consensus) estimates?\b|\bestimates compiled\b|\bcalculations\b|\b(?:is|are|was|were) (?:negotiating|in talks|in discussions)\b|\brumou?r/i;
/** Unnamed sources: the outlet reports the figure (据…报道 may say it), but it is no company's disclosed figure. */
const RUMOUR_ZH = /知情人士|消息人士|接近[^，。；]{0,8}的人士|传闻|外媒报道|据悉/;
const RUMOUR_EN =
  /\b(?:people|persons?|sources?) (?:\w+ )?(?:familiar|close to|briefed|with (?:\w+ )?knowledge)|\baccording to (?:a |one |two |three |several )?(?:people|persons?|sources?)\b|\bsources said\b|\breportedly\b/i;

/** Whether a sentence gives its figures on the word of unnamed people (知情人士, people familiar with the matter). */
export function rumouredSentence(sentence: string): boolean {
  return RUMOUR_ZH.test(sentence) || RUMOUR_EN.test(sentence);
}
/** A financing vehicle named before a figure: the figure is the vehicle's, not the claim subject's. */
const VEHICLE = /special[- ]purpose vehicle|\bSPV\b|joint[- ]venture|\bvehicle\b|合资公司|合资企业|特殊目的|项目公司/i;
/** A possibility, a denial or someone's description in English (what could be $100 billion-plus; it is not $100 billion up front; described as a $100 billion deal). */
const MAYBE_EN = /\b(?:could|might|may) be\b|\bnot\b|\bdescribed as\b/i;
/** Named members of a larger counted group (等8家, 等多家): the figure after is the group's. */
const GROUP_PART = /等\s*(?:\d+|[一二三四五六七八九十多数]+)\s*家/;
/** A clause that states a possibility, not a fact (或将接近6600亿美元, 或达1100亿美元). */
const MAYBE_ZH = /或将|或达|或超|或逾|有望|据报道/;
const CHANGE_WORDS = /蒸发|缩水|抹去|跌去|wiped|wiping|erased|erasing|shed|shedding|lost/i;

/** Whether a sentence gives its figures as a negotiation, an unconfirmed rumour or someone else's reckoning (not a deal done). */
export function estimatedSentence(sentence: string): boolean {
  return ATTRIBUTED_ZH.test(sentence) || ATTRIBUTED_EN.test(sentence);
}

/** Whether a sentence attributes its figures to unnamed people, a negotiation or someone else's reckoning (知情人士, people familiar, calculations). */
export function attributedSentence(sentence: string): boolean {
  return ATTRIBUTED_ZH.test(sentence) || ATTRIBUTED_EN.test(sentence) || rumouredSentence(sentence);
}

const ESTIMATE_SENTENCE = /\b(?:analyst|analysts'|consensus) estimates?\b|\bestimates compiled\b|\bcalculations\b/i;
const ESTIMATE_CLAUSE = /\banalysts?\b|\bconsensus\b|\bestimat\w*|法人|券商|分析师|一致预期|市场预期|预估|估算|测算|推算/i;

/**
 * Whether a figure is someone else's estimate (analysts', a consensus, an outlet's own reckoning): a word of its clause
 * before it, or an estimate attribution anywhere in its sentence. Such a value neither disputes nor confirms the
 * owner's figure. A rumour is not an estimate: an outlet citing people familiar states a value (named with its outlet).
 */
export function estimateFigure(sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const clause = before.slice(Math.max(...[...'，；;。'].map((ch) => before.lastIndexOf(ch))) + 1);
  // A figure followed by whose forecast it is (`ahead of the 23.5 trillion won average forecast of 21 analysts`).
  const after = sentence.slice(at + figureText.length, at + figureText.length + 60).split(/[，；;。,]/)[0] ?? '';
  return ESTIMATE_SENTENCE.test(sentence) || ESTIMATE_CLAUSE.test(clause) || ESTIMATE_AFTER.test(after);
}

/** Words right after a figure that make it a forecast of others: `average forecast of 21 analysts`, `analysts polled`. */
const ESTIMATE_AFTER =
  /^\s*(?:[a-z-]+\s+){0,3}(?:(?:average|mean|consensus)\s+)?(?:forecasts?|estimates?|expectations?)\s+of\b|\banalysts?\s+polled\b/i;

/** Words right after an amount that make it the size of each deal of a kind: `$50 million each`, `apiece`, `per contract`. */
const PER_UNIT_AFTER = /^\s*(?:each|apiece|a piece|per (?:deal|contract|order|transaction))\b/i;
/** Words before an amount, in its clause, that make it the size of each deal: 单笔, 每笔, 每份合同. */
const PER_UNIT_ZH = /(?:单笔|每笔|每份合同|每单)(?:金额|规模|合同金额)?(?:超过|逾|达|在)?$/;

/** A subordinate clause opening on a subject: `as its …`, `while the …`, `as Acme …` (English only). */
const SUBORDINATE = /\b(?:as|while|whereas)\s+(?=(?:its|their|the|[A-Z][\w.&-]*)\s)/g;

/** The part of an English clause from its last subordinate clause opening on a subject, else the whole clause. */
export function ownSubordinate(clause: string): string {
  let last = -1;
  for (const m of clause.matchAll(SUBORDINATE)) last = m.index ?? last;
  return last < 0 ? clause : clause.slice(last);
}

/** Whether a figure is hedged in its sentence (see StoryFact.hedged): words of its clause before it, or right after it. */
export function hedgedFigure(
  sentence: string,
  figureText: string,
  metric: string,
  /** Whom the knowledge layer files the figure under. */
  owned?: { subject: string },
): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  // A Chinese clause ends at ，；。; an English one at ; (its commas set off phrases of the same clause).
  const whole = before.slice(Math.max(...[...'，；;。'].map((ch) => before.lastIndexOf(ch))) + 1);
  // A subordinate clause of its own opening on a subject (`… beat estimates for revenue as its cloud business grew 39%`)
  // is the figure's clause: the estimate words before it are the main clause's (decision 172).
  const clause = ownSubordinate(whole);
  const after = sentence.slice(at + figureText.length, at + figureText.length + 14);
  const near = `${clause}|${after.split(/[，,；;。]/)[0] ?? ''}`;
  // A rumour, a negotiation or someone else's reckoning hedges every figure of its sentence (据知情人士…, according to
  // people familiar…, is negotiating…, 按此节奏推算…), wherever the attribution stands.
  // So does a third party's estimate (业内人士预计, 供应链传出, a research firm's forecast: decision 108).
  if (ATTRIBUTED_ZH.test(sentence) || ATTRIBUTED_EN.test(sentence) || estimatorSentence(sentence, owned?.subject)) return true;
  // A vehicle's money (an SPV financed with $12.5 billion of debt, a joint venture's equity) is not its sponsor's: the
  // sponsor the clause names before it. Filed under the vehicle itself (a name the sentence does not give), it is its own.
  if (VEHICLE.test(before) && (!owned || before.includes(owned.subject.split(' ')[0] as string))) return true;
  if (MAYBE_ZH.test(clause) || MAYBE_EN.test(clause) || /^\s*(?:expected|estimated|forecast)\b/i.test(after)) return true;
  // Part of a larger group's total (北京AI基金、泰康人寿等8家基石投资者合计认购约21.6亿港元): not the named ones' figure.
  if (GROUP_PART.test(clause)) return true;
  // The size of each deal of a kind (`contracts worth more than $50 million each`, 单笔金额超过5000万美元的订单): a class's
  // bound, not an amount anyone paid.
  if (PER_UNIT_AFTER.test(after) || PER_UNIT_ZH.test(clause)) return true;
  // A lead-in clause opening the sentence on someone else's forecast (`市场预估，`, `市场普遍预计，`, `Analysts expect,`)
  // governs the figure after it as its own clause's words would (decision 107's note): the market's estimate of a
  // quarter not yet reported is never the company's figure.
  const lead = forecastLeadIn(sentence, figureText);
  if (lead !== undefined && (HEDGE_ZH.test(lead) || HEDGE_EN.test(lead))) return true;
  const hit = HEDGE_ZH.exec(near) ?? HEDGE_EN.exec(near);
  if (!hit) return false;
  // Earnings per share (`adjusted profit per share of 58 cents`) is profit said per share, written as 每股收益: its
  // per-share words right beside it are its unit, no hedge (decision 099). Any other hedge word near it still hedges it;
  // so do per-share words further off (`… per share in 2026, a midpoint of $6.25`: no per-share amount of its own words).
  if (PER_SHARE_MEASURES.has(metric) && /^(?:per share|a share)$/i.test(hit[0]) && perShareAt(sentence, figureText)) {
    const rest = near.replace(/\b(?:per share|a share)\b/gi, '');
    if (!(HEDGE_ZH.test(rest) || HEDGE_EN.test(rest))) return false;
  }
  // A change metric's own verb (市值蒸发 of market-cap-change) and a loss's (lost $1.46 billion) are its measure, not a hedge.
  return !((metric.endsWith('-change') || metric === 'loss') && CHANGE_WORDS.test(hit[0]));
}

/** The measures a per-share amount is said of (每股收益, 每股亏损). */
const PER_SHARE_MEASURES: ReadonlySet<string> = new Set(['profit', 'loss']);

/** Same number (for matching a title's figure to a claim's). */
export function sameNumber(
  a: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
  b: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
): boolean {
  const eq = (x?: number, y?: number) =>
    x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)));
  return a.kind === b.kind && eq(a.value, b.value) && eq(a.low, b.low) && eq(a.high, b.high);
}

/** Whether a sentence asks a question (it ends on a question mark, before any closing quote or bracket). */
export function asked(sentence: string): boolean {
  return /[?？]\s*["'”’)）]*\s*$/u.test(sentence);
}

/** Where a call's questions and answers begin: its first sentence asking a question (none: never). */
function questionsFrom(item: ItemRecord): number {
  return item.sentences.find((s) => asked(s.text))?.start ?? Infinity;
}

/** The owned figures of the story's items, best first. */
export function storyFacts(bundle: StoryBundle): StoryFact[] {
  const byId = new Map(bundle.items.map((i) => [i.id, i]));
  const titleFigs = new Map(bundle.items.map((i) => [i.id, extractFigures(i.title)]));
  const out: StoryFact[] = [];
  // A call's questions and answers follow its prepared remarks: a figure said there (an analyst's number, an executive's
  // `above five hundred million dollars over the life of the deal`) is an aside, never a fact the story restates.
  const qa = new Map(bundle.items.filter((i) => callRecord(i)).map((i) => [i.id, questionsFrom(i)]));
  for (const o of ownedFigures(bundle.items, bundle.claims)) {
    const item = byId.get(o.itemId);
    if (!item) continue;
    const f = o.figure;
    const inTitle = (titleFigs.get(item.id) ?? []).some((t) => sameNumber(t, f));
    const sentence = item.sentences.find((s) => f.start >= s.start && f.end <= s.end)?.text ?? o.statement.sentence;
    out.push({
      figure: f,
      item,
      claim: o.claim,
      sentence,
      past: background(f, item) || background({ ...f, period: o.claim.period }, item),
      inTitle,
      score: keyFigureScore(f, inTitle, item.lang !== 'en', item.date),
      // A figure a question puts forward (an analyst on a call: `the street is modeling 70 billion … is that
      // reasonable?`) is the asker's, never the company's fact.
      hedged:
        hedgedFigure(sentence, f.text, o.claim.metric, { subject: o.claim.subject }) ||
        asked(sentence) ||
        f.start >= (qa.get(item.id) ?? Infinity),
      rumoured: rumouredSentence(sentence),
    });
  }
  const order = new Map(bundle.items.map((i, n) => [i.id, n]));
  return out.sort(
    (a, b) => b.score - a.score || (order.get(a.item.id) ?? 0) - (order.get(b.item.id) ?? 0) || a.figure.start - b.figure.start,
  );
}

/**
 * The measure word of a fact as its sources word it (data/story-templates.json `metricWords`): its own clause and
 * sentence first, then the other sentences of the story stating its claim (the same value first), then the table's
 * neutral default. `月之暗面承诺…向阿里云采购…70亿元` labels the 70亿元 a later sentence restates (`70亿元人民币约合9.8亿美元`).
 * @example factWord(fact, bundle, t) // → '算力采购承诺'
 */
export function factWord(fact: StoryFact, bundle: StoryBundle, t: StoryTemplates): string | undefined {
  const inStory = new Set(bundle.items.map((i) => i.id));
  // An amount in another currency (a restatement `In dollar terms, …`, a call's dollars beside a wire's rupees) is
  // another sentence's figure: its words (`raising our revenue guidance` in a call's run-on turn) never word this one.
  const others = fact.claim.statements.filter(
    (st) => inStory.has(st.itemId) && st.sentence !== fact.sentence && (st.figure.currency ?? '') === (fact.figure.currency ?? ''),
  );
  const same = others.filter((st) => sameNumber(st.figure, fact.figure));
  // A word of a company's name (`Marlow Grid Holdings`: grid, holdings) never words the measure of its figure.
  const names = storyNames(bundle);
  const also: WordEvidence[] = [...same, ...others.filter((st) => !same.includes(st))].map((st) => ({
    sentence: maskNames(st.sentence, names, st.figure.text),
    figureText: st.figure.text,
  }));
  const word = metricWord(fact.claim.metric, maskNames(fact.sentence, names, fact.figure.text), t, undefined, fact.figure.text, also);
  // A product's recurring revenue (`Agentforce ARR passed $500 million`) is told with the product named
  // (Agentforce年化经常性收入), never as the company's 营收 (decision 120).
  const scope = fact.claim.scope;
  if (word !== undefined && RECURRING_WORDS.has(word) && scope && fact.sentence.includes(scope)) return `${scope}${word}`;
  // A span of years already says the plan is multi-year: 2026至2030年资本开支计划, never …年多年期资本开支计划 (decision 150).
  return word !== undefined && YEAR_SPAN.test(fact.claim.period) ? word.replace(/^多年期/u, '') : word;
}

/** A period label of several years (2026-2030). */
const YEAR_SPAN = /^\d{4}-\d{4}$/u;

/** The words of an annualised recurring measure: a product's scope is said before them. */
const RECURRING_WORDS: ReadonlySet<string> = new Set(['年化经常性收入', '年化收入']);
