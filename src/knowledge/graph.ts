/** The capital-flow graph: payer → payee edges in graphology, circular-financing loops, and node ranking by flow. */
import { DirectedGraph } from 'graphology';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { DealEdge, DealStatus } from '../types/knowledge.js';

// graphology-metrics is CommonJS; depending on the loader its default export arrives once or twice wrapped.
type PagerankFn = (g: DirectedGraph, o: { getEdgeWeight: string; alpha?: number }) => Record<string, number>;
const prModule = pagerankModule as unknown as { default: PagerankFn | { default: PagerankFn } };
const pagerank: PagerankFn = typeof prModule.default === 'function' ? prModule.default : prModule.default.default;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Edge attributes of the merged graph: one edge per (payer, payee) pair. */
export interface FlowAttributes {
  /**
   * Stated USD on the pair: per deal kind the largest amount stated (several sources telling one flow are not summed),
   * summed over kinds; a joint amount is split evenly among its payers so that it counts once in any total.
   */
  usd: number;
  /** Number of distinct deals (kind + source sentence) on the pair. */
  deals: number;
  /** PageRank weight: 1 + stated USD billions. */
  weight: number;
}

function usdOf(d: DealEdge): number {
  return d.amount?.kind === 'money' && d.amount.currency === 'USD' ? (d.amount.value ?? d.amount.high ?? d.amount.low ?? 0) : 0;
}

/**
 * USD per deal as counted in totals: a joint amount ("A and B jointly committed $15 billion") is divided among the
 * payers of the same sentence that share it.
 */
function countedUsd(deals: DealEdge[]): Map<DealEdge, number> {
  const payers = new Map<string, Set<string>>();
  const key = (d: DealEdge) => `${d.itemId}\u0000${d.sentence}\u0000${d.to}\u0000${d.amount?.start ?? ''}`;
  for (const d of deals) if (d.joint) payers.set(key(d), (payers.get(key(d)) ?? new Set()).add(d.from));
  return new Map(deals.map((d) => [d, d.joint ? usdOf(d) / Math.max(1, payers.get(key(d))?.size ?? 1) : usdOf(d)]));
}

/** Whether a deal is done or announced (not in talks, not a rumour): only these are flows of the graph and legs of loops. */
export function firmDeal(d: { status?: DealStatus }): boolean {
  return d.status === undefined;
}

/**
 * Builds the merged directed graph (self-loops dropped), nodes and edges inserted in sorted order. Deals in talks or
 * rumoured are no flow yet: left out.
 */
export function buildFlowGraph(deals: DealEdge[]): DirectedGraph<Record<string, never>, FlowAttributes> {
  const g = new DirectedGraph<Record<string, never>, FlowAttributes>();
  const sorted = deals.filter(firmDeal).sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  const counted = countedUsd(sorted);
  // Per pair and kind, the largest stated amount: one flow told by several sources is one flow.
  const perKind = new Map<string, number>();
  for (const d of sorted) {
    if (d.from === d.to) continue;
    g.mergeNode(d.from);
    g.mergeNode(d.to);
    const k = `${d.from}\u0000${d.to}\u0000${d.kind}`;
    const before = perKind.get(k) ?? 0;
    const usd = counted.get(d) ?? 0;
    const add = Math.max(0, usd - before);
    perKind.set(k, Math.max(before, usd));
    if (g.hasEdge(d.from, d.to)) {
      g.updateEdgeAttributes(d.from, d.to, (a) => {
        const next = { usd: a.usd + add, deals: a.deals + 1, weight: 0 };
        next.weight = 1 + next.usd / 1e9;
        return next;
      });
    } else g.addEdge(d.from, d.to, { usd: add, deals: 1, weight: 1 + add / 1e9 });
  }
  return g;
}

/**
 * Elementary directed cycles of at most `maxLength` edges, each reported once, starting at its smallest node
 * (bounded DFS from every node that only visits nodes greater than the start: the smallest-node rule).
 * Example: A→B, B→A, B→C, C→A → [['A','B'], ['A','B','C']].
 */
export function findCycles(deals: DealEdge[], maxLength = 4): string[][] {
  // A deal in talks or rumoured closes no loop (docs/decisions/035): the stored edge counts leave it out too.
  return cyclesOfEdges(deals.filter(firmDeal), maxLength);
}

/**
 * `findCycles` over payer → payee pairs: loops depend on which pairs have a deal (self-loops dropped), nothing else, so
 * an incremental update finds them from the stored edge counts (knowledge/incremental.ts).
 */
export function cyclesOfEdges(edges: Iterable<{ from: string; to: string }>, maxLength = 4): string[][] {
  const out: string[][] = [];
  const targets = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    let t = targets.get(e.from);
    if (!t) targets.set(e.from, (t = new Set()));
    t.add(e.to);
    if (!targets.has(e.to)) targets.set(e.to, new Set());
  }
  const nodes = [...targets.keys()].sort();
  const adj = new Map<string, string[]>();
  for (const n of nodes) adj.set(n, [...(targets.get(n) as Set<string>)].sort());
  for (const start of nodes) {
    const path = [start];
    const onPath = new Set(path);
    const dfs = (node: string): void => {
      for (const next of adj.get(node) ?? []) {
        if (next === start) {
          if (path.length >= 2) out.push([...path]);
          continue;
        }
        if (next < start || onPath.has(next) || path.length >= maxLength) continue;
        path.push(next);
        onPath.add(next);
        dfs(next);
        path.pop();
        onPath.delete(next);
      }
    };
    dfs(start);
  }
  return out.sort((a, b) => a.length - b.length || cmp(a.join('\u0000'), b.join('\u0000')));
}

/**
 * Ranks nodes by flow: inflow / outflow are the stated USD amounts received / paid; score is PageRank
 * (damping 0.85) over the merged graph with edge weight 1 + USD billions, so receiving big, many or
 * well-funded flows ranks high. Sorted by score, then name.
 */
export function rankNodes(deals: DealEdge[]): { name: string; inflow: number; outflow: number; score: number }[] {
  const g = buildFlowGraph(deals);
  if (g.order === 0) return [];
  const pr = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight', alpha: 0.85 }) : {};
  const rows = g.nodes().map((name) => {
    let inflow = 0;
    let outflow = 0;
    g.forEachInEdge(name, (_e, a) => {
      inflow += a.usd;
    });
    g.forEachOutEdge(name, (_e, a) => {
      outflow += a.usd;
    });
    return { name, inflow, outflow, score: Number((pr[name] ?? 0).toFixed(6)) };
  });
  return rows.sort((a, b) => b.score - a.score || cmp(a.name, b.name));
}

/** One capital flow as `graph --json` lists it: payer → payee of one kind, with every sentence stating it. */
export interface FlowSummary {
  from: string;
  to: string;
  kind: string;
  /** The largest amount stated for the flow (several sources telling one flow are not summed). */
  amount?: number;
  currency?: string;
  /** Each payer's edge of a joint payment: the amount is the joint one, counted once. */
  joint?: true;
  /** Set when every source gives the flow as in talks or rumoured (talks when any does): not a done deal. */
  status?: DealStatus;
  /** Each distinct (file, line) stating the flow, in the order first met. */
  sources: { file: string; line: number | null; sentence: string }[];
}

/**
 * The deals grouped into flows, one per (payer, payee, kind), in the order first met.
 * @example flowSummaries([ft: Nvidia → OpenAI invest $100B, jiemian: Nvidia → OpenAI invest 1000亿美元]) // → one flow, 2 sources
 */
export function flowSummaries(deals: DealEdge[]): FlowSummary[] {
  const flows = new Map<string, FlowSummary>();
  // Keys of flows some source states as done: never marked tentative.
  const firm = new Set<string>();
  for (const d of deals) {
    const key = `${d.from}\u0000${d.to}\u0000${d.kind}`;
    const f = flows.get(key) ?? { from: d.from, to: d.to, kind: d.kind, sources: [] };
    const amt = d.amount?.value ?? d.amount?.high;
    if (amt !== undefined && (f.amount === undefined || amt > f.amount)) {
      f.amount = amt;
      if (d.amount?.currency) f.currency = d.amount.currency;
    }
    if (d.joint) f.joint = true;
    if (firmDeal(d)) {
      firm.add(key);
      delete f.status;
    } else if (!firm.has(key) && f.status !== 'talks') f.status = d.status;
    const line = d.line ?? null;
    if (!f.sources.some((x) => x.file === d.source && x.line === line)) f.sources.push({ file: d.source, line, sentence: d.sentence });
    flows.set(key, f);
  }
  return [...flows.values()];
}
