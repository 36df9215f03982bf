/**
 * The capital-flow edges both drivers keep beside the deal records (`knowledge_edges`): per (payer, payee), how many
 * stored deal records go that way. A knowledge update reads these pairs to find the graph component of its new deals
 * and the component's loops, instead of every stored item with a deal (docs/decisions/019).
 */

/** A stored edge: `deals` deal records go from `from` to `to`. */
export interface DealPair {
  from: string;
  to: string;
  deals: number;
}

/** Net change of the edge counts when the deal records `removed` go and `added` come (JSON bodies of `DealEdge`). */
export function edgeDelta(removed: Iterable<string>, added: Iterable<string>): DealPair[] {
  const by = new Map<string, DealPair>();
  const bump = (body: string, n: number) => {
    const d = JSON.parse(body) as { from: string; to: string; status?: string };
    // A deal in talks or rumoured closes no loop (knowledge/graph.ts `findCycles`): no edge.
    if (d.status !== undefined) return;
    const k = `${d.from}\u0000${d.to}`;
    const e = by.get(k);
    if (e) e.deals += n;
    else by.set(k, { from: d.from, to: d.to, deals: n });
  };
  for (const b of removed) bump(b, -1);
  for (const b of added) bump(b, 1);
  return [...by.values()].filter((e) => e.deals !== 0);
}
