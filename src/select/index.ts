/** The select stage: picks and ranks the day's stories, places each in a section and bundles what an engine needs. */

import { DEFAULT_OPTIONS, hasConflict } from '../knowledge/index.js';
import { outletOf } from '../normalize/index.js';
import type { ItemExtraction, KnowledgeSnapshot } from '../store/types.js';
import type { Claim, Figure, ItemRecord, PrintedFigure, Statement, Story, StoryBundle } from '../types/index.js';
import { maxOf } from '../util/arrays.js';
import { buildBundle } from './bundle.js';

import { dayWindow, localDate } from './day-window.js';
import { eligibleStories } from './eligible.js';
import { defaultOutlets, itemOutlet } from './outlets.js';
import { type ScoreParts, scoreStory } from './score.js';
import { classifySection, type SectionRule } from './sections.js';
import { largestUsd } from './usd-equivalent.js';

export { CONVENTION_SCOPES } from './bundle.js';
export { dayWindow, localDate } from './day-window.js';
export { callRecord, eligibleStories, explainEmptyDay, resultsCallTranscript } from './eligible.js';
export {
  companyNameZh,
  DEFAULT_OUTLETS_FILE,
  defaultOutlets,
  isRecordOutlet,
  itemOutlet,
  itemRegion,
  itemSources,
  loadOutlets,
  notAName,
  type OutletTable,
  outletTable,
  UNNAMED_LINK,
} from './outlets.js';
export { type ScoreParts, type StorySignals, scoreStory, watchHits } from './score.js';
export { classifySection, DEFAULT_SECTIONS_FILE, loadSections, type SectionRule } from './sections.js';
export { largestUsd } from './usd-equivalent.js';

export interface SelectOptions {
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
  /** IANA zone the day is read in, e.g. Asia/Shanghai. */
  timeZone: string;
  /** Stories written in full (minor = false). */
  maxTop: number;
  /** Stories listed under 更多动态 (minor = true). */
  maxMore: number;
  /** Entities or keywords whose stories are boosted. */
  watch: string[];
  sections: SectionRule[];
  /** Per-entity weight overriding the default (0.25). */
  entityWeights?: Record<string, number>;
  /**
   * Ids of the items an earlier written digest printed (a source it links): only those were told before, so only they
   * make a story a follow-up. Without it (no digest archive at hand), every item dated before the day counts as told.
   */
  printed?: ReadonlySet<string>;
  /**
   * The figures earlier digests printed (render's `printedFigures`): with it, an item of another story was told only in
   * the figures a digest printed; without it, in every figure it states.
   */
  printedFigures?: readonly PrintedFigure[];
  /**
   * The figures earlier digests printed of each item, by the blocks linking it (render's `printedItemFigures`): with it,
   * a story's own earlier item told only what those blocks printed; without it, every figure it states.
   */
  printedOfItem?: ReadonlyMap<string, readonly PrintedFigure[]>;
}

export interface SelectInput {
  stories: Story[];
  items: ItemRecord[];
  extractions: ItemExtraction[];
  knowledge: KnowledgeSnapshot;
}

/**
 * The stories and items a digest may draw on: articles, and stories imported from an archive of digests when no
 * article of their day tells the same story (select/eligible.ts); stories cut to those items (none left: dropped).
 */
export function digestMaterial(stories: Story[], items: ItemRecord[], timeZone: string): { stories: Story[]; items: ItemRecord[] } {
  return eligibleStories(stories, items, timeZone);
}

/**
 * Claims as they stood when only the statements `known` keeps had been made: the others removed, claims left without
 * statements dropped, and a conflict kept only while the remaining statements still disagree.
 */
export function claimsAsOf(claims: readonly Claim[], known: (s: Statement) => boolean): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const statements = c.statements.filter(known);
    if (statements.length === 0) continue;
    if (statements.length === c.statements.length) {
      out.push(c);
      continue;
    }
    const at = (i: number) => Math.max(0, statements.indexOf(c.statements[i] as Statement));
    const { inconsistencies: _dropped, ...rest } = c;
    out.push({
      ...rest,
      statements,
      conflict: c.conflict && hasConflict(statements, DEFAULT_OPTIONS.tolerance),
      latest: at(c.latest),
      mostCited: at(c.mostCited),
    });
  }
  return out;
}

/** How far into each item's text the classifier and the watch-list look. */
const TEXT_WINDOW = 1500;

/** An item's date in the zone: its own date, else when it was ingested (feeds without dates). */
function itemLocal(item: ItemRecord, timeZone: string) {
  return (item.date ? localDate(item.date, timeZone) : null) ?? localDate(item.ingestedAt, timeZone);
}

/**
 * Selects the day's stories. A story is written on every day one of its items is dated (local day in `timeZone`),
 * from that day's items only: an item dated after the day is never read (not as the lead, not in a conflict), and the
 * items of earlier days travel as `earlier` (what already ran, so a follow-up leads with what is new). Ranked by
 * `scoreStory` (ties: more items, then id); the first `maxTop` are top stories, the next `maxMore` minor ones. Each
 * carries its section.
 * @example selectStories({ stories, items, extractions, knowledge }, { date: '2026-03-02', timeZone: 'Asia/Shanghai', maxTop: 6, maxMore: 12, watch: ['Nvidia'], sections }) // → StoryBundle[]
 */
export function selectStories(input: SelectInput, opts: SelectOptions): StoryBundle[] {
  const window = dayWindow(opts.date, opts.timeZone);
  const itemsById = new Map(input.items.map((i) => [i.id, i]));
  const extractions = new Map(input.extractions.map((x) => [x.itemId, x]));
  const dayOf = (i: ItemRecord) => itemLocal(i, opts.timeZone)?.day;

  const ranked: {
    story: Story;
    items: ItemRecord[];
    earlier: { day: string; items: ItemRecord[] }[];
    unprinted: ItemRecord[];
    parts: ScoreParts;
    section: string;
  }[] = [];
  for (const story of input.stories) {
    const members = story.items.map((id) => itemsById.get(id)).filter((i): i is ItemRecord => i !== undefined);
    const items = members.filter((i) => dayOf(i) === opts.date);
    if (items.length === 0) continue;
    const earlier: { day: string; items: ItemRecord[] }[] = [];
    const unprinted: ItemRecord[] = [];
    for (const i of members) {
      const d = dayOf(i);
      if (d === undefined || d >= opts.date) continue;
      // An item of an earlier day that no digest printed was never told: background, not what already ran.
      if (opts.printed && !opts.printed.has(i.id)) {
        unprinted.push(i);
        continue;
      }
      const g = earlier.find((e) => e.day === d);
      if (g) g.items.push(i);
      else earlier.push({ day: d, items: [i] });
    }
    earlier.sort((a, b) => (a.day < b.day ? -1 : 1));
    const dates = items.map((i) => itemLocal(i, opts.timeZone)).filter((d) => d !== null);
    const latest = maxOf(dates.map((d) => d.instant));

    const outlets = new Set(items.map((i) => outletOf(i.url) ?? i.source));
    const figures = items.flatMap((i) => extractions.get(i.id)?.figures ?? []);
    const entityNames = [
      ...new Set(items.flatMap((i) => (extractions.get(i.id)?.entities ?? []).filter((e) => e.match !== 'discovered').map((e) => e.name))),
    ];
    const text = [story.title, ...items.map((i) => i.title), ...items.map((i) => i.text.slice(0, TEXT_WINDOW))].join('\n');
    const parts = scoreStory(
      {
        sources: outlets.size,
        largestUsd: largestUsd(figures),
        entities: entityNames,
        latest: Math.min(latest, window.end),
        windowEnd: window.end,
        text: text.toLowerCase(),
      },
      opts.watch,
      opts.entityWeights,
    );
    ranked.push({ story, items, earlier, unprinted, parts, section: classifySection(text, entityNames, opts.sections) });
  }

  ranked.sort(
    (a, b) =>
      b.parts.total - a.parts.total || b.items.length - a.items.length || (a.story.id < b.story.id ? -1 : a.story.id > b.story.id ? 1 : 0),
  );

  const limit = Math.max(0, opts.maxTop) + Math.max(0, opts.maxMore);
  const outlets = defaultOutlets();
  // A company a Chinese story named on an earlier day keeps that name in today's English-only story (english26).
  const before = input.items.filter((i) => {
    const d = dayOf(i);
    return d !== undefined && d < opts.date;
  });
  const dayNames = chineseNamesUpTo(
    ranked.flatMap((r) => r.items),
    before,
    extractions,
  );
  return ranked.slice(0, limit).map((r, i) => {
    const built = buildBundle(r.story, r.items, extractions, input.knowledge);
    // Knowledge as of the day: a statement of an item dated after it is not yet known (no conflict drawn from it).
    const known = (st: Statement) => {
      const it = itemsById.get(st.itemId);
      const day = it ? dayOf(it) : st.date ? localDate(st.date, opts.timeZone)?.day : undefined;
      return day === undefined || day <= opts.date;
    };
    const bundle = { ...built, claims: claimsAsOf(built.claims, known) };
    // Sources outside the story that its claims cite are named as readers know them (never by file name).
    const cited: Record<string, string | null> = {};
    const own = new Set(r.items.map((it) => it.id));
    // News already told: items of other stories dated before the day that state the story's claims, and that an
    // earlier digest printed (when the digests are at hand).
    const toldBefore: Record<string, string> = {};
    const toldValues: Record<string, number[]> = {};
    const wasPrinted = (id: string) => opts.printed?.has(id) ?? true;
    for (const c of bundle.claims) {
      for (const s of c.statements) {
        const it = itemsById.get(s.itemId);
        if (!own.has(s.itemId) && it && !(s.itemId in cited)) cited[s.itemId] = itemOutlet(it, outlets);
        const day = it ? dayOf(it) : undefined;
        if (own.has(s.itemId) || day === undefined || day >= opts.date || !wasPrinted(s.itemId)) continue;
        if (opts.printedFigures && !figurePrinted(s, opts.printedFigures)) continue;
        toldBefore[s.itemId] = day;
        const v = s.figure.value ?? s.figure.high ?? s.figure.low;
        if (opts.printedFigures && v !== undefined) (toldValues[s.itemId] ??= []).push(v);
      }
    }
    // What the story's own earlier items told: the figures the blocks linking them printed (when the digests are at hand).
    const earlierPrinted: Record<string, PrintedFigure[]> = {};
    for (const d of r.earlier) {
      for (const it of d.items) {
        const got = opts.printedOfItem?.get(it.id);
        if (got) earlierPrinted[it.id] = [...got];
      }
    }
    return {
      ...bundle,
      outlets: cited,
      score: Math.round(r.parts.total * 1000) / 1000,
      section: r.section,
      minor: i >= opts.maxTop,
      ...(r.earlier.length > 0 ? { earlier: r.earlier } : {}),
      ...(r.unprinted.length > 0 ? { unprinted: r.unprinted } : {}),
      ...(Object.keys(toldBefore).length > 0 ? { toldBefore } : {}),
      ...(Object.keys(toldValues).length > 0 ? { toldValues } : {}),
      ...(Object.keys(earlierPrinted).length > 0 ? { earlierPrinted } : {}),
      ...(Object.keys(dayNames).length > 0 ? { dayNames } : {}),
    };
  });
}

/** A name of Han characters only (`澜芯科技`), 2–12 of them. */
const HAN_NAME = /^\p{Script=Han}{2,12}$/u;

/**
 * The Chinese names of the day, and for entities the day's Chinese items do not name, the names Chinese items of earlier
 * days wrote them with: an English story of today names a company as yesterday's Chinese story did.
 * @example chineseNamesUpTo([todayEn], [yesterdayZh], x) // → { 'Lanzhou Compute': '澜舟算力科技' }
 */
export function chineseNamesUpTo(
  today: readonly ItemRecord[],
  earlier: readonly ItemRecord[],
  extractions: ReadonlyMap<string, ItemExtraction>,
): Record<string, string> {
  return { ...chineseNamesOfDay(earlier, extractions), ...chineseNamesOfDay(today, extractions) };
}

/**
 * The Han surface form Chinese items of the day write each organisation with (the longest, then the most frequent),
 * for names the gazetteer matched or discovery found: `Lanxin Technology` → `澜芯科技` when a Chinese report of the day
 * names it so. Latin surface forms (Meta, OpenAI) are left to the tables and the stories' own items.
 */
export function chineseNamesOfDay(items: readonly ItemRecord[], extractions: ReadonlyMap<string, ItemExtraction>): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (it.lang === 'en') continue;
    for (const m of extractions.get(it.id)?.entities ?? []) {
      if (m.type !== 'org' || m.name === m.text || !HAN_NAME.test(m.text)) continue;
      const forms = counts.get(m.name) ?? new Map<string, number>();
      forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      counts.set(m.name, forms);
    }
  }
  const out: Record<string, string> = {};
  for (const [name, forms] of counts) {
    let best: [string, number] | undefined;
    // The full name a report introduces it with (澜芯科技), not the short form it goes on with (澜芯).
    for (const f of forms) if (!best || f[0].length > best[0].length || (f[0].length === best[0].length && f[1] > best[1])) best = f;
    if (best) out[name] = best[0];
  }
  return out;
}

/**
 * Whether an earlier digest printed a statement's figure: the same kind and currency, a value within half a percent
 * (a digest rounds 56.83亿 to 56.8亿).
 */
export function figurePrinted(s: Pick<Statement, 'figure'>, printed: readonly PrintedFigure[]): boolean {
  const v = s.figure.value ?? s.figure.high ?? s.figure.low;
  if (v === undefined) return false;
  const near = (p: PrintedFigure, x: number, y: number) => Math.abs(x - y) <= Math.max(Math.abs(y) * 0.005, roundedTo(p, y), 1e-9);
  // A range printed as a range (decision 133): a range stated is that range with both ends; a value stated is either end.
  const range = s.figure.value === undefined && s.figure.low !== undefined && s.figure.high !== undefined;
  return printed.some((p) => {
    if (p.kind !== s.figure.kind || (p.currency ?? '') !== (s.figure.currency ?? '')) return false;
    if (p.low === undefined || p.high === undefined) return near(p, p.value, v);
    if (range) return near(p, p.high, s.figure.high as number) && near(p, p.low, s.figure.low as number);
    return near(p, p.high, v) || near(p, p.low, v);
  });
}

/**
 * How far a source's value may lie from a printed one that rounded it: half the unit of the printed last digit (`约7.5亿
 * 美元` is a source's 7.45亿), never more than the knowledge layer's tolerance (`3%` is no source's 3.1%).
 */
function roundedTo(p: PrintedFigure, v: number): number {
  return p.half === undefined ? 0 : Math.min(p.half * (1 + 1e-9), Math.abs(v) * DEFAULT_OPTIONS.tolerance);
}

/**
 * Whether a statement of a story's own earlier item was told: the item is among `earlier` and, when what the digests
 * printed of it is known (`earlierPrinted`), a block linking it printed this very figure. A figure yesterday's source
 * stated but yesterday's digest left out (a peer's share move under a results story) is news to the reader today.
 * @example ranStatement({ earlier: [{ day: '2026-05-01', items: [it] }], earlierPrinted: { [it.id]: [] } }, st) // → false
 */
export function ranStatement(bundle: Pick<StoryBundle, 'earlier' | 'earlierPrinted'>, st: Pick<Statement, 'itemId' | 'figure'>): boolean {
  if (!(bundle.earlier ?? []).some((d) => d.items.some((i) => i.id === st.itemId))) return false;
  return earlierFigurePrinted(bundle, st.itemId, st.figure);
}

/**
 * Whether a figure an earlier item of the story holds was printed of it: always, when what the digests printed of the
 * item is unknown (no digests at hand, an item with no link); else when a block linking it printed the value.
 */
export function earlierFigurePrinted(bundle: Pick<StoryBundle, 'earlierPrinted'>, itemId: string, figure: Figure): boolean {
  const printed = bundle.earlierPrinted?.[itemId];
  return printed === undefined || figurePrinted({ figure }, printed);
}

/**
 * Whether a statement of a story's claims was told on an earlier day by another story: its item is among `toldBefore`
 * and, when the printed figures were at hand, this very value was printed.
 */
export function toldStatement(bundle: Pick<StoryBundle, 'toldBefore' | 'toldValues'>, st: Pick<Statement, 'itemId' | 'figure'>): boolean {
  if (!bundle.toldBefore || !(st.itemId in bundle.toldBefore)) return false;
  const values = bundle.toldValues?.[st.itemId];
  if (!bundle.toldValues) return true;
  const v = st.figure.value ?? st.figure.high ?? st.figure.low;
  return v !== undefined && (values?.includes(v) ?? false);
}
