/**
 * The clustering stage over the store, in a module of its own: it loads only the clustering code and the store's
 * types, not the rest of the pipeline (extraction, knowledge, rendering, the engines), so a thread that runs only
 * clustering (decision 079's probe, docs/decisions/084) starts with a small heap. `pipeline.ts` re-exports `cluster`.
 */
import {
  BlockKeyInterner,
  CLUSTER_FIGURE_KINDS,
  COUNTS_STATE,
  clusterFeatureSet,
  clusterInput,
  countsFromBytes,
  countsToBytes,
  type FreshItem,
  featuresOfRow,
  freshFeatures,
  itemShingles,
  leadOnly,
  NEWS_KINDS,
  ownStory,
  ownStoryRow,
  resign,
  SHINGLE_STATE,
  ShingleFrequency,
  signatureIsYoung,
  windowDay,
  YOUNG_STORE_DOCS,
} from './cluster/index.js';
import type { Config } from './config/index.js';
import type { ClusterFeatureRow, Store } from './store/index.js';
import type { Story } from './types/index.js';
import { asStage } from './util/memory.js';

/**
 * Clusters the items not clustered yet, bounded by the clustering window (docs/decisions/017-day-bounded-pipeline.md):
 * their features are computed once and stored by day; the items of the days within `cluster.windowDays` of theirs
 * (read from the stored features, never their text) and every member of those items' stories are clustered again
 * together with them; stories older than the window are frozen. Returns the number of stories in the store.
 * While the store has counted fewer than `YOUNG_STORE_DOCS` documents, every stored item is clustered again instead
 * (cluster/stored.ts: decisions made under absolute floors drift with the store's size); `opts.youngStoreDocs` sets
 * that size (tests of the window set 0).
 */
async function clusterStage(
  handled: (n: number) => void,
  store: Store,
  config: Config,
  opts: { youngStoreDocs?: number } = {},
): Promise<number> {
  const windowDays = config.cluster.windowDays;
  const pending = await store.itemsWithoutClusterFeatures();
  if (pending.length === 0) return store.countStories();
  const df = ShingleFrequency.fromBytes(await store.getClusterState(SHINGLE_STATE));
  const counts = countsFromBytes(await store.getClusterState(COUNTS_STATE));
  const fresh: FreshItem[] = [];
  const own: Story[] = [];
  // Undated items are windowed at the newest dated day, this run's items included (cluster/stored.ts windowDay): the
  // days are set once every pending item has been read (one pass over the items).
  let latestDated = counts.latestDay ?? Number.NEGATIVE_INFINITY;
  const dates: { date: string | null; ingestedAt: string }[] = [];
  const ownItems: { id: string; title: string; date: string | null; ingestedAt: string }[] = [];
  const BATCH = 500;
  for (let i = 0; i < pending.length; i += BATCH) {
    const ids = pending.slice(i, i + BATCH);
    const [items, extractions] = await Promise.all([
      store.listItems({ ids, withSentences: false, withRaw: false }),
      store.getClusterEvidence(ids, CLUSTER_FIGURE_KINDS),
    ]);
    const ex = new Map(extractions.map((x) => [x.itemId, x]));
    for (const it of items) {
      const d = windowDay(it.date, it.ingestedAt, Number.NEGATIVE_INFINITY);
      if (it.date && d > latestDated) latestDated = d;
      if (!NEWS_KINDS.has(it.kind)) {
        own.push(ownStory(it));
        ownItems.push({ id: it.id, title: it.title, date: it.date, ingestedAt: it.ingestedAt });
        continue;
      }
      const input = clusterInput(it, ex.get(it.id));
      fresh.push({ input: { ...input, text: leadOnly(input.text) }, shingles: itemShingles(input), day: 0 });
      dates.push({ date: it.date, ingestedAt: it.ingestedAt });
    }
  }
  fresh.forEach((f, i) => {
    const d = dates[i] as { date: string | null; ingestedAt: string };
    f.day = windowDay(d.date, d.ingestedAt, latestDated);
  });
  const ownRows: ClusterFeatureRow[] = ownItems.map((it) => ownStoryRow(it, windowDay(it.date, it.ingestedAt, latestDated)));
  // Counted before this run's items: the decisions made so far were made on this many documents.
  const wholeStore = counts.docs < (opts.youngStoreDocs ?? YOUNG_STORE_DOCS);
  const keys = new BlockKeyInterner();
  // The fresh items (their shingles, ~1.4 KB an item) are handed over and not kept: only their features and rows are.
  const { feats, rows } = freshFeatures(fresh.splice(0), df, counts, keys);
  const scope: ClusterFeatureRow['itemId'][] = own.map((s) => s.items[0] as string);
  let stories: Story[] = [];
  if (feats.length > 0) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const r of rows) {
      lo = Math.min(lo, r.day - windowDays);
      hi = Math.max(hi, r.day + windowDays);
    }
    const set = new Map(feats.map((f) => [f.id, f]));
    const young = new Map<string, number>();
    for await (const row of store.clusterFeatures(wholeStore ? {} : { sinceDay: lo, untilDay: hi })) {
      const f = featuresOfRow(row, keys);
      if (!f || set.has(f.id)) continue;
      set.set(f.id, f);
      if (signatureIsYoung(row, df, wholeStore ? 1 : 1.5)) young.set(f.id, row.day);
    }
    // Signatures made in the store's first days, when boilerplate was judged on few documents, are made again.
    const ids = [...young.keys()];
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const it of await store.listItems({ ids: ids.slice(i, i + BATCH), withSentences: false, withRaw: false })) {
        const f = set.get(it.id);
        if (!f) continue;
        const again = resign(f, itemShingles(it), df, young.get(it.id) as number);
        set.set(it.id, again.feat);
        rows.push(again.row);
      }
    }
    // Stories of the window may reach back (or forward) past it: their other members are clustered again too.
    const outside = (await store.listStoriesOfItems([...set.keys()])).flatMap((s) => s.items).filter((id) => !set.has(id));
    if (outside.length > 0) {
      for await (const row of store.clusterFeatures({ ids: outside })) {
        const f = featuresOfRow(row, keys);
        if (f) set.set(f.id, f);
      }
    }
    stories = clusterFeatureSet([...set.values()], { windowDays }, counts);
    for (const id of set.keys()) scope.push(id);
  }
  await store.commitClustering({
    features: [...rows, ...ownRows],
    state: [
      { name: SHINGLE_STATE, value: df.toBytes() },
      { name: COUNTS_STATE, value: countsToBytes(counts) },
    ],
    scope,
    stories: [...stories, ...own],
  });
  handled(pending.length);
  return store.countStories();
}

/**
 * `clusterStage`, then the memory it held returned once it has returned (util/memory.ts). It runs with V8 favouring
 * memory (`forSize`, as knowledge does): the 10,000-article pipeline's peak had moved to clustering (decision 043).
 */
export function cluster(store: Store, config: Config, opts: { youngStoreDocs?: number } = {}): Promise<number> {
  return asStage((handled) => clusterStage(handled, store, config, opts), { forSize: true });
}
