/** The capital-flow graph as the page draws it: entities as nodes, flows as edges sized by amount, cycle edges marked. Pure. */
import { buildFlowGraph, flowSummaries } from '../../knowledge/index.js';
import type { DealEdge, DealStatus } from '../../types/index.js';

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: string;
  amount: number | null;
  currency: string | null;
  /** The flow's amount in US dollars as the knowledge layer counts it (joint payments split), for the edge's width. */
  usd: number;
  /** True when the edge lies on a capital-flow cycle. */
  cycle: boolean;
  /** Set when no source says the deal is done (in talks or rumoured, decision 035): drawn dashed, never on a cycle. */
  status: DealStatus | null;
  sources: { file: string; line: number | null; sentence: string }[];
}

export interface GraphData {
  nodes: { id: string; degree: number; inCycle: boolean }[];
  edges: GraphEdge[];
  cycles: string[][];
}

/** Node ids a→b of each cycle's consecutive members (the last back to the first). */
function cyclePairs(cycles: readonly string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const c of cycles) for (let i = 0; i < c.length; i++) pairs.add(`${c[i]}\u0000${c[(i + 1) % c.length]}`);
  return pairs;
}

/** The graph of the stored deals and cycles. */
export function graphData(deals: readonly DealEdge[], cycles: readonly string[][]): GraphData {
  const flows = flowSummaries([...deals]);
  const g = buildFlowGraph([...deals]);
  const pairs = cyclePairs(cycles);
  const degree = new Map<string, number>();
  const edges = flows.map((f, i) => {
    for (const n of [f.from, f.to]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const e = g.hasEdge(f.from, f.to) ? g.edge(f.from, f.to) : undefined;
    const usd = e ? (g.getEdgeAttribute(e, 'usd') as number) : 0;
    return {
      id: `e${i}`,
      from: f.from,
      to: f.to,
      kind: f.kind,
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      usd,
      cycle: pairs.has(`${f.from}\u0000${f.to}`),
      status: f.status ?? null,
      sources: f.sources,
    };
  });
  const inCycle = new Set(cycles.flat());
  const nodes = [...degree.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([id, d]) => ({ id, degree: d, inCycle: inCycle.has(id) }));
  return { nodes, edges, cycles: cycles.map((c) => [...c]) };
}
