/** The capital-flow loop of a story (英伟达→OpenAI→甲骨文→英伟达): one finder for 深度解读 and English-only bodies. */
import type { DealEdge } from '../../types/index.js';
import { estimatedSentence } from './facts.js';

const JOINT = /\bjointly\b|\bcombined\b|联合|合计|共同/i;
const MONEY_FLOWS = new Set(['invest', 'purchase', 'cloud-contract', 'acquisition', 'stake']);

/**
 * The loop of a story's capital flows (at most four edges, money that comes back to who paid it: 英伟达→OpenAI→甲骨文→
 * 英伟达), the one of the most parties, then of the most amounts; in flow order from its first payer. Money flows only (a
 * warrant pays nothing), none in talks, rumoured or under someone else's reckoning, no joint total.
 */
export function storyLoop(all: readonly DealEdge[]): DealEdge[] | undefined {
  // Money flows only (a warrant pays nothing), none under a negotiation or someone else's reckoning.
  // A joint total (Microsoft and Nvidia jointly committed $15 billion) is no one payer's flow.
  // A deal the knowledge layer holds as in talks or rumoured (docs/decisions/035) is no leg either.
  const deals = all.filter(
    (d) =>
      d.from !== d.to && d.status === undefined && MONEY_FLOWS.has(d.kind) && !estimatedSentence(d.sentence) && !JOINT.test(d.sentence),
  );
  const find = (path: DealEdge[]): DealEdge[] | undefined => {
    const last = path[path.length - 1] as DealEdge;
    const start = (path[0] as DealEdge).from;
    if (path.length >= 2 && last.to === start) return path;
    if (path.length >= 4) return undefined;
    for (const d of deals) {
      if (d.from !== last.to || path.some((p) => p.from === d.from)) continue;
      const hit = find([...path, d]);
      if (hit) return hit;
    }
    return undefined;
  };
  // The loop of the most parties, then of the most amounts (英伟达→OpenAI→甲骨文→英伟达 before a two-party one).
  let best: DealEdge[] | undefined;
  const weight = (l: DealEdge[]) => l.length * 10 + l.filter((e) => e.amount).length;
  for (const d of deals) {
    const loop = find([d]);
    if (loop && (!best || weight(loop) > weight(best))) best = loop;
  }
  if (!best) return undefined;
  // Told from the money put in (an investment or a stake): who paid first is who the money comes back to
  // (英伟达入股CoreWeave，CoreWeave向英伟达采购…，资金回流至英伟达 — never 回流至CoreWeave, audit 85).
  const at = Math.max(
    0,
    best.findIndex((d) => d.kind === 'invest' || d.kind === 'stake'),
  );
  return [...best.slice(at), ...best.slice(0, at)];
}
