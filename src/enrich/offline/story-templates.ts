/** The Chinese-writing table of the offline engine (data/story-templates.json), validated with zod and compiled. */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { targetPriceSource } from '../../util/target-price.js';
import { perShareAt } from './per-share.js';

export const DEFAULT_STORY_TEMPLATES_FILE = fileURLToPath(new URL('../../../data/story-templates.json', import.meta.url));

const schema = z
  .object({
    $comment: z.string().optional(),
    events: z.array(
      z
        .object({
          id: z.string(),
          pattern: z.string(),
          verb: z.string(),
          uses: z.string().regex(/^(?:deal:[a-z-]+|claim(?::[a-z-]+)?|object|venture|guidance)$/),
          change: z.enum(['up', 'down']).optional(),
          template: z.string().optional(),
          templateNoAmount: z.string().optional(),
          names: z.literal(true).optional(),
        })
        .strict(),
    ),
    modality: z.array(z.object({ pattern: z.string(), word: z.string(), prose: z.boolean().optional() }).strict()),
    metricWords: z.record(
      z.string(),
      z.array(z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), z.literal('clause')])])),
    ),
    timeWords: z.array(z.tuple([z.string(), z.string()])).default([]),
    marketMove: z
      .object({
        $comment: z.string().optional(),
        shares: z.string(),
        up: z.string(),
        down: z.string(),
        notToday: z.string(),
        timing: z.array(z.tuple([z.string(), z.string()])),
      })
      .strict()
      .optional(),
    sentences: z.record(z.string(), z.string()),
    pairVerbs: z.record(z.string(), z.string()).default({}),
    titleMeasures: z.array(z.tuple([z.string(), z.string()])).default([]),
    ventureWhat: z.array(z.tuple([z.string(), z.string()])).default([]),
    ipoVenues: z.array(z.tuple([z.string(), z.string()])).default([]),
    ipoStages: z.array(z.tuple([z.string(), z.string()])).default([]),
    goods: z.array(z.tuple([z.string(), z.string()])).default([]),
    brokerRatings: z.array(z.tuple([z.string(), z.string()])).default([]),
    brokerActions: z.array(z.tuple([z.string(), z.string()])).default([]),
    secondary: z.array(z.tuple([z.enum(['before', 'after']), z.string()])).default([]),
    estimates: z.array(z.tuple([z.enum(['above', 'below', 'inline', 'versus']), z.string()])).default([]),
    targetMultiples: z.array(z.tuple([z.string(), z.string()])).default([]),
    instruments: z.array(z.tuple([z.string(), z.string()])).default([]),
    asides: z.array(z.string()).default([]),
  })
  .strict();

export interface EventRule {
  id: string;
  re: RegExp;
  verb: string;
  uses: string;
  change?: 'up' | 'down';
  template?: string;
  templateNoAmount?: string;
  /**
   * The verb only names the act on a figure a story told before as a bare fact (董事会批准, decision 175): the story is
   * told with it but keeps the standing the fact alone gave it (a brief stays a brief).
   */
  names?: true;
}

export interface StoryTemplates {
  events: EventRule[];
  /**
   * Hedge words of a deal not done (in talks, nears, seeks, is raising), each with its Chinese word; `prose` ones are
   * read in a report's sentence before its figure too, not only in the title (decision 102).
   */
  modality: { re: RegExp; word: string; prose?: boolean }[];
  /** `clause`: the pattern is tested on the figure's own clause only. */
  metricWords: Record<string, { re: RegExp | null; word: string; clause?: boolean }[]>;
  timeWords: { re: RegExp; word: string }[];
  /**
   * How a share-price move is told in an English sentence: its clause names shares or stock (`shares`), a rise or fall
   * (`up` / `down`, the word nearest before the figure), never a span of days (`notToday`: over the past year, so far
   * this year); `timing` gives the session word (extended trading → 盘后).
   */
  marketMove?: { shares: RegExp; up: RegExp; down: RegExp; notToday: RegExp; timing: { re: RegExp; word: string }[] };
  sentences: Record<string, string>;
  /** A pair claim's label told as a verb (订单金额 → 下单: 甲骨文向英伟达下单约400亿美元); labels opening on 采购 are verbs. */
  pairVerbs: Record<string, string>;
  /**
   * Words an English title names a measure by that are no keyword of the extractor's lexicon (`compute bill`: what a
   * company has committed to pay for compute, the `contract` measure): the title's measure, for its facts only.
   */
  titleMeasures: { re: RegExp; metric: string }[];
  /**
   * What a joint venture the title names is for (`AI Data Center Venture` → 建设AI数据中心): [regex on the English title,
   * Chinese verb phrase]; the last pair's empty regex is the default (成立新公司).
   */
  ventureWhat: { re: RegExp | null; what: string }[];
  /** Where a listing is (`Star Market`, `Shanghai` → 科创板 / A股; `Hong Kong` → 港股): [regex on the title and lead, word]. */
  ipoVenues: { re: RegExp; word: string }[];
  /**
   * Which step of a listing the title reports (`prices … at top of range` → 定价于区间上限, `debuts` → 上市首日): [regex on the
   * English title, Chinese phrase after `IPO`]; the first that matches.
   */
  ipoStages: { re: RegExp; word: string }[];
  /**
   * The goods a title names (`AI Chip Export Rule`, `$10bn to AMD chips`) → AI芯片 / 芯片 / GPU / HBM: [regex on the English
   * title, Chinese noun]; the first that matches. What an export curb restricts, what a bare purchase buys.
   */
  goods: { re: RegExp; word: string }[];
  /** A broker's rating words (`BUY`, `Overweight`) → 买入 / 增持: [regex on the note's head, Chinese rating]; the first that matches. */
  brokerRatings: { re: RegExp; word: string }[];
  /** What the broker did with its rating (`maintain`, `upgrade to`) → 维持 / 上调至: [regex, Chinese]; none matching: 给予. */
  brokerActions: { re: RegExp; word: string }[];
  /**
   * Words that make a figure no plain value of its owner (a further amount, an earlier round's, an after-hours move):
   * `before` patterns are tested on the text ending at the figure, `after` ones on the text right after it
   * (english-owner.ts secondaryFigure).
   */
  secondary: { where: 'before' | 'after'; re: RegExp }[];
  /**
   * How a results figure compares with the market's estimates, read right after it (`ahead of analysts' estimates`):
   * above / below / inline, or `versus` (`compared with estimates of $26.5 billion`: the side follows from the values).
   */
  estimates: { side: EstimateSide; re: RegExp }[];
  /** The valuation measure a broker's target multiple applies to (`25x FY27E P/E` → 预期市盈率): [regex after the multiple, Chinese]. */
  targetMultiples: { re: RegExp; word: string }[];
  /**
   * The instrument of an investment flow when its figure's clause says it is no equity stake (`a $2 billion loan`,
   * `provide debt financing`): [regex on the clause, key]; the key names the sentences `flowWith.<key>` (instrument.ts).
   */
  instruments: { re: RegExp; key: string }[];
  /** Openings of a non-restrictive aside after a name and a comma (`, which`, `, an asset manager with`), global (aside.ts). */
  asides: RegExp[];
}

/** Where a reported or forecast figure stands against the market's estimates; `versus` leaves it to the values. */
export type EstimateSide = 'above' | 'below' | 'inline' | 'versus';

/** The verb a pair claim's label is told with (`{subject}向{counterparty}{verb}`), when it is one. */
export function pairVerb(label: string, t: StoryTemplates): string | undefined {
  if (label.startsWith('采购')) return label;
  return t.pairVerbs[label];
}

/** Sentence templates the engine needs; a table without them is refused. */
const REQUIRED = [
  'reported',
  'deal',
  'dealNoAmount',
  'claimVerb',
  'claimModal',
  'claimIs',
  'claimChange',
  'object',
  'contractWith',
  'fallback',
];

/** Validates and compiles a table (throws naming `file`). */
/**
 * An event pattern's clause span (`[^.;]*`, no sentence or clause stop) reads a decimal point as part of its number:
 * `Vehicle Sells $16.5 Billion of Bonds` is one clause, as `Sells $16 Billion of Bonds` is.
 */
export function decimalSpans(pattern: string): string {
  return pattern.replaceAll('[^.;]', '(?:[^.;]|(?<=\\d)\\.(?=\\d))');
}

export function compileStoryTemplates(raw: unknown, file = 'story templates'): StoryTemplates {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`[enrich] [templates] ${file}: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}`);
  }
  const t = parsed.data;
  const missing = REQUIRED.filter((k) => !t.sentences[k]);
  if (missing.length) throw new Error(`[enrich] [templates] ${file}: sentences.${missing[0]} is missing`);
  const re = (p: string, where: string, flags = 'iu') => {
    try {
      return new RegExp(p, flags);
    } catch (cause) {
      throw new Error(`[enrich] [templates] ${file}: ${where}: bad regex ${p}`, { cause });
    }
  };
  return {
    events: t.events.map((e) => ({
      id: e.id,
      // A decimal point is no clause stop: `sells $16.5 billion of bonds` is one span for `[^.;]*`.
      re: re(decimalSpans(e.pattern), `events.${e.id}`),
      verb: e.verb,
      uses: e.uses,
      ...(e.change ? { change: e.change } : {}),
      ...(e.template ? { template: e.template } : {}),
      ...(e.templateNoAmount ? { templateNoAmount: e.templateNoAmount } : {}),
      ...(e.names ? { names: true as const } : {}),
    })),
    modality: t.modality.map((m, i) => ({ re: re(m.pattern, `modality.${i}`), word: m.word, ...(m.prose ? { prose: true } : {}) })),
    metricWords: Object.fromEntries(
      Object.entries(t.metricWords).map(([k, pairs]) => [
        k,
        pairs.map(([p, word, scope]) => ({
          re: p ? re(p.replaceAll('{targetPrice}', targetPriceSource({ abbreviations: true })), `metricWords.${k}`) : null,
          word,
          ...(scope ? { clause: true } : {}),
        })),
      ]),
    ),
    timeWords: t.timeWords.map(([p, word], i) => ({ re: re(p, `timeWords.${i}`), word })),
    ...(t.marketMove
      ? {
          marketMove: {
            shares: re(t.marketMove.shares, 'marketMove.shares'),
            up: re(t.marketMove.up, 'marketMove.up', 'giu'),
            down: re(t.marketMove.down, 'marketMove.down', 'giu'),
            notToday: re(t.marketMove.notToday, 'marketMove.notToday'),
            timing: t.marketMove.timing.map(([p, word], i) => ({ re: re(p, `marketMove.timing.${i}`), word })),
          },
        }
      : {}),
    sentences: t.sentences,
    pairVerbs: Object.fromEntries(Object.entries(t.pairVerbs).filter(([k]) => k !== '$comment')),
    titleMeasures: t.titleMeasures.map(([p, metric], i) => ({ re: re(p, `titleMeasures.${i}`), metric })),
    ventureWhat: t.ventureWhat.map(([p, what], i) => ({ re: p ? re(p, `ventureWhat.${i}`) : null, what })),
    ipoVenues: t.ipoVenues.map(([p, word], i) => ({ re: re(p, `ipoVenues.${i}`), word })),
    ipoStages: t.ipoStages.map(([p, word], i) => ({ re: re(p, `ipoStages.${i}`), word })),
    goods: t.goods.map(([p, word], i) => ({ re: re(p, `goods.${i}`), word })),
    brokerRatings: t.brokerRatings.map(([p, word], i) => ({ re: re(p, `brokerRatings.${i}`, 'u'), word })),
    brokerActions: t.brokerActions.map(([p, word], i) => ({ re: re(p, `brokerActions.${i}`), word })),
    secondary: t.secondary.map(([where, p], i) => ({ where, re: re(p, `secondary.${i}`) })),
    estimates: t.estimates.map(([side, p], i) => ({ side, re: re(p, `estimates.${i}`) })),
    targetMultiples: t.targetMultiples.map(([p, word], i) => ({ re: re(p, `targetMultiples.${i}`), word })),
    instruments: t.instruments.map(([p, key], i) => ({ re: re(p, `instruments.${i}`), key })),
    asides: t.asides.map((p, i) => re(p, `asides.${i}`, 'giu')),
  };
}

let cached: StoryTemplates | undefined;
/** The shipped table (data/story-templates.json), read once through the one table loader. */
export function defaultStoryTemplates(): StoryTemplates {
  cached ??= compileStoryTemplates(loadDataTable('story-templates.json', schema), DEFAULT_STORY_TEMPLATES_FILE);
  return cached;
}

/**
 * The clause of a sentence that holds a figure: Chinese clauses end at ，；。, English ones at ; or a comma before a
 * conjunction (', while', ', and'); the whole sentence when the figure is not found.
 */
export function figureClause(sentence: string, figureText: string | undefined): string {
  const at = figureText ? sentence.indexOf(figureText) : -1;
  if (at < 0 || !figureText) return sentence;
  const end = at + figureText.length;
  const bounds = /[，；;。]|,\s+(?:while|and|but|whereas|which)\b/g;
  let start = 0;
  let stop = sentence.length;
  for (const m of sentence.matchAll(bounds)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) start = i + m[0].length;
    else if (i >= end) {
      stop = i;
      break;
    }
  }
  return sentence.slice(start, stop);
}

/** A sentence a figure of the claim stands in, with that figure's text (its clause is read first). */
export interface WordEvidence {
  sentence: string;
  figureText?: string;
}

/**
 * The metric word the source itself uses: a commitment stays 承诺, a backlog 在手订单, a purchase of GPUs 采购GPU, an
 * agreement 协议金额; a contract is 合同 only where a source says contract. With the figure's text, each pattern is tried on
 * the figure's own clause first, then (unless marked `clause`) on the whole sentence; then the same on each further
 * sentence of `also` (the claim's other statements: a figure restated in a sentence with no measure word — `以当前汇率计算，
 * 70亿元人民币约合9.8亿美元` — keeps the word of the sentence that first stated it); only then the table's neutral default.
 * @example metricWord('contract', 'its compute commitments total $1.4 trillion', t) // → '算力采购承诺'
 */
export function metricWord(
  metric: string,
  sentence: string,
  t: StoryTemplates,
  fallback?: string,
  figureText?: string,
  also: readonly WordEvidence[] = [],
): string | undefined {
  // A per-share amount of a measure (`$1.25 a share`, `EPS of $2.10`) is worded by the measure's `-per-share` rows
  // (每股收益), never as the total (净利润).
  const own = figureText !== undefined && perShareAt(sentence, figureText) ? t.metricWords[`${metric}-per-share`] : undefined;
  const pairs = own ?? t.metricWords[metric] ?? [];
  for (const ev of [{ sentence, ...(figureText !== undefined ? { figureText } : {}) }, ...also]) {
    const clause = figureClause(ev.sentence, ev.figureText);
    for (const { re, word } of pairs) if (re?.test(clause)) return word;
    for (const { re, word, clause: only } of pairs) if (re && !only && re.test(ev.sentence)) return word;
  }
  return pairs.find((p) => p.re === null)?.word ?? fallback;
}

/**
 * The metric word the figure's own clause states, never a neutral default nor a word of another clause: what a headline
 * built from a fact may call its figure (`其余10亿元补充流动资金` states no 资本开支, whatever label the figure carries).
 * @example statedMetricWord('capex', '拟投入产线项目35亿元，其余10亿元补充流动资金。', t, '10亿元') // → undefined
 */
export function statedMetricWord(metric: string, sentence: string, t: StoryTemplates, figureText: string): string | undefined {
  const clause = figureClause(sentence, figureText);
  return (t.metricWords[metric] ?? []).find((p) => p.re?.test(clause))?.word;
}
