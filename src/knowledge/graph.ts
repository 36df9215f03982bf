/** The capital-flow graph: payer → payee edges in graphology, circular-financing loops, and node ranking by flow. */
import { DirectedGraph } from 'graphology';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { DealEdge } from '../types/knowledge.js';

// graphology-metrics is CommonJS; depending on the loader its default export arrives once or twice wrapped.
type PagerankFn = (g: DirectedGraph, o: { getEdgeWeight: string; alpha?: number }) => Record<string, number>;
const prModule = pagerankModule as unknown as { default: PagerankFn | { default: PagerankFn } };
const pagerank: PagerankFn = typeof prModule.default === 'function' ? prModule.default : prModule.default.default;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Edge attributes of the merged graph: one edge per (payer, payee) pair. */
export interface FlowAttributes {
  /** Sum of stated USD amounts on the pair's deals (money only). */
  usd: number;
  /** Number of distinct deals (kind + source sentence) on the pair. */
  deals: number;
  /** PageRank weight: 1 + stated USD billions. */
  weight: number;
}

/** Builds the merged directed graph (self-loops dropped), nodes and edges inserted in sorted order. */
export function buildFlowGraph(deals: DealEdge[]): DirectedGraph<Record<string, never>, FlowAttributes> {
  const g = new DirectedGraph<Record<string, never>, FlowAttributes>();
  const sorted = [...deals].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
  for (const d of sorted) {
    if (d.from === d.to) continue;
    g.mergeNode(d.from);
    g.mergeNode(d.to);
    const usd = d.amount?.kind === 'money' && d.amount.currency === 'USD' ? (d.amount.value ?? d.amount.high ?? d.amount.low ?? 0) : 0;
    if (g.hasEdge(d.from, d.to)) {
      g.updateEdgeAttributes(d.from, d.to, (a) => {
        const next = { usd: a.usd + usd, deals: a.deals + 1, weight: 0 };
        next.weight = 1 + next.usd / 1e9;
        return next;
      });
    } else g.addEdge(d.from, d.to, { usd, deals: 1, weight: 1 + usd / 1e9 });
  }
  return g;
}

/**
 * Elementary directed cycles of at most `maxLength` edges, each reported once, starting at its smallest node
 * (bounded DFS from every node that only visits nodes greater than the start: the smallest-node rule).
 * Example: A→B, B→A, B→C, C→A → [['A','B'], ['A','B','C']].
 */
export function findCycles(deals: DealEdge[], maxLength = 4): string[][] {
  const g = buildFlowGraph(deals);
  const nodes = g.nodes().sort();
  const out: string[][] = [];
  const adj = new Map<string, string[]>();
  for (const n of nodes) adj.set(n, g.outNeighbors(n).sort());
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
