/** Shared by the day-bounded pipeline tests: a reference store (everything at once) and a replay of it day by day. */
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate.js';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { normalizeItem } from '../../src/normalize/index.js';
import { extractPending, ingest, knowledge } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { ItemDraft, ItemRecord, NormalizedItem, Story } from '../../src/types/index.js';
import { root } from '../support/cli.js';

export const config = parseConfig({});

/** The sample corpus (corpus/), ingested and extracted at once into a fresh in-memory store. */
export async function sampleStore(): Promise<Store> {
  const store = await openStore({ path: ':memory:' });
  await ingest(store, [join(root, 'corpus')], config, silentReporter);
  await extractPending(store, loadGazetteer(config.extract.gazetteer), silentReporter, config.limits);
  return store;
}

/** The synthetic benchmark corpus (bench/generate.ts), stored and extracted at once. */
export async function syntheticStore(n: number, days: number): Promise<Store> {
  const store = await openStore({ path: ':memory:' });
  const src = await store.upsertSource('file', '/bench/generated');
  const drafts = generateCorpus({ n, seed: 7, date: '2026-11-16', days });
  await store.saveItems(
    src.id,
    drafts.map((d) => normalizeItem(d)),
  );
  await extractPending(store, loadGazetteer(config.extract.gazetteer), silentReporter, config.limits);
  return store;
}

function asNormalized(it: ItemRecord): NormalizedItem {
  const { sourceId: _s, source: _l, story: _t, ingestedAt: _i, ...rest } = it;
  return rest;
}

/** The stored items grouped by the day of their date (undated last), in date order. */
export async function itemsByDay(store: Store): Promise<ItemRecord[][]> {
  const days = new Map<string, ItemRecord[]>();
  for (const it of await store.listItems()) {
    const d = it.date?.slice(0, 10) ?? '9999-99-99';
    days.set(d, [...(days.get(d) ?? []), it]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

/**
 * Replays a reference store into a fresh one a day at a time (items of one day, their extractions copied, then
 * `step`), as a daily run would see them arrive.
 */
export async function replayByDay(reference: Store, step: (store: Store, day: ItemRecord[]) => Promise<void>): Promise<Store> {
  const store = await openStore({ path: ':memory:' });
  const sources = new Map<string, number>();
  for (const day of await itemsByDay(reference)) {
    await copyDay(reference, store, day, sources);
    await step(store, day);
  }
  return store;
}

/** Saves one day's items into `store` (their sources created once, in `sources`) with the reference's extractions. */
export async function copyDay(reference: Store, store: Store, day: ItemRecord[], sources: Map<string, number>): Promise<void> {
  for (const it of day) {
    let id = sources.get(it.source);
    if (id === undefined) {
      id = (await store.upsertSource('file', it.source)).id;
      sources.set(it.source, id);
    }
    await store.saveItems(id, [asNormalized(it)]);
  }
  await store.saveExtractions(await reference.getExtractions(day.map((it) => it.id)));
}

/**
 * B-cubed precision, recall and F1 of a clustering against a reference over the items both hold: per item, the share
 * of its predicted cluster that the reference puts with it (precision) and of its reference cluster that the
 * prediction puts with it (recall), averaged.
 */
export function bcubed(predicted: Story[], reference: Story[]): { precision: number; recall: number; f1: number; items: number } {
  const of = (stories: Story[]) => {
    const m = new Map<string, string>();
    for (const s of stories) for (const id of s.items) m.set(id, s.id);
    return m;
  };
  const p = of(predicted);
  const r = of(reference);
  const members = (m: Map<string, string>) => {
    const g = new Map<string, Set<string>>();
    for (const [id, s] of m) if (r.has(id) && p.has(id)) g.set(s, (g.get(s) ?? new Set()).add(id));
    return g;
  };
  const pg = members(p);
  const rg = members(r);
  let prec = 0;
  let rec = 0;
  let n = 0;
  for (const [id, ps] of p) {
    const rs = r.get(id);
    if (rs === undefined) continue;
    const a = pg.get(ps) as Set<string>;
    const b = rg.get(rs) as Set<string>;
    let both = 0;
    for (const x of a) if (b.has(x)) both++;
    prec += both / a.size;
    rec += both / b.size;
    n++;
  }
  const precision = n ? prec / n : 1;
  const recall = n ? rec / n : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: n };
}

/** Stores each day's drafts under one source and runs extraction and the knowledge update after each day. */
export async function runDays(store: Store, days: ItemDraft[][], locator = '/test/days'): Promise<void> {
  const gaz = loadGazetteer(config.extract.gazetteer);
  const src = await store.upsertSource('file', locator);
  for (const day of days) {
    await store.saveItems(
      src.id,
      day.map((d) => normalizeItem(d)),
    );
    await extractPending(store, gaz, silentReporter, config.limits);
    await knowledge(store, config, gaz);
  }
}
