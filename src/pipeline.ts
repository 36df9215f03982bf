/**
 * The one orchestrator: runs the stages in order over the store. Each stage is a pure function from
 * its own folder; this file only reads the store, calls stages, writes the store and output files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cluster } from './cluster-stage.js';
import { type Config, configSchema } from './config/index.js';
import { recentDigests, recentHeads } from './enrich/follow-up-rank.js';
import { createLlmEngine, createOfflineEngine, type Engine, writeDigest } from './enrich/index.js';
import type { LlmGate } from './enrich/llm/gate.js';
import {
  type BudgetedExtraction,
  canonicalSubject,
  dealOwnerOf,
  extract,
  type Gazetteer,
  learnableNames,
  learnLinks,
  learnSoundLinks,
  linkAcross,
  linkExtraction,
  loadGazetteer,
  type NameLinks,
  soundNames,
} from './extract/index.js';
import {
  contentSpans,
  expandTargets,
  type FileText,
  type IngestOptions,
  OpmlChain,
  readSource,
  readTextFiles,
  SourceError,
} from './ingest/index.js';
import {
  claimRow,
  cycleRows,
  dealRows,
  derivedRows,
  type ItemKnowledge,
  knowledgeParts,
  PackedStatements,
  partRow,
  regroupClaims,
  statementKeys,
} from './knowledge/index.js';
import { normalizeItem, withoutInjections } from './normalize/index.js';
import { type Channel, chatText, publish, readDigestArchive, telegramChannel, webhookChannel } from './publish/index.js';
import { printedFigures, printedItemFigures, printedItems, renderCover, renderDigest, renderFeeds, renderSite } from './render/index.js';
import { type Reporter, silentReporter } from './report.js';
import { budgetedParser, extractInSandbox } from './sandbox/index.js';
import { AHEAD_FROM_FILES, ParseAhead } from './sandbox/parse-ahead.js';
import { ExtractPool, extractThreads, POOL_FROM_ITEMS, type PoolJob } from './sandbox/pool.js';
import { digestMaterial, explainEmptyDay, itemRegion, loadSections, selectStories } from './select/index.js';
import type { ItemExtraction, ItemKnowledgeRow, KnowledgeCounts, KnowledgeRow, KnowledgeSnapshot, Store } from './store/index.js';
import type { Digest, EntityMention, Figure, ItemRecord, OutletRegion, Story } from './types/index.js';
import { append } from './util/arrays.js';
import { extractorFingerprint } from './util/code-fingerprint.js';
import { asStage } from './util/memory.js';

/** Clustering lives in its own module (a thread that runs only it loads only it, decision 084). */
export { cluster };

export interface IngestReport {
  sources: number;
  added: number;
  skipped: number;
  failed: { source: string; error: string }[];
}

function ingestOptions(c: Config): IngestOptions {
  return { ...c.ingest };
}

/** Local files written per transaction in `ingest` (with BATCH_MS, a bound on how long the store's write lock is held). */
const FILES_PER_BATCH = 250;
const BATCH_MS = 1000;

/** Reads every target (file, folder, feed, URL, OPML) into the store: one transaction per source (per batch of local files), a failed source never stops the others. */
async function ingestStage(
  handled: (n: number) => void,
  store: Store,
  targets: string[],
  config: Config,
  reporter: Reporter,
): Promise<IngestReport> {
  const report: IngestReport = { sources: 0, added: 0, skipped: 0, failed: [] };
  const opts = ingestOptions(config);
  const parse = budgetedParser(config.limits);
  let expanded: string[] = [];
  for (const t of targets) {
    const unreadable: SourceError[] = [];
    try {
      append(expanded, await expandTargets([t], unreadable));
    } catch (e) {
      report.failed.push({ source: t, error: (e as Error).message });
      reporter.warn((e as Error).message);
    }
    for (const e of unreadable) {
      report.failed.push({ source: e.source, error: e.message });
      reporter.warn(e.message);
    }
  }
  const seen = new Set<string>();
  expanded = expanded.filter((t) => !seen.has(t) && seen.add(t));
  const opml = new OpmlChain();
  const bar = reporter.progress('ingest', expanded.length);
  // A large run of local files is read, parsed and normalized ahead by a worker thread while this one stores the
  // files before (docs/decisions/038-ingest-read-ahead.md); `aheadAt`: a target's place among the files it reads.
  const local = expanded.filter((t) => !isUrlTarget(t));
  const ahead =
    local.length >= AHEAD_FROM_FILES && extractThreads(config.limits.extractThreads) > 1
      ? new ParseAhead(
          local.map((t) => resolve(t)),
          opts,
          config.limits.maxSentenceChars,
        )
      : null;
  const aheadAt = new Map(ahead ? local.map((t, i) => [t, i]) : []);
  const one = async (target: string, isUrl: boolean): Promise<void> => {
    const source = await store.upsertSource(isUrl ? 'url' : 'file', target);
    const at = isUrl ? undefined : aheadAt.get(target);
    // Taken in order whatever happens to the source below; unused when the source remembers refused bytes (checked
    // against the bytes by `readSource`).
    const pre = at === undefined ? undefined : await ahead?.take(at);
    try {
      const previous = { etag: source.etag, lastModified: source.lastModified, refusedKey: source.refusedKey ?? null };
      const read = pre && !previous.refusedKey ? pre : await readSource(target, opts, previous, parse);
      report.sources++;
      if (read.feeds && read.feeds.length > 0) {
        const step = opml.step(target, read.feeds, seen);
        for (const f of step.follow) {
          seen.add(f);
          expanded.push(f);
        }
        for (const c of step.cycles) reporter.warn(c);
        for (const e of step.refused) {
          report.failed.push({ source: target, error: e.message });
          reporter.warn(e.message);
        }
        bar.done();
      }
      const items =
        pre && read === pre ? pre.items : read.items.map((d) => normalizeItem(d, { maxSentenceChars: config.limits.maxSentenceChars }));
      const saved = await store.saveItems(source.id, items, pre && read === pre ? pre.terms : undefined);
      report.added += saved.added.length;
      report.skipped += saved.skipped.length;
      await store.recordSourceHealth(source.id, {
        ok: true,
        items: items.length,
        etag: read.etag ?? null,
        lastModified: read.lastModified ?? null,
        title: read.title,
      });
    } catch (e) {
      const msg = e instanceof SourceError ? e.message : `[ingest] ${target} : ${(e as Error).message}`;
      report.failed.push({ source: target, error: msg });
      reporter.warn(msg);
      const refusedKey = e instanceof SourceError ? e.refusedKey : undefined;
      await store.recordSourceHealth(source.id, { ok: false, error: msg, ...(refusedKey ? { refusedKey } : {}) });
    }
    bar.tick();
  };
  const batch = store.batch?.bind(store);
  try {
    await ingestTargets(expanded, one, batch);
  } finally {
    await ahead?.close();
  }
  bar.done();
  handled(report.added + report.skipped);
  return report;
}

const isUrlTarget = (t: string): boolean => /^https?:\/\//i.test(t);

/**
 * Reads `expanded` in order (the list may grow as OPML files add feeds): runs of local files in batches (one
 * transaction for up to FILES_PER_BATCH files or BATCH_MS of work): a commit per file cost more than reading and
 * parsing it. A URL is fetched outside any transaction, so a slow server never holds the store's write lock.
 */
async function ingestTargets(
  expanded: string[],
  one: (target: string, isUrl: boolean) => Promise<void>,
  batch: Store['batch'] | undefined,
): Promise<void> {
  for (let i = 0; i < expanded.length; ) {
    const target = expanded[i] as string;
    const isUrl = isUrlTarget(target);
    if (isUrl || !batch) {
      await one(target, isUrl);
      i++;
      continue;
    }
    await batch(async () => {
      const t0 = performance.now();
      const stop = i + FILES_PER_BATCH;
      do {
        await one(expanded[i] as string, false);
        i++;
      } while (i < stop && i < expanded.length && !isUrlTarget(expanded[i] as string) && performance.now() - t0 < BATCH_MS);
    });
  }
}

/** `ingestStage`, then the memory it held returned once it has returned (util/memory.ts). */
export function ingest(store: Store, targets: string[], config: Config, reporter: Reporter): Promise<IngestReport> {
  return asStage((handled) => ingestStage(handled, store, targets, config, reporter));
}

/** An item set aside by a stage, for the run report. */
export interface QuarantinedItem {
  itemId: string;
  source: string;
  stage: string;
  reason: string;
}

export interface ExtractReport {
  /** Items extracted and stored. */
  extracted: number;
  /** Sentences that address a language model (prompt injection), kept out of figures, claims and prompts. */
  injections: { itemId: string; source: string; sentences: string[] }[];
  /** Items refused (over a limit, or the extractor failed on them): quarantined, never stored as figures. */
  quarantined: QuarantinedItem[];
}

/** Quarantines an item and records why on its source's health, so `items`, source health and the run report all show it. */
async function setAside(
  store: Store,
  item: { id: string; sourceId: number; source: string },
  stage: string,
  why: string,
  reporter: Reporter,
) {
  const reason = `[${stage}] ${item.source} : item ${item.id} quarantined: ${why}; remove it with \`factbrief remove ${item.id}\``;
  await store.quarantineItem(item.id, stage, reason);
  await store.recordSourceHealth(item.sourceId, { ok: false, error: reason });
  reporter.warn(reason);
  return { itemId: item.id, source: item.source, stage, reason };
}

/**
 * Extracts figures and entities for items that have none yet; batched transactions. An item over a per-item limit
 * (config `limits`) or one the extractor fails on is quarantined and the others go on.
 */
export async function extractPending(
  store: Store,
  gaz: Gazetteer,
  reporter: Reporter,
  limits: Config['limits'] = configSchema.parse({}).limits,
  gazetteerFiles: readonly string[] = [],
): Promise<ExtractReport> {
  return extractItems(store, await itemsToExtract(store, reporter, gazetteerFiles), gaz, reporter, limits);
}

/** Where the store keeps the extractor fingerprint its extractions were made under, and since when. */
const EXTRACTOR_KEY = ['pipeline', 'extractor'] as const;

/**
 * The items the extract stage owes work to: those never extracted, and — when the extract / knowledge code or data
 * tables changed since the store last saw them (util/code-fingerprint.ts) — every item extracted before the change
 * was first seen, so an upgrade re-extracts the archive once. The stamp (fingerprint and the time it was first seen)
 * is written before any re-extraction starts and each re-extracted item gets a newer time, so a run that stops
 * half-way leaves the rest for the next run and never repeats an item. `gazetteerFiles` are the config's extra ones.
 */
export async function itemsToExtract(store: Store, reporter: Reporter, gazetteerFiles: readonly string[] = []): Promise<string[]> {
  const pending = await store.itemsWithoutExtraction();
  const current = extractorFingerprint(gazetteerFiles);
  const raw = await store.cache.get(...EXTRACTOR_KEY);
  let stamp = raw ? (JSON.parse(raw) as { fingerprint?: string; since?: string }) : undefined;
  if (stamp?.fingerprint !== current || typeof stamp.since !== 'string') {
    stamp = { fingerprint: current, since: new Date().toISOString() };
    await store.cache.put(...EXTRACTOR_KEY, JSON.stringify(stamp));
  }
  const stale = await store.itemsExtractedBefore(stamp.since as string);
  if (stale.length === 0) return pending;
  reporter.info(
    `[extract] the extraction code or its data changed since the store's last run: extracting ${stale.length} stored items again`,
  );
  const all = new Set(pending);
  for (const id of stale) all.add(id);
  return [...all].sort();
}

/**
 * Extracts figures and entities of the given items (a job-queue batch, or every pending item), replacing any earlier
 * extraction of them; batched transactions, quarantine as in `extractPending`.
 */
async function extractItemsStage(
  handled: (n: number) => void,

  store: Store,
  ids: string[],
  gaz: Gazetteer,
  reporter: Reporter,
  limits: Config['limits'] = configSchema.parse({}).limits,
): Promise<ExtractReport> {
  const bar = reporter.progress('extract', ids.length);
  const report: ExtractReport = { extracted: 0, quarantined: [], injections: [] };
  const links = await storedLinks(store);
  const learned: [string, string][] = [];
  let known = await storedKnownNames(store);
  const knownSet = new Set(known);
  const taught: string[] = [];
  // Large runs are extracted on several threads (sandbox/pool.ts): the same extraction of each item, in the same order.
  const threads = extractThreads(limits.extractThreads);
  const pool = threads > 1 && ids.length >= POOL_FROM_ITEMS ? new ExtractPool(threads - 1, gaz, limits) : null;
  /**
   * The items' extractions under the names known so far, in order: started now (on the pool's workers), awaited with
   * `join` (where the calling thread takes its share; without a pool, all of it then, as before).
   */
  const begin = (jobs: readonly PoolJob[], names: readonly string[]): { join: () => Promise<BudgetedExtraction[]> } => {
    if (pool) return pool.start(jobs, names);
    return {
      join: async () => {
        const out: BudgetedExtraction[] = [];
        for (const j of jobs)
          out.push(await extractInSandbox(j.text, j.sentences, names.length > 0 ? { ...j.ctx, known: names } : j.ctx, gaz, limits));
        return out;
      },
    };
  };
  const extractAll: ExtractAll = (jobs, names) => begin(jobs, names).join();
  const BATCH = 500;
  const read = async (at: number) => {
    // Without the raw text: extraction reads title, text, sentences and context (decision 073).
    const items = await store.listItems({ ids: ids.slice(at, at + BATCH), withRaw: false });
    return { items, jobs: items.map(extractionJob) };
  };
  try {
    let next = ids.length > 0 ? await read(0) : null;
    let started = next ? begin(next.jobs, known) : null;
    for (let i = 0; i < ids.length; i += BATCH) {
      const { items, jobs } = next as Awaited<ReturnType<typeof read>>;
      // The next batch's items are read now, while the workers hold this batch's first items (reading them after the
      // join left the workers idle through the read; the extraction of the next batch still waits for this batch's
      // names). Reading items depends on no extraction, so the same items are read.
      const following = i + BATCH < ids.length ? await read(i + BATCH) : null;
      const done = await (started as ReturnType<typeof begin>).join();
      const out: (ItemExtraction & { text: string; item: ItemRecord })[] = [];
      for (let k = 0; k < items.length; k++) {
        const it = items[k] as ItemRecord;
        const { text, flagged } = jobs[k] as ReturnType<typeof extractionJob>;
        const r = done[k] as BudgetedExtraction;
        if (flagged.length > 0) {
          report.injections.push({ itemId: it.id, source: it.source, sentences: flagged });
          reporter.warn(
            `[extract] ${it.source} : item ${it.id}: ${flagged.length} sentence(s) address a language model (prompt injection?), kept out of figures, claims and prompts: ${flagged.map((s) => JSON.stringify(s.slice(0, 80))).join('; ')}`,
          );
        }
        if (r.ok) out.push({ itemId: it.id, ...shiftOffsets(r, it.title.length + 2), text, item: it });
        else report.quarantined.push(await setAside(store, it, 'extract', r.reason, reporter));
      }
      // Names this batch introduced are names in every text: its items that write one bare are read again.
      const fresh = [...new Set(out.flatMap((x) => learnableNames(x.entities)))].filter((n) => !knownSet.has(n));
      if (fresh.length > 0) {
        for (const n of fresh) knownSet.add(n);
        known = [...knownSet].sort();
        append(taught, fresh);
        const again = out.flatMap((x, k) => (namesUnmatched(x.text, x.entities, fresh) ? [k] : []));
        const redone = await extractAll(
          again.map((k) => extractionJob((out[k] as (typeof out)[number]).item)),
          known,
        );
        again.forEach((k, a) => {
          const r = redone[a] as BudgetedExtraction;
          const x = out[k] as (typeof out)[number];
          if (r.ok) out[k] = { itemId: x.itemId, ...shiftOffsets(r, x.item.title.length + 2), text: x.text, item: x.item };
        });
      }
      // The next batch (under every name known now, as before) goes to the workers while this one is written.
      next = following;
      started = next ? begin(next.jobs, known) : null;
      const rows: ItemExtraction[] = out.map(({ itemId, figures, entities }) => ({ itemId, figures, entities }));
      for (const x of rows) append(learned, learnLinks(links, x.entities));
      append(learned, await learnSoundLinksStored(store, links, rows));
      await store.saveExtractions(rows.map((x) => linkExtraction(x, links) ?? x));
      report.extracted += out.length;
      bar.tick(items.length);
    }
    if (taught.length > 0) await reread(store, known, taught, new Set(ids), extractAll, links);
  } finally {
    await pool?.close();
  }
  if (learned.length > 0) await relink(store, links, learned);
  bar.done();
  handled(ids.length);
  return report;
}

/** The extractions of items under the given known names, in the items' order (`extractItemsStage`). */
type ExtractAll = (jobs: readonly PoolJob[], names: readonly string[]) => Promise<BudgetedExtraction[]>;

/**
 * What extraction reads of an item: title and body without the sentences that address a model (`flagged`), and its
 * context.
 */
function extractionJob(it: ItemRecord): PoolJob & { flagged: string[] } {
  const clean = withoutInjections(it);
  return {
    flagged: clean.flagged,
    text: `${clean.item.title}\n\n${clean.item.text}`,
    sentences: it.sentences.length,
    ctx: { date: it.date, lang: it.lang, kind: it.kind, traditional: it.meta.traditional === true, ...outletRegion(it) },
  };
}

/** Where an item's outlet writes for (a Hong Kong or Taiwan outlet's bare 元 is its dollar), when the outlet is listed. */
function outletRegion(it: Pick<ItemRecord, 'meta' | 'url' | 'title'>): { region?: OutletRegion } {
  const region = itemRegion(it);
  return region ? { region } : {};
}

/** Where the names learned from earlier texts are kept (extract/entities/known-names.ts): one sorted JSON list. */
const KNOWN_KEY = ['entities', 'known-names'] as const;

async function storedKnownNames(store: Store): Promise<string[]> {
  const raw = await store.cache.get(...KNOWN_KEY);
  return raw ? (JSON.parse(raw) as string[]) : [];
}

/**
 * Stores the `known` names and extracts again the items stored before this run that write one of the newly `taught`
 * names bare (found through the store's search, newest first; their verification is the text itself), so a name a
 * feature introduces today owns its figures in yesterday's flash too. Items of this run were handled batch by batch.
 */
async function reread(
  store: Store,
  known: readonly string[],
  taught: readonly string[],
  thisRun: ReadonlySet<string>,
  extractAll: ExtractAll,
  links: NameLinks,
): Promise<void> {
  await store.cache.put(...KNOWN_KEY, JSON.stringify(known));
  const candidates = new Set<string>();
  for (const name of taught) for (const h of await store.search(name, 200)) if (!thisRun.has(h.itemId)) candidates.add(h.itemId);
  const ids = [...candidates].sort();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [items, extractions] = await Promise.all([store.listItems({ ids: chunk }), store.getExtractions(chunk)]);
    const byId = new Map(extractions.map((x) => [x.itemId, x]));
    const stale = items.filter((it) => {
      const x = byId.get(it.id);
      return x !== undefined && namesUnmatched(`${it.title}\n\n${it.text}`, x.entities, taught);
    });
    const redone = await extractAll(stale.map(extractionJob), known);
    const changed: ItemExtraction[] = [];
    stale.forEach((it, k) => {
      const r = redone[k] as BudgetedExtraction;
      if (!r.ok) return;
      const y: ItemExtraction = { itemId: it.id, ...shiftOffsets(r, it.title.length + 2) };
      changed.push(linkExtraction(y, links) ?? y);
    });
    if (changed.length > 0) await store.saveExtractions(changed);
  }
}

/** Where the name links learned so far are kept (extract/entities/name-links.ts): one JSON list of [Chinese, Latin]. */
const LINKS_KEY = ['entities', 'name-links'] as const;

async function storedLinks(store: Store): Promise<Map<string, string>> {
  const raw = await store.cache.get(...LINKS_KEY);
  return new Map(raw ? (JSON.parse(raw) as [string, string][]) : []);
}

/** Where the names that may link by sound are kept (extract/entities/pinyin-links.ts): one sorted JSON list. */
const SOUND_KEY = ['entities', 'sound-names'] as const;

/**
 * The links by sound (衡川半导体 ↔ Hengchuan Semiconductor) among the names of `rows` and those of earlier batches and
 * runs (kept in the store, updated here when `rows` add one); adds them to `links` and returns them.
 */
async function learnSoundLinksStored(
  store: Store,
  links: Map<string, string>,
  rows: readonly ItemExtraction[],
): Promise<[string, string][]> {
  const raw = await store.cache.get(...SOUND_KEY);
  const stored = raw ? (JSON.parse(raw) as string[]) : [];
  const names = new Set(stored);
  for (const x of rows) for (const n of soundNames(x.entities)) names.add(n);
  if (names.size > stored.length) await store.cache.put(...SOUND_KEY, JSON.stringify([...names].sort()));
  return learnSoundLinks(links, names);
}

/**
 * Stores the links with the newly `learned` ones, and renames those names in every item already extracted that
 * names them (earlier runs, earlier batches of this one): their extraction is saved again, so their knowledge is
 * rebuilt by the next knowledge update (a re-extracted item's part is stale) and only theirs.
 */
async function relink(store: Store, links: ReadonlyMap<string, string>, learned: [string, string][]): Promise<void> {
  await store.cache.put(...LINKS_KEY, JSON.stringify([...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  const ids = await store.itemsNaming(learned.map(([zh]) => zh));
  for (let i = 0; i < ids.length; i += 500) {
    const changed: ItemExtraction[] = [];
    for (const x of await store.getExtractions(ids.slice(i, i + 500))) {
      const y = linkExtraction(x, links);
      if (y) changed.push(y);
    }
    if (changed.length > 0) await store.saveExtractions(changed);
  }
}

/** `extractItemsStage`, then the memory it held returned once it has returned (util/memory.ts). */
export function extractItems(
  store: Store,
  ids: string[],
  gaz: Gazetteer,
  reporter: Reporter,
  limits: Config['limits'] = configSchema.parse({}).limits,
): Promise<ExtractReport> {
  return asStage((handled) => extractItemsStage(handled, store, ids, gaz, reporter, limits));
}

/** Figures and mentions found in the title are dropped; body offsets are made relative to `item.text`. */
function shiftOffsets<T extends { start: number; end: number }, U extends { start: number; end: number }>(
  r: { figures: T[]; entities: U[] },
  by: number,
): { figures: T[]; entities: U[] } {
  const shift = <V extends { start: number; end: number }>(xs: V[]): V[] =>
    xs.filter((x) => x.start >= by).map((x) => ({ ...x, start: x.start - by, end: x.end - by }));
  return { figures: shift(r.figures), entities: shift(r.entities) };
}

/**
 * How many claim groups knowledge rebuilds and writes at a time. Each piece parses its groups' statements (packed,
 * decision 041) and stored claims and builds their claims at once: at 256 groups a piece of the 10,000-article run held
 * ~7,000 statements as objects, and that piece's garbage set the pipeline's peak at knowledge's end; at 64 the same
 * claims are written in four times as many pieces, in the same order (decision 047).
 */
export const CLAIM_GROUPS_PER_WRITE = 64;

/**
 * Updates the knowledge (claims, deals, derived facts, loops) for the items extracted since the last update and those
 * dropped since (docs/decisions/017): each new item's part is built once; only the claims of the groups these items
 * touch and the loops of the graph components their deals touch are recomputed. An item whose part fails to build is
 * quarantined and the others go on. Returns the stored totals.
 */
async function knowledgeStage(
  handled: (n: number) => void,

  store: Store,
  config: Config,
  gaz: Gazetteer = loadGazetteer(config.extract.gazetteer),
  reporter?: Reporter,
): Promise<KnowledgeCounts & { quarantined: QuarantinedItem[] }> {
  const opts = {
    tolerance: config.knowledge.tolerance,
    canonicalSubject: (name: string) => canonicalSubject(name, gaz),
    ownerOf: (name: string) => dealOwnerOf(name, gaz),
  };
  const pending = await store.itemsWithoutKnowledge();
  const stale = await store.staleKnowledge();
  const quarantined: QuarantinedItem[] = [];
  if (pending.length === 0 && stale.items.length === 0) return { ...(await store.knowledgeCounts()), quarantined };
  // One update, written in pieces as it is built (docs/decisions/023): each batch's parts, then the claims a few hundred
  // groups at a time, then the deals, derived facts and loops; all commit together. Each new part is turned into what
  // the commit and the claims need as soon as it is built (its row, its statements by claim-group key, its deal and
  // derived-fact rows, its deals' ends), and not kept: a first run over a whole archive would otherwise hold every part.
  await store.updateKnowledge(async (write) => {
    // The dropped items' keys are forgotten first: a re-extracted item's new keys come with its part below.
    if (stale.items.length > 0) await write({ settled: stale.items });
    const fresh = new Set<string>();
    const claimKeys = new Set(stale.claimKeys);
    const parties = new Set(stale.parties);
    const byKey = new PackedStatements();
    const newDeals: { from: string; to: string }[] = [];
    const newDealRows: KnowledgeRow[] = [];
    const newDerivedRows: KnowledgeRow[] = [];
    const keep = (p: ItemKnowledge, rows: ItemKnowledgeRow[]) => {
      if (fresh.has(p.itemId)) return;
      fresh.add(p.itemId);
      const ks = statementKeys(p.statements, opts);
      const row = partRow(p, opts, ks);
      rows.push(row);
      for (const k of row.claimKeys) claimKeys.add(k);
      for (const k of row.parties) parties.add(k);
      byKey.add(p.statements, ks);
      for (const [, d] of p.deals) newDeals.push({ from: d.from, to: d.to });
      append(newDealRows, dealRows(p));
      append(newDerivedRows, derivedRows(p));
    };
    const BATCH = 500;
    for (let i = 0; i < pending.length; i += BATCH) {
      const ids = pending.slice(i, i + BATCH);
      const [items, extractions] = await Promise.all([store.listItems({ ids }), store.getExtractions(ids)]);
      let parts: ItemKnowledge[];
      try {
        parts = knowledgeParts({ items, extractions }, opts);
      } catch {
        // Each item alone, to find the ones the build fails on.
        parts = [];
        const byId = new Map(extractions.map((x) => [x.itemId, x]));
        for (const item of items) {
          const x = byId.get(item.id);
          if (!x) continue;
          try {
            append(parts, knowledgeParts({ items: [item], extractions: [x] }, opts));
          } catch (e) {
            quarantined.push(
              await setAside(store, item, 'knowledge', `knowledge build failed: ${(e as Error).message}`, reporter ?? silentReporter),
            );
          }
        }
      }
      const rows: ItemKnowledgeRow[] = [];
      for (const p of parts) keep(p, rows);
      if (rows.length > 0) await write({ items: rows });
    }
    // Items whose stored knowledge this update replaces (re-extracted) or drops (removed, quarantined).
    const changed = new Set([...fresh, ...stale.items]);
    // Claims of the touched groups: each group's stored claim (its statements) with the new items' statements,
    // `CLAIM_GROUPS_PER_WRITE` groups at a time; never the parts of every item in them (docs/decisions/019).
    const keys = [...claimKeys].sort();
    for (let i = 0; i < keys.length; i += CLAIM_GROUPS_PER_WRITE) {
      const chunk = keys.slice(i, i + CLAIM_GROUPS_PER_WRITE);
      const rows = regroupClaims(await store.claimsFor({ keys: chunk }), byKey, chunk, changed, opts).map(claimRow);
      for (const k of chunk) byKey.delete(k);
      await write({ claims: { keys: chunk, rows } });
    }
    // Loops of the touched components, from the stored edge counts: grow the node set through them (and the new deals'
    // edges) until it closes; the edges of the deals this update replaces are taken away.
    const edges = new Map<string, { from: string; to: string; deals: number }>();
    const count = (from: string, to: string, n: number) => {
      const k = `${from}\u0000${to}`;
      const e = edges.get(k);
      if (e) e.deals += n;
      else edges.set(k, { from, to, deals: n });
    };
    const nodes = new Set(parties);
    let frontier = [...parties];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const e of await store.dealPairs(frontier)) {
        const k = `${e.from}\u0000${e.to}`;
        if (edges.has(k)) continue;
        count(e.from, e.to, e.deals);
        for (const n of [e.from, e.to])
          if (!nodes.has(n)) {
            nodes.add(n);
            next.push(n);
          }
      }
      frontier = next;
    }
    // The new deals' ends are among `parties`, and the replaced deals' among the stale items' parties.
    for (const d of (await store.knowledgeOfItems([...changed])).deals) count(d.from, d.to, -1);
    for (const d of newDeals) count(d.from, d.to, 1);
    const live = [...edges.values()].filter((e) => e.deals > 0);
    await write({
      deals: { items: [...changed], rows: newDealRows },
      derived: { items: [...changed], rows: newDerivedRows },
      cycles: { nodes: [...nodes], rows: cycleRows(live, opts) },
    });
  });
  handled(pending.length);
  return { ...(await store.knowledgeCounts()), quarantined };
}

/** `knowledgeStage`, then the memory it held returned once it has returned (util/memory.ts). */
export function knowledge(
  store: Store,
  config: Config,
  gaz: Gazetteer = loadGazetteer(config.extract.gazetteer),
  reporter?: Reporter,
): Promise<KnowledgeCounts & { quarantined: QuarantinedItem[] }> {
  return asStage((handled) => knowledgeStage(handled, store, config, gaz, reporter), { forSize: true });
}

/** The engine the config asks for. */
export function engineFor(
  store: Store,
  config: Config,
  reporter: Reporter,
  env: NodeJS.ProcessEnv = process.env,
  /** Workers: the rate and budget shared through the database (src/queue/llm-gate.ts). */
  gate?: LlmGate,
): Engine {
  if (config.engine === 'offline') return createOfflineEngine();
  const apiKey = env[config.llm.apiKeyEnv] ?? env.OPENAI_API_KEY ?? '';
  return createLlmEngine(
    { ...config.llm, apiKey },
    { cache: store.cache, ledger: store.ledger, log: (m) => reporter.info(m), ...(gate ? { gate } : {}) },
  );
}

export interface DigestResult {
  digest: Digest;
  /** The digest's Markdown as written to `files[0]`. */
  markdown: string;
  files: string[];
}

/** Writes the digest of one day (Markdown + cover) and refreshes feeds and the static site. */
/** A day with nothing to write: no digest is written or published; the message says what the store holds. */
export class EmptyDigestError extends Error {}

/**
 * What the digest of one day reads (docs/decisions/017): the items dated within a day of it (or undated and ingested
 * then), their stories with every member, their extractions, and of the knowledge only the claims, deals and derived
 * facts that touch them; the items those claims cite come with their stories too, so outlets are named as before.
 */
export async function dayInput(
  store: Store,
  date: string,
): Promise<{
  stories: Story[];
  items: ItemRecord[];
  extractions: Awaited<ReturnType<Store['getExtractions']>>;
  knowledge: KnowledgeSnapshot;
}> {
  const shift = (days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // Any zone's local day lies within a day of the UTC day.
  const near = await store.listItems({ since: shift(-1), until: shift(2), orUndatedIngested: true });
  const items = new Map(near.map((it) => [it.id, it]));
  const stories = new Map<string, Story>();
  const addStories = async (ids: string[]) => {
    const missing = new Set<string>();
    for (const s of await store.listStoriesOfItems(ids)) {
      stories.set(s.id, s);
      for (const id of s.items) if (!items.has(id)) missing.add(id);
    }
    if (missing.size > 0) for (const it of await store.listItems({ ids: [...missing] })) items.set(it.id, it);
  };
  await addStories([...items.keys()]);
  const dayIds = [...items.keys()];
  const claimKeys = await store.claimKeysOfItems(dayIds);
  const extractions = await store.getExtractions(dayIds);
  const subjectMetrics = new Set<string>();
  for (const x of extractions) for (const f of x.figures) if (f.subject && f.metric) subjectMetrics.add(`${f.subject}\u0000${f.metric}`);
  const claims = await store.claimsFor({ keys: claimKeys, subjectMetrics: [...subjectMetrics] });
  const cited = new Set<string>();
  for (const c of claims) for (const st of c.statements) if (!items.has(st.itemId)) cited.add(st.itemId);
  if (cited.size > 0) {
    for (const it of await store.listItems({ ids: [...cited], withSentences: false })) items.set(it.id, it);
    await addStories([...cited]);
  }
  const { deals, derived } = await store.knowledgeOfItems(dayIds);
  const all = [...items.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id < b.id ? -1 : 1));
  return {
    stories: [...stories.values()],
    items: all,
    // Every item's extraction in `items` order: the day's (read above) first, then the others'.
    extractions: [...extractions, ...(await store.getExtractions([...items.keys()].slice(dayIds.length)))],
    knowledge: { claims, deals, derived, cycles: [] },
  };
}

async function digestStage(
  handled: (n: number) => void,

  store: Store,
  config: Config,
  date: string,
  out: string,
  engine: Engine,
  reporter: Reporter,
): Promise<DigestResult> {
  const { stories: dayStories, items: dayItems, extractions, knowledge: snap } = await dayInput(store, date);
  const material = digestMaterial(dayStories, dayItems, config.timeZone);
  const items = material.items.map((it) => withoutInjections(it).item);
  const stories = material.stories;
  const sections = loadSections(config.digest.sections);
  // Told before means printed: the items an earlier digest of out/digests links (an item without a link counts as
  // printed once any earlier digest exists).
  const earlierDigests = digestsBefore(join(out, 'digests'), date);
  const printed = printedItems(items, earlierDigests, earlierDigests.length > 0);
  // …and only in the figures it printed (a broker note linked for its rating did not tell the placement it mentions).
  const printedFigureList = earlierDigests.length > 0 ? printedFigures(earlierDigests) : undefined;
  const bundles = selectStories(
    { stories, items, extractions, knowledge: snap },
    {
      date,
      timeZone: config.timeZone,
      maxTop: config.digest.maxTop,
      maxMore: config.digest.maxMore,
      watch: config.digest.watch,
      sections,
      printed,
      ...(printedFigureList ? { printedFigures: printedFigureList } : {}),
      // …and of a story's own earlier items, what the blocks linking them printed (not every figure their sources stated).
      ...(earlierDigests.length > 0 ? { printedOfItem: printedItemFigures(items, earlierDigests) } : {}),
    },
  );
  if (bundles.length === 0) {
    const all = await store.listItems({ withSentences: false });
    throw new EmptyDigestError(`[digest] ${date}: nothing written or published — ${explainEmptyDay(date, config.timeZone, all)}`);
  }
  const footer = config.digest.footer ? readFileSync(config.digest.footer, 'utf8') : null;
  const coverRel = `../covers/${date}.png`;
  const d = await writeDigest(bundles, engine, {
    date,
    style: config.digest.style,
    category: config.digest.category,
    tags: config.digest.tags,
    footer,
    coverImage: config.digest.coverImage ?? coverRel,
    minStoryChars: config.llm.minStoryChars,
    timeZone: config.timeZone,
    // What the recent digests headed and listed: a story of the same party and kind is a follow-up (decisions 134, 141).
    ...(earlierDigests.length > 0 ? { earlierHeads: recentHeads(datedDigestsBefore(join(out, 'digests'), date), date) } : {}),
    // …and their text: a tie one of them said is not said again (decision 148).
    ...(earlierDigests.length > 0
      ? { earlierDigests: recentDigests(datedDigestsBefore(join(out, 'digests'), date), date).map((x) => x.md) }
      : {}),
  });
  const dropped = d.guard.filter((g) => g.action === 'dropped').length;
  const offline = d.guard.filter((g) => g.action === 'offline').length;
  if (dropped > 0 || offline > 0)
    reporter.warn(
      `[digest] ${date}: the numeric guard dropped ${dropped} sentence(s) with untraceable numbers` +
        (offline > 0 ? `; ${offline} story(ies) kept too little text and were written by the offline engine` : ''),
    );
  for (const n of engine.usage().notes) reporter.warn(`[digest] ${n}`);
  const files: string[] = [];
  const md = renderDigest(d, { sections: sections.map((x) => x.name) });
  files.push(writeOut(join(out, 'digests', `${date}.md`), md));
  if (!config.digest.coverImage) {
    const cover = await renderCover(d);
    if (cover.png) files.push(writeOut(join(out, 'covers', `${date}.png`), cover.png));
    files.push(writeOut(join(out, 'covers', `${date}.svg`), cover.svg));
  }
  append(files, await refreshFeedsAndSite(config, out, d, md));
  handled(dayItems.length);
  return { digest: d, markdown: md, files };
}

/** `digestStage`, then the memory it held returned once it has returned (util/memory.ts). */
export function digest(store: Store, config: Config, date: string, out: string, engine: Engine, reporter: Reporter): Promise<DigestResult> {
  return asStage((handled) => digestStage(handled, store, config, date, out, engine, reporter));
}

/** The Markdown of the digests in `dir` dated before `date` (`YYYY-MM-DD.md`); none when the folder does not exist. */
function digestsBefore(dir: string, date: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n) && n.slice(0, 10) < date)
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** The digests of out/digests before `date`, each with its date (follow-up-rank.ts `recentHeads`). */
function datedDigestsBefore(dir: string, date: string): { date: string; md: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n) && n.slice(0, 10) < date)
    .sort()
    .map((n) => ({ date: n.slice(0, 10), md: readFileSync(join(dir, n), 'utf8') }));
}

function writeOut(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Feeds and the static site carry the digest just written (and any earlier ones found in out/digests). */
async function refreshFeedsAndSite(config: Config, out: string, d: Digest, md: string): Promise<string[]> {
  const site = config.publish.site;
  // Every digest of out/digests, newest first (publish.site.maxDigests), the one just written as written.
  const archive = readDigestArchive(join(out, 'digests'), { max: site.maxDigests, footer: d.footer }).digests;
  const list = archive.some((a) => a.slug === d.date)
    ? archive.map((a) => (a.slug === d.date ? { ...a, digest: d, markdown: md } : a))
    : [{ digest: d, markdown: md, slug: d.date }, ...archive];
  const entries = list.map((a) => ({ ...a, url: new URL(`digests/${a.slug}.html`, site.url).toString() }));
  const feeds = renderFeeds(entries, site);
  const files = [
    writeOut(join(out, 'feeds', 'rss.xml'), feeds.rss),
    writeOut(join(out, 'feeds', 'atom.xml'), feeds.atom),
    writeOut(join(out, 'feeds', 'feed.json'), feeds.json),
  ];
  for (const page of renderSite(entries, site)) files.push(writeOut(join(out, 'site', page.path), page.content));
  return files;
}

/** Sends the digest to configured channels (never twice to the same channel: push log); `only` keeps one channel. */
export async function publishDigest(
  store: Store,
  config: Config,
  d: Pick<Digest, 'date' | 'title'>,
  markdown: string,
  reporter: Reporter,
  env: NodeJS.ProcessEnv = process.env,
  only?: string,
) {
  const channels = digestChannels(config, reporter, env).filter((c) => only === undefined || c.name === only);
  if (channels.length === 0) return [];
  const url = new URL(`digests/${d.date}.html`, config.publish.site.url).toString();
  return publish([{ key: `digest:${d.date}`, text: chatText(markdown), title: d.title, date: d.date, url }], channels, store.pushLog);
}

/** The channels the config sends digests to (a channel whose secret is missing is left out, with a warning). */
export function digestChannels(config: Config, reporter: Reporter, env: NodeJS.ProcessEnv = process.env): Channel[] {
  const channels: Channel[] = [];
  const tg = config.publish.telegram;
  if (tg) {
    const token = env[tg.tokenEnv];
    if (token) channels.push(telegramChannel({ baseURL: tg.baseURL, token, chatId: tg.chatId }));
    else reporter.warn(`[publish] [telegram] not sent: the environment variable ${tg.tokenEnv} holding the bot token is not set`);
  }
  if (config.publish.webhook) channels.push(webhookChannel({ url: config.publish.webhook.url, headers: config.publish.webhook.headers }));
  return channels;
}

/** Whether `text` writes one of the `known` names where none of its `mentions` is that name (its extraction missed it). */
function namesUnmatched(text: string, mentions: readonly EntityMention[], known: readonly string[]): boolean {
  if (known.length === 0) return false;
  const have = new Set(mentions.map((m) => m.text));
  return known.some((n) => !have.has(n) && text.includes(n));
}

/** The figures and entities of files read as ingest reads them, without a store (the `extract` and `entities` commands). */
export async function extractFiles(
  paths: string[],
  config: Config,
  /** The document date when neither `date` nor the file gives one (for "this year" / 今年). */
  opts: { date?: string; fallbackDate: string },
): Promise<{ file: FileText; figures: Figure[]; entities: EntityMention[] }[]> {
  const gaz = loadGazetteer(config.extract.gazetteer);
  const files = await readTextFiles(paths, config.ingest.maxBytes);
  const one = (f: FileText, known?: readonly string[]) => {
    // A file whose fold differs from its text was written in Traditional Chinese.
    const ctx = {
      date: opts.date ?? f.date ?? opts.fallbackDate,
      kind: f.kind,
      traditional: f.folded !== f.text,
      ...(f.header ? outletRegion(f.header) : {}),
    };
    const r = extract(f.folded, known ? { ...ctx, known } : ctx, gaz);
    return { file: f, figures: contentSpans(f, r.figures), entities: contentSpans(f, r.entities) };
  };
  const first = files.map((f) => one(f));
  // A name one file introduces (国产AI算力服务商星衡智算) is a name in the files that write it bare: those are read again.
  const known = [...new Set(first.flatMap((x) => learnableNames(x.entities)))].sort();
  const read = first.map((x) => (namesUnmatched(x.file.folded, x.entities, known) ? one(x.file, known) : x));
  // A name one file glosses (瀚芯科技（Hanxin Technology）) is the same company in the files that write only one of them.
  return linkAcross(read);
}

export interface ProcessReport {
  ingest: IngestReport;
  extract: ExtractReport;
  /** Stories after clustering. */
  stories: number;
  knowledge: KnowledgeCounts;
  /** Items set aside by extract or knowledge. */
  quarantined: QuarantinedItem[];
}

/** What follows a change to the stored items: cluster → knowledge (after ingest, after a removal). */
export async function rebuild(
  store: Store,
  config: Config,
  reporter: Reporter,
  gaz: Gazetteer = loadGazetteer(config.extract.gazetteer),
): Promise<{ stories: number; knowledge: KnowledgeCounts; quarantined: QuarantinedItem[] }> {
  const stories = await cluster(store, config);
  const { quarantined, ...snap } = await knowledge(store, config, gaz, reporter);
  return { stories, knowledge: snap, quarantined };
}

/** The stages from sources to knowledge, in order: ingest → extract → cluster → knowledge. */
export async function processSources(store: Store, targets: string[], config: Config, reporter: Reporter): Promise<ProcessReport> {
  const ingested = await ingest(store, targets, config, reporter);
  const gaz = loadGazetteer(config.extract.gazetteer);
  const extracted = await extractPending(store, gaz, reporter, config.limits, config.extract.gazetteer);
  const r = await rebuild(store, config, reporter, gaz);
  return {
    ingest: ingested,
    extract: extracted,
    stories: r.stories,
    knowledge: r.knowledge,
    quarantined: [...extracted.quarantined, ...r.quarantined],
  };
}

export interface DailyReport extends ProcessReport {
  digest: DigestResult;
  published: Awaited<ReturnType<typeof publishDigest>>;
}

/** The daily job: the sources through every stage (processSources), the digest of `date` into `out`, then publish. */
export async function dailyRun(
  store: Store,
  config: Config,
  job: { sources: string[]; date: string; out: string },
  reporter: Reporter,
): Promise<DailyReport> {
  const processed = await processSources(store, job.sources, config, reporter);
  const d = await digest(store, config, job.date, job.out, engineFor(store, config, reporter), reporter);
  const published = await publishDigest(store, config, d.digest, d.markdown, reporter);
  return { ...processed, digest: d, published };
}

export type { ItemRecord };
