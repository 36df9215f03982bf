/**
 * A fact's head keeps the deal edge's direction and kind (pure, decision 107): a head composed from a pair claim whose
 * verb contradicts the edge the knowledge layer holds for its amount (a capacity purchase headed as an investment, the
 * payee headed as the payer) is told from the edge instead — payer, 向, payee, the edge's verb, the amount — or not at
 * all when the edge's kind has no verb here.
 */
import type { Gazetteer } from '../../extract/index.js';
import { lookupEntry } from '../../extract/index.js';
import type { DealEdge, DealKind, StoryBundle } from '../../types/index.js';
import { dealAgainst, dealReading } from '../assemble/deal-direction.js';
import { countedParty, paidForCapacity } from '../assemble/head-party.js';
import { tells } from '../assemble/headline-told.js';
import type { StoryFact } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import { type EntityDirectory, zhName } from './names.js';
import { figureClause } from './story-templates.js';
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

/** Words of a payment's clause naming computing capacity: the purchase is of 算力. */
const CAPACITY = /\b(?:capacity|compute|computing)\b|算力|容量/iu;

/**
 * The head as composed, its parties kept (decision 112): undefined when its counterparty is a count or class phrase or a
 * pronoun (`四巨头`, `多家云厂商`: no named party), and a payment its figure's clause says is for capacity or services
 * (`agreed to pay X up to $12 billion for computing capacity`) headed as an investment is told as the purchase it is.
 * @example partyKeptHead('Orbitra向Nimbus Cloud投资最多120亿美元', fact, bundle, ctx) // → 'Orbitra向Nimbus Cloud采购最多120亿美元算力'
 */
export function partyKeptHead(
  head: string | undefined,
  fact: StoryFact,
  bundle: StoryBundle,
  ctx: { dir: EntityDirectory; gaz: Gazetteer; template: string },
): string | undefined {
  const cp = fact.claim.counterparty;
  if (head === undefined || cp === undefined) return head;
  const to = zhName(cp, bundle, ctx.dir);
  if (countedParty(cp) || countedParty(to)) return undefined;
  if (fact.figure.kind !== 'money') return head;
  const clause = figureClause(fact.sentence, fact.figure.text);
  if (!paidForCapacity(clause)) return head;
  const names = (e: string) => [e, zhName(e, bundle, ctx.dir), ...(lookupEntry(e, ctx.gaz)?.aliases ?? [])];
  const from = fact.claim.subject;
  if (dealReading(head, names(from), names(cp))?.verb !== 'invest') return head;
  return fill(ctx.template, {
    from: zhName(from, bundle, ctx.dir),
    to,
    time: '',
    modal: '',
    verb: '采购',
    amount: `${renderFigureZh(fact.figure)}${CAPACITY.test(clause) ? '算力' : ''}`,
  });
}
