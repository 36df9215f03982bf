/**
 * A fact's head keeps the deal edge's direction and kind (pure, decision 107): a head composed from a pair claim whose
 * verb contradicts the edge the knowledge layer holds for its amount (a capacity purchase headed as an investment, the
 * payee headed as the payer) is told from the edge instead — payer, 向, payee, the edge's verb, the amount — or not at
 * all when the edge's kind has no verb here.
 */
import type { Gazetteer } from '../../extract/index.js';
import { lookupEntry } from '../../extract/index.js';
import type { DealEdge, DealKind, StoryBundle } from '../../types/index.js';
import { dealAgainst } from '../assemble/deal-direction.js';
import { tells } from '../assemble/headline-told.js';
import type { StoryFact } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import { type EntityDirectory, zhName } from './names.js';
import { fill } from './templates.js';

/** The verb a head gives each edge kind it can tell (`{from}向{to}{verb}{amount}`). */
const EDGE_VERB: Partial<Record<DealKind, string>> = { invest: '投资', stake: '投资', purchase: '采购' };

/**
 * The head as composed, or the edge's own head when the composed one contradicts the deal edge of its amount; undefined
 * when it contradicts an edge no verb here tells.
 * @example dealKeptHead('澜芯科技向星衡智算投资32亿元', fact, bundle, ctx) // → '星衡智算向澜芯科技采购32亿元' (a purchase edge)
 */
export function dealKeptHead(
  head: string | undefined,
  fact: StoryFact,
  bundle: StoryBundle,
  ctx: { dir: EntityDirectory; gaz: Gazetteer; template: string },
): string | undefined {
  if (head === undefined || fact.figure.kind !== 'money' || fact.claim.counterparty === undefined) return head;
  const edges = bundle.deals.filter((e: DealEdge) => e.amount !== undefined && tells(fact.figure, e.amount));
  if (edges.length === 0) return head;
  const names = (e: string) => [e, zhName(e, bundle, ctx.dir), ...(lookupEntry(e, ctx.gaz)?.aliases ?? [])];
  const bad = dealAgainst(head, edges, names);
  if (!bad) return head;
  const verb = EDGE_VERB[bad.edge.kind];
  if (verb === undefined) return undefined;
  return fill(ctx.template, {
    from: zhName(bad.edge.from, bundle, ctx.dir),
    to: zhName(bad.edge.to, bundle, ctx.dir),
    time: '',
    modal: '',
    verb,
    amount: renderFigureZh(fact.figure),
  });
}
