/**
 * Incremental knowledge (docs/decisions/017): each item's part is built once and stored with the claim groups and
 * graph nodes it touches; an update rebuilds only the claims of the groups new (or dropped) items touch and the loops
 * of the graph components their deals touch. The result equals `buildKnowledge` over everything.
 */
import type { ItemKnowledgeRow, KnowledgeRow } from '../store/types.js';
import type { Claim, DealEdge, DerivedFact, Statement } from '../types/knowledge.js';
import type { ItemKnowledge } from './build.js';
import { buildClaims, claimGroupOf, claimKey } from './claims.js';
import { defaultFamilies } from './families.js';
import { cyclesOfEdges } from './graph.js';
import { type KnowledgeOptions, resolveOptions } from './options.js';

/** The claim-group key of each statement (undefined: it states no claim). */
export function statementKeys(statements: Statement[], opts?: Partial<KnowledgeOptions>): (string | undefined)[] {
  const o = resolveOptions(opts);
  const canon = o.canonicalSubject ?? ((n: string) => n);
  const families = o.families ?? defaultFamilies();
  return statements.map((s) => claimGroupOf(s.figure, canon, families, s.sentence)?.key);
}

/** A part as stored, with its keys. */
export function partRow(
  p: ItemKnowledge,
  opts?: Partial<KnowledgeOptions>,
  keys: (string | undefined)[] = statementKeys(p.statements, opts),
): ItemKnowledgeRow {
  const claimKeys = new Set<string>();
  for (const k of keys) if (k !== undefined) claimKeys.add(k);
  const parties = new Set<string>();
  for (const [, d] of p.deals) parties.add(d.from).add(d.to);
  return { itemId: p.itemId, body: partSummaryBody(p), claimKeys: [...claimKeys].sort(), parties: [...parties].sort() };
}

/**
 * What a stored part says of itself (docs/decisions/097): how many statements, deals and derived facts it gave. The
 * part's content is stored where it is read — its statements inside its claim groups' records, its deals and derived
 * facts as records keyed by the item — and an update never reads a part back (it regroups stored claims), so the row
 * keeps counts, not a third copy (2.9 KB of JSON per item, written and collected, never read). A part is rebuilt from
 * the stored item and extraction (`knowledgeParts`) whenever one is needed whole.
 */
export interface PartSummary {
  statements: number;
  deals: number;
  derived: number;
}

/** The stored body of a part: its `PartSummary` as JSON, in this key order (migration 10 / 5 writes the same text). */
export function partSummaryBody(p: Pick<ItemKnowledge, 'statements' | 'deals' | 'derived'>): string {
  return `{"statements":${p.statements.length},"deals":${p.deals.length},"derived":${p.derived.length}}`;
}

/** A stored part's summary (a body written before decision 097 — the whole part — is summarised the same way). */
export function partSummaryOf(row: Pick<ItemKnowledgeRow, 'body'>): PartSummary {
  const b = JSON.parse(row.body) as Partial<Record<keyof PartSummary, number | unknown[]>>;
  const count = (v: number | unknown[] | undefined): number => (Array.isArray(v) ? v.length : (v ?? 0));
  return { statements: count(b.statements), deals: count(b.deals), derived: count(b.derived) };
}

/**
 * The claims of the given groups after an update, from what is stored, not from every item in them: the groups' stored
 * claims (`previous`: each holds its group's statements, one per span) without the statements of the items the update
 * replaces or drops (`changed`), plus the new items' statements (`fresh`, by group key). Equal to `buildClaims` over
 * every item's statements: a group's claim depends on its statements alone, and keeping one statement per span (the
 * item, so the span, is in the statement) is the same whether done once over everything or again over the kept ones.
 */
export function regroupClaims(
  previous: Iterable<Claim>,
  fresh: { get(key: string): readonly Statement[] | undefined },
  keys: readonly string[],
  changed: ReadonlySet<string>,
  opts?: Partial<KnowledgeOptions>,
): Claim[] {
  const wanted = new Set(keys);
  const statements: Statement[] = [];
  // Each statement's key, known here: buildClaims reads a group from a sentence once, not again for every statement.
  const statementKeysOf: string[] = [];
  for (const c of previous) {
    const kept = c.statements.filter((s) => !changed.has(s.itemId));
    const ks = statementKeys(kept, opts);
    kept.forEach((s, i) => {
      const k = ks[i];
      if (k !== undefined && wanted.has(k)) {
        statements.push(s);
        statementKeysOf.push(k);
      }
    });
  }
  for (const k of keys)
    for (const s of fresh.get(k) ?? []) {
      statements.push(s);
      statementKeysOf.push(k);
    }
  return buildClaims(statements, opts, statementKeysOf);
}

/** The new parts' statements by claim-group key (statements that state no claim left out). */
export function statementsByKey(parts: Iterable<ItemKnowledge>, opts?: Partial<KnowledgeOptions>): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const p of parts) addStatementsByKey(out, p.statements, statementKeys(p.statements, opts));
  return out;
}

/** Adds statements to `out` under their claim-group keys (`keys[i]`: the key of `statements[i]`, from `statementKeys`). */
export function addStatementsByKey(out: Map<string, Statement[]>, statements: Statement[], keys: (string | undefined)[]): void {
  statements.forEach((s, i) => {
    const k = keys[i];
    if (k === undefined) return;
    const list = out.get(k);
    if (list) list.push(s);
    else out.set(k, [s]);
  });
}

/** Bytes of one chunk of `PackedStatements` (a statement longer than this gets a chunk of its own size). */
const PACK_CHUNK = 1 << 20;

/**
 * Statements by claim-group key, held as UTF-8 JSON in 1 MB chunks outside V8's heap (docs/decisions/041), for the
 * statements of a whole update (55,000 at 10,000 articles): as objects they were the largest thing knowledge held
 * on the heap while its parts were built, and V8 lets the heap grow by a share of what is live, so the peak grew
 * by more than they weigh. Each key keeps the chunk, offset and length of its statements in insertion order; `get`
 * parses them back (what `JSON.stringify` drops — `undefined` members — a stored part drops too: claims read from the
 * store went through the same round trip).
 */
export class PackedStatements {
  private readonly chunks: Buffer[] = [];
  private used = PACK_CHUNK;
  /** Per key: chunk index, offset, byte length, three numbers per statement. */
  private readonly spans = new Map<string, number[]>();

  get size(): number {
    return this.spans.size;
  }

  /** Adds `statements[i]` under `keys[i]` (statements without a key left out), as `addStatementsByKey` does. */
  add(statements: readonly Statement[], keys: readonly (string | undefined)[]): void {
    statements.forEach((s, i) => {
      const k = keys[i];
      if (k !== undefined) this.push(k, JSON.stringify(s));
    });
  }

  private push(key: string, json: string): void {
    const bytes = Buffer.byteLength(json);
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || this.used + bytes > chunk.length) {
      chunk = Buffer.allocUnsafeSlow(Math.max(PACK_CHUNK, bytes));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.write(json, this.used, bytes, 'utf8');
    const at = [this.chunks.length - 1, this.used, bytes];
    this.used += bytes;
    const list = this.spans.get(key);
    if (list) for (const x of at) list.push(x);
    else this.spans.set(key, at);
  }

  /** The statements under `key`, in the order they were added (new objects each call). */
  get(key: string): Statement[] | undefined {
    const list = this.spans.get(key);
    if (!list) return undefined;
    const out: Statement[] = [];
    for (let i = 0; i < list.length; i += 3) {
      const chunk = this.chunks[list[i] as number] as Buffer;
      const at = list[i + 1] as number;
      out.push(JSON.parse(chunk.toString('utf8', at, at + (list[i + 2] as number))) as Statement);
    }
    return out;
  }

  delete(key: string): void {
    this.spans.delete(key);
    // The chunks go once no key is left (keys are read in their own order, not the order the chunks were filled in).
    if (this.spans.size === 0) this.chunks.length = 0;
  }
}

export const claimRow = (c: Claim): KnowledgeRow => {
  const key = claimKey(c);
  return { key, ord: key, body: JSON.stringify(c) };
};

export const dealRows = (p: ItemKnowledge): KnowledgeRow[] =>
  p.deals.map(([ord, d]: [string, DealEdge]) => ({ key: p.itemId, ord, body: JSON.stringify(d) }));

export const derivedRows = (p: ItemKnowledge): KnowledgeRow[] =>
  p.derived.map(([ord, d]: [string, DerivedFact]) => ({ key: p.itemId, ord, body: JSON.stringify(d) }));

/** Loops of a component's edges, as stored (ordered by length, then nodes, as `findCycles` orders them). */
export function cycleRows(edges: Iterable<{ from: string; to: string }>, opts?: Partial<KnowledgeOptions>): KnowledgeRow[] {
  return cyclesOfEdges(edges, resolveOptions(opts).maxCycleLength).map((c) => {
    const key = c.join('\u0000');
    return { key, ord: `${String(c.length).padStart(4, '0')}\u0000${key}`, body: JSON.stringify(c) };
  });
}
