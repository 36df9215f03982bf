/**
 * The highlights orchestrator (`factbrief highlights`): reads a highlights export as ingest reads it, drops exact
 * duplicate pairs, analyses each quote against the store's knowledge, writes one insight per quote (offline templates
 * or the LLM, guarded), renders `highlights/<slug>.md` and checks it for publishability. Stages do the work; this file
 * only reads, calls and writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Config } from './config/index.js';
import { type EngineUsage, emptyUsage, type LlmOptions } from './enrich/engine.js';
import {
  allowedForQuote,
  analyzeQuote,
  defaultHighlightRules,
  type HighlightPair,
  type InsightKind,
  type KnowledgeView,
  llmInsight,
  offlineInsight,
} from './enrich/highlights/index.js';
import { JsonChatClient } from './enrich/llm/client.js';
import type { AllowedFigure } from './enrich/numeric-guard/index.js';
import { entityDirectory } from './enrich/offline/names.js';
import { canonicalSubject, loadGazetteer, lookupEntry } from './extract/index.js';
import { readSource } from './ingest/index.js';
import { type CheckProblem, checkHighlights, renderHighlights, slugify } from './render/index.js';
import type { Reporter } from './report.js';
import { defaultOutlets, itemOutlet } from './select/index.js';
import type { Store } from './store/index.js';
import type { Figure, GuardEvent, ItemDraft, ItemRecord } from './types/index.js';

export interface HighlightRow {
  quote: string;
  note: string;
  insight: string;
  kinds: InsightKind[];
  figures: Figure[];
  /** The book / article / file the pair belongs to. */
  title: string;
  engine: 'offline' | 'llm';
}

export interface HighlightsRun {
  rows: HighlightRow[];
  files: string[];
  /** Exact duplicate pairs dropped. */
  duplicates: number;
  /** Publishability problems of the written files (each names its file). */
  problems: (CheckProblem & { file: string })[];
  guard: GuardEvent[];
  usage: EngineUsage;
}

export interface HighlightsOptions {
  out: string;
  engine: 'offline' | 'llm';
  /** Date of pairs whose export gives none (YYYY-MM-DD). */
  today: string;
  env?: NodeJS.ProcessEnv;
}

/** The knowledge view of a store: its snapshot, and sources named as readers know them (an outlet, else 另一来源). */
export async function storeKnowledge(store: Store | undefined): Promise<KnowledgeView> {
  const outlets = defaultOutlets();
  if (!store) return { claims: [], deals: [], label: () => '另一来源' };
  const [snap, items] = await Promise.all([store.getKnowledge(), store.listItems({ withSentences: false })]);
  const byId = new Map<string, ItemRecord>(items.map((i) => [i.id, i]));
  return {
    claims: snap.claims,
    deals: snap.deals,
    label: ({ itemId, source }) => {
      const item = byId.get(itemId);
      return (item ? itemOutlet(item) : null) ?? outlets.byUrl(item?.url ?? source) ?? '另一来源';
    },
  };
}

/** Pair key for exact duplicates: the quote and the note, whitespace collapsed. */
function pairKey(p: { a: string; b: string }): string {
  const n = (s: string) => s.replace(/\s+/g, ' ').trim();
  return `${n(p.a)}\u0000${n(p.b)}`;
}

/** The drafts' pairs, exact duplicates dropped across the whole file (the same clipping exported twice, two books). */
export function highlightPairs(
  drafts: ItemDraft[],
  today: string,
): { groups: { draft: ItemDraft; pairs: HighlightPair[] }[]; duplicates: number } {
  const seen = new Set<string>();
  // Duplicates inside one export were already dropped by ingest (and counted in its message); across drafts, here.
  let duplicates = drafts.reduce(
    (n, d) => n + d.messages.reduce((m, x) => m + (x.origin === 'ingest:highlights' ? Number(/^(\d+)/.exec(x.reason)?.[1] ?? 0) : 0), 0),
    0,
  );
  const groups = drafts.map((draft) => {
    const pairs: HighlightPair[] = [];
    for (const p of draft.pairs) {
      if (p.kind !== 'quote-insight' || !p.a.trim()) continue;
      const k = pairKey(p);
      if (seen.has(k)) {
        duplicates++;
        continue;
      }
      seen.add(k);
      pairs.push({ quote: p.a.trim(), note: p.b.trim(), title: draft.title, date: draft.date?.slice(0, 10) ?? today });
    }
    return { draft, pairs };
  });
  return { groups: groups.filter((g) => g.pairs.length > 0), duplicates };
}

/** Writes the annotated highlights of one export file. Throws when the file holds no quote/note pairs. */
export async function writeHighlights(
  file: string,
  store: Store | undefined,
  config: Config,
  opts: HighlightsOptions,
  reporter: Reporter,
): Promise<HighlightsRun> {
  const read = await readSource(file, { ...config.ingest });
  // Drafts from the parsers carry pairs only before normalisation; the ingest path dedupes within one draft already.
  const highlights = read.items.filter((d) => d.kind === 'highlights');
  if (highlights.length === 0) {
    const kinds = [...new Set(read.items.map((d) => `${d.kind} (${d.format})`))].join(', ') || 'nothing';
    throw new Error(
      `[highlights] ${file}: no quote/note pairs found (read as ${kinds}); expected quote and note paragraphs, Kindle "My Clippings.txt" or a Readwise CSV`,
    );
  }
  const { groups, duplicates: dropped } = highlightPairs(highlights, opts.today);
  let duplicates = dropped;
  const gaz = loadGazetteer(config.extract.gazetteer);
  const dir = entityDirectory(gaz.entries);
  const rules = defaultHighlightRules();
  const kb = await storeKnowledge(store);
  const kopts = {
    tolerance: config.knowledge.tolerance,
    canonicalSubject: (name: string) => canonicalSubject(name, gaz),
    ownerOf: (name: string) => lookupEntry(name, gaz)?.parent,
  };
  const usage = emptyUsage();
  const guard: GuardEvent[] = [];
  let client: JsonChatClient | undefined;
  if (opts.engine === 'llm') {
    if (!store) throw new Error('[highlights] the llm engine needs the data directory (its response cache and cost ledger)');
    const env = opts.env ?? process.env;
    const llm: LlmOptions = { ...config.llm, apiKey: env[config.llm.apiKeyEnv] ?? env.OPENAI_API_KEY ?? '' };
    client = new JsonChatClient(llm, { cache: store.cache, ledger: store.ledger, log: (m) => reporter.info(m), usage });
  }

  const rows: HighlightRow[] = [];
  const files: string[] = [];
  const problems: (CheckProblem & { file: string })[] = [];
  const base = slugify(basename(file, extname(file)));
  const bar = reporter.progress(
    'insight',
    groups.reduce((n, g) => n + g.pairs.length, 0),
  );
  for (const [gi, g] of groups.entries()) {
    const allowed = new Map<string, AllowedFigure[]>();
    const written = await Promise.all(
      g.pairs.map(async (pair, pi) => {
        const a = analyzeQuote(pair, kb, gaz, rules, kopts);
        const ok = allowedForQuote(a);
        const draft = offlineInsight(a, kb, dir, rules);
        const r = client
          ? await llmInsight(a, kb, draft, ok, client, `${base}#${gi + 1}.${pi + 1}`, (m) => reporter.info(m))
          : { ...draft, engine: 'offline' as const, guard: [] };
        bar.tick();
        return { a, ok, r };
      }),
    );
    // Two notes on one quote can give the same quote and insight: the file never prints a pair twice.
    const printed = new Set<string>();
    const kept = written.filter(({ a, r }) => {
      const k = `${a.pair.quote}\u0000${r.text}`;
      if (printed.has(k)) return false;
      printed.add(k);
      return true;
    });
    duplicates += written.length - kept.length;
    for (const { a, ok, r } of kept) {
      const key = a.pair.quote.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      allowed.set(key, [...(allowed.get(key) ?? []), ...ok]);
      guard.push(...r.guard);
      rows.push({
        quote: a.pair.quote,
        note: a.pair.note,
        insight: r.text,
        kinds: r.kinds,
        figures: a.figures,
        title: g.draft.title,
        engine: r.engine,
      });
    }
    const md = renderHighlights({
      title: g.draft.title,
      date: g.pairs[0]?.date ?? opts.today,
      author: g.draft.author,
      source: g.draft.url,
      pairs: kept.map(({ a, r }) => ({ quote: a.pair.quote, insight: r.text })),
    });
    const slug = groups.length === 1 ? base : `${base}-${slugify(g.draft.title, String(gi + 1))}`;
    const path = join(opts.out, 'highlights', `${slug}.md`);
    mkdirSync(join(opts.out, 'highlights'), { recursive: true });
    writeFileSync(path, md);
    files.push(path);
    for (const p of checkHighlights(md, { allowedByQuote: allowed })) problems.push({ ...p, file: path });
  }
  bar.done();
  return { rows, files, duplicates, problems, guard, usage };
}
