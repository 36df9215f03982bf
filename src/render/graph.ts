/** Human-readable capital-flow graph for the CLI: edges grouped by payer as a tree, then the loops and the ranking. */
import { formatAmount, formatFigure } from '../knowledge/index.js';
import type { DealEdge } from '../types/knowledge.js';

interface Ranked {
  name: string;
  inflow: number;
  outflow: number;
  score: number;
}

/**
 * Renders deals as a tree per payer (`Nvidia` / `├─ invest → OpenAI  ≤$100B  [2 sources]`, `(in talks)` after a flow
 * no source states as done), then the circular
 * loops (`Nvidia → OpenAI → Nvidia`), then nodes by flow rank.
 */
export function formatGraph(deals: DealEdge[], cycles: string[][], ranking: Ranked[]): string {
  const byPayer = new Map<string, Map<string, DealEdge[]>>();
  for (const d of deals) {
    const m = byPayer.get(d.from) ?? new Map<string, DealEdge[]>();
    const key = `${d.kind}\u0000${d.to}`;
    m.set(key, [...(m.get(key) ?? []), d]);
    byPayer.set(d.from, m);
  }
  const lines: string[] = [];
  for (const payer of [...byPayer.keys()].sort()) {
    lines.push(payer);
    const groups = [...(byPayer.get(payer) as Map<string, DealEdge[]>).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    groups.forEach(([, list], i) => {
      const first = list[0] as DealEdge;
      const amount = list.find((d) => d.amount)?.amount;
      const sources = new Set(list.map((d) => d.source));
      const branch = i === groups.length - 1 ? '└─' : '├─';
      // A flow no source states as done: its status (in talks / rumoured), so it is never read as a deal signed.
      const status = list.every((d) => d.status) ? `  (${list.some((d) => d.status === 'talks') ? 'in talks' : 'rumoured'})` : '';
      lines.push(
        `${branch} ${first.kind} → ${first.to}${amount ? `  ${formatFigure(amount)}` : ''}${status}  [${[...sources].join(', ')}]`,
      );
    });
  }
  if (deals.length === 0) lines.push('(no deals)');
  lines.push('', cycles.length ? `Loops (${cycles.length}):` : 'Loops: none');
  for (const c of cycles) lines.push(`  ↻ ${[...c, c[0]].join(' → ')}`);
  if (ranking.length) {
    lines.push('', 'By flow (PageRank; stated USD in / out):');
    for (const r of ranking)
      lines.push(`  ${r.score.toFixed(3)}  ${r.name}  in ${formatAmount(r.inflow, 'USD')} / out ${formatAmount(r.outflow, 'USD')}`);
  }
  return `${lines.join('\n')}\n`;
}
