/**
 * What `factbrief mcp` answers, as plain functions over a read-only store: search, the claims of a subject, conflicts,
 * the capital flows and loops of an entity, a day's digest. Every value carries its provenance — the source file or
 * URL, the 1-based line in that file (src/knowledge/provenance.ts), the sentence and the outlet — so an agent can cite
 * it. A question the store cannot answer (an unknown subject, a day without a digest) is a ToolError with a message
 * saying what the store does hold, never a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Gazetteer, lookupEntry } from '../extract/index.js';
import { findCycles, flowSummaries } from '../knowledge/index.js';
import { defaultOutlets, itemOutlet } from '../select/index.js';
import type { KnowledgeSnapshot, Store } from '../store/index.js';
import type { Claim, ItemRecord, Statement } from '../types/index.js';

/** A question the store cannot answer: the message goes back to the agent as the tool's error text. */
export class ToolError extends Error {}

export interface ToolContext {
  store: Store;
  gaz: Gazetteer;
  /** The output directory holding `digests/YYYY-MM-DD.md`. */
  out: string;
}

/** Where a value was said, for citing. */
export interface Provenance {
  /** The source file path or URL, as ingested. */
  source: string;
  /** The item's URL when it has one (a file's front matter `url`, a feed entry's link). */
  url: string | null;
  /** 1-based line of the sentence in the source file. */
  line: number;
  sentence: string;
  /** The outlet as readers know it, when known. */
  outlet: string | null;
  date: string | null;
  itemId: string;
}

/** Memoised store reads for one request. */
class Reads {
  private items?: Promise<Map<string, ItemRecord>>;
  private snap?: Promise<KnowledgeSnapshot>;
  constructor(private readonly store: Store) {}
  itemMap(): Promise<Map<string, ItemRecord>> {
    this.items ??= this.store.listItems({ withSentences: false }).then((xs) => new Map(xs.map((i) => [i.id, i])));
    return this.items;
  }
  knowledge(): Promise<KnowledgeSnapshot> {
    this.snap ??= this.store.getKnowledge();
    return this.snap;
  }
}

function provenance(st: Statement, items: Map<string, ItemRecord>): Provenance {
  const item = items.get(st.itemId);
  return {
    source: st.source,
    url: item?.url ?? null,
    line: st.line,
    sentence: st.sentence,
    outlet: (item ? itemOutlet(item) : null) ?? defaultOutlets().byUrl(item?.url ?? st.source) ?? null,
    date: st.date,
    itemId: st.itemId,
  };
}

/** A statement's value as in `claims --json` (a fall keeps its sign), with its provenance. */
function statedValue(st: Statement, items: Map<string, ItemRecord>): Record<string, unknown> {
  const f = st.figure;
  const sign = f.direction === 'down' ? -1 : 1;
  return {
    ...(f.value !== undefined ? { value: sign * f.value } : { low: f.low, high: f.high }),
    ...(f.currency ? { currency: f.currency } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    qualifier: f.qualifier,
    text: f.text,
    ...provenance(st, items),
  };
}

function claimJson(c: Claim, items: Map<string, ItemRecord>): Record<string, unknown> {
  return {
    subject: c.subject,
    metric: c.metric,
    period: c.period,
    ...(c.counterparty ? { counterparty: c.counterparty } : {}),
    conflict: c.conflict,
    values: c.statements.map((s) => statedValue(s, items)),
  };
}

/** The canonical names an entity goes by in the store: its gazetteer entry (英伟达 → Nvidia), else the name as given, case-insensitively. */
function resolveEntity(name: string, known: Iterable<string>, gaz: Gazetteer): string | undefined {
  const entry = lookupEntry(name.trim(), gaz);
  const wanted = new Set([name.trim().toLowerCase(), ...(entry ? [entry.name.toLowerCase()] : [])]);
  for (const k of known) if (wanted.has(k.toLowerCase())) return k;
  return undefined;
}

/** Some names the store does know, for an error message. */
function someNames(names: Iterable<string>, max = 12): string {
  const list = [...new Set(names)].sort();
  return list.length === 0
    ? 'none (the store holds no claims yet: run `factbrief ingest` first)'
    : `${list.slice(0, max).join(', ')}${list.length > max ? ', …' : ''}`;
}

/** `search`: items matching a query (Chinese or English), with where each came from. */
export async function searchTool(ctx: ToolContext, args: { query: string; limit?: number }) {
  const q = args.query.trim();
  if (!q) throw new ToolError('search: the query is empty');
  const reads = new Reads(ctx.store);
  const [hits, items] = await Promise.all([ctx.store.search(q, Math.min(Math.max(args.limit ?? 10, 1), 50)), reads.itemMap()]);
  return {
    query: q,
    results: hits.map((h) => {
      const item = items.get(h.itemId);
      return {
        itemId: h.itemId,
        title: h.title,
        snippet: h.snippet,
        score: h.score,
        source: item?.source ?? null,
        url: item?.url ?? null,
        outlet: item ? itemOutlet(item) : null,
        date: item?.date ?? null,
        kind: item?.kind ?? null,
      };
    }),
  };
}

/** `claims`: every claim of a subject (optionally one metric / period), each value with its sources. */
export async function claimsTool(ctx: ToolContext, args: { subject: string; metric?: string; period?: string }) {
  const reads = new Reads(ctx.store);
  const [snap, items] = await Promise.all([reads.knowledge(), reads.itemMap()]);
  const subject = resolveEntity(
    args.subject,
    snap.claims.map((c) => c.subject),
    ctx.gaz,
  );
  if (!subject)
    throw new ToolError(
      `claims: unknown subject "${args.subject}": the store holds no claims about it. Subjects with claims: ${someNames(snap.claims.map((c) => c.subject))}`,
    );
  const claims = snap.claims.filter(
    (c) => c.subject === subject && (!args.metric || c.metric === args.metric) && (!args.period || c.period === args.period),
  );
  if (claims.length === 0) {
    const metrics = someNames(snap.claims.filter((c) => c.subject === subject).map((c) => `${c.metric} ${c.period}`));
    throw new ToolError(`claims: no claim of ${subject} for ${[args.metric, args.period].filter(Boolean).join(' ')}; it has: ${metrics}`);
  }
  return { subject, claims: claims.map((c) => claimJson(c, items)) };
}

/** `conflicts`: claims whose sources disagree (all, or one subject's), both values with their sources. */
export async function conflictsTool(ctx: ToolContext, args: { subject?: string }) {
  const reads = new Reads(ctx.store);
  const [snap, items] = await Promise.all([reads.knowledge(), reads.itemMap()]);
  let claims = snap.claims.filter((c) => c.conflict);
  if (args.subject) {
    const subject = resolveEntity(
      args.subject,
      snap.claims.map((c) => c.subject),
      ctx.gaz,
    );
    if (!subject)
      throw new ToolError(
        `conflicts: unknown subject "${args.subject}". Subjects with claims: ${someNames(snap.claims.map((c) => c.subject))}`,
      );
    claims = claims.filter((c) => c.subject === subject);
  }
  return { conflicts: claims.map((c) => claimJson(c, items)) };
}

/** `flows`: the capital flows into and out of an entity, each with its source sentences, and the loops it is part of. */
export async function flowsTool(ctx: ToolContext, args: { entity: string }) {
  const snap = await ctx.store.getKnowledge();
  const names = snap.deals.flatMap((d) => [d.from, d.to]);
  const entity = resolveEntity(args.entity, names, ctx.gaz);
  if (!entity) throw new ToolError(`flows: no capital flow involves "${args.entity}". Entities with flows: ${someNames(names)}`);
  const flows = flowSummaries(snap.deals.filter((d) => d.from === entity || d.to === entity));
  const cycles = (snap.cycles.length > 0 ? snap.cycles : findCycles(snap.deals)).filter((c) => c.includes(entity));
  return {
    entity,
    outgoing: flows.filter((f) => f.from === entity),
    incoming: flows.filter((f) => f.to === entity),
    loops: cycles.map((nodes) => ({ nodes, path: [...nodes, nodes[0]].join(' → ') })),
  };
}

/** `digest`: the digest of a day as written under --out, else the day's stories from the store with their sources. */
export async function digestTool(ctx: ToolContext, args: { date: string }) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new ToolError(`digest: date must be YYYY-MM-DD, got "${args.date}"`);
  const file = join(ctx.out, 'digests', `${args.date}.md`);
  if (existsSync(file)) return { date: args.date, source: file, markdown: readFileSync(file, 'utf8') };
  const reads = new Reads(ctx.store);
  const [stories, items] = await Promise.all([ctx.store.listStories(args.date), reads.itemMap()]);
  if (stories.length === 0) {
    const days = [...new Set((await ctx.store.listStories()).map((s) => s.date).filter((d): d is string => !!d))].sort().slice(-7);
    throw new ToolError(
      `digest: no digest written for ${args.date} (${file} does not exist) and no stories of that day in the store. Days with stories: ${days.join(', ') || 'none'}`,
    );
  }
  return {
    date: args.date,
    source: 'store (no digest file written for this day: `factbrief digest --date` writes one)',
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      items: s.items.map((id) => {
        const it = items.get(id);
        return {
          itemId: id,
          title: it?.title ?? null,
          source: it?.source ?? null,
          url: it?.url ?? null,
          outlet: it ? itemOutlet(it) : null,
        };
      }),
    })),
  };
}
