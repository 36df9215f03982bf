/**
 * How much news a top story is (decision 109): its kind (a company's results, a deal where money moves, a policy, a
 * price war, a supplier's monthly sales, other) × the scale of its headline's largest amount × novelty (a repeat or
 * lesser news counts half) × AI relevance. Kinds and their cues in data/story-weight.json; pure functions of a story's
 * headline, titles and standing. Read by writeDigest's `newsFirst`: the day's weightiest story keeps a full story.
 */
import { z } from 'zod';
import { extractFigures } from '../extract/index.js';
import { loadDataTable } from '../util/data-table.js';
import { cueMatcher } from './news-weight.js';
import { largestUsd } from './usd-equivalent.js';

const tableSchema = z.object({
  kinds: z.array(z.object({ kind: z.string(), weight: z.number().positive(), cues: z.array(z.string()).default([]) })),
  fullKinds: z.array(z.string()).default([]),
  lesserKinds: z.array(z.string()).default([]),
  eventKinds: z.array(z.string()).default([]),
  openMargin: z.number().min(1).default(2),
  openFigures: z.number().int().min(2).default(3),
  outletBonus: z.number().min(0).default(0),
  outletCap: z.number().int().min(1).default(1),
});

/** A kind of news and its base weight. */
export interface StoryKind {
  kind: string;
  weight: number;
}

let kinds: { kind: StoryKind; test: (text: string) => boolean }[] | undefined;
let fullKinds: ReadonlySet<string> | undefined;
let lesserKinds: ReadonlySet<string> | undefined;
let eventKinds: ReadonlySet<string> | undefined;
let margin = 2;
let promotedFigures = 3;
let outletBonus = 0;
let outletCap = 1;
function load(): NonNullable<typeof kinds> {
  if (kinds) return kinds;
  const table = loadDataTable('story-weight.json', tableSchema);
  fullKinds = new Set(table.fullKinds);
  lesserKinds = new Set(table.lesserKinds);
  eventKinds = new Set(table.eventKinds);
  margin = table.openMargin;
  promotedFigures = table.openFigures;
  outletBonus = table.outletBonus;
  outletCap = table.outletCap;
  kinds = table.kinds.map((k) => ({
    kind: { kind: k.kind, weight: k.weight },
    // A kind with no cues (other) is every story's.
    test: k.cues.length > 0 ? cueMatcher(k.cues) : () => true,
  }));
  return kinds;
}

/**
 * Whether a thin telling of a story of this kind may stay a full story when it is the day's biggest item (a company's
 * results read from its report: yes; a deal whose parties a template may turn round: no).
 */
export function keepsFullWhenThin(kind: string): boolean {
  load();
  return fullKinds?.has(kind) ?? false;
}

/**
 * Whether a story of this kind is lesser news than a same-day event (decision 116): a supplier's monthly or cumulative
 * sales opens the day only when no fuller event of the day does (data/story-weight.json `lesserKinds`).
 */
export function lesserKind(kind: string): boolean {
  load();
  return lesserKinds?.has(kind) ?? false;
}

/**
 * Whether a story of this kind is an event of the day (decision 121, data/story-weight.json `eventKinds`): money moving,
 * results, a capital-spending plan, a policy, a price change — not `other` nor a supplier's monthly sales.
 */
export function eventKind(kind: string): boolean {
  load();
  return eventKinds?.has(kind) ?? false;
}

/**
 * How many times its weight a story of today's news must outweigh the story ranked first to open the day above it
 * (data/story-weight.json `openMargin`; enrich/weight-order.ts).
 */
export function openMargin(): number {
  load();
  return margin;
}

/**
 * The distinct figures a story's paragraphs print before its weight may promote it to open the day (data/story-weight.json
 * `openFigures`): a story told in full, not a wire's two template lines.
 */
export function openFigures(): number {
  load();
  return promotedFigures;
}

/** The kind of a story: the first kind of the table whose cue its headline names, else the first one most titles name. */
export function storyKind(headline: string, titles: readonly string[] = []): StoryKind {
  const table = load();
  const inHead = table.find((k) => k.test(headline));
  if (inHead && inHead.kind.kind !== 'other') return inHead.kind;
  const inTitles = table.find((k) => titles.filter((t) => k.test(t)).length * 2 > titles.length);
  return (inTitles ?? inHead ?? { kind: { kind: 'other', weight: 1 } }).kind;
}

/** US$100 million: a headline amount at or below it adds no scale. */
const SCALE_FLOOR_USD = 1e8;

/** The scale of a headline's largest money figure: 0 up to US$100 million, +1 per tenfold above (US$10 billion → 2). */
export function headlineScale(headline: string): number {
  const usd = largestUsd(extractFigures(headline.replace(/\*\*/g, '')));
  return usd > SCALE_FLOOR_USD ? Math.log10(usd / SCALE_FLOOR_USD) : 0;
}

/** What a story's weight is read from beside its headline. */
export interface WeightInput {
  headline: string;
  titles: readonly string[];
  /** It ran before (a repeat or retelling) or is lesser news (a wrap, talks, a release of days before, a local facility). */
  stale: boolean;
  /** It has an AI / tech angle (news-weight.ts `hasTechAngle`). */
  tech: boolean;
  /** Distinct outlets telling it today (unknown: one). */
  outlets?: number;
}

/**
 * How much more a story told by several outlets the same day weighs (decision 121, data/story-weight.json `outletBonus`,
 * `outletCap`): 1 + bonus × (outlets − 1), outlets counted up to the cap (three outlets → 2 with a bonus of ½).
 */
export function outletFactor(outlets = 1): number {
  load();
  return 1 + outletBonus * (Math.min(Math.max(outlets, 1), outletCap) - 1);
}

/**
 * A story's weight: its kind's base × (1 + its headline's scale) × its outlets' factor (`outletFactor`) × ½ when it
 * ran before or is lesser news × ½ when it has no AI / tech angle.
 * @example storyWeight({ headline: '微软第四财季营收884亿美元', titles: [], stale: false, tech: true }) // → 3 × (1 + 2.95) ≈ 11.8
 */
export function storyWeight(w: WeightInput): number {
  const base = storyKind(w.headline, w.titles).weight * (1 + headlineScale(w.headline));
  return base * outletFactor(w.outlets) * (w.stale ? 0.5 : 1) * (w.tech ? 1 : 0.5);
}
