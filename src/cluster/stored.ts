// Day-bounded clustering: each item's features are computed once, when it is first clustered, and stored by day; a
// later day re-clusters only the items of its window from those stored features (docs/decisions/017).
import type { ClusterFeatureRow } from '../store/types.js';
import type { Story } from '../types/index.js';
import { ShingleFrequency } from './boilerplate.js';
import { blockKeys } from './candidates.js';
import { compareInputs, groupFeatures, storyId } from './cluster.js';
import { countFeatures, dayNumber, type FeatureCounts, featuresOf, figureWeight, type ItemFeatures, type NormFigure } from './features.js';
import type { ClusterInput, ClusterOptions } from './input.js';
import { bandKeys } from './lsh.js';
import { minhashSignature } from './minhash.js';

/** The name of the stored shingle document-frequency table (boilerplate detection across runs). */
export const SHINGLE_STATE = 'shingle-df';

/** The name of the stored entity and figure document counts (discounts of common entities and figures across runs). */
export const COUNTS_STATE = 'feature-df';

/**
 * Below this many counted documents a store is young: the limits that discount common shingles, entities and figures
 * are their absolute floors (`rare`: 12 documents up to 2,400; entities: 5 up to 2,500; figures: 5 up to 5,000
 * documents), not shares of the store, so every count and every decision drifts as the store grows, and a story
 * decided on the first days' counts differs from the one the batch clusterer decides on the counts of everything.
 * While the store is this young, a clustering run decides every stored item again, each signature made again under
 * today's frequencies (at most this many items: the cost stays bounded); past it the limits are shares, a window's
 * decisions hold, and only the window is read.
 */
export const YOUNG_STORE_DOCS = 5000;

/** Counts as stored (JSON), and back. */
export function countsToBytes(c: FeatureCounts): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({ docs: c.docs, entities: [...c.entities], figures: [...c.figures], latestDay: c.latestDay ?? null }),
  );
}

export function countsFromBytes(b: Uint8Array | undefined): FeatureCounts {
  if (!b) return { docs: 0, entities: new Map(), figures: new Map() };
  const o = JSON.parse(new TextDecoder().decode(b)) as {
    docs: number;
    entities: [string, number][];
    figures: [string, number][];
    latestDay: number | null;
  };
  return {
    docs: o.docs,
    entities: new Map(o.entities),
    figures: new Map(o.figures),
    ...(o.latestDay !== null ? { latestDay: o.latestDay } : {}),
  };
}

/** The JSON body of a stored row: the features besides signature, band and block keys. */
interface Body {
  /** False for items that are a story of their own (highlights, notes): nothing else is stored. */
  news: boolean;
  title: string;
  date: string | null;
  lang?: ClusterInput['lang'];
  entities?: string[];
  figures?: Omit<NormFigure, 'weight'>[];
  titleTopics?: string[];
  leadTopics?: string[];
  titleTokens?: string[];
  nameTokens?: string[];
  /** How many documents the shingle frequencies had counted when the signature was made. */
  dfDocs?: number;
}

/**
 * The day an item is windowed by: its own date's; an undated item's, the newest dated day the store holds (where
 * the batch clusterer pairs undated items: with the latest dated ones), else the day it was ingested if earlier.
 */
export function windowDay(date: string | null, ingestedAt: string, latestDated?: number): number {
  const d = dayNumber(date);
  if (!Number.isNaN(d)) return d;
  const ingested = dayNumber(ingestedAt);
  return latestDated === undefined || !Number.isFinite(latestDated) ? ingested : Math.min(ingested, latestDated);
}

/** The part of an item's text the features read besides its shingles: the lead (first paragraph, as `featuresOf` cuts it). */
export function leadOnly(text: string): string {
  return (text.trimStart().split(/\n\s*\n/, 1)[0] ?? '').slice(0, 360);
}

/**
 * A stored row of a news item's features. Its JSON body is written when first read (at the commit), not while the
 * window is clustered: 10,000 bodies held through the scoring of millions of candidates were ~1/8 of the stage's live
 * heap, and V8 lets the heap grow half as much again past what is live. Nothing the body reads changes in between
 * (the clusterer sets only weights, which the body leaves out, and indices).
 */
export function featureRow(f: ItemFeatures, day: number, dfDocs: number): ClusterFeatureRow {
  let body: string | undefined;
  const write = (): string =>
    JSON.stringify({
      dfDocs,
      news: true,
      title: f.title,
      date: f.date,
      lang: f.lang,
      entities: f.entities,
      figures: f.figures.map(({ weight: _w, ...rest }) => rest),
      titleTopics: [...f.titleTopics],
      leadTopics: [...f.leadTopics],
      titleTokens: [...f.titleTokens],
      nameTokens: [...f.nameTokens],
    } satisfies Body);
  return {
    itemId: f.id,
    day,
    signature: f.sig,
    bands: bandKeys(f.sig),
    blocks: blockKeys(f),
    get body(): string {
      body ??= write();
      return body;
    },
  };
}

/** The stored row of an item that is a story of its own. */
export function ownStoryRow(it: { id: string; title: string; date: string | null }, day: number): ClusterFeatureRow {
  const body: Body = { news: false, title: it.title, date: it.date };
  return { itemId: it.id, day, signature: new Uint32Array(0), bands: new Uint32Array(0), blocks: [], body: JSON.stringify(body) };
}

/** The story of an item that is a story of its own. */
export function ownStory(it: { id: string; title: string; date: string | null }): Story {
  return { id: storyId(it.id), title: it.title, date: it.date?.slice(0, 10) ?? null, items: [it.id] };
}

/**
 * One string per distinct block key. An item has ~55 block keys (entity × topic, entity × money bucket, entity pairs),
 * most shared with hundreds of items of its window; each item's own copies cost ~3 KB (~30 MB of heap for a window of
 * 10,000 items, with its features and rows). Interned, an item's list holds references to one copy of each.
 */
export class BlockKeyInterner {
  private readonly keys = new Map<string, string>();

  /** Replaces each key of `blocks` (in place) with the one copy of it; returns `blocks`. */
  intern(blocks: string[]): string[] {
    for (let i = 0; i < blocks.length; i++) {
      const k = blocks[i] as string;
      const c = this.keys.get(k);
      if (c === undefined) this.keys.set(k, k);
      else blocks[i] = c;
    }
    return blocks;
  }
}

/** Features read back from a row (fresh objects: the clusterer discounts weights in place); null for a non-news row. */
export function featuresOfRow(row: ClusterFeatureRow, keys?: BlockKeyInterner): ItemFeatures | null {
  const b = JSON.parse(row.body) as Body;
  if (!b.news) return null;
  const entities = b.entities ?? [];
  return {
    index: 0,
    id: row.itemId,
    title: b.title,
    date: b.date,
    lang: b.lang ?? 'en',
    day: dayNumber(b.date),
    sig: row.signature,
    entities,
    entityWeights: entities.map(() => 1),
    figures: (b.figures ?? []).map((f) => ({
      ...f,
      currency: f.currency ?? undefined,
      subject: f.subject ?? undefined,
      weight: figureWeight(f.kind, f.value),
    })),
    titleTopics: new Set(b.titleTopics),
    leadTopics: new Set(b.leadTopics),
    titleTokens: new Set(b.titleTokens),
    nameTokens: new Set(b.nameTokens),
    bands: row.bands,
    blocks: keys ? keys.intern(row.blocks) : row.blocks,
  };
}

/**
 * Whether a stored signature was made while the shingle frequencies had counted at most two thirds of the documents
 * they count now: boilerplate was then judged on too few documents (a young store), so the signature is made again from
 * the item's text. In a store of any size this never happens within a window; in its first days it keeps early
 * signatures from freezing what a handful of documents said was rare.
 */
export function signatureIsYoung(row: ClusterFeatureRow, df: ShingleFrequency, growth = 1.5): boolean {
  const b = JSON.parse(row.body) as Body;
  return b.news && (b.dfDocs ?? 0) * growth <= df.documents;
}

/** The same features with the signature made again from the item's shingles under today's frequencies; and its new row. */
export function resign(
  f: ItemFeatures,
  shingles: Uint32Array,
  df: ShingleFrequency,
  day: number,
): { feat: ItemFeatures; row: ClusterFeatureRow } {
  const sig = minhashSignature(df.rare(shingles));
  const feat = { ...f, sig, bands: bandKeys(sig) };
  const row = featureRow(feat, day, df.documents);
  return { feat, row };
}

/** A news item about to be clustered for the first time: its input (text cut to the lead) and its shingles. */
export interface FreshItem {
  input: ClusterInput;
  shingles: Uint32Array;
  day: number;
}

/**
 * Features of the items clustered for the first time. Their shingles are counted into `df` first (the table kept
 * across runs), so boilerplate is judged over everything seen so far, this batch included, as the batch clusterer
 * judges it over the whole corpus; their entities and figures are counted into `counts` likewise.
 */
export function freshFeatures(
  fresh: FreshItem[],
  df: ShingleFrequency,
  counts: FeatureCounts,
  keys: BlockKeyInterner = new BlockKeyInterner(),
): { feats: ItemFeatures[]; rows: ClusterFeatureRow[] } {
  for (const f of fresh) df.add(f.shingles);
  const feats = fresh.map((f) => featuresOf(f.input, 0, df.rare(f.shingles)));
  countFeatures(feats, counts);
  const rows = feats.map((x, i) => {
    const row = featureRow(x, (fresh[i] as FreshItem).day, df.documents);
    // The clusterer reads the row's band and block keys (as it reads a stored item's) instead of making them again.
    x.bands = row.bands;
    x.blocks = keys.intern(row.blocks);
    return row;
  });
  return { feats, rows };
}

/** Clusters a set of features (fresh and stored ones), sorted and indexed as `groupFeatures` wants. */
export function clusterFeatureSet(feats: ItemFeatures[], opts: ClusterOptions, counts: FeatureCounts): Story[] {
  const sorted = [...feats].sort(compareInputs);
  sorted.forEach((f, i) => {
    f.index = i;
  });
  return groupFeatures(sorted, opts, counts);
}

export { ShingleFrequency };
