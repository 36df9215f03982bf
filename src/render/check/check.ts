/**
 * The publishability check of a digest (pure): what a Chinese editor would refuse to publish as is — an English
 * paragraph outside a fold, a file name or a bare domain as a source, half-width punctuation between Chinese
 * characters, a sentence printed twice, an empty bullet, a bold span that is no traceable figure, a headline figure
 * given to someone other than its owner.
 */

import { dealAgainst } from '../../enrich/assemble/deal-direction.js';
import { shortForms } from '../../enrich/assemble/head-names.js';
import { englishProse, HEADLINE_LIMIT, headProblems } from '../../enrich/assemble/head-rules.js';
import { trimmedClausesUntold, trimmedFrom } from '../../enrich/assemble/head-trim.js';
import { headlineClauses, tells } from '../../enrich/assemble/headline-told.js';
import { cjkSpacing, mainlandNumbers, mainlandWords, NAME_GLUED_YEAR } from '../../enrich/assemble/mainland.js';
import { HALF_WIDTH_BETWEEN_CHINESE } from '../../enrich/assemble/punctuation.js';
import { type DatedText, relativeDaysElsewhere, sourceDay } from '../../enrich/assemble/relative-days.js';
import {
  bareMarketMove,
  dated,
  leansBack,
  RELATIVE_TIME_OPENING,
  selfContained,
  TOPIC_OPENING,
  unattributedQuote,
} from '../../enrich/assemble/sentence-shape.js';
import {
  afterHeadline,
  emptyText,
  REPORTED_OPENING,
  sameTemplate,
  saysHeadline,
  sentenceKey,
  sentenceSpans,
} from '../../enrich/assemble/tidy.js';
import { OWN_CITATION, plainVoice } from '../../enrich/assemble/voice.js';
import { type AllowedFigure, claimsStating, isCalendarYear, traceFigure } from '../../enrich/numeric-guard/index.js';
import { amountBasis } from '../../enrich/offline/basis.js';
import { unnamedCaller } from '../../enrich/offline/broker-head.js';
import { hedgedFigure, rumouredSentence, sameNumber } from '../../enrich/offline/facts.js';
import { featureTitle } from '../../enrich/offline/headline-shape.js';
import { monthNamed, reportedMonth } from '../../enrich/offline/month-figure.js';
import { withoutLegalTail } from '../../enrich/offline/names.js';
import { bareShare, brokerVoiceSentences, estimateOwnVoice, firstPersonVoice } from '../../enrich/offline/standing.js';
import { governmentPlaces } from '../../extract/attribution/government.js';
import { commonNoun, extractFigures, findEntities, loadGazetteer, ownerOf, unitOwnerOf } from '../../extract/index.js';
import { traditionalLeft } from '../../ingest/index.js';
import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import { notAName } from '../../select/index.js';
import type { Claim, DealEdge, Figure, Statement } from '../../types/index.js';
import { HAN as HAN_CHAR } from '../../util/han.js';
import {
  commaAfterSubject,
  doubledUnit,
  hasSubject,
  headlineClausesUntold,
  headlineEventUntold,
  headlineNamesUntold,
  headlineUntold,
  leadUndated,
  type PrintedSentence,
  subjectDrift,
  unnamedBroker,
  unprintedAntecedents,
} from './cohesion.js';
import { headOwners, headPeriod, type NamedAt, ownsFigure, periodDiffers } from './head-owner.js';
import { measureTwice } from './metric-twice.js';
import { standingProblems } from './standing-check.js';
import { COMPARISON_LINE, toldBeforeProblems } from './told-before.js';

/** The head rules' English reading, shared with the engine (assemble/head-rules.ts). */
export { englishProse };

export type CheckRule =
  | 'english-paragraph'
  | 'english-title'
  | 'source-name'
  | 'half-width-punctuation'
  | 'repeated-sentence'
  | 'empty-bullet'
  | 'bold-not-figure'
  | 'bold-untraced'
  | 'headline-owner'
  // Highlights mode (checkHighlights): a quote without a Chinese insight, a figure of an insight no source states, a pair printed twice.
  | 'missing-insight'
  | 'figure-untraced'
  | 'repeated-pair'
  /** A glossary gloss (`**GPU**（Graphics Processing Unit: 图形处理器）`): notes carry them, a digest never. */
  | 'glossary-gloss'
  /** Notes: a figure in the Chinese text that no English original of the note states. */
  | 'number-untraced'
  /** Notes: a file name in the text. */
  | 'file-name'
  /** Digest: a space between a Chinese character and a number or Latin word (`约 6600 亿美元`): one spacing style, none. */
  | 'mixed-spacing'
  /** Digest: a word or number a mainland reader would not write (`年增35%`, `1兆461亿元`, `税后纯益`). */
  | 'regional-wording'
  /** Digest: a character only Traditional writing uses (`信報`, `台積电`): a source's script left in mainland copy. */
  | 'traditional-script'
  /** Digest: a lead, a paragraph or a bullet opening on a word that points to a sentence not printed (此外, 另一, 该公司, It). */
  | 'dependent-opening'
  /** Digest: a dispute (说法不一) between values whose sources state different bases (含融资租赁, 区间中值, 多年累计). */
  | 'basis-as-dispute'
  /** Digest: a headline amount without its currency (`亚马逊2000亿领跑`). */
  | 'headline-unit'
  /** Digest: a source dated after the digest's day (a day's digest is written from that day's items). */
  | 'future-source'
  /** Digest: a story headline an earlier day's digest printed word for word. */
  | 'repeated-headline'
  /** Digest: a story headline over 30 characters. */
  | 'headline-length'
  /** Digest: another outlet's newsgathering voice copied as the digest's own (`36氪独家获悉，`, `记者注意到，`, `证券时报·e公司讯，`). */
  | 'outlet-voice'
  /** Digest: an impact or insight bullet that is another story's bullet with only a name or number changed (boilerplate). */
  | 'template-sentence'
  /** Digest: a 关键数据 figure every source states as someone else's estimate, a rumour or a deal not done. */
  | 'estimate-as-fact'
  /** Digest: a 关键数据 label naming a measure its sources do not (合同 for a commitment or a purchase, 市值 for value erased). */
  | 'metric-word'
  /** Digest: a dispute (说法不一) between values that can both be true (超过4000亿 and 约4100亿). */
  | 'compatible-as-dispute'
  /** Digest: a computed total adding a firm amount to a ceiling (300亿＋最多1000亿). */
  | 'ceiling-sum'
  /** Digest: a 关键数据 bullet whose figures the story's paragraphs above it already print (a reader reads them twice). */
  | 'key-data-repeat'
  /** Digest: a bound printed as an exact amount (`$100 billion-plus`, 不低于100亿 written 1000亿美元 / 100亿美元). */
  | 'qualifier-lost'
  /** Digest: two bold spans touching (`**1130亿美元****翻倍**`): Markdown renders the markers, not two figures. */
  | 'adjacent-bold'
  /** Digest: a Latin name run into a year (`Mistral AI2027年`, `Personal Systems2026财年`): a space belongs between them. */
  | 'name-glued-year'
  /** Digest: a quotation printed without its speaker (`…三成。“1200亿元只是起点。”台电董事会…`). */
  | 'unattributed-quote'
  /** Digest: two stories of one day whose headlines name the same company and the same amount (one event, told twice). */
  | 'same-event-twice'
  /** Digest: a sentence opening on a time counted from a moment no sentence before it dates (`一年多以后，…`). */
  | 'dangling-time'
  /** Digest: a 更多动态 line whose first sentence is its own bold title again (`**甲获乙维持买入评级**：甲获乙维持买入评级，…`). */
  | 'item-repeats-headline'
  /** Digest: a comparison with an earlier report naming one outlet on both sides (`甲曾称…，甲、乙称…`). */
  | 'source-twice'
  /** Digest: a body paragraph whose last sentence has no closing mark (。！？…): a sentence cut or its period dropped. */
  | 'unterminated-sentence'
  /** Digest: a comparison paragraph (与此前报道对比 / 说法不一 / 口径不同) none of whose values the story's body prints. */
  | 'comparison-unprinted'
  /** Digest: a comparison with an earlier report no outlet is named for (另一来源曾称…): nothing for a reader to weigh. */
  | 'comparison-unnamed'
  /** Digest: a 更多动态 line citing (据X报道) the outlet its own 来源 names. */
  | 'citation-twice'
  /** Digest: a 更多动态 line with nothing after its bold title stating a figure (`- **甲将追加投资最多250亿美元**（来源：…）`). */
  | 'more-empty'
  /** Digest: a 更多动态 line giving one figure to a collective noun (`**四大巨头资本开支降至…**`, 大厂, 科技巨头): whose is it? */
  | 'collective-owner'
  /** Digest: a bold figure an earlier day's digest printed for a company the line names too (told-before.ts). */
  | 'figure-told-before'
  /** Digest: two values of one disputed measure printed as plain facts, with no comparison line (told-before.ts). */
  | 'conflict-unshown'
  /** Digest: a story sentence leaning on one its source put before it that the digest does not print (此外, 其, 上述…). */
  | 'dependent-sentence'
  /** Digest: a story headline giving a figure for a period (written with its year) none of the claims stating it is of (`2025年` for FY2026). */
  | 'headline-period'
  /** Digest: a story headline giving a month's own figure (8月营收 in every source) with no month (decision 131). */
  | 'headline-month'
  /** Digest: a story headline whose amount, rate or company its body never gives. */
  | 'headline-untold'
  /** Digest: a story headline naming no one (figures alone: `营收增长30%，净利润翻倍`). */
  | 'headline-subject'
  /** Digest: an outlet's question, column or feature title as a story headline (`…拿到多大份额？`, `算力观察｜…`). */
  | 'headline-feature'
  /** Digest: a rating headline naming the broker only as 券商. */
  | 'headline-broker'
  /** Digest: a currency unit printed twice (`40亿美元美元`). */
  | 'doubled-unit'
  /** Digest: a share move printed as a level its price reached (`股价增至8%`): a price is no percentage. */
  | 'share-move-as-level'
  /** Digest: a story headline with a comma right after its subject's name (`北风系统，斥资…`). */
  | 'headline-comma'
  /** Digest: a story lead telling a market's move (an index, a board) on no day (`截至收盘，创业板指上涨2.4%。`). */
  | 'lead-undated'
  /** Digest: a story headline's event (融资, 收购, 关税…) its lead never tells (data/headline-events.json). */
  | 'lead-event-untold'
  /** Digest: a clause of a story headline with no figure (a market reaction, a participant, a framing) its body never tells. */
  | 'headline-clause-untold'
  /**
   * Digest: a story headline that is one of its source's titles with clauses dropped, a clause left of which its body
   * never tells by what it says beyond its companies' names (decision 107: trimming a head is not telling it).
   */
  | 'headline-trimmed-untold'
  /**
   * Digest: a story headline whose deal verb contradicts the deal edge stating its amount (a capacity purchase headed
   * as an investment, the payee headed as the payer: data/deal-verbs.json, decision 107).
   */
  | 'headline-deal-direction'
  /** Digest: a sentence whose subject is left to the one before (公司…, 其…, 营收…) printed right after a sentence about a company the headline does not name. */
  | 'subject-drift'
  /** Digest: a market share with no market or no one giving it (`按份额计，A约55%`, `市场份额达35%`) (decision 108). */
  | 'share-no-market'
  /** Digest: someone's estimate in the digest's own voice: a sentence opening on 据测算 / 预计 with no one named, or a note's 我们 (decision 108). */
  | 'estimate-own-voice'
  /** Digest: a relative day word (今日, 明日, 昨日) copied from a source dated another day than the digest's: it re-dates the event. */
  | 'relative-day'
  /** Digest: one line printing two different values of one measure (营收) for one company and period (decision 120). */
  | 'metric-twice'
  /** Digest: a head told as a rumour (传…, 据知情人士) whose figures a source states on its own word (decision 122). */
  | 'rumour-on-firm'
  /** Digest: a head stating as fact figures every source gives on unnamed people's word, with no 传 / 据… (decision 122). */
  | 'rumour-as-fact';

/** A lead line opening on a bare market move (`创业板指涨2.87%。`) with a later sentence of it saying the day. */
function leadsOnBareMove(line: string): boolean {
  const [first, ...rest] = line.replace(/\*\*/g, '').split(/(?<=[。！？])/u);
  return first !== undefined && bareMarketMove(first) && rest.some((s) => dated(s));
}

/** A head clause with no amount or rate of its own: a clause with one is `headline-untold`'s to judge. */
const wordsOnly = (clause: string): boolean => !extractFigures(clause).some((f) => f.kind === 'money' || f.kind === 'percent');

export interface CheckProblem {
  rule: CheckRule;
  /** 1-based line in the file. */
  line: number;
  text: string;
  message: string;
}

export interface CheckOptions {
  /** Figures the digest may cite (sources, claims, deals, derived facts): every bold figure must trace to one. */
  allowed?: readonly AllowedFigure[];
  /** Claims of the knowledge layer: a headline figure some claims state must name one of their subjects. */
  claims?: readonly Claim[];
  /** Every name a subject goes by (canonical, Chinese, aliases); default: the name itself. */
  names?: (subject: string) => readonly string[];
  /** Whether a subject is a group (四巨头, a joint A + B): a group noun in the headline then names it. */
  isGroup?: (subject: string) => boolean;
  /**
   * `note`: a bilingual note (SPEC §3.2). Glossary glosses are allowed there; every figure of the Chinese text (not
   * only bold ones) must trace to the English originals of the note (or to `allowed` when given); table rows may hold
   * English; a repeated sentence is allowed (speakers repeat themselves). Default `digest`.
   */
  mode?: 'digest' | 'note';
  /** Publication date of each source URL (YYYY-MM-DD or an ISO instant): a source dated after the digest's day is refused. */
  sourceDates?: ReadonlyMap<string, string>;
  /**
   * The stored items behind each source URL: a story headline's figure is then checked against the claims its own
   * sources state (a 30% of another story's company is no owner of this headline's 30%).
   */
  itemIdsByUrl?: ReadonlyMap<string, readonly string[]>;
  /** Story headlines of earlier days' digests: a story headline must not repeat one of them word for word. */
  earlierHeadlines?: readonly string[];
  /** The Markdown of the digests of the days before (`earlierDigests`): figures they told, values they printed. */
  earlierDigests?: readonly string[];
  /**
   * Who holds a stake in an entity (deal edges of kind stake or invest, to it): a headline naming a holder together
   * with a vehicle word (Meta借道合资公司发债) names the vehicle that owns the figure.
   */
  holders?: (subject: string) => readonly string[];
  /**
   * The sentences of each source URL's stored item, in order: a story sentence leaning on the one its source put
   * before it (此外, 其, 上述…) is checked against what the digest printed right before it.
   */
  sourceSentences?: ReadonlyMap<string, readonly string[]>;
  /** Deal edges of the knowledge layer (payer → payee, kind): a headline's deal verb must agree with the edge of its amount. */
  deals?: readonly DealEdge[];
  /** The title of each source URL's stored item: a headline trimmed from one is read whole (`headline-trimmed-untold`). */
  sourceTitles?: ReadonlyMap<string, string>;
}

/** A sentence that dates a moment: a year, a month, a half or a season, a past year named relatively (去年; 今年 dates nothing a later time counts from). */
const DATED =
  /\d{4}\s*年|\d{1,2}\s*月|[上下]半年|(?:去|前)年|\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** A sentence naming the speaker of the quotation before it: `台电高层坦言，…`, `他说，…`. */
const SPEAKER_NEXT = /^[^，。“”]{1,16}(?:说|表示|称|指出|认为|直言|坦言|透露|强调|said|says|told)/;

/** Words that name a company's vehicle in a headline: a joint venture, an SPV, a subsidiary. */
const VEHICLE_NOUN = /合资公司|合资企业|合营公司|特殊目的|SPV|载体|子公司|joint venture|vehicle/i;

/** A bold span followed by a gloss in full-width parentheses: `**AGI**（Artificial General Intelligence: 通用人工智能）`. */
const GLOSS = /\*\*([^*]+)\*\*（([^）]*)）/g;

/**
 * Whether `**term**（inner）` is a glossary gloss, not a figure with its source: `AGI（Artificial General Intelligence:
 * 通用人工智能）`, `CUDA（英伟达并行计算平台）`, `资本开支（capex）`; never `约1200亿美元（来源：财新）`.
 */
function isGloss(term: string, inner: string): boolean {
  if (/\d/.test(term)) return false;
  if (/^[A-Za-z][^:：]*:\s*\S/.test(inner)) return true;
  const latin = /^[A-Za-z][A-Za-z0-9 .'’-]*$/;
  if (latin.test(term) && HAN_CHAR.test(inner) && !/[A-Za-z]/.test(inner)) return true;
  return HAN_CHAR.test(term) && latin.test(inner);
}

/** A file name: `talk-0312.vtt`, `notes.md`. */
const FILE_NAME = /(?<![\w/.-])[\w-]+\.(?:md|markdown|txt|vtt|srt|html?|json|csv|ya?ml)(?![\w])/i;

/** The English originals of a note, unescaped: what its figures are traced to. */
export function noteOriginals(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/<p class="english-text">([\s\S]*?)<\/p>/g)) {
    out.push(
      (m[1] as string)
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

/** Text of a line with Markdown removed: link texts kept, targets, bold markers, code and tags dropped. */
function plain(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/, '');
}

/** Sources named in a line: link texts and plain names after 来源：/其他来源：, split at 、. */
function sourceNames(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:其他)?来源：([^）\n]*)/g)) {
    for (const part of (m[1] as string).split('、')) {
      const link = /^\s*\[([^\]]*)\]\([^)]*\)/.exec(part);
      out.push((link ? (link[1] as string) : part).replace(/\\([[\]])/g, '$1').trim());
    }
  }
  return out.filter((s) => s !== '');
}

function figuresOf(text: string): Figure[] {
  return extractFigures(text).filter((f) => !isCalendarYear(f));
}

/** Whether a source dated `date` was published after the digest day `day` in every time zone. */
function afterDay(date: string, day: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date > day;
  const t = Date.parse(date);
  // The day's end in the zone where it ends last (UTC−12).
  return !Number.isNaN(t) && t > Date.parse(`${day}T23:59:59-12:00`);
}

/** A headline's words without punctuation or spacing (what two headlines are compared on). */
function headlineWords(h: string): string {
  return h.replace(/[\s，。、；：！？,.;:!?“”"'‘’（）()【】《》「」—*-]/gu, '').toLowerCase();
}

/** A money amount in Chinese units with no currency word: `2000亿`, `约7300亿`. */
const BARE_AMOUNT = /^[约近超逾达至少多过]*[\d.,]+(?:万亿|千亿|百亿|亿|万)$/u;

/** Bold labels whose bullets are template sentences (they name their subject), not source sentences. */
const TEMPLATE_BLOCKS = /^\*\*(?:关键数据|深度解读 & 洞察|影响)：\*\*$/;

/** Words naming a measure in a Chinese headline, by metric family: a claim is about the headline's figure only if the headline uses its measure's word (or none). */
const METRIC_WORDS: Readonly<Record<string, RegExp>> = {
  capex: /资本开支|资本支出|capex|基础设施投入|投入/i,
  investment: /投资|注资|入股|领投|跟投/,
  funding: /融资|募资|轮/,
  ipo: /IPO|募资|招股|集资|上市/i,
  revenue: /营收|收入|销售额|revenue|sales/i,
  'revenue-growth': /营收|收入|增长|增速/,
  profit: /利润|盈利|净利|profit/i,
  valuation: /估值|valuation/i,
  contract: /合同|承诺|协议|订单|采购|contract|deal/i,
  orders: /订单|backlog/i,
  debt: /债|借|贷|debt|bond/i,
  'market-cap': /市值/,
  price: /价/,
};
const ANY_METRIC = new RegExp(
  Object.values(METRIC_WORDS)
    .map((r) => r.source)
    .join('|'),
  'i',
);

/** Whether a claim's measure is the one the headline speaks of. */
function sameMeasure(heading: string, c: Claim): boolean {
  if (!ANY_METRIC.test(heading)) return true;
  const words = METRIC_WORDS[c.metric];
  return words?.test(heading) === true;
}

/** Nouns that name a group of companies in a headline (美股科技巨头, 四大云厂商, Big Tech). */
const GROUP_NOUN = /巨头|大厂|科技公司|科技股|云厂商|云服务商|hyperscalers?|big tech/i;

/** Whether a heading names a subject (any of its names, every member of a joint subject, a group noun for a group). */
export function named(
  heading: string,
  subject: string,
  names: (s: string) => readonly string[],
  isGroup: (s: string) => boolean,
  holders: (s: string) => readonly string[] = () => [],
): boolean {
  const lower = heading.toLowerCase();
  if ((isGroup(subject) || subject.includes(' + ')) && GROUP_NOUN.test(heading)) return true;
  const has = (s: string) => names(s).some((n) => n.trim() !== '' && lower.includes(n.toLowerCase()));
  // A common noun filed as the owner (the 股票 of 发行A股股票) is no name a head can give the figure to.
  if (commonNoun(subject)) return false;
  if (has(subject)) return true;
  // 'Meta借道合资公司发债': a holder of the vehicle, named as going through it.
  if (VEHICLE_NOUN.test(heading) && holders(subject).some(has)) return true;
  // 'CoreWeave子公司': a vehicle named after its parent (CoreWeave Compute Acquisition), headed as the parent's unit.
  const head = subject.split(' ')[0] as string;
  if (
    /子公司|vehicle|\bunit\b/i.test(heading) &&
    subject.includes(' ') &&
    head.length >= 3 &&
    [head, ...names(head)].some((n) => n.trim() !== '' && lower.includes(`${n.toLowerCase()}子公司`))
  )
    return true;
  const parts = subject.split(' + ');
  return parts.length > 1 && parts.every(has);
}

/** Characters a story headline may have. */
/**
 * Measure words of a 关键数据 label that the sources must use themselves: [the label's word, what a source sentence
 * says for it, what a source sentence says instead (refused then)].
 */
const LABEL_WORDS: readonly { label: RegExp; source: RegExp; instead?: RegExp; name: string }[] = [
  { label: /合同/, source: /合同|合约|协议|contract|agreement|deal|pact/i, name: '合同' },
  { label: /市值(?!蒸发)/, source: /./, instead: /蒸发|抹去|\beras|\bwip(?:ed|ing)\b|\bshed/i, name: '市值' },
];

/** The clause of a sentence holding `text` (between the delimiters around it); the sentence when `text` is not in it. */
function clauseOf(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  if (at < 0) return sentence;
  const before = sentence.slice(0, at);
  const start = Math.max(...[...'，,；;。'].map((ch) => before.lastIndexOf(ch))) + 1;
  const rest = sentence.slice(at);
  const end = rest.search(/[，,；;。]/);
  return sentence.slice(start, end < 0 ? sentence.length : at + end);
}

/** The statements of the claims stating a figure, those of the claims whose subject the line names first. */
function statementsOf(
  f: Figure,
  line: string,
  claims: readonly Claim[],
  names: (s: string) => readonly string[],
): { st: Statement; metric: string }[] {
  const stating = claimsStating(f, claims);
  const lower = line.toLowerCase();
  const namedIn = stating.filter((c) => names(c.subject).some((n) => n.trim() !== '' && lower.includes(n.toLowerCase())));
  return (namedIn.length > 0 ? namedIn : stating).flatMap((c) =>
    c.statements
      .filter((st) => !st.figure.negated && claimsStating(f, [{ ...c, statements: [st] }]).length > 0)
      .map((st) => ({ st, metric: c.metric })),
  );
}

/**
 * Checks a digest's Markdown. Problems come in file order; an empty list means publishable.
 * @example checkDigest(md).map((p) => p.rule) // → [] for a golden digest
 */
/** The publishability check of a bilingual note: `checkDigest` in note mode. */
export function checkNote(markdown: string, opts: Omit<CheckOptions, 'mode'> = {}): CheckProblem[] {
  return checkDigest(markdown, { ...opts, mode: 'note' });
}

export function checkDigest(markdown: string, opts: CheckOptions = {}): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const add = (rule: CheckRule, line: number, text: string, message: string) => problems.push({ rule, line, text: text.trim(), message });
  const lines = markdown.split('\n');
  const names = opts.names ?? ((s: string) => [s]);
  const note = opts.mode === 'note';
  // A note's figures trace to its own English originals unless the caller gives what may be cited.
  const allowed: readonly AllowedFigure[] | undefined =
    opts.allowed ??
    (note ? noteOriginals(markdown).flatMap((t) => figuresOf(t).map((f) => ({ ...f, origin: 'original' }) as AllowedFigure)) : undefined);
  let i = 0;
  // Front matter: only the title is checked (owner of its figure).
  const headings: { line: number; text: string; urls: string[] }[] = [];
  const storyHeads: { line: number; names: Set<string>; money: Figure[] }[] = [];
  /** The last sentence printed in the story's body (a paragraph's first sentence leans on it). */
  let lastSentence = '';
  let day: string | undefined;
  /** Every stored source sentence and its day (the relative-day rule), read once. */
  let datedSources: DatedText[] | undefined;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const d = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(lines[i] as string);
      if (d?.[1]) day = d[1];
      const t = /^title:\s*(.+)$/.exec(lines[i] as string);
      if (t?.[1]) headings.push({ line: i + 1, text: t[1].replace(/^"|"$/g, ''), urls: [] });
      const sum = note ? /^summary:\s*(.+)$/.exec(lines[i] as string) : null;
      if (sum?.[1] && allowed) traceAll(sum[1].replace(/^"|"$/g, ''), i + 1);
    }
    i++;
  }
  /** Notes: every figure of a Chinese line traces to the originals. */
  function traceAll(text: string, line: number): void {
    if (!allowed) return;
    const bad = figuresOf(text).filter((f) => traceFigure(f, allowed as AllowedFigure[]) === undefined);
    if (bad.length > 0)
      add('number-untraced', line, text, `a figure no English original of the note states: ${bad.map((f) => f.text).join('、')}`);
  }
  /** Editorial rules of one body line: boilerplate analysis, estimates and measure words in 关键数据, disputes, sums. */
  function checkAnalysis(raw: string, text: string, n: number): void {
    const bullet = /^\s*[-*+]\s+/.test(raw);
    // A comparison with an earlier report states which outlet said what: two stories comparing their own values with
    // one earlier report share its wording, not a boilerplate analysis (b: CNBC's net income vs 财联社's and 彭博's).
    const comparison = text.startsWith('与此前报道对比：');
    if (bullet && !comparison && (blockLabel === '影响' || blockLabel === '深度解读 & 洞察')) {
      const other = analysis.find(([no, t]) => no !== storyNo && sentenceKey(t) !== sentenceKey(text) && sameTemplate(t, text));
      if (other) add('template-sentence', n, raw, `the same template as another story's bullet: ${other[1]}`);
      analysis.push([storyNo, text]);
    }
    const bolds = [...raw.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] as string).filter((b) => !/[：:]$/.test(b));
    if (bullet && blockLabel === '关键数据' && bolds.length > 0 && bolds.every((b) => storyBold.has(b.replace(/\s+/g, ''))))
      add('key-data-repeat', n, raw, `关键数据 repeats what the paragraphs above print: ${bolds.join('、')}`);
    if (!bullet && blockLabel === '') for (const b of bolds) storyBold.add(b.replace(/\s+/g, ''));
    if (bullet && blockLabel === '关键数据' && opts.claims) {
      const label = text.replace(/^[-*+]\s+/, '').split(/[：:]/)[0] ?? '';
      for (const b of bolds)
        for (const f of figuresOf(b)) {
          const sts = statementsOf(f, text, opts.claims, names);
          if (sts.length === 0) continue;
          if (sts.every(({ st, metric }) => hedgedFigure(st.sentence, st.figure.text, metric) || rumouredSentence(st.sentence)))
            add('estimate-as-fact', n, raw, `${f.text}: every source gives it as an estimate, a rumour or a deal not done`);
          for (const w of LABEL_WORDS) {
            if (!w.label.test(label)) continue;
            // What the source says instead is read in the figure's own clause (按约4.7万亿美元的收盘市值计算，…蒸发约1400亿美元市值:
            // the first amount is the market value).
            const says = sts.some(({ st }) => w.source.test(st.sentence) && !w.instead?.test(clauseOf(st.sentence, st.figure.text)));
            if (!says) add('metric-word', n, raw, `labelled ${w.name}, a measure its sources do not name`);
          }
        }
    }
    if (/说法不一/.test(raw)) {
      const figs = bolds.flatMap((b) => figuresOf(b));
      const agree = figs.length >= 2 && figs.every((a, i) => figs.slice(i + 1).every((b) => valuesAgree(a, b, DEFAULT_OPTIONS.tolerance)));
      if (agree) add('compatible-as-dispute', n, raw, 'values that can all be true written as a dispute');
    }
    if (/^(?:[-*+]\s+)?合计测算/.test(text.trim())) {
      const inputs = figuresOf(text.split(/总计|合计约|合计为/)[0] ?? '').filter((f) => f.kind === 'money');
      const caps = inputs.filter((f) => f.qualifier === 'max').length;
      if (caps > 0 && caps < inputs.length) add('ceiling-sum', n, raw, 'a firm amount added to a ceiling (最多…): a total no source gives');
    }
  }
  /** Comparison rules of a body line: its values printed in the story above it, its earlier report named. */
  function checkComparison(raw: string, text: string, n: number): void {
    const bullet = /^\s*[-*+]\s+/.test(raw);
    const paragraph = !bullet && blockLabel === '' && !/^(?:其他)?来源：/.test(text.trim()) && !/^\*\*[^*]+：\*\*$/.test(raw.trim());
    const comparison = COMPARISON_LINE.test(text);
    if (comparison && /另一来源曾称/.test(text))
      add('comparison-unnamed', n, raw, 'an earlier report named 另一来源: name its outlet or leave the comparison out');
    if (paragraph && comparison) {
      const values = (t: string) => figuresOf(t).filter((f) => f.kind === 'money' || f.kind === 'percent');
      const body = values(storyBody);
      if (!values(text).some((f) => body.some((b) => sameNumber(f, b))) && !measureTold(text, storyBody))
        add(
          'comparison-unprinted',
          n,
          raw,
          "a comparison of values the story's body does not print: it compares nothing the reader has read",
        );
    } else if (paragraph) storyBody += text;
    const item = /^\s*[-*+]\s+\*\*[^*]+\*\*[：:](.*)$/.exec(raw);
    if (item) {
      const cited = OWN_CITATION.exec(plain((item[1] as string).trim()))?.[1];
      if (cited && sourceNames(raw).includes(cited.trim()))
        add('citation-twice', n, raw, `${cited} is cited in the line and named as its source: say it once (the 来源)`);
    }
  }
  const seen = new Map<string, number>();
  let inFold = false;
  /** Lines under the 更多动态 heading. */
  let moreSection = false;
  /** The bold titles of the 更多动态 lines: heads whose standing is read too. */
  const moreTitles: { line: number; text: string }[] = [];
  /** The next body line opens a story (after its heading) or a source-sentence block. */
  let opening = false;
  let templateBlock = false;
  let blockLabel = '';
  let storyNo = 0;
  /** Bold figures of the current story's paragraphs (before its labelled blocks). */
  const storyBold = new Set<string>();
  /** The current story's body paragraphs so far (comparisons aside): what a comparison's values are read against. */
  let storyBody = '';
  /** 影响 and 深度解读 bullets of earlier stories: [story number, text]. */
  const analysis: [number, string][] = [];
  const earlier = new Set((opts.earlierHeadlines ?? []).map(headlineWords));
  /** The story being read: its headline, its paragraphs' sentences, its whole text below the headline, its sources. */
  let reading: { line: number; headline: string; printed: PrintedSentence[]; body: string; urls: string[]; para: number } | undefined;
  const gaz = loadGazetteer();
  let subjectNames: string[] | undefined;
  /** Whether a text names a claim's subject by one of its names. */
  const namesSubject = (t: string): boolean => {
    subjectNames ??= [...new Set((opts.claims ?? []).flatMap((c) => names(c.subject)))].filter((x) => [...x.trim()].length >= 2);
    const lower = t.toLowerCase();
    return subjectNames.some((x) => lower.includes(x.toLowerCase()));
  };
  /** Cohesion rules of a story read to its end. */
  const endStory = (): void => {
    if (!reading) return;
    const st = reading;
    reading = undefined;
    if (featureTitle(st.headline))
      add('headline-feature', st.line, st.headline, "an outlet's question or column title: head the story with who did what");
    // …and a head of a target price or a rating naming no broker where its body names the one who made the call.
    if (unnamedBroker(st.headline) || unnamedCaller(st.headline, st.body.replace(/\*\*/g, '').split(/(?<=[。！？])/u), gaz))
      add('headline-broker', st.line, st.headline, 'a rating headline with the broker unnamed: name it');
    if (commaAfterSubject(st.headline, gaz))
      add('headline-comma', st.line, st.headline, "a comma right after the headline's subject: the subject and its verb run on");
    if (!hasSubject(st.headline, gaz, namesSubject))
      add('headline-subject', st.line, st.headline, 'a headline naming no one: say who did what');
    if (st.body.trim() !== '') {
      const untold = headlineUntold(st.headline, st.body);
      const unnamed = headlineNamesUntold(st.headline, st.body, gaz);
      if (untold.length > 0 || unnamed.length > 0)
        add(
          'headline-untold',
          st.line,
          st.headline,
          `the body never gives the headline's ${[...untold.map((f) => f.text), ...unnamed].join('、')}: the story tells its headline's event`,
        );
    }
    if (st.body.trim() !== '' && !featureTitle(st.headline)) {
      // The companies a head names are who its clauses are about: a clause is told by what it says of them.
      subjectNames ??= [...new Set((opts.claims ?? []).flatMap((c) => names(c.subject)))].filter((x) => [...x.trim()].length >= 2);
      const inHead = [...findEntities(st.headline, gaz).map((m) => m.text), ...subjectNames.filter((x) => st.headline.includes(x))];
      const words = headlineClausesUntold(st.headline, st.body, inHead).filter(wordsOnly);
      if (words.length > 0)
        add(
          'headline-clause-untold',
          st.line,
          st.headline,
          `the body never tells the headline's ${words.map((c) => `「${c}」`).join('、')}: tell it or drop it`,
        );
      // A head left by dropping clauses of its source's title: every clause of it is read beyond its names.
      else if (st.urls.some((u) => trimmedFrom(st.headline, opts.sourceTitles?.get(u) ?? ''))) {
        const left = trimmedClausesUntold(st.headline, st.body, inHead).filter(wordsOnly);
        if (left.length > 0)
          add(
            'headline-trimmed-untold',
            st.line,
            st.headline,
            `the headline is its source's title cut, and the body still never tells ${left.map((c) => `「${c}」`).join('、')}: tell it or head with what the lead tells`,
          );
      }
    }
    const lead = st.printed.filter((x) => x.para === 1).map((x) => x.text);
    if (lead.length > 0) {
      if (leadUndated(lead)) add('lead-undated', st.line, lead[0] as string, "a market move with no day in the story's lead: say when");
      const events = headlineEventUntold(st.headline, lead.join(''));
      if (events.length > 0)
        add('lead-event-untold', st.line, st.headline, `the lead never tells the headline's ${events.join('、')}: lead with the event`);
    }
    const sources = st.urls.flatMap((u) => {
      const ss = opts.sourceSentences?.get(u);
      // Read as the digest prints them: a note's 我们 is its broker, named (decision 108).
      return ss ? [brokerVoiceSentences(ss)] : [];
    });
    // Companies in order of mention: the gazetteer's, and the claims' subjects as the texts write them.
    const subjects = [...new Set((opts.claims ?? []).map((c) => c.subject))];
    const orgs = (t: string): string[] => {
      const at: [number, string][] = findEntities(t, gaz).flatMap((m) => (m.type === 'org' ? [[m.start, m.name] as [number, string]] : []));
      for (const sub of subjects)
        for (const nm of names(sub)) {
          const k = nm.trim() === '' ? -1 : t.indexOf(nm);
          if (k >= 0 && [...nm].length >= 2) at.push([k, sub]);
        }
      return at.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    };
    for (const s of subjectDrift(st.printed, st.headline, orgs))
      add(
        'subject-drift',
        st.line,
        s.text,
        `「${[...s.text].slice(0, 24).join('')}…」 after a sentence about another company reads as that company's: name its subject`,
      );
    for (const s of unprintedAntecedents(st.printed, sources, orgs))
      add(
        'dependent-sentence',
        st.line,
        s.text,
        `「${[...s.text].slice(0, 24).join('')}…」 leans on a sentence the digest does not print (此外, 其, 上述…): print both, name its subject, or neither`,
      );
  };
  for (; i < lines.length; i++) {
    const raw = lines[i] as string;
    const n = i + 1;
    if (/^\s*<details>/.test(raw)) inFold = true;
    if (inFold) {
      if (/<\/details>/.test(raw)) inFold = false;
      continue;
    }
    if (raw.trim() === '' || /^\s*(?:-{3,}|\*{3,})\s*$/.test(raw)) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    const text = plain(raw);
    if (heading) {
      endStory();
      lastSentence = '';
      moreSection = /^更多动态$/.test(text.trim());
      headings.push({ line: n, text: text, urls: [] });
      if (headProblems(text, false).includes('english-title')) add('english-title', n, raw, 'an English headline: write it in Chinese');
      const level = (heading[1] as string).length;
      const story =
        !note &&
        level >= 2 &&
        !/^(?:更多动态|资本与市场|技术突破与产品创新|应用落地与商业化|开源生态与产业趋势|企业战略与行业动态)$/.test(text.trim());
      opening = story;
      templateBlock = false;
      if (story && headProblems(text, true).includes('headline-length'))
        add('headline-length', n, raw, `a headline of ${[...text.trim()].length} characters: at most ${HEADLINE_LIMIT}`);
      if (story && !note) reading = { line: n, headline: text.trim(), printed: [], body: '', urls: [], para: 0 };
      if (story) {
        storyNo++;
        storyBold.clear();
        storyBody = '';
        blockLabel = '';
      }
      if (story) {
        // One company's same event told by two stories of the day (its name and the same amount in both headlines).
        const names = new Set(findEntities(text, loadGazetteer()).flatMap((m) => (m.type === 'media' ? [] : [m.name])));
        const money = extractFigures(text).filter((f) => f.kind === 'money');
        const twin = storyHeads.find(
          (o) =>
            o.money.some((x) =>
              money.some((y) => x.value === y.value && x.low === y.low && x.high === y.high && x.currency === y.currency),
            ) && [...o.names].some((nm) => names.has(nm)),
        );
        if (twin)
          add('same-event-twice', n, raw, `the story of line ${twin.line} tells the same event (same company, same amount): one story`);
        storyHeads.push({ line: n, names, money });
      }
      if (story && earlier.has(headlineWords(text)))
        add('repeated-headline', n, raw, 'an earlier day printed this headline: a follow-up leads with what is new that day');
      for (const f of note ? [] : extractFigures(text))
        if (f.kind === 'money' && BARE_AMOUNT.test(f.text))
          add('headline-unit', n, raw, `a headline amount without its currency: ${f.text}`);
    }
    // The links of a story (its headline's and its 来源 lines') until the next heading.
    const current = headings[headings.length - 1];
    if (current && current.line > 1) for (const m of raw.matchAll(/\]\((https?:[^)\s]+)\)/g)) current.urls.push(m[1] as string);
    // Sources dated after the digest's day.
    if (!note && day && opts.sourceDates) {
      for (const m of raw.matchAll(/\]\((https?:[^)\s]+)\)/g)) {
        const d = opts.sourceDates.get(m[1] as string);
        if (d && afterDay(d, day)) add('future-source', n, raw, `a source dated ${d.slice(0, 10)}, after the digest's day ${day}`);
      }
    }
    // A lead, a paragraph or a source-sentence bullet opens on a sentence that stands alone.
    if (!note && !heading) {
      if (/^\*\*[^*]+：\*\*$/.test(raw.trim())) {
        templateBlock = TEMPLATE_BLOCKS.test(raw.trim());
        blockLabel = raw.trim().replace(/^\*\*|：\*\*$/g, '');
      }
      const bullet = /^\s*[-*+]\s+/.test(raw);
      const more = /^\s*[-*+]\s+\*\*[^*]+\*\*[：:]/.test(raw);
      const sourceLine = /^(?:其他)?来源：/.test(text.trim());
      const checkIt = (opening && !sourceLine && !bullet) || (bullet && !templateBlock) || more;
      if (checkIt) {
        const first = text.replace(/^[^：]{1,60}：(?=\S)/, (m) => (more ? '' : m)).trim();
        // A 更多动态 line's bare 公司 is the company its bold title names.
        const titled = more && /^(?:公司|集团)/u.test(first);
        if (first !== '' && !/^\*\*[^*]+：\*\*$/.test(raw.trim()) && !selfContained(first) && !titled)
          add('dependent-opening', n, raw, 'opens on a word that points to a sentence not printed (此外, 另一, 该公司, It …)');
        // …and a story's lead never opens on a topic or a contrast with what came before (补贴之外，／资本开支方面，).
        else if (opening && !bullet && !more && TOPIC_OPENING.test(first))
          add('dependent-opening', n, raw, 'a lead opening on a topic or contrast with a sentence not printed (…之外，／…方面，)');
        // …nor on a bare index move whose day and cause a later sentence gives (创业板指涨2.87%。5月14日，A股…).
        else if (opening && !bullet && !more && leadsOnBareMove(first))
          add('dependent-opening', n, raw, 'a lead opening on a bare market move before the sentence giving its day: that sentence first');
        // …nor on a 这 / 该 / 本轮 whose referent no printed sentence names (知情人士称，本轮由…领投。).
        else if (opening && !bullet && !more && leansBack(first.replace(/\*\*/g, '').split(/(?<=[。！？])/u)[0] ?? ''))
          add('dependent-opening', n, raw, 'a lead opening on a 这／该／本轮 whose referent is in a sentence not printed: name it');
      }
      if (!sourceLine && raw.trim() !== '') opening = false;
    }
    // A dispute between values on different bases is no dispute.
    if (!note && opts.claims && /说法不一/.test(raw)) {
      const notes = new Set<string>();
      for (const m of raw.matchAll(/\*\*([^*]+)\*\*/g))
        for (const f of figuresOf(m[1] as string))
          for (const c of claimsStating(f, opts.claims))
            for (const st of c.statements)
              if (st.figure.kind === 'money' && claimsStating(f, [{ ...c, statements: [st] }]).length > 0)
                notes.add(amountBasis(st.figure, st.sentence) ?? '');
      if (notes.size > 1)
        add('basis-as-dispute', n, raw, 'values on different bases (含融资租赁, 区间中值 …) written as a dispute: say 口径不同');
    }
    if (!note && !heading) checkAnalysis(raw, text, n);
    if (!note && !heading && storyNo > 0) checkComparison(raw, text, n);
    if (reading && !heading) {
      const sourceLine = /^(?:其他)?来源：/.test(text.trim());
      for (const m of raw.matchAll(/\]\((https?:[^)\s]+)\)/g)) reading.urls.push(m[1] as string);
      if (!sourceLine) reading.body += `${text}\n`;
      const bullet = /^\s*[-*+]\s+/.test(raw);
      // The story's own paragraphs (a comparison with other outlets and the labelled blocks aside) are read in order.
      if (!sourceLine && !bullet && blockLabel === '' && !COMPARISON_LINE.test(text) && !/^\*\*[^*]+：\*\*$/.test(raw.trim())) {
        reading.para++;
        for (const sp of sentenceSpans(text)) if (sp.text.trim() !== '') reading.printed.push({ text: sp.text.trim(), para: reading.para });
      }
    }
    // A source's 今日 / 明日 / 昨日 copied into the digest of another day re-dates its event (relative-days.ts).
    if (!note && day && storyNo > 0 && opts.sourceDates && opts.sourceSentences) {
      datedSources ??= [...opts.sourceSentences].flatMap(([u, ss]) => {
        const d = sourceDay(opts.sourceDates?.get(u));
        return d ? ss.map((t) => ({ text: t, day: d })) : [];
      });
      for (const w of relativeDaysElsewhere(text, datedSources, day))
        add('relative-day', n, raw, `「${w.word}」 is the day of a source dated ${w.day}, not the digest's ${day}: say ${w.date}`);
    }
    if (!note && !/^#\s/.test(raw)) {
      const twiceUnit = doubledUnit(text);
      if (twiceUnit) add('doubled-unit', n, raw, `a currency unit printed twice: ${twiceUnit}`);
      const level = moveAsLevel(text);
      if (level) add('share-move-as-level', n, raw, `a share move printed as a price level: ${level} (say 上涨 / 下跌 N%)`);
      const twice = measureTwice(raw);
      if (twice)
        add('metric-twice', n, raw, `two values for one measure of one company and period: ${twice} (say what the other figure measures)`);
    }
    const bulletTitle = /^\s*[-*+]\s+\*\*([^*]+)\*\*[：:]/.exec(raw)?.[1];
    // A 更多动态 line's bold title is a head too: its standing is read like a story's (decision 130).
    if (!note && moreSection && bulletTitle) moreTitles.push({ line: n, text: bulletTitle.trim() });
    if (bulletTitle && headProblems(bulletTitle, false).includes('english-title'))
      add('english-title', n, raw, 'an English title in 更多动态: write it in Chinese');
    if (!note && bulletTitle && repeatsTitle(raw, bulletTitle))
      add('item-repeats-headline', n, raw, 'the line says its own title again: say what the title leaves out');
    // A title alone that states a figure gives it with no owner, basis or period a sentence would tell (an event title
    // without one, `阿里巴巴开源某模型`, is a flash).
    if (!note && moreSection && bareTitle(raw) && figuresOf(plain(raw)).some((f) => f.kind === 'money' || f.kind === 'percent'))
      add('more-empty', n, raw, 'a 更多动态 title stating a figure with nothing after it: say the news in a sentence');
    const collective = !note && moreSection ? collectiveOwner(plain(raw).replace(/^\s*[-*+]\s+/, '')) : undefined;
    if (collective)
      add('collective-owner', n, raw, `${collective} owns a figure here: name the company or body whose figure it is, or say 合计`);
    if (!note && !heading) {
      const twice = outletTwice(text);
      if (twice) add('source-twice', n, raw, `${twice} is named on both sides of the comparison: one outlet updating itself`);
      if (unterminated(raw, text))
        add('unterminated-sentence', n, raw, 'a paragraph that ends without 。！？: a sentence cut or its period dropped');
    }
    // Empty bullets.
    if (/^\s*[-*+]\s*$/.test(raw) || (/^\s*[-*+]\s+/.test(raw) && emptyText(raw.replace(/^\s*[-*+]\s+/, '')))) {
      add('empty-bullet', n, raw, 'an empty bullet');
      continue;
    }
    // Sources: never a file name or a bare domain.
    for (const s of sourceNames(raw)) if (notAName(s)) add('source-name', n, raw, `source named by a file name or a domain: ${s}`);
    if (/(?:^|[^\w/.-])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|md|txt|html?)(?:称|报道|表示|援引)/i.test(text)) {
      add('source-name', n, raw, 'a domain or file name cited as a source in the text');
    }
    // Body text without headings, source lists and the 更多动态 bullet title.
    const body = heading
      ? ''
      : text
          .replace(/（来源：[^）]*）\s*$/, '')
          .replace(/^(?:其他)?来源：.*$/, '')
          .replace(/^[^：]{1,40}：(?=\S)/, (m) => (/^\s*[-*+]\s+\*\*/.test(raw) ? '' : m));
    const tableRow = note && /^\s*\|/.test(raw);
    if (note && /^\s*<!--[\s\S]*-->\s*$/.test(raw)) continue;
    if (note && FILE_NAME.test(text)) add('file-name', n, raw, 'a file name in the text');
    if (note && !heading && !tableRow) traceAll(text, n);
    if (!heading && !tableRow && !/^\s*\*\*[^*]+[：:]\*\*\s*$/.test(raw) && englishProse(body)) {
      add('english-paragraph', n, raw, 'an English paragraph outside a <details> fold');
    }
    const unlinked = raw
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]+>/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/https?:\/\/\S+/g, '');
    if (HALF_WIDTH_BETWEEN_CHINESE.test(unlinked))
      add('half-width-punctuation', n, raw, 'half-width punctuation between Chinese characters');
    if (!note && HAN_CHAR.test(unlinked)) {
      if (cjkSpacing(unlinked) !== unlinked) add('mixed-spacing', n, raw, 'a space between a Chinese character and a number or Latin word');
      if (mainlandNumbers(mainlandWords(unlinked)) !== unlinked)
        add('regional-wording', n, raw, 'a word or number a mainland reader would not write (data/zh-mainland-terms.json)');
      const traditional = traditionalLeft(unlinked);
      if (traditional.length > 0)
        add(
          'traditional-script',
          n,
          raw,
          `Traditional characters in mainland copy (${[...new Set(traditional)].join('')}): write them in Simplified`,
        );
    }
    if (!note && !heading) {
      if (/\*\*\*\*/.test(raw)) add('adjacent-bold', n, raw, 'two bold spans touch: Markdown prints the markers');
      if (plainVoice(unlinked) !== unlinked)
        add('outlet-voice', n, raw, "another outlet's own voice (…获悉，/…注意到，/…讯，): cite it (据…报道，) or leave it out");
      if (NAME_GLUED_YEAR.test(unlinked)) add('name-glued-year', n, raw, 'a Latin name run into a year: a space belongs between them');
      const spansOf = sentenceSpans(body.replace(/\*\*/g, ''));
      spansOf.forEach((s, i) => {
        const next = spansOf[i + 1]?.text ?? '';
        if (unattributedQuote(s.text) && !SPEAKER_NEXT.test(next))
          add('unattributed-quote', n, s.text, 'a quotation without its speaker: name who said it or leave it out');
        if (bareShare(s.text))
          add(
            'share-no-market',
            n,
            s.text,
            'a market share with no market or no source: say of which market and who gives it, or leave it out',
          );
        if (estimateOwnVoice(s.text) || firstPersonVoice(s.text))
          add('estimate-own-voice', n, s.text, "someone's estimate in the digest's own voice: name who estimates it (据X测算 / X预计)");
        // A time counted from a moment (一年多以后) needs the sentence before it to date that moment.
        const before = i > 0 ? (spansOf[i - 1]?.text ?? '') : lastSentence;
        if (RELATIVE_TIME_OPENING.test(s.text.trim()) && !DATED.test(before))
          add('dangling-time', n, s.text, 'a time counted from a moment no sentence before it dates (一年多以后): date it or leave it out');
      });
      lastSentence = spansOf[spansOf.length - 1]?.text ?? lastSentence;
    }
    for (const s of note ? [] : sentenceSpans(body)) {
      const k = sentenceKey(s.text);
      if (k.length < 8) continue;
      const first = seen.get(k);
      if (first !== undefined) add('repeated-sentence', n, s.text, `the same sentence as line ${first}`);
      else seen.set(k, n);
    }
    // Bold: labels and 更多动态 titles aside, a bold span is a figure (read in its line: 约7300亿 takes the currency of
    // its sentence), and a traceable one.
    const spans: { start: number; end: number; inner: string }[] = [];
    let stripped = '';
    let last = 0;
    const glossAt = new Set<number>();
    for (const g of raw.matchAll(GLOSS)) {
      if (!isGloss(g[1] as string, g[2] as string)) continue;
      glossAt.add(g.index ?? 0);
      if (!note) add('glossary-gloss', n, g[0], `a glossary gloss belongs to notes, not to the digest: ${g[0]}`);
    }
    for (const m of raw.matchAll(/\*\*([^*]+)\*\*/g)) {
      const at = m.index ?? 0;
      if (note && glossAt.has(at)) {
        stripped += raw.slice(last, at) + (m[1] as string);
        last = at + m[0].length;
        continue;
      }
      stripped += raw.slice(last, at);
      const inner = m[1] as string;
      // A label: `**关键数据：**`, or a list item's bold title (`- **标题**：…`, `- **标题**（来源：…）`, `- **标题**`).
      const label =
        /[：:]$/.test(inner.trim()) ||
        (/^\s*[-*+]\s+$/.test(raw.slice(0, at)) && /^(?:[：:]|（来源|\s*$)/.test(raw.slice(at + m[0].length)));
      if (!label) spans.push({ start: stripped.length, end: stripped.length + inner.length, inner });
      stripped += inner;
      last = at + m[0].length;
    }
    stripped += raw.slice(last);
    if (spans.length > 0) {
      const lineFigures = figuresOf(stripped);
      for (const sp of spans) {
        const figs = lineFigures.filter((f) => f.start < sp.end && f.end > sp.start);
        if (figs.length === 0) {
          add('bold-not-figure', n, sp.inner, `bold text that is not a figure: ${sp.inner}`);
          continue;
        }
        if (opts.claims && !note) {
          // Every source states the amount as a bound (逾, 至少, 最多): printed bare it is a different claim.
          for (const f of figs) {
            if (f.kind !== 'money' || f.qualifier !== 'exact') continue;
            const sts = statementsOf(f, stripped, opts.claims, names).map((x) => x.st.figure.qualifier);
            if (sts.length > 0 && sts.every((q) => q === 'min' || q === 'max'))
              add(
                'qualifier-lost',
                n,
                sp.inner,
                `${f.text}: its sources give it as a bound (${sts[0] === 'min' ? '逾/至少' : '最多'}), not an exact amount`,
              );
          }
        }
        if (allowed && !note) {
          const bad = figs.filter((f) => traceFigure(f, allowed as AllowedFigure[]) === undefined);
          if (bad.length > 0) add('bold-untraced', n, sp.inner, `a bold figure no source states: ${bad.map((f) => f.text).join('、')}`);
        }
      }
    }
  }
  endStory();
  // Headline figures: given to their owner.
  if (opts.claims && opts.claims.length > 0) {
    // Companies a head names: the gazetteer's, and the claims' subjects as the texts write them.
    const claimSubjects = [...new Set(opts.claims.map((c) => c.subject))].filter((sub) => !commonNoun(sub));
    const headOrgs = (t: string): NamedAt[] => {
      const at: NamedAt[] = findEntities(t, gaz).flatMap((m) => (m.type === 'org' ? [{ start: m.start, end: m.end, name: m.name }] : []));
      // A Latin name may stand without its legal tail (Colossus Compute for Colossus Compute Funding).
      for (const sub of claimSubjects)
        for (const nm of [...names(sub), withoutLegalTail(sub)]) {
          const k = [...nm.trim()].length >= 2 ? t.indexOf(nm) : -1;
          if (k >= 0) at.push({ start: k, end: k + nm.length, name: sub });
        }
      return at;
    };
    // The digest's title (front matter, `# `) repeats a story's headline: it takes that story's sources.
    for (const h of headings)
      if (h.urls.length === 0) h.urls = headings.find((o) => o !== h && o.text === h.text && o.urls.length > 0)?.urls ?? [];
    // A head naming no one is headline-subject's: its owner is not read twice.
    const subjectless = new Set(problems.filter((p) => p.rule === 'headline-subject').map((p) => p.text));
    for (const h of headings) {
      if (subjectless.has(h.text.trim())) continue;
      for (const f of figuresOf(h.text)) {
        if (f.kind !== 'money' && f.kind !== 'percent') continue;
        // Scoped to the story's own sources when they are known.
        const ids = new Set(h.urls.flatMap((u) => opts.itemIdsByUrl?.get(u) ?? []));
        const stating = claimsStating(f, opts.claims).filter(
          (c) => sameMeasure(h.text, c) && (ids.size === 0 || c.statements.some((st) => ids.has(st.itemId))),
        );
        if (stating.length === 0) continue;
        // A city's government is named by its city ('上海单家企业年度补贴上限提至5000万元' → Shanghai government).
        const byPlace = (subject: string): boolean => governmentPlaces(subject).some((p) => h.text.includes(p));
        // A Latin name may stand without its legal tail (Lakeshore Compute for Lakeshore Compute Holdings).
        // …or by the short form an untranslated name heads by (its head words and kind: head-names.ts).
        const byShortName = (subject: string): boolean => {
          const short = withoutLegalTail(subject);
          if (short !== subject && /^[A-Za-z]/.test(short) && h.text.includes(short)) return true;
          const said = stating.flatMap((c) => c.statements.map((st) => st.sentence));
          return /^[A-Za-z]/.test(subject) && shortForms(subject, said).some((form) => h.text.includes(form));
        };
        // A unit's or a product's figure headed under the company it belongs to (移动云's contract as 中国移动's, Azure's
        // growth as 微软云业务's: gazetteer unitOf / parent).
        const byOwner = (subject: string): boolean => {
          const owner = ownerOf(subject, gaz);
          return owner !== undefined && names(owner).some((n) => [...n.trim()].length >= 2 && h.text.includes(n));
        };
        if (
          !stating.some(
            (c) =>
              named(h.text, c.subject, names, opts.isGroup ?? (() => false), opts.holders) ||
              byPlace(c.subject) ||
              byShortName(c.subject) ||
              byOwner(c.subject) ||
              // A pair's other party (a contract's customer or supplier, an investment's target) is one of its owners too.
              (c.counterparty !== undefined && named(h.text, c.counterparty, names, opts.isGroup ?? (() => false))),
          )
        ) {
          const owners = [...new Set(stating.map((c) => c.subject))].join(' / ');
          add('headline-owner', h.line, h.text, `headline figure ${f.text} belongs to ${owners}, not named in the headline`);
        } else {
          // …and the company the head gives it to is one that owns it (not a shareholder glued before the issuer, not
          // a supplier for its customer's vehicle, not a listed subsidiary for its parent).
          const given = headOwners(h.text, f.text, headOrgs);
          const rel = {
            ownerOf: (x: string) => ownerOf(x, gaz),
            unitOwnerOf: (x: string) => unitOwnerOf(x, gaz),
            holders: opts.holders ?? (() => []),
            vehicle: VEHICLE_NOUN.test(h.text),
          };
          const wrong = given.length > 0 && given.every((g) => !ownsFigure(g, stating, rel));
          if (wrong)
            add(
              'headline-owner',
              h.line,
              h.text,
              `headline figure ${f.text} is ${[...new Set(stating.map((c) => c.subject))].join(' / ')}'s, headed as ${given.join('、')}'s`,
            );
        }
        // The head's period (written with its year) is the claims'.
        const period = headPeriod(h.text, f.text, day ?? null);
        if (period !== undefined && periodDiffers(period, stating))
          add(
            'headline-period',
            h.line,
            h.text,
            `headline figure ${f.text} is of ${[...new Set(stating.map((c) => c.period))].join(' / ')}, headed as ${period}'s`,
          );
        // …and a month's own figure (every statement of it says 8月营收, August revenue) heads with its month.
        const months = stating.flatMap((c) => c.statements.map((st) => reportedMonth(c.period, st.sentence)));
        const month = months[0];
        if (month !== undefined && months.every((m) => m === month) && !monthNamed(h.text, f.text))
          add('headline-month', h.line, h.text, `headline figure ${f.text} is the figure of month ${month}: the head says ${month}月`);
      }
    }
  }
  // Headline standing: 传 on a figure a source states firmly, a rumoured figure told as fact (decision 122).
  if (opts.claims && opts.claims.length > 0) {
    const urlsOf = new Map<string, string>();
    for (const [url, ids] of opts.itemIdsByUrl ?? []) for (const id of ids) urlsOf.set(id, url);
    const itemText = (id: string): string | undefined => {
      const url = urlsOf.get(id);
      const sentences = url === undefined ? undefined : opts.sourceSentences?.get(url);
      return sentences ? `${opts.sourceTitles?.get(url as string) ?? ''}\n${sentences.join(' ')}` : undefined;
    };
    const namedFirst = (t: string) => findEntities(t, gaz).some((m) => m.start === 0 && m.text.startsWith('传'));
    // What the sources had said by the digest's day: a later day's report is no source of this head.
    const byDay =
      day === undefined
        ? opts.claims
        : opts.claims.map((c) => ({ ...c, statements: c.statements.filter((st) => !st.date || st.date.slice(0, 10) <= day) }));
    for (const p of standingProblems([...headings, ...moreTitles], byDay, names, itemText, namedFirst))
      add(p.rule, p.line, p.text, p.message);
  }
  // Headline deals: the verb agrees with the edge of its amount (who pays whom, for a stake or for goods).
  if (opts.deals && opts.deals.length > 0)
    for (const h of headings) {
      const ids = new Set(h.urls.flatMap((u) => opts.itemIdsByUrl?.get(u) ?? []));
      for (const f of figuresOf(h.text)) {
        if (f.kind !== 'money') continue;
        const edges = opts.deals.filter((e) => e.amount !== undefined && tells(f, e.amount) && (ids.size === 0 || ids.has(e.itemId)));
        const clause = headlineClauses(h.text).find((c) => c.includes(f.text)) ?? h.text;
        const bad = edges.length > 0 ? dealAgainst(clause, edges, names) : undefined;
        if (bad)
          add(
            'headline-deal-direction',
            h.line,
            h.text,
            bad.why === 'kind'
              ? `headline figure ${f.text} is a ${bad.edge.kind} deal of ${bad.edge.from} with ${bad.edge.to}: the head's verb says another kind`
              : `headline figure ${f.text} is paid by ${bad.edge.from} to ${bad.edge.to}: the head makes the payee the payer`,
          );
      }
    }
  if (!note && opts.earlierDigests) problems.push(...toldBeforeProblems(markdown, opts.earlierDigests, opts.claims, names));
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * Whether the body tells the measure a comparison is about (its subject and its measure word, the period aside:
 * `四巨头2026年资本开支说法不一：…` against a body on 四巨头's 资本开支), though with another outlet's value.
 * @example measureTold('甲公司2026年资本开支说法不一：乙称**50亿元**。', '甲公司今年资本开支约**60亿元**。') // → true
 */
export function measureTold(comparison: string, body: string): boolean {
  const t = comparison.replace(/\*\*/g, '');
  const phrase = /^与此前报道对比：/.test(t) ? /曾称(.+?)为/u.exec(t)?.[1] : /^(.+?)(?:各方)?(?:说法不一|口径不同)：/u.exec(t)?.[1];
  if (!phrase) return false;
  const m = /^(.*?)\s*\d{4}(?:至\d{4})?(?:财)?年?(?:第[一二三四]财?季度?|上半年|下半年|前三季度)?(.*)$/u.exec(phrase);
  const [subject, measure] = m ? [m[1] as string, m[2] as string] : [phrase, ''];
  return subject.trim() !== '' && body.includes(subject.trim()) && body.includes(measure.trim());
}

/** A 据…报道 / …消息 opening of a sentence. */

/**
 * Whether a 更多动态 line's first sentence is its bold title again, word for word (a `据…报道，` opening aside), alone,
 * before a comma, or opening the sentence (a flash: the title cut before its figure, the whole sentence after it).
 * @example repeatsTitle('- **甲获乙维持买入评级**：甲获乙维持买入评级，目标价186元。（来源：乙）', '甲获乙维持买入评级') // → true
 */
export function repeatsTitle(raw: string, title: string): boolean {
  const item = plain(raw).trim();
  const line = (item.startsWith(title) ? item.slice(title.length) : item.replace(/^[^：:]{1,60}/, ''))
    .replace(/^[：:]/, '')
    .replace(/（来源：[^）]*）\s*$/, '')
    .trim();
  const first = sentenceSpans(line)[0]?.text ?? '';
  if (first === '') return false;
  // A rumour's mark (传…, decision 114) is no part of what the title says.
  const head = title
    .replace(/（[^（）]*）$/u, '')
    .trim()
    .replace(/^传/u, '');
  const said = first.replace(REPORTED_OPENING, '').replace(/[。！？]$/u, '');
  // A flash (`**甲将追加投资**：甲将追加投资最多250亿美元。`) opens on its title word for word: the title said twice.
  const opensOnTitle = [...head].length >= 4 && said.startsWith(head);
  return said === head || opensOnTitle || afterHeadline(first, head) !== undefined || saysHeadline(first, head);
}

/** A share price said to reach or be a percentage (`股价增至8%`, `股价盘后为5%`). */
const MOVE_AS_LEVEL = /股价(?:盘后|盘前|盘中|收盘)?(?:增至|增加至|升至|涨至|上涨至|降至|跌至|下跌至|为|达到?)\s*(?:约|近|超过?)?[\d.]+%/u;

/**
 * The words printing a share move as a level its price reached (`股价增至8%`), or undefined: a price is an amount, its
 * change a percentage (`股价上涨8%`).
 * @example moveAsLevel('据路透社报道，甲公司股价增至8%。') // → '股价增至8%'
 */
export function moveAsLevel(text: string): string | undefined {
  return MOVE_AS_LEVEL.exec(text.replace(/\*\*/g, ''))?.[0];
}

/**
 * Whether a bullet is a bold title alone, its 来源 aside (`- **甲发布新模型**（来源：[乙](…)）`).
 * @example bareTitle('- **甲发布新模型**（来源：[乙](https://x.cn/1)）') // → true
 */
export function bareTitle(raw: string): boolean {
  return /^\s*[-*+]\s+\*\*[^*]+\*\*\s*(?:（来源：.*）)?\s*$/u.test(raw);
}

/** A collective noun for several companies (四大巨头, 科技巨头, 大厂, 三大云厂商, Big Tech). */
const COLLECTIVE =
  /(?:(?:美国|美股|中国|国内|海外|全球)?(?:[二三四五六七八九十两]|\d{1,2})大(?:科技|云|云计算|互联网|AI|芯片|存储)?(?:巨头|厂商|公司|服务商|云厂商)|(?:科技|云|互联网|AI|芯片)?巨头(?:们)?|大厂(?:们)?|\bbig tech\b|\bhyperscalers\b)/iu;
/** Words that make a figure the group's own: a total, a share of each, a range across members. */
const COMBINED = /合计|共计|总计|累计|合共|总共|总和|总额|均|各自|分别|combined|together/iu;

/**
 * The collective noun a 更多动态 line gives a figure to (its title, or the clause of its first sentence that states the
 * figure), unless a word makes the figure the group's own (合计, 均, 分别): one figure of one company or one government
 * is never 四大巨头's.
 * @example collectiveOwner('**四大巨头资本开支降至500亿美元**：…') // → '四大巨头'
 * @example collectiveOwner('**四大巨头资本开支合计超6000亿美元**：…') // → undefined
 */
export function collectiveOwner(line: string): string | undefined {
  const t = line.replace(/\*\*/g, '').replace(/（来源：.*）\s*$/u, '');
  const [title, body = ''] = t.split(/[：:](.*)/su);
  const first = sentenceSpans(body.trim())[0]?.text ?? '';
  for (const part of [title ?? '', ...first.split(/[，；]/u)]) {
    const m = COLLECTIVE.exec(part);
    if (!m || COMBINED.test(part)) continue;
    // The noun must own the clause's figure: it comes before the first amount or percentage of the clause.
    const fig = /\d/.exec(part);
    if (fig && m.index < fig.index && figuresOf(part).some((f) => f.kind === 'money' || f.kind === 'percent')) return m[0];
  }
  return undefined;
}

/**
 * The outlet a comparison with an earlier report names on both sides (`与此前报道对比：甲曾称…，甲、乙称…`), else undefined.
 * @example outletTwice('与此前报道对比：36氪曾称估值约为180亿美元，36氪称182亿美元。') // → '36氪'
 */
export function outletTwice(text: string): string | undefined {
  const m = /^与此前报道对比：(.+?)曾称.+?，([^，。；]+?)称[^，。；]*[。；]/u.exec(text.replace(/\*\*/g, ''));
  if (!m) return undefined;
  const before = (m[1] as string).split('、');
  const now = (m[2] as string).split('、');
  return before.find((o) => now.includes(o));
}

/**
 * Whether a body paragraph (not a heading, a bullet, a bold label, a source line, an image, a table or HTML) ends without
 * a sentence's closing mark.
 * @example unterminated('营收102亿美元，环比增长约19%', '营收102亿美元，环比增长约19%') // → true
 */
export function unterminated(raw: string, text: string): boolean {
  const t = raw.trim();
  if (t === '' || /^(?:[-*+]\s|\d+\.\s|#|>|\||<|!\[|\*\*[^*]+[：:]\*\*$)/.test(t)) return false;
  if (/^(?:其他)?来源：/.test(text.trim()) || !/\p{Script=Han}/u.test(t)) return false;
  return !/[。！？…”’」』）)\]]$/u.test(t.replace(/\*\*$/, ''));
}
