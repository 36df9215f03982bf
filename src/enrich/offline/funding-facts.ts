/**
 * A funding story's first-order facts (decision 118, pure over data/funding-facts.json): a report of a round gives the
 * raising company's revenue, loss or users further down than its news paragraphs (`Halvern's annualized revenue reached
 * $80 million in November`); they are the story's news beside the round, told within its cap of further facts. The
 * company that raised is the lead's: the owner of a funding figure, or the receiver of an investment edge.
 */
import { z } from 'zod';
import type { DealEdge } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({ metrics: z.array(z.string()) });

let metrics: ReadonlySet<string> | undefined;
function table(): ReadonlySet<string> {
  metrics ??= new Set(loadDataTable('funding-facts.json', schema).metrics);
  return metrics;
}

/** What the rule reads of the lead: its fact's claim, its deal. */
export interface FundingLead {
  fact?: { claim: { subject: string; metric: string } } | undefined;
  deal?: Pick<DealEdge, 'to' | 'kind'> | undefined;
}

/** The company a lead tells the round of (the owner of its funding figure, the receiver of its investment), else undefined. */
export function raisedBy(lead: FundingLead): string | undefined {
  if (lead.fact?.claim.metric === 'funding') return lead.fact.claim.subject;
  if (lead.deal?.kind === 'invest') return lead.deal.to;
  return undefined;
}

/**
 * Whether a fact is a first-order fact of the company that raised: its own measure of the table's.
 * @example fundingNews('Halvern AI', { claim: { subject: 'Halvern AI', metric: 'revenue' } }) // → true
 */
export function fundingNews(raiser: string | undefined, f: { claim: { subject: string; metric: string } }): boolean {
  return raiser !== undefined && f.claim.subject === raiser && table().has(f.claim.metric);
}
