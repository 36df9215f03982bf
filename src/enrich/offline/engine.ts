/** The offline engine: deterministic, extractive for Chinese sources, template-written for English-only ones; no free translation. */

import { extractFigures, findEntities, type Gazetteer, loadGazetteer, lookupEntry, ownerOf } from '../../extract/index.js';
import { DEFAULT_OPTIONS, sameToldValue } from '../../knowledge/index.js';
import {
  defaultOutlets,
  isRecordOutlet,
  itemOutlet,
  itemRegion,
  itemSources,
  type OutletTable,
  ranStatement,
  toldStatement,
  UNNAMED_LINK,
} from '../../select/index.js';
import { marketWrapTitle } from '../../select/news-weight.js';
import type {
  DealEdge,
  DigestStory,
  DigestStyle,
  EntityMention,
  Figure,
  GazetteerEntry,
  ItemRecord,
  SourceRef,
  StoryBundle,
} from '../../types/index.js';
import { append } from '../../util/arrays.js';
import { escapeRegExp } from '../../util/regexp.js';
import { participantClause } from '../assemble/head-party.js';
import { keepsOwner, trimmedClausesUntold, trimmedFrom } from '../assemble/head-trim.js';
import { hasSubject } from '../assemble/headline-subject.js';
import {
  clauseTold,
  countedFigure,
  headlineClauses,
  headlineClausesUntold,
  headlineEventUntold,
  headlineUntold,
  namesOfLater,
  roleNames,
  tells,
  toldInRole,
} from '../assemble/headline-told.js';
import { regionalWords } from '../assemble/mainland.js';
import { HEADLINE_LIMIT } from '../assemble/tidy.js';
import { carriesClauseFact } from './clause-carried.js';
import { conversion } from './conversion.js';
import { leadTie, type TieSentence, toldTie } from './deal-tie.js';
import { headFirst, loopHead, loopLegs, tellsHeadClause, withoutUntold } from './head-first.js';
import { partyUnnamed } from './head-party.js';
import { namedSubject, ownerNamed } from './implicit-owner.js';
import { storyLoop } from './loop.js';
import { saidLoop } from './said-loop.js';
import { sourceTie } from './source-tie.js';

export { roleNames } from '../assemble/headline-told.js';

import { misshapenHead } from '../assemble/head-shape.js';
import {
  bareSubject,
  dropOutletTag,
  isChinese,
  leansBack,
  leansOn,
  selfContained,
  unattributedQuote,
  wholeSentence,
} from '../assemble/sentence-shape.js';
import { beyondHeadline, emptyText } from '../assemble/tidy.js';
import { type ImpactRule, loadGazetteerEntries, loadImpactRules } from '../data-files.js';
import { type Engine, emptyUsage } from '../engine.js';
import { backgroundLast } from './background.js';
import { amountBasis, changeWord } from './basis.js';
import { brokerFirst, latinBrokerZh, printableBroker } from './broker-head.js';
import { colourUnder, reportHeadline } from './colour.js';
import {
  type Composed,
  claimHeadline,
  claimSentence,
  composeEnglish,
  counterpartyStated,
  type EarlierOther,
  expected,
  inNews,
  maybe,
  mergeSameSubject,
  planned,
  quoted,
  writable,
} from './compose.js';
import { withContinuations } from './continuation.js';
import { factWord, type StoryFact, sameNumber, storyFacts } from './facts.js';
import { localCurrencyText, renderFigureZh } from './figure-zh.js';
import { byBodyOrder, headNames, headUntoldParts } from './head-told.js';
import { clauseStatesMetric } from './headline-guard.js';
import { asksQuestion, featureTitle, fitHeadline, headlinePeriod, newsBeforeFrame, unframed } from './headline-shape.js';
import { loopBacking, sharedEvent, states } from './news-first.js';
import { targetMoveHead } from './target-head.js';

export { asksQuestion } from './headline-shape.js';

import { causeClauses } from './cause-clause.js';
import { citedNoteCall } from './cited-note.js';
import { datelineFirst } from './dateline-first.js';
import { dayTwoNews, dayTwoTelling, earlierFigures } from './day-two.js';
import { estimateSource, withEstimator } from './estimate-source.js';
import { openingBacking, openingOf, ownPointer, withoutDanglingConnective, withoutGluedBackground } from './event-clause.js';
import { usesUnprintedIn, withFiguresItUses } from './figures-used.js';
import { forwardDateLast } from './forward-date.js';
import { tieAt, withoutGluedTally } from './glued-tally.js';
import { offlineImpacts } from './impacts.js';
import { type ConflictNotes, conflictSentences, offlineInsights, statementSource, UNNAMED } from './insights.js';
import { withoutUnintroduced } from './introduced.js';
import { chineseLead, FIRST_PERSON, inLeadOrder, introducedEarlier, listItem, promotedOpening, ratioWithoutBase, usable } from './lead.js';
import { movedFrom, provisionalStatement } from './moved-over-time.js';
import { type EntityDirectory, entityDirectory, fullZhName, periodZh, zhName } from './names.js';
import { withoutOtherAside } from './other-aside.js';
import { notCompany, withoutOtherFigure } from './other-figure.js';
import { ownFigures, withOwnFigures } from './own-figure.js';
import { peerColour, withoutPeerColour } from './peer-colour.js';
import { rangeRan } from './printed-range.js';
import { pairedReplies } from './reply-pair.js';
import { claimSentence as claimedSentence, replySentence, sanctionSentence } from './reply-shape.js';
import { responseBacking } from './response.js';
import { retelling } from './retelling.js';
import { retoldTailAt } from './retold-tail.js';
import { rumouredHead, statedFirmly } from './rumour-head.js';
import { lineWithoutSameTime, withoutDanglingSameTime } from './same-time.js';
import { afterRound, roundBacking } from './second-fact.js';
import { secondTitleSentences } from './second-title.js';
import { boldFigures, closeSentence, joinSentences, type SourceSentence, sourceSentences } from './sentences.js';
import { settledHead, settledLead, withReconciled } from './settled-head.js';
import { sideFacts } from './side.js';
import { joinAnswers, renderAnswer, sourceAnswer, sourceAnswerClauses, sourceCaveat } from './source-answer.js';
import { dayTwoStage, stageHead, stageNewsHead, storyStages } from './stage.js';
import { standingContext, withStanding } from './standing-head.js';
import { defaultStoryTemplates, figureClause, pairVerb, type StoryTemplates } from './story-templates.js';
import { BLOCK_RULES, fill, HEADLINE_METRICS, TEMPLATES } from './templates.js';
import { titleBacking } from './title-items.js';
import { bareAmounts, foreignYuan, HEADLINE_MAX, headlineLength, trimTitle } from './titles.js';
import { topicReplies } from './topic-reply.js';
import { oneNumber, ownValue, perShare } from './versions.js';
import { wrapLine } from './wrap-line.js';

export { movedFrom };

export interface OfflineOptions {
  /** Default data/impact-rules.json. */
  impactRules?: ImpactRule[];
  /** For Chinese names and tags of subjects; default data/gazetteer.json. */
  gazetteer?: GazetteerEntry[];
  /** Default data/outlets.json. */
  outlets?: OutletTable;
  /** Default data/story-templates.json. */
  templates?: StoryTemplates;
}

interface Ctx {
  rules: ImpactRule[];
  dir: EntityDirectory;
  outlets: OutletTable;
  gaz: Gazetteer;
  templates: StoryTemplates;
}

/**
 * A broker as a note's outlet names it, in Chinese where Chinese media have a name for it: the outlet table's name
 * (already Chinese), else the gazetteer's Chinese name of the firm the Latin name is (`Piper Sandler` → 派杰,
 * `RBC Capital Markets` → 加拿大皇家银行), else the Latin name as written (the caller decides whether to print it).
 * @example brokerZh('Piper Sandler', ctx) // → '派杰'
 */
export function brokerZh(name: string, ctx: { dir: EntityDirectory; gaz: Gazetteer }): string {
  if (/^\p{Script=Han}+$/u.test(name)) return name;
  // The outlet table joins a Latin name to 研报 by 的 (`Piper Sandler的研报`).
  const latin = name.replace(/的$/u, '');
  const firm = findEntities(latin, ctx.gaz).find((m) => m.type === 'org' && m.text.length * 2 >= latin.length);
  // A firm no table names in Chinese keeps its Latin name with its kind of firm said in Chinese (Northbridge证券).
  return (firm && ctx.dir.zh(firm.name)) ?? ctx.dir.zh(latin) ?? latinBrokerZh(latin) ?? name;
}

/** Source references of a story: every item's sources, named as readers know the outlets (never a file name or a domain). */
export function sourceRefs(bundle: StoryBundle, outlets: OutletTable = defaultOutlets()): SourceRef[] {
  const out: SourceRef[] = [];
  for (const item of bundle.items) {
    for (const ref of itemSources(item, outlets)) if (!out.some((r) => r.url !== null && r.url === ref.url)) out.push(ref);
  }
  return out;
}

const factKey = (itemId: string, f: Pick<Figure, 'start' | 'end'>) => `${itemId}:${f.start}:${f.end}`;

/** 关键数据 bullets: figures the knowledge layer holds, current ones, key figure first, metric words as the source writes them. */
function keyDataBullets(
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  ctx: Ctx,
  told: readonly StoryFact[] = [],
  side: (f: StoryFact) => boolean = () => false,
): string[] {
  const out: string[] = [];
  // A claim the body states is done: another value of it (a segment's 623亿 beside the 681亿 the body gives) is not added.
  const seen: StoryFact[] = [...told];
  // Measures a reader weighs (capex, revenue, a round, a contract) before weaker ones (spending, cost, an IPO's size).
  const strong = (f: StoryFact) => HEADLINE_METRICS.has(f.claim.metric);
  for (const f of [...facts.filter(strong), ...facts.filter((x) => !strong(x))]) {
    if (out.length >= 4) break;
    // A figure only unnamed people give is the outlet's report, not the company's figure: the body may say it, 关键数据 does not.
    // A figure inside a quotation is the speaker's, not a disclosed figure.
    if (f.past || f.rumoured || quoted(f) || !writable(f) || !counterpartyStated(f, bundle, ctx.gaz) || side(f)) continue;
    // The value before a change (`up from the $54 billion it had planned`) is history; an English report's figures further
    // down than its news paragraphs are its background (the body does not tell them either).
    if (amountBasis(f.figure, f.sentence) === 'earlier' || (!isChinese(f.sentence) && !inNews(f, facts))) continue;
    // The same value hedged elsewhere in its item (a title's 6600亿美元, its text's 或将接近6600亿美元) is hedged.
    if (facts.some((g) => g.claim === f.claim && g.item.id === f.item.id && (g.hedged || g.rumoured) && sameNumber(g.figure, f.figure)))
      continue;
    const metric = factWord(f, bundle, ctx.templates);
    // A rate of no named measure (甲骨文第二财季增长：438%) tells a reader nothing.
    if (!metric || metric.replace(/增速$/, '') === '') continue;
    const amount = renderFigureZh(f.figure);
    // One bullet per claim: its best value (约2000亿 and 2000亿 from two outlets are one figure; a second value of the
    // same subject, measure and period is a dispute, written with its sources under 深度解读, or a mislabelled segment).
    if (seen.some((s) => s.claim === f.claim)) continue;
    seen.push(f);
    const source = itemOutlet(f.item, ctx.outlets);
    const growth = f.figure.kind === 'percent' && /growth|增速/.test(`${f.claim.metric}${metric}`);
    // A forecast, a plan or a possibility keeps its word in the label (英伟达预计对OpenAI投资, 亚马逊拟对OpenAI投资: audit
    // 63, 70): 关键数据 never turns it into a figure reached; a forecast's measure drops its 指引 (预计…资本开支指引 says it twice).
    const modal = maybe(f.sentence, f.figure.text)
      ? '或将'
      : expected(f.sentence, f.figure.text)
        ? '预计'
        : planned(f.sentence, f.figure.text)
          ? /拟/.test(figureClause(f.sentence, f.figure.text))
            ? '拟'
            : '计划'
          : '';
    const label = modal ? metric.replace(/指引$/, '') : metric;
    out.push(
      fill(TEMPLATES.keyData, {
        subject: pairSubject(f, bundle, ctx, metric, modal),
        period: keyDataPeriod(f.claim.period, label),
        metric: growth ? label.replace(/增速$/, '') : f.claim.counterparty ? (pairVerb(label, ctx.templates) ?? label) : label,
        change: growth ? changeWord(f.figure, f.sentence) : '',
        amount,
        source: source ?? '',
      }).replace(/（来源：）$/, ''),
    );
  }
  return out;
}

/** Whether a source sentence is the clause after a ； of its paragraph (the rest of a list, not a sentence of its own). */
function afterSemicolon(s: SourceSentence): boolean {
  return /[；;]\s*$/.test(s.item.text.slice(Math.max(0, s.sentence.start - 4), s.sentence.start));
}

/** A balance a reader reads at a date (在手订单, 剩余履约义务, 投资余额, 市值): a month is its 截至 date, not a month's flow. */
const STOCK_WORDS = /余额|在手|剩余履约|积压|市值(?!蒸发|变化)|估值|债务|现金|用户/;

/** The period of a 关键数据 label: `2026年`, `2025财年第四财季`; a balance at a month end `截至2025年12月`. */
export function keyDataPeriod(period: string, metric: string): string {
  if (period === 'unknown') return '';
  const zh = periodZh(period);
  return /^\d{4}-\d{2}$/.test(period) && STOCK_WORDS.test(metric) && zh !== '' ? `截至${zh}` : zh;
}

/** The subject of a pair claim with its counterparty: `亚马逊对Anthropic`, `OpenAI与甲骨文`, `甲骨文向英伟达` (a purchase). */
function pairSubject(f: StoryFact, bundle: StoryBundle, ctx: Ctx, metric?: string, modal = ''): string {
  const s = `${zhName(f.claim.subject, bundle, ctx.dir)}${modal}`;
  const cp = f.claim.counterparty ? zhName(f.claim.counterparty, bundle, ctx.dir) : undefined;
  if (!cp) return s;
  if (metric && pairVerb(metric, ctx.templates)) return `${s}向${cp}`;
  return f.claim.metric === 'investment' ? `${s}对${cp}` : `${s}与${cp}`;
}

function keywordHit(text: string, kw: string): boolean {
  if (/^[A-Za-z]/.test(kw)) return new RegExp(`\\b${kw.replace(/[-]/g, '\\-')}`, 'i').test(text);
  return text.includes(kw);
}

const DOWN = /下跌|大跌|暴跌|下滑|蒸发|缩水|亏损|跌破|下降|减少|fell|drop|declin|plunge|slump|loss/i;

/** Whether a sentence states one of the story's capital flows or contracts (the knowledge layer read it there). */
function statesDeal(s: SourceSentence, deals: readonly DealEdge[]): boolean {
  const norm = (x: string) => x.replace(/\s+/g, '');
  const text = norm(s.sentence.text);
  return deals.some((d) => {
    if (d.itemId !== s.item.id) return false;
    const ds = norm(d.sentence);
    return ds !== '' && (ds.includes(text) || text.includes(ds));
  });
}

/**
 * Labelled blocks (sections style) from unused whole Chinese sentences that stand alone (a bullet is read without the
 * sentence before it); 核心突破 never on a fall, a loss or a deal; 合作与交易 only for a sentence stating a deal.
 */
function labelledBlocks(
  rest: SourceSentence[],
  bold: (s: SourceSentence) => string,
  deals: readonly DealEdge[],
): { label: string; bullets: string[] }[] {
  const out: { label: string; bullets: string[] }[] = [];
  const used = new Set<SourceSentence>();
  for (const rule of BLOCK_RULES) {
    if (out.length >= 3) break;
    const hits: SourceSentence[] = [];
    const candidates = rest
      .filter((s) => !used.has(s) && !leansOn(s.sentence.text) && rule.keywords.some((k) => keywordHit(s.sentence.text, k)))
      .filter((s) => rule.label !== '核心突破' || !DOWN.test(s.sentence.text))
      .filter((s) => rule.needs === undefined || (rule.needs === 'deal') === statesDeal(s, deals))
      .sort((a, b) => b.score - a.score);
    for (const s of candidates) if (hits.length < 2 && !hits.some((h) => h.sentence.text === s.sentence.text)) hits.push(s);
    if (hits.length === 0) continue;
    for (const h of hits) for (const s of rest) if (s.sentence.text === h.sentence.text) used.add(s);
    out.push({ label: rule.label, bullets: hits.map((h) => closeSentence(dropOutletTag(bold(h)))) });
  }
  return out;
}

/** The Chinese item whose title makes the best headline: a figure the knowledge layer holds, ≤ 30 characters, the key fact's item. */
function bestChineseItem(
  items: ItemRecord[],
  facts: readonly StoryFact[],
  ctx: Ctx,
  follow: FollowUp = NO_FOLLOW_UP,
): { item: ItemRecord; title: string } {
  let best: { item: ItemRecord; title: string; score: number } | undefined;
  const top = facts.find((f) => !f.past && f.item.lang !== 'en');
  // The companies a text names: the gazetteer's, and the story's own figure owners the gazetteer does not know (a
  // company named before a title's colon, `某芯科技：前三季度营收…`, owns the figures after it).
  const owners = [...new Set(facts.map((f) => f.claim.subject))].filter((n) => [...n].length >= 2);
  const orgsIn = (s: string) => [
    ...new Set([...findEntities(s, ctx.gaz).flatMap((m) => (m.type === 'org' ? [m.name] : [])), ...owners.filter((n) => s.includes(n))]),
  ];
  // …and the places a title names as written (a kicker `深圳：` is the actor of what follows, titles.ts actorKicker).
  const placesIn = (s: string) => findEntities(s, ctx.gaz).flatMap((m) => (m.type === 'place' ? [m.text] : []));
  items.forEach((item, i) => {
    // A Hong Kong or Taiwan outlet's title names its region's authorities as the body does (regionalWords).
    let title = regionalWords(trimTitle(item.title, ctx.outlets, orgsIn, placesIn), itemRegion(item, ctx.outlets));
    // A bare name as a title (an imported digest's 更多动态 line: **Meta**：首席财务官称…) is completed by its text.
    const first = item.sentences.find((s) => wholeSentence(s.text))?.text.replace(/[。！]$/, '');
    if (headlineLength(title) <= 6 && first && !first.startsWith(title)) title = trimTitle(`${title}${first}`, ctx.outlets, orgsIn);
    const figs = extractFigures(title);
    let score = -i * 0.01;
    // A follow-up leads with what is new: a figure that ran on an earlier day does not lift a title; a title an earlier
    // day printed is a last resort.
    const held = facts.filter((f) => !f.past && figs.some((t) => sameNumber(t, f.figure)));
    if (held.some((f) => !follow.ran(f))) score += 3;
    else if (held.length > 0) score -= 1;
    if (follow.printed(title)) score -= 10;
    if (headlineLength(title) <= HEADLINE_MAX) score += 2;
    if (top?.item.id === item.id) score += 1;
    // A title that asks (`…拿到多大份额`) or a column's title (`算力观察｜…`) heads the story only when no source's title
    // tells the news.
    if (asksQuestion(item.title) || featureTitle(title)) score -= 3;
    if (!best || score > best.score) best = { item, title, score };
  });
  const b = best as { item: ItemRecord; title: string };
  return { item: b.item, title: b.title };
}

/**
 * Sentences of the headline's item stating the headline figures its lead does not print (a title's 今年资本开支有望达到
 * 560亿美元 under a lead on the quarter's profit): the first whole sentence for each, at most two; one leaning on the
 * sentences before it in its paragraph comes with them.
 */
export function headlineBacking(
  headline: string,
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  item: ItemRecord,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  // A title may give one end of a range (有望达到560亿美元 for 520亿至560亿美元), round (18% for 18.2%) or a bound
  // (突破千亿港元): the check's rule of a body telling its headline (`headline-told.ts tells`).
  const printed = (h: Figure) => [...lead, ...out].some((s) => s.figures.some((f) => tells(h, f)));
  const own = backingPool(pool, item, [], true);
  const alone = (x: SourceSentence) =>
    selfContained(x.sentence.text) && (!leansBack(x.sentence.text) || (lead.length > 0 && THIS_EVENT.test(x.sentence.text)));
  // Amounts and rates only: a title's 一年 or 首日 is no figure to back.
  // …and a count or a multiple in digits (`获超额认购300倍`, `出货12万片`): its clause is told only by its sentence.
  for (const h of extractFigures(headline).filter((x) => x.kind === 'money' || x.kind === 'percent' || countedFigure(x))) {
    if (out.length >= 2 || h.value === undefined || printed(h)) continue;
    const s = own.find((x) => x.figures.some((f) => tells(h, f)));
    if (!s || lead.includes(s)) continue;
    if (alone(s)) {
      out.push(s);
      continue;
    }
    // A sentence leaning on the one before it (`公司三季度营收12亿元…` after the sentence naming the company) comes with
    // the sentences it leans on, back to one printed or standing alone (at most two of its paragraph): the headline's
    // fact is never left out for want of its subject.
    const chain: SourceSentence[] = [];
    let at = s;
    let anchored = false;
    while (!anchored && chain.length < 2) {
      const i = at.sentence.index - 1;
      const para = at.sentence.para;
      const prev = own.find((x) => x.sentence.index === i && x.sentence.para === para);
      if (!prev) break;
      if (lead.includes(prev) || out.includes(prev)) anchored = true;
      else {
        chain.unshift(prev);
        anchored = alone(prev);
        at = prev;
      }
    }
    if (anchored) append(out, [...chain, s]);
  }
  return out;
}

/**
 * Whether a sentence tells a headline's news: it names a company the headline names (by the gazetteer, or as the item's
 * own mentions write it, a claim's subject) or gives one of the headline's amounts or rates.
 */
export function headsOf(
  headline: string,
  mentions: readonly EntityMention[],
  gaz: Gazetteer,
  /** The story's claim subjects as the digest names them. */
  subjects: readonly string[] = [],
): (s: SourceSentence) => boolean {
  const forms = new Set<string>(subjects.filter((x) => [...x].length >= 2 && headline.includes(x)));
  for (const m of findEntities(headline, gaz)) if (m.type === 'org' && [...m.text].length >= 2) forms.add(m.text);
  for (const m of mentions) if (m.type === 'org' && [...m.text].length >= 2 && headline.includes(m.text)) forms.add(m.text);
  const figures = extractFigures(headline).filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.value !== undefined);
  return (s) => [...forms].some((x) => s.sentence.text.includes(x)) || figures.some((h) => s.figures.some((f) => tells(h, f)));
}

/**
 * Whether a sentence is about a company the headline does not name: the first company it names (gazetteer, or one of
 * the story's claim subjects) is none of the headline's. Under a headline naming no company nothing is another's.
 * @example aboutOther('澜舟微电子营收86.5亿元', gaz, ['澜舟微电子'])(peer) // → true (`同为芯片企业的寒武纪全年营收52亿元。`)
 */
export function aboutOther(headline: string, gaz: Gazetteer, subjects: readonly string[] = []): (s: SourceSentence | undefined) => boolean {
  const orgs = orgsIn(gaz, subjects);
  const own = orgs(headline);
  if (own.length === 0) return () => false;
  const names = new Set(own.map((m) => m.name));
  return (s) => {
    if (!s) return false;
    const first = orgs(dropOutletTag(s.sentence.text)).sort((a, b) => a.start - b.start)[0];
    return first !== undefined && !names.has(first.name) && !headline.includes(first.text);
  };
}

/** The companies a text names, first to last: the gazetteer's, and the story's claim subjects as written. */
function orgsIn(gaz: Gazetteer, subjects: readonly string[]): (text: string) => { name: string; text: string; start: number }[] {
  return (text) => [
    ...findEntities(text, gaz).flatMap((m) => (m.type === 'org' ? [{ name: m.name, text: m.text, start: m.start }] : [])),
    ...subjects.filter((n) => [...n].length >= 2 && text.includes(n)).map((n) => ({ name: n, text: n, start: text.indexOf(n) })),
  ];
}

/** The headline's first company as the digest names it (`LeadOptions.ownName`, decision 140); none when it names none. */
function ownNameOf(headline: string, gaz: Gazetteer, subjects: readonly string[]): { ownName?: string } {
  const first = orgsIn(gaz, subjects)(headline).sort((a, b) => a.start - b.start)[0];
  return first ? { ownName: first.text } : {};
}

/** A clause opening on the bare 公司 / 其 as its subject (`招股书显示，公司引入…`, `其今年…`). */
const OWN_CLAUSE = /(?:^|[，。；：])(?:公司|其)(?![他中实余次])/u;

/**
 * Whom a sentence is about under a headline: `own` when it names a company the headline names (every sentence, under a
 * headline naming none), `other` when it names only other companies, `none` when it names no company (a continuation
 * `调整后，…`, or an industry statistic). A further sentence of a story is its own, or a continuation printed right after
 * the sentence it continues: an industry statistic, a peer's close, a parent's unrelated quarter or another supplier's
 * sales printed mid-story break its line (filler).
 * @example aboutWhom('澜舟微电子营收86.5亿元', gaz)(s) // → 'none' for `全球AI芯片市场规模今年将达1200亿美元。`
 */
export function aboutWhom(
  headline: string,
  gaz: Gazetteer,
  subjects: readonly string[] = [],
): (s: SourceSentence, printed?: string) => 'own' | 'other' | 'none' {
  const orgs = orgsIn(gaz, subjects);
  const own = orgs(headline);
  if (own.length === 0) return () => 'own';
  // A business unit is its owner's (阿里云 under a headline naming 阿里巴巴, and the reverse).
  const group = (name: string) => ownerOf(name, gaz) ?? name;
  return (s, printed = '') => {
    // The companies the printed sentences name are the story's too (a group's members under `四大云厂商`).
    const names = new Set([...own, ...orgs(printed)].map((m) => group(m.name)));
    const text = dropOutletTag(s.sentence.text);
    const named = orgs(text);
    // A bare 公司 / 其 is the story's own company.
    if (named.length === 0) return /公司|集团|其(?![他中实余次])/u.test(text) ? 'own' : 'none';
    // A clause whose subject is the bare 公司 / 其 is the story's own, whoever else it names (`公司引入7家基石投资者，
    // 其中甲认购…`).
    if (OWN_CLAUSE.test(text)) return 'own';
    if (named.some((m) => names.has(group(m.name)) || headline.includes(m.text) || printed.includes(m.text))) return 'own';
    // Other companies' moves in the event the headline names (a price war's competitors' cuts, a sector's move) are
    // the story's, not filler (decision 086).
    return sharedEvent(headline, text) ? 'own' : 'other';
  };
}

/**
 * Whether `s`, printed right after `prev` in one paragraph, would read as `prev`'s company's: it names no company and
 * leaves its subject to a bare 公司 / 该公司 / 其 (`公司今年的算力支出预计将超过10亿美元`), while `prev` names companies of
 * which none is the headline's first (`阿里巴巴此前宣布…` under a headline on 月之暗面's round): the reader takes 公司
 * for the company just named (owner drift). A unit is its owner's.
 * @example driftsAfter('月之暗面完成15亿美元新一轮融资，阿里领投', gaz)(alibabaSentence, k3Sentence) // → true
 */
export function driftsAfter(
  headline: string,
  gaz: Gazetteer,
  subjects: readonly string[] = [],
): (prev: SourceSentence, s: SourceSentence) => boolean {
  const orgs = orgsIn(gaz, subjects);
  const group = (name: string) => ownerOf(name, gaz) ?? name;
  const first = orgs(headline).sort((a, b) => a.start - b.start)[0];
  return (prev, s) => {
    if (!first) return false;
    const text = dropOutletTag(s.sentence.text);
    if (orgs(text).length > 0 || !/(?:^|[，。；：、]|据了解，?|此外，?|同时，?)(?:该)?(?:公司|其)(?![他中实余次])/u.test(text))
      return false;
    const before = orgs(dropOutletTag(prev.sentence.text));
    return before.length > 0 && !before.some((m) => group(m.name) === group(first.name));
  };
}

/** An opener naming the event the story tells (本轮融资由…领投): it leans on the lead, which told it. */
const THIS_EVENT = /^(?:本轮|此轮|本次|此次|该轮)/u;

/**
 * Sentences of the headline's item naming a company the headline names and the lead never does (a round's lead
 * investor in `星河智芯完成10亿元B轮融资，澜舟资本领投` under a lead that only gives the amount): the first whole sentence
 * naming each, at most two, so every name of the headline is the body's too. Names as the item's own mentions write
 * them (a discovered name included); a mention shorter than two characters is no name.
 */
export function nameBacking(
  headline: string,
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  item: ItemRecord,
  mentions: readonly EntityMention[],
): SourceSentence[] {
  const surfaces = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'org' || [...m.text].length < 2) continue;
    const set = surfaces.get(m.name) ?? new Set<string>();
    set.add(m.text);
    if ([...m.name].length >= 2) set.add(m.name);
    surfaces.set(m.name, set);
  }
  // A round's lead or cornerstone investors the headline names by their role (`…，澜舟资本领投`, `高瓴、淡马锡等5名基石…`):
  // the body names them too, whether or not the entity tables know them.
  const roles = roleNames(headline);
  for (const name of roles) if (![...surfaces.values()].some((f) => f.has(name))) surfaces.set(name, new Set([name]));
  const out: SourceSentence[] = [];
  const names = (text: string, forms: ReadonlySet<string>) => [...forms].some((f) => text.includes(f));
  // An investor the headline names by its role is brought by a sentence naming it in that role, never by one putting
  // its name before the company (`淡马锡加持的某芯…`: the reader takes it for the owner).
  const inRole = (text: string, forms: ReadonlySet<string>) =>
    ![...forms].some((f) => roles.includes(f)) || [...forms].some((f) => toldInRole(f, text));
  for (const forms of surfaces.values()) {
    if (out.length >= 2 || !names(headline, forms)) continue;
    if ([...lead, ...out].some((s) => names(s.sentence.text, forms))) continue;
    const s = pool
      // A sentence on 本轮 / 此次 leans on the event the lead has told (the round); any other antecedent is not printed.
      .filter((x) => x.item.id === item.id && usable(x) && selfContained(x.sentence.text))
      .filter((x) => !leansBack(x.sentence.text) || (lead.length > 0 && THIS_EVENT.test(x.sentence.text)))
      .filter((x) => x.sentence.text.length <= 160)
      .sort((a, b) => a.sentence.index - b.sentence.index)
      .find((x) => names(x.sentence.text, forms) && inRole(x.sentence.text, forms));
    if (s && !lead.includes(s)) out.push(s);
  }
  return out;
}

/**
 * Whether a sentence opening on a pointer to the company (该公司预计…) may follow the chosen ones: the last of them is not
 * another company's, and with the headline's company named for the pointer the sentence leans on nothing.
 */
function ofOwnCompany(
  x: SourceSentence,
  chosen: readonly SourceSentence[],
  company: string | undefined,
  foreign: (s: SourceSentence | undefined) => boolean,
): boolean {
  const last = chosen[chosen.length - 1];
  const named = company !== undefined ? ownPointer(x.sentence.text, company) : undefined;
  return last !== undefined && named !== undefined && !foreign(last) && !leansOn(named);
}

/** The company a headline opens on (its first party, as its item's mentions write it), if it opens on one. */
function openingCompany(headline: string, mentions: readonly EntityMention[]): string | undefined {
  return headParties(headline, mentions).find((n) => headline.startsWith(n));
}

/** The parties a headline names, as its item's mentions write them (two characters or more). */
/**
 * A head's first clause: up to its first comma or semicolon (`甲降价最高85%，乙加码投入` → `甲降价最高85%`); the whole head
 * when it has one clause.
 */
export function firstHeadClause(headline: string): string {
  return headline.split(/[，,；;]/u)[0] ?? headline;
}

function headParties(headline: string, mentions: readonly EntityMention[]): string[] {
  return [...new Set(mentions.flatMap((m) => [m.text, m.name]))].filter((n) => [...n].length >= 2 && headline.includes(n));
}

/**
 * Whether a clause opens on a company its item names and the headline does not (`沐川智能则公告称…` under a head naming
 * 澜芯科技 only): the item's own mentions count, so a company no table knows is one too. Under a headline naming none of
 * the item's companies nothing is another's (decision 156, at the merge).
 */
export function opensOnOther(s: SourceSentence, headline: string, mentions: readonly EntityMention[]): boolean {
  const orgs = mentions.filter((m) => m.type === 'org' && [...m.text].length >= 2);
  const named = (m: EntityMention) => headline.includes(m.text) || headline.includes(m.name);
  if (!orgs.some(named)) return false;
  const text = dropOutletTag(s.sentence.text);
  const first = orgs
    .map((m) => ({ m, at: text.indexOf(m.text) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return first !== undefined && !named(first.m);
}

/**
 * The sentences of the headline's item a backing may bring in, in their order: usable, of a printable length, none
 * already chosen.
 */
function backingPool(
  pool: readonly SourceSentence[],
  item: ItemRecord,
  chosen: readonly SourceSentence[] = [],
  /** A list item whole as a sentence counts too (a head figure's one sentence: `listItem`, decision 143). */
  items = false,
): SourceSentence[] {
  return pool
    .filter((x) => x.item.id === item.id && (usable(x) || (items && listItem(x))) && x.sentence.text.length <= 160 && !chosen.includes(x))
    .sort((a, b) => a.sentence.index - b.sentence.index);
}

/**
 * The first sentence of the headline's item telling an event the headline names and the lead does not (a headline's
 * 关税 over a lead of index figures): standing alone, or right after a lead sentence it leans on; at most one per event.
 */
export function eventBacking(
  headline: string,
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  item: ItemRecord,
  foreign: (s: SourceSentence | undefined) => boolean = () => false,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  const text = () => [...lead, ...out].map((s) => s.sentence.text).join('');
  for (const word of headlineEventUntold(headline, text())) {
    if (headlineEventUntold(headline, text()).indexOf(word) < 0) continue;
    const s = backingPool(pool, item, [...lead, ...out]).find(
      (x) =>
        headlineEventUntold(headline, x.sentence.text).indexOf(word) < 0 &&
        (!leansOn(x.sentence.text) || afterOwn(x, [...lead, ...out], foreign)),
    );
    if (s) out.push(s);
  }
  return out;
}

/**
 * The first sentence of the headline's item telling a clause of the headline its lead does not (a title's market
 * reaction `股价涨停`, a guidance change, the event sentence a lead chosen for its figures passed over): standing alone,
 * or right after a lead sentence it leans on; at most one per clause, two in all. A figure's clause is
 * `headlineBacking`'s.
 */
export function clauseBacking(
  headline: string,
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  item: ItemRecord,
  foreign: (s: SourceSentence | undefined) => boolean = () => false,
  names: readonly string[] = [],
  /** Every clause read without its names, the opening one too (a head trimmed from its title: `trimmedClausesUntold`). */
  every = false,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  const text = () => [...lead, ...out].map((s) => s.sentence.text).join('');
  const untold = () => (every ? trimmedClausesUntold(headline, text(), names) : headlineClausesUntold(headline, text(), names));
  // A sentence naming the clause's company without what the clause says of it backs nothing (`names`).
  for (const clause of untold()) {
    const later = every ? names : namesOfLater(headline, clause, names);
    if (out.length >= 2 || clauseTold(clause, text(), 1 / 5, later)) continue;
    if (extractFigures(clause).some((f) => f.kind === 'money' || f.kind === 'percent')) continue;
    const s = backingPool(pool, item, [...lead, ...out]).find(
      (x) =>
        // A trimmed head's clause (`every`) is told by the sentence read after what is printed (公司股价涨势延续 after
        // a lead naming the company), as the check reads the whole body.
        (every
          ? trimmedClausesUntold(clause, `${text()}${dropOutletTag(x.sentence.text)}`, later).length === 0
          : clauseTold(clause, dropOutletTag(x.sentence.text), 1 / 2, later) ||
            // …or a sentence carrying the clause's fact (a halving's from→to amounts) not naming the company the lead
            // printed names (decision 131), never another company's.
            (!foreign(x) && carriesClauseFact(clause, dropOutletTag(x.sentence.text), text(), later))) &&
        !FIRST_PERSON.test(x.sentence.text) &&
        (!leansOn(x.sentence.text) || afterOwn(x, [...lead, ...out], foreign)),
    );
    if (s) out.push(s);
  }
  return out;
}

/**
 * Whether a sentence leaning on the one before it may be printed with the chosen ones: that sentence is printed, and
 * its subject left to it (公司…, 其…, a bare measure) is not another company's (`foreign`: owner drift).
 */
function afterOwn(x: SourceSentence, chosen: readonly SourceSentence[], foreign: (s: SourceSentence | undefined) => boolean): boolean {
  const prev = chosen.find((l) => l.sentence.index === x.sentence.index - 1);
  return prev !== undefined && !(bareSubject(x.sentence.text) && foreign(prev));
}

/**
 * A call's housekeeping, not its news: the operator's welcome, thanks, who is on the line, the safe-harbour notice,
 * handing over (`Operator: Good afternoon and welcome…`, `Thanks, Dan.`, `Over to you, Tom.`).
 */
const CALL_CHATTER =
  /^(?:operator\b|thank(?:s(?! to)| you)\b|good (?:morning|afternoon|evening|day)\b|hello\b|hi,|with me (?:today )?(?:are|is)\b|over to you\b|let me (?:now )?(?:turn|hand)\b)|welcome to\b|listen-only|turn (?:the call )?over to\b|for joining\b|forward-looking statements|safe harbou?r/i;
/** A speaker's label before a transcript paragraph: `Thomas Albrecht, Chief Executive Officer: `. */
const SPEAKER_LABEL = /^(?:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})(?:,[^:]{2,60})?:\s+(?=\S)/;
/** Spoken fillers: `uh`, `um`. */
const FILLER = /\b(?:uh|um|erm),?\s+/gi;

/** A sentence of an English original as a reader gets it: no speaker label, no fillers; '' for housekeeping or a fragment. */
export function originalSentence(text: string): string {
  const t = text.replace(SPEAKER_LABEL, '').replace(FILLER, '').trim();
  if (CALL_CHATTER.test(t)) return '';
  // A fragment (`So, Q4.`) says nothing.
  if (t.split(/\s+/).length < 5) return '';
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The English lead of an English-only story for the fold: its first whole sentences that tell something (a call's
 * housekeeping skipped), from its first three paragraphs that do, at most 480 characters.
 */
export function englishOriginal(item: Pick<ItemRecord, 'sentences'>): string {
  const out: string[] = [];
  let chars = 0;
  // The first three paragraphs, not counting those of housekeeping before the first sentence kept.
  let last = 2;
  for (const s of item.sentences) {
    if (out.length >= 3 || s.para > last) break;
    if (!wholeSentence(s.text) || s.text.length > 400) continue;
    const t = originalSentence(s.text);
    if (t === '' && out.length === 0 && s.text.trim() !== '') last = Math.max(last, s.para + 2);
    if (t === '') continue;
    if (chars + t.length > 480 && out.length > 0) break;
    out.push(t);
    chars += t.length;
  }
  return out.join(' ');
}

/** The figure a headline leads with: a held figure whose number the headline states, else the lead item's best. */
function headlineFigure(headline: string, facts: readonly StoryFact[], leadItem: ItemRecord | undefined): StoryFact | undefined {
  const current = facts.filter((f) => !f.past);
  const inHead = extractFigures(headline);
  return (
    current.find((f) => f.item.id === leadItem?.id && inHead.some((h) => sameNumber(h, f.figure))) ??
    current.find((f) => inHead.some((h) => sameNumber(h, f.figure))) ??
    (inHead.length === 0 ? current.find((f) => f.item.id === leadItem?.id) : undefined)
  );
}

/** Chosen source sentences as one paragraph; a clause closed by ； ends on 。 unless its own next clause follows it. */
function joinChosen(
  chosen: readonly SourceSentence[],
  write: (s: SourceSentence) => string,
  opening: boolean,
  named?: (written: string, s: SourceSentence, prev: SourceSentence | undefined) => string | undefined,
): string {
  const parts = chosen.map((s, i) => {
    // A Hong Kong or Taiwanese source's bare 元 names its currency (港元, 新台币) in mainland copy.
    const raw = localCurrencyText(write(s), s.figures);
    // A bare subject (公司…, 其…) after a sentence about another company is written as its owner's name (decision 152).
    const w = (i > 0 && named?.(raw, s, chosen[i - 1])) || raw;
    const t = i === 0 && opening ? dropOutletTag(w) : w;
    const next = chosen[i + 1];
    return next && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1 ? t : t.replace(/；$/, '。');
  });
  return joinSentences(parts);
}

/** The first plain occurrence of each amount in bold: `…投资最多250亿美元。` → `…投资**最多250亿美元**。` */
export function boldAmounts(text: string, amounts: readonly string[]): string {
  let out = text;
  for (const a of [...new Set(amounts)].sort((x, y) => y.length - x.length)) {
    if (!a) continue;
    const parts = out.split(/(\*\*[^*]+\*\*)/);
    // `约2300亿美元` written `估值约为2300亿美元` (smoothCopula): the number is bolded without its qualifier.
    const shown = [a, a.replace(/^(?:约|超过|最多|至少|不低于|不少于|不到|逾|近|接近|高达)/, '')].find((x) =>
      parts.some((p, n) => n % 2 === 0 && x !== '' && p.includes(x)),
    );
    if (!shown) continue;
    const i = parts.findIndex((p, n) => n % 2 === 0 && p.includes(shown));
    parts[i] = (parts[i] as string).replace(shown, `**${shown}**`);
    out = parts.join('');
  }
  return out;
}

/** What a story that already ran on earlier days has printed and stated (nothing for a story new today). */
interface FollowUp {
  /**
   * Whether a fact already ran: an earlier digest printed the same value of its claim (of the story's own earlier item,
   * a block linking it printed it; of another story's item, its digest printed it).
   */
  ran(f: StoryFact): boolean;
  /**
   * Whether an item of an earlier day that ran states the same value of its claim, printed or not: the event was told
   * (a day two of it is a retelling, stepped down), though a figure of it never printed is still news inside the story.
   */
  stated(f: StoryFact): boolean;
  /** Whether a headline is one an earlier day printed (same words, or the same figures). */
  printed(headline: string): boolean;
  /** Whether the story itself ran on an earlier day (its own items). */
  any: boolean;
}

const NO_FOLLOW_UP: FollowUp = { ran: () => false, stated: () => false, printed: () => false, any: false };

/**
 * Whether two headlines say the same: the same words (punctuation and spacing aside), or the same amounts and rates
 * (`英伟达第四财季营收681亿美元` and `英伟达第四财季营收681亿美元，超预期`).
 */
export function sameHeadline(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/[\s，。、；：！？,.;:!?“”"'‘’（）()【】《》「」—-]/gu, '').toLowerCase();
  if (norm(a) === norm(b)) return true;
  const key = (x: string) => extractFigures(x).filter((f) => f.kind === 'money' || f.kind === 'percent');
  const fa = key(a);
  const fb = key(b);
  return (
    fa.length > 0 &&
    fa.length === fb.length &&
    fa.every((x) => fb.some((y) => sameNumber(x, y))) &&
    norm(a).slice(0, 2) === norm(b).slice(0, 2)
  );
}

function followUp(bundle: StoryBundle, style: DigestStyle, ctx: Ctx): FollowUp {
  const days = bundle.earlier ?? [];
  // What ran before: the story's own items of earlier days, and other stories' items of earlier days stating its claims.
  const ids = new Set(days.flatMap((d) => d.items.map((i) => i.id)));
  const told = new Set(Object.keys(bundle.toldBefore ?? {}));
  if (ids.size === 0 && told.size === 0) return NO_FOLLOW_UP;
  // Each earlier day's headline as that day's digest wrote it: the story from that day's items alone.
  const headlines = days.map((d, n) => writeStoryOffline({ ...bundle, items: d.items, earlier: days.slice(0, n) }, style, ctx).headline);
  // Another story told the same figure (same claim, the same value however rounded: one rule of told before).
  // The story's own earlier item told only what the digest printed of it (`ranStatement`): a figure its source stated
  // that no block linking it printed is news the day it is first printed.
  const ran = (f: StoryFact) =>
    f.claim.statements.some(
      (st) => (ranStatement(bundle, st) || toldStatement(bundle, st)) && sameToldValue(st.figure, f.figure, DEFAULT_OPTIONS.tolerance),
    );
  const stated = (f: StoryFact) =>
    f.claim.statements.some(
      (st) => (ids.has(st.itemId) || toldStatement(bundle, st)) && sameToldValue(st.figure, f.figure, DEFAULT_OPTIONS.tolerance),
    );
  // A headline restates news only with the very figures told (a bound or a rounding around them is other news).
  const same = (f: StoryFact) =>
    f.claim.statements.some((st) => (ranStatement(bundle, st) || toldStatement(bundle, st)) && sameNumber(st.figure, f.figure));
  const facts = storyFacts(bundle);
  return {
    any: ids.size > 0,
    ran,
    stated,
    printed: (h) => headlines.some((p) => sameHeadline(h, p)) || toldHeadline(h, facts, same),
  };
}

/**
 * Whether a headline only restates news told on an earlier day: each of its amounts and rates the story holds as a
 * fact ran before (same claim, same value), and there is one.
 */
export function toldHeadline(headline: string, facts: readonly StoryFact[], ran: (f: StoryFact) => boolean): boolean {
  // Figures the knowledge layer does not hold (a share of a segment, a rate of no claim) say nothing either way.
  const held = extractFigures(headline)
    .filter((f) => f.kind === 'money' || f.kind === 'percent')
    .map((h) => facts.filter((f) => sameNumber(h, f.figure)))
    .filter((fs) => fs.length > 0);
  return held.length > 0 && held.every((fs) => fs.every(ran));
}

/**
 * A title without its clauses that only restate figures told before, when what is left makes a headline (≥ 8
 * characters): `英伟达第四财季营收681亿美元超预期，数据中心业务占比逾九成` → `英伟达数据中心业务占比逾九成` (the dropped
 * clause's subject kept when the rest names none).
 */
export function untoldClauses(
  title: string,
  /** Whether a clause is to go: only figures told before (a follow-up), or figures the body never tells. */
  stale: (clause: string) => boolean,
  ctx: Pick<Ctx, 'gaz'>,
  /** The story's own company names (its claims' subjects as the digest writes them), for a company no gazetteer holds. */
  subjects: readonly string[] = [],
  /** The names of the parties owning a figure: what is left keeps the owner of its figure, or the head is not trimmed. */
  figureOwner?: (f: Figure) => readonly string[],
): string | undefined {
  // Clauses end on a comma or colon, or on a space between Chinese words (a title's `…超预期 数据中心…`).
  const clauses = headlineClauses(title);
  if (clauses.length < 2) return undefined;
  const kept = clauses.filter((c) => !stale(c));
  if (kept.length === 0 || kept.length === clauses.length) return undefined;
  let out = kept
    .map((c, i) => (i < kept.length - 1 && !/[，,：:；;]$/u.test(c) ? `${c}，` : c))
    .join('')
    .replace(/[，,：:；;]$/u, '');
  const orgs = (x: string) => findEntities(x, ctx.gaz).filter((m) => m.type === 'org');
  // …and the story's own companies no gazetteer holds, for the dropped clause's opening subject.
  const own = subjects.filter((n) => [...n].length >= 2);
  const owners = (x: string) => [...orgs(x), ...own.flatMap((n) => (x.startsWith(n) ? [{ start: 0, end: n.length }] : []))];
  // The rest names no company: the dropped clause's opening subject goes with it (英伟达…，数据中心业务占比逾九成).
  // A participant's clause (`淡马锡等基石捧场`) opens on an investor, not the rest's subject: its name before the company
  // would read as the owner's (`淡马锡某芯IPO定价…`).
  const dropped = clauses.find(stale) as string;
  // …nor one naming an investor however long its name (`国家集成电路产业投资基金三期认购`), nor a name that owns none of the
  // rest's figures when the rest names their owner (decision 112: two subjects never run together).
  const participant = roleNames(dropped).length > 0 || participantClause(dropped) !== undefined;
  const owner =
    orgs(out).length === 0 && !participant && !ownsOwnFigures(out, figureOwner) ? owners(dropped).find((m) => m.start === 0) : undefined;
  if (owner) out = `${dropped.slice(owner.start, owner.end)}${out}`;
  if (figureOwner && !keepsOwner(out, title, figureOwner)) return undefined;
  return headlineLength(out) >= 8 ? out : undefined;
}

/** Whether a head names the owner of an amount or a rate it states (its own subject: nothing goes before it). */
function ownsOwnFigures(head: string, figureOwner?: (f: Figure) => readonly string[]): boolean {
  if (!figureOwner) return false;
  return extractFigures(head).some(
    (f) => (f.kind === 'money' || f.kind === 'percent') && figureOwner(f).some((n) => [...n.trim()].length >= 2 && head.includes(n)),
  );
}

/** Whether a head states an amount or a rate the story holds as a fact that did not run before (a follow-up's news). */
function newsFigure(headline: string, facts: readonly StoryFact[], follow: FollowUp): boolean {
  return extractFigures(headline)
    .filter((h) => h.kind === 'money' || h.kind === 'percent')
    .some((h) => facts.some((f) => !f.past && sameNumber(h, f.figure) && !follow.ran(f)));
}

/**
 * The headline of a follow-up when the one chosen repeats an earlier day's (its words, or only figures told before):
 * the best fact that did not run before, as a headline; else the same headline marked as a follow-up report (续报),
 * `told` set (nothing new to lead with).
 */
function followUpHeadline(
  headline: string,
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  follow: FollowUp,
  ctx: Ctx,
  /** The item whose title the headline is: its facts head the story first (the lead prints them). */
  prefer?: string,
  /** Only a figure the sources agree on may replace the headline (it replaces a question, not news told before). */
  undisputed = false,
  /** The metrics a fact may head with (a head the body does not tell also takes an IPO's proceeds: decision 093). */
  metrics: ReadonlySet<string> = HEADLINE_METRICS,
  /** The companies whose facts may head it, in place of those the headline names (a head naming the wrong party). */
  owners?: ReadonlySet<string>,
): { headline: string; told: boolean; changed: boolean; fact?: StoryFact } {
  const stale = (c: string) => toldHeadline(c, facts, follow.ran);
  // A follow-up's head is what is new that day: a clause retelling only figures told before (`阶跃星辰融资8亿美元，` of
  // `…，估值约70亿美元`) goes when the rest still states a figure, even though the whole head is no earlier day's.
  if (!follow.printed(headline)) {
    const subjects = [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))];
    const rest = untoldClauses(headline, stale, ctx, subjects, figureOwners(facts, bundle, ctx));
    return rest &&
      !follow.printed(rest) &&
      newsFigure(rest, facts, follow) &&
      hasSubject(rest, ctx.gaz, (t) => subjects.some((n) => t.includes(n)))
      ? { headline: rest, told: false, changed: true }
      : { headline, told: false, changed: false };
  }
  // A head telling the stage the story reached today (the pricing after the launch, the close after the talks) is the
  // day's news however many of its figures ran: it stays as it is, neither cut to its untold clauses nor replaced by a
  // fact, and never marked 续报 (decision 140) — when it is a news head: a feature's title, a two-part title with its
  // subtitle, or one over the head limit (a Latin name counted as one word: head-names.ts shortens it later) goes on to
  // be cut or replaced as any follow-up's head.
  const newsHead = !featureTitle(headline) && stageNewsHead(headline, HEADLINE_LIMIT);
  if (newsHead && stageHead(storyStages(bundle), headline)) return { headline, told: false, changed: false };
  const rest = untoldClauses(headline, stale, ctx, [], figureOwners(facts, bundle, ctx));
  // What is left of a feature's title (`字节…背后：国产GPU拿到多大份额？` without its told clause) is no news head.
  if (rest && !follow.printed(rest) && !featureTitle(rest)) return { headline: rest, told: false, changed: true };
  // The replacement is news of the same company: a fact of a company the headline does not name (a supplier's sales in a
  // story about Nvidia's guidance, the lead investor's own revenue in a story about its startup's round) is context.
  // A headline naming no one (a feature's title) takes the company its source's title names: never another company
  // the report mentions in passing (an investor's own round, a rival's financing).
  const titled = bundle.items.find((i) => i.id === prefer) ?? bundle.items[0];
  const inHead = findEntities(headline, ctx.gaz);
  const named =
    owners ??
    new Set(
      (inHead.length > 0 ? inHead : titled ? findEntities(titled.title, ctx.gaz).filter((m) => m.type === 'org') : []).map((m) => m.name),
    );
  const ordered = [...facts].sort((a, b) => Number(b.item.id === prefer) - Number(a.item.id === prefer));
  for (const f of ordered) {
    if (named.size > 0 && !named.has(f.claim.subject)) continue;
    // The value before a change (指引从此前的860亿美元上调至900亿美元: 860亿) is history, and a figure on a basis its
    // sentence names (a broker's calendar-year estimate, a range's midpoint, a multi-year total) is a comparison:
    // neither is a headline.
    if (amountBasis(f.figure, f.sentence) !== undefined || ESTIMATED.test(f.sentence)) continue;
    // An amount restated in another currency (`约15亿美元（约合人民币107亿元）`) is the figure before it: no news of its own.
    if (conversion(f)) continue;
    // In place of a question, a figure the sources dispute (路透社称约50亿元，36氪称约60亿元) heads as neither value.
    if (undisputed && f.claim.conflict) continue;
    // A figure further down a report is its background, never a headline of its own; nor one an earlier item stated, printed
    // or not (a day-two head is the day's event: a priced IPO's market value its prospectus stated is no head in its place).
    if (f.past || follow.stated(f) || f.hedged || !writable(f) || quoted(f) || !metrics.has(f.claim.metric) || !inNews(f)) continue;
    // A headline names its figure by the word of the figure's own clause: a label the source does not state there (the
    // 10亿元 of `其余10亿元补充流动资金` read as 资本开支) is the extraction's guess, never a headline.
    if (!clauseStatesMetric(f.claim.metric, f.sentence, f.figure.text, ctx.templates)) continue;
    const full = claimHeadline(f, bundle, { dir: ctx.dir, gaz: ctx.gaz, templates: ctx.templates });
    const h = full === undefined ? undefined : headlinePeriod(full);
    if (h && !follow.printed(h)) return { headline: h, told: false, changed: true, fact: f };
  }
  return { headline: fill(TEMPLATES.followUp, { headline }), told: true, changed: true };
}

/**
 * A headline telling only what its body tells, when the one chosen gives a figure the body never does: the headline
 * without the clauses of such figures, else the best fact the body prints as a headline; undefined when neither makes
 * a headline (the chosen one stays, and `digest --check` says so).
 */
export function bodyHeadline(
  headline: string,
  body: string,
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  follow: FollowUp,
  ctx: Ctx,
  prefer?: string,
): string | undefined {
  const untold = (x: string) => headlineUntold(x, body).length > 0;
  const rest = untoldClauses(headline, untold, ctx, [], figureOwners(facts, bundle, ctx));
  if (rest !== undefined && !untold(rest)) return rest;
  return factHeadFromBody(headline, body, untold, { bundle, facts, follow, ctx, prefer });
}

/**
 * The best fact the body prints as a head (`followUpHeadline` with every fact the body does not print counted as run
 * and every head `untold` says the body does not tell counted as printed), or undefined when the head made is told
 * before or untold itself. `disputed` / `metrics` as `followUpHeadline` takes them.
 */
function factHeadFromBody(
  headline: string,
  body: string,
  untold: (x: string) => boolean,
  at: { bundle: StoryBundle; facts: readonly StoryFact[]; follow: FollowUp; ctx: Ctx; prefer?: string | undefined },
  disputed?: boolean,
  metrics?: ReadonlySet<string>,
  owners?: ReadonlySet<string>,
): string | undefined {
  const { follow } = at;
  const printed = extractFigures(body.replace(/\*\*/g, ''));
  const inBody = (f: StoryFact) => printed.some((b) => sameNumber(f.figure, b));
  const h = followUpHeadline(
    headline,
    at.bundle,
    at.facts,
    {
      ran: (f) => follow.ran(f) || !inBody(f),
      stated: (f) => follow.stated(f) || !inBody(f),
      printed: (x) => follow.printed(x) || untold(x),
      any: follow.any,
    },
    at.ctx,
    at.prefer,
    disputed,
    metrics,
    owners,
  );
  return h.told || untold(h.headline) ? undefined : h.headline;
}

/**
 * The head of a story whose head the body does not tell (`headUntoldParts`: a figure, a clause, a feature's title): a
 * fact the body prints, the lead's first before the others, as a head that the body tells whole; undefined when the
 * head is told or no fact makes one (the head stays, and `digest --check` says so).
 */
export function leadFactHead(
  headline: string,
  body: string,
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  follow: FollowUp,
  ctx: Ctx,
  prefer?: string,
  parties: readonly string[] = [],
  /** The head is a title with clauses dropped: every clause of it is read without its names (`trimmedClausesUntold`). */
  trimmed = false,
): string | undefined {
  const untold = (x: string) => headUntoldParts(x, body, headNames(x, ctx.gaz, parties)).length > 0;
  const bad = (x: string) => untold(x) || (trimmed && trimmedClausesUntold(x, body, headNames(x, ctx.gaz, parties)).length > 0);
  if (!bad(headline)) return undefined;
  const ordered = byBodyOrder(facts, body, (f) => [renderFigureZh(f.figure)]);
  // A figure the sources dispute heads as neither value (the head stays, and the check says so).
  return factHeadFromBody(headline, body, bad, { bundle, facts: ordered, follow, ctx, prefer }, true, LEAD_HEAD_METRICS);
}

/**
 * The head of a story whose head gives its figure to none of the figure's parties while naming another company
 * (`partyUnnamed`: a lender-only loan title): the lead's fact the body prints, as a head naming its owner; undefined
 * when the head names a party or no fact makes a head (decision 131).
 */
function partyHead(
  headline: string,
  body: string,
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  follow: FollowUp,
  ctx: Ctx,
  prefer: string,
  parties: readonly string[],
): string | undefined {
  const owners = figureOwners(facts, bundle, ctx);
  const spans = Object.values(bundle.entities).flatMap((ms) => (ms ?? []).filter((m) => m.type === 'org'));
  // A party is named as its sources write it too, and a unit's figure under the company it belongs to.
  const namesOfParty = (f: Figure) => {
    const own = owners(f);
    const parents = own.map((n) => ownerOf(n, ctx.gaz)).filter((o): o is string => o !== undefined);
    const all = [...own, ...parents, ...parents.map((p) => zhName(p, bundle, ctx.dir))];
    return [...all, ...spans.filter((m) => all.includes(m.name)).map((m) => m.text)];
  };
  const others = (x: string) => [
    ...findEntities(x, ctx.gaz).flatMap((m) => (m.type === 'org' ? [m.name, m.text, zhName(m.name, bundle, ctx.dir)] : [])),
    ...spans.filter((m) => [...m.text].length >= 2 && x.includes(m.text)).map((m) => m.name),
  ];
  const wrong = (x: string) => partyUnnamed(x, namesOfParty, others(x));
  if (!wrong(headline)) return undefined;
  const bad = (x: string) => wrong(x) || headUntoldParts(x, body, headNames(x, ctx.gaz, parties)).length > 0;
  // The facts of the head's figure's owners head it (the borrower's loan), never another fact of the lender.
  const inHead = extractFigures(headline).filter((f) => f.kind === 'money' || f.kind === 'percent');
  const subjects = new Set(facts.filter((f) => inHead.some((h) => sameNumber(h, f.figure))).map((f) => f.claim.subject));
  const ordered = byBodyOrder(facts, body, (f) => [renderFigureZh(f.figure)]);
  return factHeadFromBody(headline, body, bad, { bundle, facts: ordered, follow, ctx, prefer }, true, LEAD_HEAD_METRICS, subjects);
}

/**
 * The names of a story's companies: its facts' subjects and other parties, as the knowledge layer and the digest write
 * them (zhName), and every company its sources name as they write it (the entity spans).
 */
function storyPartyNames(bundle: StoryBundle, facts: readonly StoryFact[], ctx: Ctx): string[] {
  const parties = facts.flatMap((f) => [f.claim.subject, ...(f.claim.counterparty ? [f.claim.counterparty] : [])]);
  const spans = Object.values(bundle.entities).flatMap((ms) => (ms ?? []).filter((m) => m.type === 'org').map((m) => m.text));
  return [...new Set([...parties, ...parties.map((p) => zhName(p, bundle, ctx.dir)), ...spans])];
}

/**
 * The names of the parties owning a figure: the subject and the counterparty of each fact stating it, as the knowledge
 * layer and the digest write them (a trimmed head keeps one of them: `keepsOwner`).
 */
function figureOwners(facts: readonly StoryFact[], bundle: StoryBundle, ctx: Ctx): (f: Figure) => string[] {
  return (h) =>
    facts
      .filter((f) => sameNumber(h, f.figure))
      .flatMap((f) => [f.claim.subject, ...(f.claim.counterparty ? [f.claim.counterparty] : [])])
      .flatMap((n) => [n, zhName(n, bundle, ctx.dir), ...(lookupEntry(n, ctx.gaz)?.aliases ?? [])]);
}

/** A head's metrics, and an IPO's proceeds: the lead's fact of a listing story (`星衡智算港股IPO募资62亿港元`). */
const LEAD_HEAD_METRICS: ReadonlySet<string> = new Set([...HEADLINE_METRICS, 'ipo']);

/** Someone's computation or estimate of a figure (按…测算, 估算, analysts estimate): not the company's own number. */
const ESTIMATED = /测算|估算|推算|\bestimat\w*\b|\bcalculat\w*\b/i;

/** The lead-in of the `earlier` template (an update against an earlier report). */
const EARLIER_LEAD = TEMPLATES.earlier.slice(0, TEMPLATES.earlier.indexOf('：') + 1);

/** Conflict sentences as one paragraph; two comparisons with earlier reports in a row share one lead-in (与此前报道对比：…；…。). */
export function joinConflicts(conflicts: readonly string[]): string {
  let out = '';
  conflicts.forEach((c, i) => {
    const prev = conflicts[i - 1];
    if (prev?.startsWith(EARLIER_LEAD) && c.startsWith(EARLIER_LEAD)) out = `${out.replace(/。$/, '；')}${c.slice(EARLIER_LEAD.length)}`;
    else out += c;
  });
  return out;
}

/**
 * Whether an earlier digest printed the fact's amount in another currency (decision 149): the same claim (company,
 * measure, period) holds a money statement of another currency that ran — yesterday's 营收4526亿卢比 makes today's
 * 营收51.5亿美元 the same quarter's revenue told again, not the day's news.
 */
export function currencyTwinRan(
  bundle: Pick<StoryBundle, 'earlier' | 'earlierPrinted' | 'toldBefore' | 'toldValues'>,
  f: Pick<StoryFact, 'claim' | 'figure'>,
): boolean {
  if (f.figure.kind !== 'money' || !f.figure.currency) return false;
  return f.claim.statements.some(
    (st) =>
      st.figure.kind === 'money' &&
      st.figure.currency !== undefined &&
      st.figure.currency !== f.figure.currency &&
      (ranStatement(bundle, st) || toldStatement(bundle, st)),
  );
}

/**
 * The other value of a disputed figure that an earlier day's digest printed (decision 149): a statement of the same claim
 * (company, measure, period), of an item dated before the fact's, one number with it (`oneNumber`: same kind, currency,
 * basis), each the source's own value (no estimate, no value before a change), that ran; with its outlet named and in
 * Chinese. Undefined when none, when more than one earlier value differs, or when the outlet has no name.
 */
export function earlierOtherValue(bundle: StoryBundle, f: StoryFact): EarlierOther | undefined {
  const today = f.claim.statements.find((st) => st.itemId === f.item.id && sameNumber(st.figure, f.figure));
  if (!today || !ownValue(today)) return undefined;
  const earlier = f.claim.statements.filter(
    (st) =>
      st.itemId !== f.item.id &&
      !sameNumber(st.figure, f.figure) &&
      (st.date ?? '') < (today.date ?? f.item.date ?? '') &&
      ownValue(st) &&
      oneNumber(st, today, f.claim.metric) &&
      (ranStatement(bundle, st) || toldStatement(bundle, st)),
  );
  const values = [...new Set(earlier.map((st) => renderFigureZh(st.figure)))];
  const first = earlier[0];
  if (!first || values.length !== 1) return undefined;
  // Today's source names the earlier value itself (up from, 此前报道…): its own words of change tell it (decision 106).
  if (extractFigures(f.item.text).some((x) => sameNumber(x, first.figure))) return undefined;
  const source = statementSource(first, bundle);
  if (source === UNNAMED) return undefined;
  // 低于 / 高于 only where the value can have moved over time (the earlier one a rumour, talks or a plan: today's final
  // figure, or a later report of the same talks); two firm reports of one measure are two sources at once, the earlier
  // said beside today's (decision 163).
  const direction = provisionalStatement(first) ? movedFrom(first.figure, today.figure) : undefined;
  return { source, value: values[0] as string, ...(direction ? { direction } : {}) };
}

/** Whether a claim is an amount of money said per share (an EPS, a dividend per share): its first statement's figure. */
const perShareMoney = (c: StoryFact['claim']) => {
  const st = c.statements[0];
  return st !== undefined && st.figure.kind === 'money' && perShare(st);
};
/** Whether a claim is an amount of money said as a total (a net profit). */
const totalMoney = (c: StoryFact['claim']) => c.statements[0]?.figure.kind === 'money' && !perShareMoney(c);

/** A metric and its change are one measure told two ways (营收 and 营收增长): `revenue-growth` → `revenue`. */
const measureOf = (metric: string) => metric.replace(/-growth$/u, '');

/**
 * Whether an earlier digest printed the fact's measure in its other form: the same company, period and scope, the level
 * where the change ran or the change where the level ran, never a per-share amount beside the total printed (an EPS is
 * no retelling of the net profit) (yesterday's 第一财季营收增长29% makes today's 营收193.1亿美元,
 * 同比增长29% a retelling of the same results, not the day's news).
 */
export function twinRan(bundle: Pick<StoryBundle, 'claims' | 'earlier' | 'earlierPrinted'>, f: Pick<StoryFact, 'claim'>): boolean {
  const c = f.claim;
  return bundle.claims.some(
    (o) =>
      o !== c &&
      o.subject === c.subject &&
      o.period === c.period &&
      (o.scope ?? '') === (c.scope ?? '') &&
      // An EPS is no twin of the net profit printed: a per-share amount and a total are two figures (decision 181, narrowed
      // at the merge: two totals of one measure, a post-money beside a pre-money, stay twins).
      !((perShareMoney(o) && totalMoney(c)) || (totalMoney(o) && perShareMoney(c))) &&
      measureOf(o.metric) === measureOf(c.metric) &&
      o.statements.some((st) => ranStatement(bundle, st)),
  );
}

/** Writes one story offline (pure given its context). */
export function writeStoryOffline(bundle: StoryBundle, style: DigestStyle, ctx: Ctx): DigestStory {
  const facts = storyFacts(bundle);
  const follow = followUp(bundle, style, ctx);
  // A number an earlier day's item of the story stated ran too, whichever claim today's words file it under (订单储备
  // today, 商业剩余履约义务 yesterday). Only the head's own companies' facts count when it names one: a supplier's monthly
  // sales under a guidance raise is context, not news (decision 119); a head naming none of them gives no news sentence.
  const earlierStated = follow.any ? earlierFigures(bundle) : [];
  // What a reader saw: a fact that ran, or — when what the digests printed of the story's earlier items is known — a
  // number a block linking them printed, whichever claim today's words file it under (a wire's 截至6月底的第四财季 884亿
  // is yesterday's 2026财年第四财季 884亿). Without the digests at hand, only the claims decide (as before).
  const printedNumbers = bundle.earlierPrinted ? earlierStated : [];
  // …or a point of a range printed of the same company, measure and period (约152亿 of a printed 148亿至156亿: decision 133).
  const seen = (f: StoryFact) =>
    follow.ran(f) ||
    printedNumbers.some((e) => sameNumber(e, f.figure)) ||
    (bundle.earlierPrinted !== undefined && (twinRan(bundle, f) || rangeRan(bundle, f)));
  // A sentence that only retells an earlier day's news: every figure of it the story holds as a fact ran before (told
  // before means the same value, however a digest rounded it). A follow-up prints what is new, never that again.
  const retold = (s: SourceSentence) => {
    const held = facts.filter((f) => f.item.id === s.item.id && s.figures.some((x) => sameNumber(x, f.figure)));
    return held.length > 0 && held.every(seen);
  };
  // Another story of an earlier day told some of this one's claims (what it printed only: decision 129).
  const toldAny = Object.keys(bundle.toldBefore ?? {}).length > 0;
  // A sentence of the day's news whose trailing clauses only re-tell printed figures, written without them (decision 171).
  const withoutRetold = (s: SourceSentence): SourceSentence => {
    const money = s.figures.filter((x) => x.kind === 'money' || x.kind === 'percent');
    const at = retoldTailAt(
      s.sentence.text,
      money.map((x) => {
        const own = facts.filter((f) => f.item.id === s.item.id && sameNumber(x, f.figure));
        // A value its sources dispute or a day revised (a conflicting claim) is news, never a retelling (at the merge of
        // 171: a blind follow-up lost its revised valuation and the comparison line leaning on it).
        const printed = own.length > 0 ? own.every((f) => seen(f) && !f.claim.conflict) : printedNumbers.some((e) => sameNumber(e, x));
        return { start: x.start - s.sentence.start, end: x.end - s.sentence.start, printed };
      }),
    );
    if (at === undefined) return s;
    const text = `${s.sentence.text.slice(0, at)}。`;
    return {
      ...s,
      sentence: { ...s.sentence, text, end: s.sentence.start + text.length },
      figures: s.figures.filter((x) => x.end - s.sentence.start <= at),
    };
  };
  const side = sideFacts(bundle, facts, (text) => findEntities(text, ctx.gaz).map((m) => m.name));
  // The story's companies as its sources and the digest write them: a head clause is told by what it says of them.
  const partyNames = storyPartyNames(bundle, facts, ctx);
  // The organisations a sentence names, by its article's mentions and the gazetteer (another company's aside: decision 144).
  const orgMentions = (s: SourceSentence) =>
    [...(bundle.entities[s.item.id] ?? []), ...findEntities(s.sentence.text, ctx.gaz)].filter(
      (m) => m.type === 'org' && s.sentence.text.includes(m.text),
    );
  const orgsOf = (s: SourceSentence) => [...new Set(orgMentions(s).map((m) => m.text))];
  // …and its companies only: a regulator or a research house speaks of the field, it gives no figure of its own (189).
  const companiesOf = (s: SourceSentence) => [
    ...new Set(orgMentions(s).flatMap((m) => (notCompany(ctx.dir.tags(m.name)) ? [] : [m.text]))),
  ];
  // Whom a story is about, for an aside: the companies its head names and those its lead's first sentence names.
  // A company the head names only in a later clause (`甲降价，乙、丙加码算力投入`) is its own news: a sentence of it stays
  // as that clause's backing (`keep`), not as a party's (decision 154; the clause goes when the body does not tell it).
  const asideParties = (first: SourceSentence | undefined) => {
    const head = firstHeadClause(headline);
    return [
      ...findEntities(head, ctx.gaz).flatMap((m) => (m.type === 'org' ? [m.text, m.name, zhName(m.name, bundle, ctx.dir)] : [])),
      ...partyNames.filter((n) => head.includes(n)),
      ...(first === undefined ? [] : [...headParties(head, bundle.entities[first.item.id] ?? []), ...orgsOf(first)]),
    ];
  };
  // …and every form the story's articles write those companies in (NVIDIA / 英伟达): another company's figure is one
  // of a company none of them names (decision 189).
  const partyForms = (names: readonly string[]): string[] => {
    const set = new Set(names);
    const forms = Object.values(bundle.entities).flatMap((ms) =>
      ms.filter((m) => m.type === 'org' && (set.has(m.name) || set.has(m.text))).flatMap((m) => [m.text, m.name]),
    );
    return [...new Set([...names, ...forms])];
  };
  // …and the companies of every clause of the head (a later clause's company is the story's too).
  const headOrgs = (): string[] => [
    ...findEntities(headline, ctx.gaz).flatMap((m) => (m.type === 'org' ? [m.text, m.name] : [])),
    ...partyNames.filter((n) => headline.includes(n)),
  ];
  // Background (an earlier year, an earlier period of a measure also given for a later one, a company the story is
  // not about) is never a key figure.
  const keyFacts = new Set(facts.filter((f) => !f.past && !side(f, undefined, false)).map((f) => factKey(f.item.id, f.figure)));
  const isKey = (f: Figure, item: ItemRecord) => keyFacts.has(factKey(item.id, f));
  const bold = (s: SourceSentence) => boldFigures(s, (f) => isKey(f, s.item));
  // A bare subject printed after another company's sentence is named (decision 152); a unit is its owner's.
  const groupOf = (n: string) => ownerOf(n, ctx.gaz) ?? n;
  const nameBare = (w: string, s: SourceSentence, prev: SourceSentence | undefined) =>
    namedSubject(
      w,
      s,
      prev,
      (x) => bundle.entities[x.item.id] ?? [],
      (a, b) => groupOf(a) === groupOf(b),
    );
  const all = sourceSentences(bundle, null);
  const zhItems = bundle.items.filter((i) => i.lang !== 'en' && isChinese(`${i.title}${i.text.slice(0, 300)}`));
  const sources = sourceRefs(bundle, ctx.outlets);
  const paragraphs: string[] = [];
  let headline: string;
  /** The headline is the engine's (an English story's, a follow-up's from a fact), not a source's title. */
  let built = true;
  // Nothing in the story is news today: every headline figure was told on an earlier day.
  let toldBefore = false;
  // The composed tie the lead says (decision 148): the digest keeps it once (digest.ts `onceTies`).
  let tie: DigestStory['tie'];
  let oneLine: string;
  let eventLine: string | undefined;
  /** Sentences the lead prints as its source's answer (decision 153): no sentence of news, so no top story's worth. */
  let answered: string[] = [];
  let keyFact: StoryFact | undefined;
  let keyFigure: Figure | null = null;
  let original: string | undefined;
  let composed: Composed | undefined;
  const used = new Set<SourceSentence>();
  /** The item whose title heads a story with Chinese sources. */
  let headItem: ItemRecord | undefined;
  /** …its title, its lead's sentences (the story's first paragraph) and whose sentences are another company's. */
  let headTitle: string | undefined;
  let leadChosen: SourceSentence[] | undefined;
  let foreignTo: ((s: SourceSentence | undefined) => boolean) | undefined;
  const heldOn = (head: string) => {
    const named = new Set(findEntities(head, ctx.gaz).map((m) => m.name));
    // …its subject, or the party it is paid to (an investor's ticket into the head's company is about that company).
    const names = (n: string | undefined) => n !== undefined && (named.has(n) || head.includes(zhName(n, bundle, ctx.dir)));
    const ofHead = (f: StoryFact) => names(f.claim.subject) || names(f.claim.counterparty);
    return (s: SourceSentence) =>
      s.figures.flatMap((x) => {
        const f = facts.find((g) => g.item.id === s.item.id && !g.past && sameNumber(x, g.figure));
        return f && !conversion(f) && ofHead(f)
          ? [
              {
                ran:
                  follow.ran(f) ||
                  earlierStated.some((e) => sameNumber(e, x)) ||
                  (bundle.earlierPrinted !== undefined && rangeRan(bundle, f)),
              },
            ]
          : [];
      });
  };
  if (zhItems.length > 0) {
    const pick = bestChineseItem(zhItems, facts, ctx, follow);
    headItem = pick.item;
    headTitle = pick.item.title;
    let h = followUpHeadline(pick.title, bundle, facts, follow, ctx, pick.item.id);
    // A title that asks (`字节…背后：国产GPU拿到多大份额？`) or a column's feature title heads the story only when no fact
    // of it can: the best fact that a headline may state comes first.
    // So does a title naming no one (a broker note's own title, `AI驱动成长，业绩拐点已至`): the lead fact heads it, owner
    // and event and figure. A claim's subject named in it is a subject.
    const subjects = [...new Set(facts.map((f) => f.claim.subject))].filter((n) => [...n].length >= 2);
    const nobody = (x: string) => !hasSubject(x, ctx.gaz, (t) => subjects.some((n) => t.includes(n)));
    // …and a title of no head's shape (an outlet's quoted phrase, a title cut before its object: head-shape.ts).
    if (featureTitle(h.headline) || nobody(h.headline) || misshapenHead(h.headline) !== undefined) {
      const asking: FollowUp = {
        ...follow,
        printed: (x) => follow.printed(x) || featureTitle(x) || nobody(x) || misshapenHead(x) !== undefined,
      };
      const stated = followUpHeadline(h.headline, bundle, facts, asking, ctx, pick.item.id, true);
      if (!stated.told) h = stated;
      else {
        // No fact may head it (its figure disputed): the news a framing phrase frames heads it, the phrase dropped.
        // …or the news a title states before its colon, the frame after it dropped (Meta借道合资公司发债：…背后的算力账).
        const plain = unframed(h.headline) ?? newsBeforeFrame(h.headline);
        if (plain !== undefined && !nobody(plain)) h = { ...h, headline: plain };
      }
    }
    ({ headline, told: toldBefore } = h);
    built = h.changed;
    // A title's 元 that its source states in another currency (新台币, 港元) says so.
    const stated = all.filter((s) => s.item.id === pick.item.id).flatMap((s) => s.figures);
    // …and an amount it wrote with no currency at all (`募资62亿`) takes the currency its source states it in.
    headline = bareAmounts(foreignYuan(headline, stated), stated);
    // A head of a broker's call names the broker its source's sentence names (中金：某芯科技目标价上调至520元).
    headline = brokerFirst(
      headline,
      all.filter((s) => s.item.id === pick.item.id).map((s) => s.sentence.text),
      ctx.gaz,
    );
    // …and a head of a rating kept says the target move its source's sentence states (target-head.ts, decision 167).
    headline = targetMoveHead(
      headline,
      all.filter((s) => s.item.id === pick.item.id).map((s) => s.sentence.text),
    );
    // …and a clause that ends on an effect its next clause suffers is said as that cause (受…冲击: cause-clause.ts, 188).
    headline = causeClauses(headline, HEADLINE_MAX);
    // The headline links to the source whose title it is.
    sources.sort((a, b) => Number(b.itemId === pick.item.id) - Number(a.itemId === pick.item.id));
    const foreign = aboutOther(h.headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]);
    const lead = chineseLead(all, pick.item, {
      maxSentences: style === 'stories' ? 3 : 2,
      maxChars: style === 'stories' ? 260 : 200,
      isKey,
      stale: retold,
      colour: colourUnder(h.headline),
      results: reportHeadline(h.headline),
      headline: h.headline,
      foreign,
      another: (s) => opensOnOther(s, h.headline, bundle.entities[s.item.id] ?? []),
      ...ownNameOf(h.headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]),
      drifts: driftsAfter(h.headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]),
      whom: aboutWhom(h.headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]),
      heads: headsOf(h.headline, bundle.entities[pick.item.id] ?? [], ctx.gaz, [
        ...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir))),
      ]),
      // A follow-up (the story's own earlier days, or a headline told before) leads with what is new.
      ...(follow.any || h.changed
        ? {
            // A figure whose measure ran with another value (the day's figure in dispute with the one printed).
            disputes: (s: SourceSentence) =>
              facts.some(
                (f) =>
                  f.item.id === s.item.id &&
                  s.figures.some((x) => sameNumber(x, f.figure)) &&
                  !seen(f) &&
                  f.claim.statements.some((st) => st.itemId !== f.item.id && follow.ran({ ...f, figure: st.figure })),
              ),
            // With what the digests printed known, a sentence is fresh as a 续报 line is (decision 119's first-fact rule):
            // yesterday's revenue and growth with a guidance midpoint never printed (约152亿 of a printed 148亿至156亿)
            // is the results again. Without it, any fact that did not run makes it fresh (as before).
            fresh: (s: SourceSentence) => {
              const held = s.figures.flatMap((x) => {
                const f = facts.find((g) => g.item.id === s.item.id && sameNumber(x, g.figure));
                return f ? [{ ran: seen(f) }] : [];
              });
              if (bundle.earlierPrinted) return dayTwoTelling(held) === 'new';
              return facts.some((f) => f.item.id === s.item.id && !seen(f) && s.figures.some((x) => sameNumber(x, f.figure)));
            },
          }
        : {}),
    });
    // A news sentence chosen over an earlier level or margin keeps its place at the top (decision 086).
    const opening = promotedOpening(lead);
    // The headline's news is in the body: a headline figure the lead does not print brings its sentence along.
    append(lead, headlineBacking(headline, lead, all, pick.item));
    // …and so is every company it names.
    append(lead, nameBacking(headline, lead, all, pick.item, bundle.entities[pick.item.id] ?? []));
    // …and the event it names (融资, 收购, 关税…), not only its figure.
    append(lead, eventBacking(headline, lead, all, pick.item, foreign));
    // …and every clause of it (a market reaction, a participant, a guidance change): the sentence telling it comes along.
    const backed = clauseBacking(headline, lead, all, pick.item, foreign, headNames(headline, ctx.gaz, partyNames));
    append(lead, backed);
    // …and every clause of its source's opening (a loss warning, a related contract, a buyback, a beat): decision 099. A
    // market wrap's opening tells index moves and records, never the story's event: nothing to back from it.
    if (!marketWrapTitle(pick.item.title))
      append(
        lead,
        openingBacking(
          openingOf(
            pick.item.title,
            all.filter((s) => s.item.id === pick.item.id),
          ),
          lead,
          backingPool(all, pick.item, lead),
          (x, chosen) =>
            !leansOn(x.sentence.text) ||
            afterOwn(x, chosen, foreign) ||
            ofOwnCompany(x, chosen, openingCompany(headline, bundle.entities[pick.item.id] ?? []), foreign),
        ),
      );
    // …and every news item of its source's title the lead does not tell (`甲…当乙基石投资人 巩固AI服务器订单`): the
    // source's sentence telling it, within the lead's length (decision 155). A feature's title names no news items.
    if (!featureTitle(pick.item.title))
      append(
        lead,
        titleBacking(
          pick.item.title,
          lead,
          backingPool(all, pick.item, lead).filter((x) => !FIRST_PERSON.test(x.sentence.text)),
          (x, chosen) => !leansOn(x.sentence.text) || afterOwn(x, chosen, foreign),
          style === 'stories' ? 260 : 200,
        ),
      );
    // An industry total naming no party of the headline does not stand between the event and what follows it.
    lead.splice(0, lead.length, ...withoutGluedBackground(lead, headParties(headline, bundle.entities[pick.item.id] ?? []), leansOn));
    inLeadOrder(lead, opening);
    // A clause's own sentence comes before what tells none of the head's clauses, never last (decision 111).
    const names = headNames(headline, ctx.gaz, partyNames);
    lead.splice(
      0,
      lead.length,
      ...headFirst(
        lead,
        backed.filter((s) => lead.includes(s)),
        (s) => tellsHeadClause(headline, s.sentence.text, names, false),
      ),
    );
    // …and a rumoured figure with the company's answer its sources carry (公司回应称…), after it.
    append(lead, responseBacking(lead, all));
    // …and both legs of a financing loop the knowledge layer holds (A invests in B, B buys from A), one leg told.
    append(lead, loopBacking(lead, all, bundle.deals, usable));
    // A feature title over a loop the knowledge layer holds (`…既是股东又是供应商的循环账本`) opens its lead on the loop's legs.
    // So does one whose feature title a fact head replaced: the title's claim is the loop its own article tells.
    if (featureTitle(headline) || featureTitle(pick.title)) {
      const legs = loopLegs(all, bundle.deals, usable, (s) => s.item.id === pick.item.id);
      if (legs.some((s) => s.item.id === pick.item.id)) {
        const same = (a: SourceSentence, b: SourceSentence) => a.item.id === b.item.id && a.sentence.index === b.sentence.index;
        for (const s of all.filter((x) => legs.some((l) => same(l, x)))) used.add(s);
        lead.splice(0, lead.length, ...legs, ...lead.filter((s) => !legs.some((l) => same(l, s))));
        // …and the loop heads the story, each leg with its amount, when it fits a head.
        const loop = storyLoop(bundle.deals) ?? [];
        const told = loopHead(
          loop,
          all,
          (e, first) => (first ? fullZhName(e, bundle, ctx.dir) : zhName(e, bundle, ctx.dir)),
          renderFigureZh,
          ctx.templates.sentences.deal as string,
          HEADLINE_LIMIT,
        );
        if (told !== undefined) {
          headline = told;
          built = true;
        }
      }
    }
    // …and a round's valuation and lead investor, from whichever source of the story tells them (decision 092).
    lead.splice(0, lead.length, ...afterRound(lead, roundBacking(lead, all, usable)));
    // A market overview glued between the news sentences goes after them (decision 123).
    lead.splice(0, lead.length, ...backgroundLast(lead, leansOn));
    // …and a forward date (11月28日，…将在港交所敲钟) after the facts it would part (decision 170).
    lead.splice(0, lead.length, ...forwardDateLast(lead));
    // …and an opening index figure or share move after the dateline sentence that follows it (decision 170).
    lead.splice(0, lead.length, ...datelineFirst(lead));
    // A reply stands right after the claim it answers, and goes with it (decision 130).
    lead.splice(0, lead.length, ...pairedReplies(lead, all));
    // …and a party's reply to a printed fact of its topic stands after it, though the claim it answers is not printed (decision 161).
    lead.splice(0, lead.length, ...topicReplies(lead, all));
    // A sentence summing or comparing figures goes without every figure it uses (decision 136).
    lead.splice(0, lead.length, ...withFiguresItUses(lead));
    // …and the article's colour (how peers see the trend, naming no party) is no sentence of it (decision 136).
    const parties = [
      ...headParties(headline, bundle.entities[pick.item.id] ?? []),
      ...facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)),
    ];
    lead.splice(0, lead.length, ...withoutPeerColour(lead, parties, leansOn, (s) => backed.includes(s)));
    // …nor another company's aside (供应链方面，<a company none of the parties>…: decision 144).
    const withoutAside = withoutOtherAside(lead, asideParties(lead[0]), orgsOf, (s) => backed.includes(s));
    // …and an aside out of the lead is no figure-paragraph sentence either: it would take the slot of the story's own.
    for (const s of lead) if (!withoutAside.includes(s)) used.add(s);
    lead.splice(0, lead.length, ...withoutAside);
    // …nor, under a deal's head, a market tally or a company's monthly report glued after it (decision 160).
    const withoutTally = withoutGluedTally(lead, headline, leansOn, (s) => backed.includes(s));
    for (const s of lead) if (!withoutTally.includes(s)) used.add(s);
    lead.splice(0, lead.length, ...withoutTally);
    // …nor another company's figure (a rival's profit, a peer's growth: decision 189).
    const withoutOther = withoutOtherFigure(lead, headline, partyForms([...asideParties(lead[0]), ...headOrgs()]), companiesOf, (s) =>
      backed.includes(s),
    );
    for (const s of lead) if (!withoutOther.includes(s)) used.add(s);
    lead.splice(0, lead.length, ...withoutOther);
    // …nor a sentence pointing at a customer, a round or a deal nothing printed before it names (该客户, 上述融资).
    const introduced = withoutUnintroduced(lead, headline, [], true);
    for (const s of lead) if (!introduced.includes(s)) used.add(s);
    lead.splice(0, lead.length, ...introduced);
    // A sentence opening on 随后 / 此后 after another than its source's previous one loses the connective (decision 105).
    for (const s of lead) used.add(s);
    lead.splice(0, lead.length, ...withoutDanglingConnective(lead, leansOn));
    // …and a subject's 同时 away from the sentence it continues loses the word (惠普同时预估… → 惠普预估…: decision 133).
    lead.splice(0, lead.length, ...withoutDanglingSameTime(lead));
    for (const s of lead) used.add(s);
    // Parties the sources tie both ways (an investor that is also the supplier) get the tie said right after the deal's
    // sentence, from the edges the knowledge layer read (decision 146).
    const tieRead = (xs: readonly SourceSentence[]): TieSentence[] =>
      xs.map((s) => ({
        text: s.sentence.text,
        names: (bundle.entities[s.item.id] ?? []).filter((m) => m.start >= s.sentence.start && m.start < s.sentence.end).map((m) => m.name),
      }));
    // A source's own sentence saying one party is both (基石投资者之一…同时是…最大供应商) goes in after the sentence
    // naming both; else the composed tie (`leadTie`, 「A既是B的领投方，也是其供应商。」), which reads a paying-back edge
    // only where its own sentence says who buys from whom (向X采购, X为其提供, to buy … from): an edge's label alone once
    // named a customer as the cloud provider (decisions 146, 148). The digest says a composed tie once, and not when a
    // recent digest said it (digest.ts `onceTies`).
    const forms = (e: string): string[] => [
      zhName(e, bundle, ctx.dir),
      ...Object.values(bundle.entities).flatMap((ms) => ms.filter((m) => m.name === e).map((m) => m.text)),
    ];
    // A loop its source draws in the sentence right after one the lead prints (这意味着…回流到腾讯自身) comes in after it
    // (decision 180); the tie rules below then stay silent, the lead saying a tie.
    const said = saidLoop(
      lead,
      all,
      (s) => tieRead([s])[0]?.names ?? [],
      (x) => usable(x) && !lead.includes(x) && !used.has(x),
    );
    if (said) {
      lead.splice(said.after + 1, 0, said.sentence);
      used.add(said.sentence);
    }
    // A tie its source tells in its own neighbouring sentences (A持有B股份；B向A采购), neither leg in the lead: the legs
    // come in, in the source's words, after the lead's sentence before them (decision 169).
    const ownTie = sourceTie(
      lead,
      all,
      bundle.deals,
      (s) => tieRead([s])[0]?.names ?? [],
      (x) => usable(x) && !lead.includes(x) && !used.has(x),
      (e) => zhName(e, bundle, ctx.dir),
    );
    if (ownTie) {
      lead.splice(ownTie.after + 1, 0, ...ownTie.legs);
      for (const s of ownTie.legs) used.add(s);
    }
    const told = ownTie ? undefined : toldTie(tieRead(lead), bundle.deals);
    const toldSentence = told
      ? all.find((x) => states(x, told.edge) && usable(x) && !lead.includes(x) && !used.has(x) && !leansOn(x.sentence.text))
      : undefined;
    if (told && toldSentence) {
      // …before the first sentence leaning on a party it introduces (decision 160), else after the sentence naming both.
      lead.splice(tieAt(tieRead(lead), [told.edge.from, told.edge.to], told.after), 0, toldSentence);
      used.add(toldSentence);
    }
    const composedTie =
      ownTie || (told && toldSentence) ? undefined : leadTie(tieRead(lead), bundle.deals, (e) => zhName(e, bundle, ctx.dir), { forms });
    const tieAfter = composedTie ? lead[composedTie.after] : undefined;
    if (composedTie) tie = { text: composedTie.text, parties: composedTie.parties };
    // A follow-up's lead sentence ends on its news: trailing clauses re-telling what an earlier digest printed of the
    // event go (decision 171).
    const shown = (s: SourceSentence) => bold(follow.any || toldAny ? withoutRetold(s) : s);
    const withTie = (s: SourceSentence) =>
      s === tieAfter && composedTie ? `${shown(s).replace(/[；;，,]$/u, '。')}${composedTie.text}` : shown(s);
    if (lead.length > 0) paragraphs.push(joinChosen(lead, withTie, true, nameBare));
    if (lead.length > 0) leadChosen = lead;
    foreignTo = foreign;
    keyFact = headlineFigure(headline, facts, pick.item);
    keyFigure = keyFact?.figure ?? null;
    // A follow-up's line (under 更多动态) says what is new: the first sentence standing alone with a figure that did not
    // run before, never yesterday's figures again.
    // A sentence is news when what it tells that ran does not outweigh what did not (decision 119): the first sentence
    // of a day-three wire retelling yesterday's 16% and 884亿 with a conversion aside is no news; the peers' moves or the
    // half-year capex after it are. The story's other sources of the day count too.
    const fresh = (s: SourceSentence) =>
      s.figures.some((x) => facts.some((f) => f.item.id === s.item.id && !f.past && !seen(f) && sameNumber(x, f.figure)));
    const held = heldOn(headline);
    const news = toldBefore
      ? (dayTwoNews(
          [...lead, ...all.filter((s) => s.item.id === pick.item.id), ...all.filter((s) => s.item.id !== pick.item.id && s.lang === 'zh')],
          held,
          (s) => usable(s) && !leansOn(s.sentence.text) && !FIRST_PERSON.test(s.sentence.text),
        ) ??
        // …else the first sentence with a figure that did not run (decision 106's line).
        [...lead, ...all.filter((s) => s.item.id === pick.item.id)].find((s) => fresh(s) && !leansOn(s.sentence.text)))
      : lead[0];
    oneLine = news ? closeSentence(dropOutletTag(bold(toldBefore ? lineWithoutSameTime(news) : news))) : headline;
    // A line on a claim its lead prints with the answer (a no-comment, a denial, a rebuttal paired after it) keeps that
    // answer: a brief never tells one side (decision 153).
    const answerOf = news !== undefined && news === lead[0] && claimedSentence(news.sentence.text) ? lead[1] : undefined;
    if (answerOf && replySentence(answerOf.sentence.text)) oneLine = `${oneLine}${closeSentence(dropOutletTag(bold(answerOf)))}`;
  } else {
    // A broker's note (cited 据…研报) is news of its rating: the broker by its Chinese name, never an English one.
    const noteOutlet = sources.find((x) => x.outlet !== UNNAMED_LINK)?.outlet;
    const broker = noteOutlet?.endsWith('研报') ? brokerZh(noteOutlet.slice(0, -2), ctx) : undefined;
    composed = composeEnglish(bundle, facts, {
      dir: ctx.dir,
      gaz: ctx.gaz,
      templates: ctx.templates,
      side,
      ...(broker !== undefined ? { broker: printableBroker(broker) ? broker : '' } : {}),
      // Only what a digest printed counts (decision 129): with no digests at hand nothing is withheld.
      // Another story's item told it (`toldBefore`): printed figures only, by construction.
      ...((follow.any && bundle.earlierPrinted !== undefined) || Object.keys(bundle.toldBefore ?? {}).length > 0
        ? {
            printedBefore: (f: StoryFact) => seen(f) || currencyTwinRan(bundle, f),
            earlierOther: (f: StoryFact) => (seen(f) ? undefined : earlierOtherValue(bundle, f)),
          }
        : {}),
    });
    const head = followUpHeadline(composed.headline, bundle, facts, follow, ctx);
    ({ headline, told: toldBefore } = head);
    // A follow-up headed by a fact the composed lead does not state (the day's new valuation under yesterday's round)
    // leads with it: the lead tells the event its headline names.
    const headFact = head.fact;
    const headSentence =
      headFact && !composed.used.some((u) => sameNumber(u.figure, headFact.figure))
        ? claimSentence(headFact, bundle, { dir: ctx.dir, gaz: ctx.gaz, templates: ctx.templates })
        : undefined;
    if (headFact && headSentence) {
      const subject = zhName(headFact.claim.subject, bundle, ctx.dir);
      const merged = mergeSameSubject([
        { subject, text: headSentence },
        ...(composed.event ? [{ subject: composed.event.startsWith(subject) ? subject : '', text: `${composed.event}。` }] : []),
      ]);
      composed = {
        ...composed,
        event: (merged[0] as string).replace(/。$/, ''),
        sentences: [...merged.slice(1), ...composed.sentences],
        used: [headFact, ...composed.used],
        // The headline's fact and the event told in one sentence are two sentences' worth.
        merged: (composed.merged ?? 0) + (merged.length === 1 && composed.event ? 1 : 0),
        ...(headFact.rumoured ? { rumoured: true } : {}),
      };
    }
    // The lead is reported by the source its fact comes from (a results call's guidance is the call's, not the wire's).
    const keyOfLead = composed.keyFigure;
    const leadItem = composed.used.find((u) => u.figure === keyOfLead)?.item.id;
    const named = (
      sources.find((s) => s.itemId === leadItem && s.outlet !== UNNAMED_LINK) ?? sources.find((s) => s.outlet !== UNNAMED_LINK)
    )?.outlet;
    // A call transcript is cited, not reported: 据业绩电话会实录，…; a lead given on the word of unnamed people says so
    // (据路透社援引知情人士报道).
    const reported = ((named && isRecordOutlet(named) && ctx.templates.sentences.reportedRecord) ||
      (composed.rumoured && ctx.templates.sentences.reportedRumour) ||
      ctx.templates.sentences.reported) as string;
    // A company's results told from its own call are its own words (惠普公布…业绩), not a document's: no 据…实录; a broker the
    // tables name only in English is 券商 (据券商研报), never its English name.
    const own = composed.resulted && named !== undefined && isRecordOutlet(named) && !named.endsWith('研报');
    const citedBroker = named?.endsWith('研报') ? brokerZh(named.slice(0, -2), ctx) : undefined;
    const cited = citedBroker !== undefined ? (printableBroker(citedBroker) ? `${citedBroker}研报` : '券商研报') : named;
    // A lead figure its source gives as an analyst's or industry people's estimate is told as theirs (decision 161).
    const estimated = estimatedLead(bundle, composed, ctx.dir);
    if (estimated !== undefined) {
      // Its headline, when it tells the same figure as a possibility, is the estimator's too (…预计戴尔在手订单将增至…).
      const figure = composed.keyFigure ? renderFigureZh(composed.keyFigure) : undefined;
      if (figure !== undefined && headline.includes(figure) && !/（[^（）]*）$|预计|预期|估计/u.test(headline))
        headline = withEstimator(estimated.opening.replace(/，$/u, ''), headline.replace(/^传/u, ''));
      composed = { ...composed, event: estimated.event };
    }
    const event = composed.event
      ? cited && !composed.brokered && !own
        ? fill(reported, { source: cited, event: composed.event })
        : composed.rumoured && ctx.templates.sentences.rumour
          ? fill(ctx.templates.sentences.rumour, { sentence: `${composed.event}。` })
          : `${composed.event}。`
      : '';
    // The source's answer to the lead's claim (its parties' no-comment after a rumour, the company's appeal after a
    // sanction) follows the claim (decision 153).
    // Its parties are those the claim's own sentence names: a party the lead introduces later is not met yet.
    const answer = event === '' ? undefined : composedAnswer(bundle, composed, leadItem, event, ctx.dir);
    // A rumour's later-named parties answer after the sentences naming them; its source's note that the deal is not
    // settled (terms could change, talks may fail) closes it (decision 165).
    const settledNot = event === '' ? undefined : rumourNotes(bundle, composed, leadItem, event, ctx.dir);
    // The lead's no-comment of one kind with a later party's is said once, after them all (decision 175).
    const bodyAnswer = settledNot?.joined ? undefined : answer;
    const body = [event, bodyAnswer ?? '', ...composed.sentences, settledNot?.later ?? '', settledNot?.caveat ?? ''].filter(
      (s) => s !== '',
    );
    answered = [bodyAnswer, settledNot?.later, settledNot?.caveat].filter((s): s is string => s !== undefined);
    const amounts = [...(composed.keyFigure ? [composed.keyFigure] : []), ...composed.used.map((u) => u.figure)].map((f) =>
      renderFigureZh(f),
    );
    if (body.length > 0) paragraphs.push(boldAmounts(body.join(''), amounts));
    // A lead figure its sentence does not vouch for is no part of a line: the event in words, as the lead cites it.
    if (composed.unsure !== undefined)
      eventLine =
        composed.unsure === ''
          ? ''
          : cited && !composed.brokered && !own
            ? `${fill(reported, { source: cited, event: composed.unsure })}${answer ?? ''}`
            : `${composed.unsure}。${answer ?? ''}`;
    // A story that is one 更多动态 line says its lead only: the further template sentences are no part of a line.
    oneLine = [event, answer ?? '', settledNot?.caveat ?? '', composed.lone ? '' : (composed.sentences[0] ?? '')].join('') || headline;
    keyFigure = composed.keyFigure;
    keyFact = composed.used[0];
    const first = bundle.items[0];
    original = first ? englishOriginal(first) : undefined;
  }
  const pool = all.filter((s) => usable(s));
  // A figure the sources disagree on is written with both values and both sources (stories style: its own paragraph).
  // A comparison sets the story's own figure against another outlet's: one whose values the story's body does not print
  // (an A-share story comparing a results figure it never states) compares nothing the reader has just read.
  const notes: ConflictNotes = { settled: [], reconciled: [] };
  // A dispute the body told with the earlier printed value beside today's (decision 149) has no comparison line too.
  const comparedLines = composed?.compared ? conflictSentences({ ...bundle, claims: composed.compared }, ctx.dir) : [];
  const conflicts =
    style === 'stories'
      ? conflictSentences(bundle, ctx.dir, notes).filter((c) => printsValueOf(c, paragraphs) && !comparedLines.includes(c))
      : [];
  if (style === 'stories' && conflicts.length === 0 && zhItems.length > 0) {
    const colourful = colourUnder(headline);
    const covered = [...used].flatMap((s) => s.figures);
    // The story's companies are the headline's and those its printed body names (a group's members, `四大云厂商` then
    // `亚马逊、Alphabet、Meta和微软`).
    const whom = aboutWhom(headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]);
    // A paragraph of its own is the story's: never a sentence naming only other companies. A sentence naming no company
    // is the story's event told on (`香港公开发售部分获超额认购约3180倍`, `所得款项净额约57亿港元`).
    const ours = (s: SourceSentence) => whom(s, paragraphs.join('')) !== 'other';
    const drifts = driftsAfter(headline, ctx.gaz, [...new Set(facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)))]);
    const extra = pool
      .filter((s) => !used.has(s) && s.figures.some((f) => isKey(f, s.item) && !covered.some((c) => sameNumber(c, f))))
      // Filler is no paragraph of the story: a sentence naming only other companies (a peer's close, another
      // supplier's sales).
      .filter(ours)
      // Read without the sentence before it, a paragraph's sentence must stand alone: never the clause after a ； of
      // a list (`其中亚马逊2000亿美元领跑…；Meta 1250亿美元（…区间的中值）。`), which goes with the clause before it.
      .filter((s) => !leansOn(s.sentence.text) && !afterSemicolon(s) && !introducedEarlier(s))
      // A broker's or an author's own voice (我们将…预测上调) is theirs, not the digest's.
      .filter((s) => !FIRST_PERSON.test(s.sentence.text))
      // Nor a sentence of figures an earlier day's digest printed.
      .filter((s) => !retold(s))
      // Nor a payout ratio whose profit the story does not print.
      .filter((s) => !ratioWithoutBase(s.sentence.text, paragraphs))
      // Nor a sum or a multiple using a figure the story does not print (decision 136).
      .filter((s) => !usesUnprintedIn(s, paragraphs))
      // News before colour (a market value, a year-to-date move, an industry voice), then by score.
      .sort((a, b) => Number(colourful(a.sentence.text)) - Number(colourful(b.sentence.text)) || b.score - a.score)
      // Two sentences, never the second read as the first's company (owner drift: a bare 公司 after another company).
      .reduce<SourceSentence[]>((out, s) => {
        if (out.length >= 2) return out;
        const pair = [...out, s].sort((a, b) => (a.item.id === b.item.id ? a.sentence.index - b.sentence.index : 0));
        return pair.some((x, i) => i > 0 && drifts(pair[i - 1] as SourceSentence, x)) ? out : pair;
      }, [])
      // The article's colour naming no party goes, and its slot stays empty: the next sentence of the pool is no
      // better chosen for being next (an aside, a sanction without its rebuttal; decision 136).
      .filter((s) => !peerColour(s, [...facts.map((f) => zhName(f.claim.subject, bundle, ctx.dir)), ...partyNames], true))
      .sort((a, b) => (a.item.id === b.item.id ? a.sentence.index - b.sentence.index : 0));
    // …and another company's aside, with the sentence going on about it, leaves its slot empty too (decision 144).
    extra.splice(
      0,
      extra.length,
      ...withoutOtherAside([...(leadChosen?.slice(0, 1) ?? []), ...extra], asideParties(leadChosen?.[0]), orgsOf).filter((s) =>
        extra.includes(s),
      ),
    );
    // …and a deal story's glued tally or monthly report leaves its slot empty too (decision 160).
    extra.splice(
      0,
      extra.length,
      ...withoutGluedTally(
        [...(leadChosen?.slice(0, 1) ?? []), ...extra],
        headline,
        () => false,
        () => false,
      ).filter((s) => extra.includes(s)),
    );
    // …and another company's figure leaves its slot empty too (decision 189).
    extra.splice(
      0,
      extra.length,
      ...withoutOtherFigure(
        [...(leadChosen ?? []), ...extra],
        headline,
        partyForms([...asideParties(leadChosen?.[0]), ...headOrgs()]),
        companiesOf,
      ).filter((s) => extra.includes(s)),
    );
    // …and a pointer at what nothing printed names leaves its slot empty (decision 160).
    extra.splice(
      0,
      extra.length,
      ...withoutUnintroduced(
        extra,
        headline,
        (leadChosen ?? []).map((s) => s.sentence.text),
        false,
      ),
    );
    // …each with the clause after its `；` when that clause gives a figure the story does not print (decision 156).
    extra.splice(
      0,
      extra.length,
      ...withContinuations(
        extra,
        pool,
        (next, after) =>
          !used.has(next) &&
          next.figures.some((f) => isKey(f, next.item) && !covered.some((c) => sameNumber(c, f))) &&
          ours(next) &&
          // …never a clause opening on a company the headline does not name (`沐川智能则公告称…` under another's head).
          foreignTo?.(next) !== true &&
          !opensOnOther(next, headline, bundle.entities[next.item.id] ?? []) &&
          !drifts(after, next) &&
          !FIRST_PERSON.test(next.sentence.text) &&
          !retold(next) &&
          !colourful(next.sentence.text) &&
          !unattributedQuote(next.sentence.text) &&
          !ratioWithoutBase(next.sentence.text, paragraphs) &&
          !usesUnprintedIn(next, paragraphs),
      ),
    );
    // …and the loop its source draws right after one of them (decision 180), when the lead said none.
    const extraLoop =
      tie !== undefined
        ? undefined
        : saidLoop(
            extra,
            pool,
            (s) =>
              (bundle.entities[s.item.id] ?? []).filter((m) => m.start >= s.sentence.start && m.start < s.sentence.end).map((m) => m.name),
            (x) => !used.has(x) && !extra.includes(x) && !FIRST_PERSON.test(x.sentence.text),
            leadChosen ?? [],
          );
    if (extraLoop) extra.splice(extraLoop.after + 1, 0, extraLoop.sentence);
    // …each claim with the reply its source prints after it (decision 130).
    // (Every sentence of it is an aside: a claim whose reply cannot be printed goes; decision 142.)
    const answered = pairedReplies(extra, all, { asides: true }).filter((s) => extra.includes(s) || !used.has(s));
    for (const s of answered) used.add(s);
    if (answered.length > 0) paragraphs.push(joinChosen(answered, (s) => dropOutletTag(bold(s)), false, nameBare));
  }
  // A broker's note cited beside the story's own report is told by its call, the note's news (decision 179).
  if (style === 'stories' && composed === undefined && headItem && paragraphs.length > 0) {
    const head = headItem;
    const cited = bundle.items
      .filter((i) => i.id !== head.id)
      .flatMap((item) => {
        const outlet = itemSources(item, ctx.outlets).find((x) => x.outlet !== UNNAMED_LINK)?.outlet;
        if (!outlet?.endsWith('研报')) return [];
        const broker = brokerZh(outlet.slice(0, -2), ctx);
        return [{ item, broker: printableBroker(broker) ? broker : '' }];
      });
    const call = cited.length > 0 ? citedNoteCall(bundle, cited, paragraphs.join(''), ctx) : undefined;
    if (call) paragraphs.push(call);
  }
  // A second source's title item the body leaves out (its headline's backlog, its price cut) is told by that source's
  // own sentence, after the lead (decision 191).
  if (style === 'stories' && composed === undefined && headItem && paragraphs.length > 0) {
    const head = headItem;
    const printed = paragraphs.join('').replace(/\*\*/gu, '');
    // Its sentence stands alone: a bare subject (该公司, 其) is written as its owner's name.
    const mentionsOf = (x: SourceSentence) => bundle.entities[x.item.id] ?? [];
    const same = (a: string, b: string) => groupOf(a) === groupOf(b);
    const named = (w: string, x: SourceSentence) => ownerNamed(w, x, mentionsOf, same) ?? w;
    const told = secondTitleSentences(
      bundle.items
        .filter((i) => i.id !== head.id && !featureTitle(i.title))
        .map((item) => ({ item, fact: (f: Figure) => facts.some((g) => g.item.id === item.id && sameNumber(g.figure, f)) })),
      pool.filter(
        (s) =>
          !used.has(s) &&
          s.sentence.text.length <= 160 &&
          !leansOn(named(dropOutletTag(s.sentence.text), s)) &&
          !afterSemicolon(s) &&
          !introducedEarlier(s) &&
          !FIRST_PERSON.test(s.sentence.text) &&
          !retold(s) &&
          !ratioWithoutBase(s.sentence.text, paragraphs) &&
          !usesUnprintedIn(s, paragraphs) &&
          !printed.includes(dropOutletTag(s.sentence.text)),
      ),
      printed,
      extractFigures(printed),
    );
    for (const s of told) used.add(s);
    if (told.length > 0) paragraphs.push(joinChosen(told, (s) => named(dropOutletTag(bold(s)), s), false, nameBare));
  }
  // The headline tells what the body tells: a headline figure whose sentence could not be printed (it leans on one that
  // cannot stand, it is too long) goes with its clause, or the headline is rebuilt from a fact the body prints.
  if (headItem && paragraphs.length > 0 && headlineUntold(headline, paragraphs.join('')).length > 0) {
    const rebuilt = bodyHeadline(headline, paragraphs.join(''), bundle, facts, follow, ctx, headItem.id);
    if (rebuilt !== undefined) {
      headline = rebuilt;
      built = true;
      keyFact = headlineFigure(headline, facts, headItem);
      keyFigure = keyFact?.figure ?? null;
    }
  }
  // …and every clause of it: a title's clause no sentence of the body tells (a market reaction, a participant, a
  // framing phrase `华尔街开始算回报账`) goes, what is left still heading the story (its subject kept, 8 characters or more).
  const inHead = (h: string) => headNames(h, ctx.gaz, partyNames);
  if (headItem && paragraphs.length > 0 && headlineClausesUntold(headline, paragraphs.join(''), inHead(headline)).length > 0) {
    const body = paragraphs.join('');
    const rest = untoldClauses(
      headline,
      (c) => !clauseTold(c.replace(/[，,：:；;]$/u, ''), body, 1 / 5, namesOfLater(headline, c, inHead(headline))),
      ctx,
      [],
      figureOwners(facts, bundle, ctx),
    );
    // …never leaving a headline that names no one (`美扩大AI芯片出口管制` once its sector clause goes).
    const named = (x: string) =>
      hasSubject(x, ctx.gaz, (t) => facts.some((f) => [...f.claim.subject].length >= 2 && t.includes(f.claim.subject)));
    // A feature's title (`…上市前夜：…的循环账本`) is not made a shorter feature kicker: it stays, and the check says so.
    if (rest !== undefined && !featureTitle(headline) && (named(rest) || !named(headline))) headline = rest;
  }
  // A head left when a title's untold clauses went is read again, every clause by what it says beyond its companies'
  // names, the opening one too (decision 107): a clause still untold brings the sentence of the lead's source telling it
  // (the lead's paragraph takes it), else the lead's first fact heads the story below.
  const trimmed = headTitle !== undefined && trimmedFrom(headline, headTitle);
  if (trimmed && headItem && leadChosen && trimmedClausesUntold(headline, paragraphs.join(''), inHead(headline)).length > 0) {
    const more = clauseBacking(headline, leadChosen, all, headItem, foreignTo, inHead(headline), true);
    if (more.length > 0) {
      // …first: before the lead's sentences telling none of the head's clauses (decision 111).
      const strict = (s: SourceSentence) => tellsHeadClause(headline, s.sentence.text, inHead(headline), true);
      leadChosen.splice(0, leadChosen.length, ...headFirst(leadChosen, more, strict));
      for (const s of more) used.add(s);
      paragraphs[0] = joinChosen(leadChosen, bold, true, nameBare);
    }
  }
  // A clause no sentence tells leaves the head when what is left still says who did what (decision 111).
  if (trimmed && headItem && paragraphs.length > 0) {
    const untold = trimmedClausesUntold(headline, paragraphs.join(''), inHead(headline));
    const rest = untold.length > 0 ? withoutUntold(headline, untold) : undefined;
    if (rest !== undefined && !featureTitle(rest) && keepsOwner(rest, headline, figureOwners(facts, bundle, ctx))) headline = rest;
  }
  // A head still telling what the body does not (a feature's title, a thesis clause) is headed by the lead's first fact.
  if (headItem && paragraphs.length > 0) {
    const rebuilt = leadFactHead(headline, paragraphs.join(''), bundle, facts, follow, ctx, headItem.id, partyNames, trimmed);
    if (rebuilt !== undefined) {
      headline = rebuilt;
      built = true;
      keyFact = headlineFigure(headline, facts, headItem);
      keyFigure = keyFact?.figure ?? null;
    }
  }
  // A head naming another company and none of its figure's parties (a lender-only loan title over the borrower's loan)
  // is headed by the lead's fact, which names them (decision 131).
  if (headItem && paragraphs.length > 0) {
    const rebuilt = partyHead(headline, paragraphs.join(''), bundle, facts, follow, ctx, headItem.id, partyNames);
    if (rebuilt !== undefined) {
      headline = rebuilt;
      built = true;
      keyFact = headlineFigure(headline, facts, headItem);
      keyFigure = keyFact?.figure ?? null;
    }
  }
  // A day-two story whose own items reach a later stage than its earlier days told heads on that stage (the close, the
  // signing), and so does an English story's template lead; a source's Chinese sentence keeps its words (decision 106).
  const staged = dayTwoStage(bundle, headline, composed ? paragraphs[0] : undefined);
  if (staged) {
    headline = staged.headline;
    if (staged.lead !== undefined) paragraphs[0] = staged.lead;
  }
  // The settled value chooses the head's and the lead's figure; the overruled one is printed in its settled line only
  // (decision 101).
  const settledShown = notes.settled.filter((p) => conflicts.includes(p.line));
  if (settledShown.length > 0) {
    headline = settledHead(headline, settledShown);
    paragraphs.splice(0, paragraphs.length, ...paragraphs.map((p) => settledLead(p, settledShown)));
  }
  // A comparison line the story's own article says in its words (此前有媒体报道本轮规模约30亿元，最终…扩大): that sentence
  // goes after the paragraph printing today's value, in place of the line (decision 101).
  /** Sentences telling what changed since an earlier day (decision 106), for a follow-up's line. */
  const changes: string[] = [];
  // …and a value replacing one an earlier day printed, with no line at all, takes the sentence too (decision 106).
  for (const r of notes.reconciled.filter((x) => (style === 'stories' && x.line === '') || conflicts.includes(x.line))) {
    const at = withReconciled(paragraphs, r.sentence, r.value);
    if (at === undefined) continue;
    paragraphs.splice(0, paragraphs.length, ...at);
    if (r.line !== '') conflicts.splice(conflicts.indexOf(r.line), 1);
    changes.push(r.sentence);
  }
  if (conflicts.length > 0) paragraphs.push(joinConflicts(conflicts));
  // A day-two retelling (no later stage, nothing new in its articles' openings) is the day's follow-up note: 续报 under
  // 更多动态, its line telling what differs from what ran (decision 106).
  // Whether the day retells is the event's (what earlier items stated); what its line tells is what was printed.
  const retellingOnly = !toldBefore && retelling(bundle, facts, storyStages(bundle), follow.stated, paragraphs);
  if (retellingOnly) {
    toldBefore = true;
    // Marked 续报 when the mark fits or the head is one clause: a head of clauses is never cut to make room for it.
    const marked = fill(TEMPLATES.followUp, { headline });
    if (headlineLength(marked) <= HEADLINE_MAX || !/[，,：:；;]/u.test(headline)) {
      headline = marked;
      built = true;
    }
    changes.push(...conflicts.filter((c) => c.startsWith(EARLIER_LEAD)).map((c) => c.slice(EARLIER_LEAD.length)));
    // Its line: the lead's first sentence as printed, then what differs.
    const opening = paragraphs[0]?.match(/^[^。！？]*[。！？]/u)?.[0];
    if (changes.length > 0) oneLine = `${opening ?? closeSentence(oneLine)}${changes.join('')}`;
  }
  // A head whose figures its lead gives on unnamed people's word says so: 传… (decision 114).
  // A figure a source states on its own word (the company's call, its filing; an earlier day's item too) is no rumour.
  if (
    paragraphs[0] !== undefined &&
    !statedFirmly(
      extractFigures(headline).filter((f) => f.kind === 'money' || f.kind === 'percent'),
      bundle.claims.flatMap((c) => c.statements),
      sameNumber,
      (id) => {
        const it = [...bundle.items, ...(bundle.earlier ?? []).flatMap((d) => d.items)].find((i) => i.id === id);
        return it ? `${it.title}\n${it.text}` : undefined;
      },
    )
  )
    headline = rumouredHead(headline, paragraphs[0]);
  // …whatever path built the head (a follow-up's 续报 too): a figure every source gives on unnamed people's word, or one a
  // party denied in a source, heads with its standing, and the lead tells the denial (decision 122).
  const standing = standingContext(bundle, ctx, partyNames);
  const stood = withStanding(headline, paragraphs[0], standing, (p) => fullZhName(p, bundle, ctx.dir));
  headline = stood.headline;
  if (stood.lead !== undefined) paragraphs[0] = stood.lead;
  // …and a denial printed is followed by the company's own figure another source gives (decision 138).
  const own = ownFigures({ bundle, namesOf: standing.namesOf, zhName: (e) => zhName(e, bundle, ctx.dir), parties: partyNames });
  if (own.length > 0) paragraphs.splice(0, paragraphs.length, ...withOwnFigures(paragraphs, own));
  const blocks: { label: string; bullets: string[] }[] = [];
  const ordered = keyFact ? [keyFact, ...facts.filter((f) => f !== keyFact)] : facts;
  // The body already states some facts (an English-only story's template sentences, a Chinese story's quoted
  // sentences): 关键数据 lists only the others, never a figure the reader has just read.
  const bodyText = paragraphs.join('').replace(/\*\*/g, '');
  const inBody = (f: StoryFact) =>
    [...used].some((u) => u.item.id === f.item.id && f.figure.start >= u.sentence.start && f.figure.end <= u.sentence.end) ||
    [renderFigureZh(f.figure), f.figure.text].some(
      (t) => t.length >= 3 && /\d/.test(t) && new RegExp(`(?<![\\d.])${escapeRegExp(t)}`).test(bodyText),
    );
  const told = new Set([...(composed?.used ?? []), ...(composed?.withheld ?? []), ...facts.filter(inBody)]);
  const keyData = keyDataBullets(
    bundle,
    // A figure an earlier day's digest carried is no key datum of today's (a follow-up lists what is new).
    ordered.filter((f) => !told.has(f) && !follow.ran(f)),
    ctx,
    [...told],
    (f) => side(f, keyFact),
  );
  if (keyData.length > 0) blocks.push({ label: '关键数据', bullets: keyData });
  append(
    blocks,
    labelledBlocks(
      pool.filter((s) => !used.has(s)),
      bold,
      bundle.deals,
    ),
  );
  // Flows the body already states (the English event, an amount written in the body) are not repeated as 资金流向.
  const written = composed ? [...(composed.keyFigure ? [composed.keyFigure] : []), ...composed.used.map((u) => u.figure)] : [];
  const stated = bundle.deals.filter(
    (d) =>
      (composed?.deal && d.from === composed.deal.from && d.to === composed.deal.to) ||
      // The loop the body tells in words.
      (composed?.loop ?? []).some((e) => e.from === d.from && e.to === d.to && e.kind === d.kind) ||
      (d.amount !== undefined && written.some((f) => sameNumber(f, d.amount as Figure))),
  );
  const story: DigestStory = {
    storyId: bundle.story.id,
    // A built headline past 30 characters (a follow-up's marker added) is said shorter; a source's title is left to the
    // assembler, which cuts it after the mainland wording.
    headline: built ? fitHeadline(headline, HEADLINE_MAX) : headline,
    section: bundle.section,
    sources,
    paragraphs,
    blocks,
    insights: offlineInsights(bundle, ctx.dir, { ...(keyFact ? { keyClaim: keyFact.claim, keyFigure: keyFact.figure } : {}), stated }),
    // A follow-up whose key fact an earlier day's digest carried has no new impact to state.
    impacts: keyFact && follow.ran(keyFact) ? [] : offlineImpacts(bundle, ordered, ctx.rules, ctx.dir),
    oneLine,
    keyFigure,
    // A story with nothing to say in its body (no event, no fact of its news) is no top story: 更多动态 lists it.
    minor: bundle.minor || paragraphs.length === 0,
  };
  if (original) story.original = original;
  if (eventLine !== undefined) story.eventLine = eventLine;
  if (toldBefore) story.toldBefore = true;
  if (tie) story.tie = tie;
  // A follow-up with no figure of its own that did not run before (the next day's call transcript or report retelling
  // yesterday's results) is no item of today's digest, not even a line under 更多动态.
  if (toldBefore && !facts.some((f) => !f.past && !follow.ran(f))) story.empty = true;
  if (composed?.empty) {
    // An English market wrap that holds no company's claim to lead with is told as one line of its move (decision 184).
    const wrap = wrapStory(bundle, sources, ctx);
    if (wrap) Object.assign(story, wrap);
    else story.empty = true;
  }
  if (composed) {
    // An English-only story told in one template sentence never opens the day; one that could not say its event and
    // holds fewer than two facts is no top story (writeDigest: newsFirst).
    if (!composed.evented && composed.used.length < 2) story.thin = true;
    // An event that only names the act on its fact (董事会批准…) tells the brief its act; it makes no top story (decision 175).
    if (composed.named) story.thin = true;
    // Its lead is no "who did what" sentence about the title's company: one 更多动态 line (english25).
    if (composed.lone) story.thin = true;
    // A broker's rating or a results call told in its one lead sentence and nothing more is a brief item (更多动态), not a
    // one-sentence top story, while a story with more to say remains.
    if ((composed.brokered || composed.resulted) && composed.sentences.length === 0) story.thin = true;
    // Sentences run on into one (the event and the next of its subject) count as they were written apart.
    const news = paragraphs.map((p) => answered.reduce((q, a) => q.replace(a, ''), p));
    const newsTold = sentenceCount(news);
    if (newsTold + (composed.merged ?? 0) <= 1) story.brief = true;
    // An English-only story with nothing more than its one template sentence (the event, or one fact; not figures run on
    // into it) is a 更多动态 line
    // while a story with more to say remains: one sentence and an English fold are no top story (english24).
    if (newsTold <= 1 && composed.sentences.length === 0 && !composed.loop && !composed.merged) story.thin = true;
    // A body that only says its headline again (`据CNBC报道，AEP将资本开支上调至720亿美元。` under that headline) tells a
    // reader nothing a 更多动态 line does not: no top story while another remains.
    if (news.length > 0 && emptyText(beyondHeadline(news.join(''), story.headline))) story.thin = true;
  }
  return story;
}

/**
 * A story of one English market wrap told as a 更多动态 line (wrap-line.ts, decision 184): the wrap's move, cause,
 * indexes and named movers, as its outlet reports them; undefined when the bundle is no such wrap or the line is unsure.
 */
function wrapStory(bundle: StoryBundle, sources: readonly SourceRef[], ctx: Ctx): Partial<DigestStory> | undefined {
  const items = bundle.items.filter((i) => i.lang === 'en');
  if (items.length !== 1 || bundle.items.length !== 1) return undefined;
  const item = items[0] as StoryBundle['items'][number];
  const mentions = (bundle.entities[item.id] ?? []).filter((m) => m.type === 'org' && item.text.slice(m.start, m.end) === m.text);
  const zhOf = (name: string) => {
    const zh = zhName(name, bundle, ctx.dir);
    return zh === name ? undefined : zh;
  };
  const wrap = wrapLine({ title: item.title, text: item.text, mentions }, zhOf);
  if (!wrap) return undefined;
  const outlet = sources.find((s) => s.itemId === item.id && s.outlet !== UNNAMED_LINK)?.outlet;
  // Its 更多动态 line reads like the day's other briefs: the move (and its cause) in bold, then the indexes and movers as
  // the outlet reports them (`- **亚洲芯片股下跌**：据路透社报道，日经225指数跌2.1%…`).
  const colon = wrap.line.indexOf('：');
  const head = colon > 0 ? wrap.line.slice(0, colon) : wrap.headline;
  const rest = (colon > 0 ? wrap.line.slice(colon + 1) : wrap.line).replace(/。$/u, '');
  const line = outlet ? fill(ctx.templates.sentences.reported as string, { source: outlet, event: rest }) : `${rest}。`;
  return {
    headline: head,
    paragraphs: [line],
    oneLine: line,
    blocks: [],
    insights: [],
    impacts: [],
    minor: true,
    thin: true,
    brief: true,
  };
}

/**
 * Whether the paragraphs print one of a comparison's amounts or rates (the same number, however it is written).
 * @example printsValueOf('甲营收各方说法不一：乙称**50亿元**，丙称**60亿元**。', ['甲营收约**60亿元**。']) // → true
 */
export function printsValueOf(comparison: string, paragraphs: readonly string[]): boolean {
  const key = (t: string) => extractFigures(t.replace(/\*\*/g, '')).filter((f) => f.kind === 'money' || f.kind === 'percent');
  const body = key(paragraphs.join(''));
  return key(comparison).some((f) => body.some((b) => sameNumber(f, b)));
}

/** Sentences of a story's paragraphs (。！？ outside numbers; a paragraph's last sentence counts without its stop). */
export function sentenceCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/[。！？]/u).filter((x) => x.replace(/[\s*”’」』）)]/gu, '') !== '').length, 0);
}

/**
 * The digest title offline: the top story's headline, then the second when the two with their separator fit a
 * headline's 30 characters (a day title of 36–39 characters joined by ； reads as two titles, not one).
 */
export function offlineTitle(stories: DigestStory[]): string {
  // A story told before goes under 更多动态 while a fresh one remains (digest.ts): it does not title the day either.
  const fresh = stories.filter((s) => !s.minor && !s.toldBefore);
  const top = fresh.length > 0 ? fresh : stories.filter((s) => !s.minor);
  const [a, b] = top.length > 0 ? top : stories;
  if (!a) return TEMPLATES.titleEmpty;
  if (b && headlineLength(a.headline) + headlineLength(b.headline) + 1 <= HEADLINE_MAX)
    return fill(TEMPLATES.title, { first: a.headline, second: b.headline });
  return a.headline;
}

/**
 * The offline engine (default): Chinese stories from their best source (its title, its news sentence, the figures the
 * knowledge layer holds), English-only stories written in Chinese from templates (the English original in a fold),
 * knowledge-based insights, rule-based impacts.
 */
export function createOfflineEngine(opts: OfflineOptions = {}): Engine {
  const ctx: Ctx = {
    rules: opts.impactRules ?? loadImpactRules(),
    dir: entityDirectory(opts.gazetteer ?? loadGazetteerEntries()),
    outlets: opts.outlets ?? defaultOutlets(),
    gaz: loadGazetteer(),
    templates: opts.templates ?? defaultStoryTemplates(),
  };
  return {
    specificationVersion: 'v1',
    name: 'offline',
    doWriteStory: async (bundle, style) => writeStoryOffline(bundle, style, ctx),
    doWriteTitle: async (stories) => offlineTitle(stories),
    usage: emptyUsage,
  };
}

/**
 * The composed lead's event told as its estimator's (decision 161): `摩根士丹利分析师预计，戴尔在手订单将增至320亿美元` when the
 * lead figure's English sentence gives it as an analyst's or industry people's estimate; undefined when it is no one's
 * estimate, the lead is on unnamed people's word (cited as such already) or already says who expects it.
 */
function estimatedLead(
  bundle: StoryBundle,
  composed: Pick<Composed, 'rumoured' | 'event' | 'keyFigure' | 'used'>,
  dir: EntityDirectory,
): { event: string; opening: string } | undefined {
  const event = composed.event;
  if (event === undefined || event === '' || composed.rumoured || /预计|预期|估计|认为|分析师|业内人士/u.test(event)) return undefined;
  const lead = composed.used.find((u) => u.figure === composed.keyFigure) ?? composed.used[0];
  if (lead?.item.lang !== 'en') return undefined;
  const start = lead.item.text.indexOf(lead.sentence);
  const owner = zhName(lead.claim.subject, bundle, dir);
  const opening = estimateSource(
    lead.sentence,
    lead.figure.text,
    start,
    bundle.entities[lead.item.id] ?? [],
    (n) => zhName(n, bundle, dir),
    owner,
  );
  // The event must tell the estimated figure itself: an estimate of another figure of the sentence is not its lead.
  return opening !== undefined && event.includes(renderFigureZh(lead.figure))
    ? { event: withEstimator(opening, event), opening }
    : undefined;
}

/**
 * A rumoured lead's further answers (decision 165): the no-comment of parties its later sentences name (not the lead,
 * whose parties `composedAnswer` tells), and the lead source's note that the deal is not settled.
 */
function rumourNotes(
  bundle: StoryBundle,
  composed: { rumoured?: boolean; sentences: readonly string[] },
  leadItem: string | undefined,
  event: string,
  dir: EntityDirectory,
): { later?: string; caveat?: string; joined?: boolean } | undefined {
  if (!composed.rumoured) return undefined;
  const item = bundle.items.find((i) => i.id === leadItem) ?? bundle.items.find((i) => i.lang === 'en');
  if (item?.lang !== 'en') return undefined;
  const mentions = bundle.entities[item.id] ?? [];
  const zh = (n: string): string => zhName(n, bundle, dir);
  const laterClauses =
    composed.sentences.length === 0 ? [] : sourceAnswerClauses(item.text, mentions, 'rumour', zh, composed.sentences.join(''), event);
  // The lead's answer (composedAnswer's, told after the lead) joins the later parties' of its kind: one sentence.
  const joinedClauses = joinAnswers(sourceAnswerClauses(item.text, mentions, 'rumour', zh, event), laterClauses);
  const later = renderAnswer(joinedClauses?.later ?? laterClauses);
  const caveat = sourceCaveat(
    item.text,
    bundle.entities[item.id] ?? [],
    (n) => zhName(n, bundle, dir),
    [event, ...composed.sentences].join(''),
  );
  return {
    ...(later !== undefined ? { later } : {}),
    ...(caveat !== undefined ? { caveat } : {}),
    ...(joinedClauses !== undefined ? { joined: true } : {}),
  };
}

/**
 * The answer an English-only story's lead source gives to its claim (decision 153): after a lead on unnamed people's
 * word, its printed parties' no-comment; after a lead telling a sanction, the company's rebuttal.
 */
function composedAnswer(
  bundle: StoryBundle,
  composed: { rumoured?: boolean; event?: string },
  leadItem: string | undefined,
  printed: string,
  dir: EntityDirectory,
): string | undefined {
  const kind = composed.rumoured ? 'rumour' : composed.event !== undefined && sanctionSentence(composed.event) ? 'sanction' : undefined;
  if (kind === undefined) return undefined;
  const item = bundle.items.find((i) => i.id === leadItem) ?? bundle.items.find((i) => i.lang === 'en');
  if (item?.lang !== 'en') return undefined;
  return sourceAnswer(item.text, bundle.entities[item.id] ?? [], kind, (n) => zhName(n, bundle, dir), printed);
}
