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
  return { itemId: p.itemId, body: JSON.stringify(p), claimKeys: [...claimKeys].sort(), parties: [...parties].sort() };
}

export function partOfRow(row: ItemKnowledgeRow): ItemKnowledge {
  return JSON.parse(row.body) as ItemKnowledge;
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
  fresh: ReadonlyMap<string, readonly Statement[]>,
  keys: readonly string[],
  changed: ReadonlySet<string>,
  opts?: Partial<KnowledgeOptions>,
): Claim[] {
  const wanted = new Set(keys);
  const statements: Statement[] = [];
  for (const c of previous) {
    const kept = c.statements.filter((s) => !changed.has(s.itemId));
    const ks = statementKeys(kept, opts);
    kept.forEach((s, i) => {
      const k = ks[i];
      if (k !== undefined && wanted.has(k)) statements.push(s);
    });
  }
  for (const k of keys) for (const s of fresh.get(k) ?? []) statements.push(s);
  return buildClaims(statements, opts);
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
