/** Gathers what an engine needs for one story: its items, figures, entities and the knowledge touching them. */
import { CONSTANT_CURRENCY_SCOPE } from '../extract/attribution/scope.js';
import type { ItemExtraction, KnowledgeSnapshot } from '../store/types.js';
import type { Claim, EntityMention, Figure, ItemRecord, Story, StoryBundle } from '../types/index.js';
import { shareFiscalLabels } from './cluster-calendar.js';

/**
 * Scopes that name a way of measuring the subject's whole figure, not a part of it: a change at constant exchange rates
 * (`Revenue grew 3% in constant currency`: 按固定汇率计算).
 */
export const CONVENTION_SCOPES: ReadonlySet<string> = new Set([CONSTANT_CURRENCY_SCOPE]);

/**
 * Builds a bundle (score, section and minor are filled by the caller). Claims included:
 * every claim with a statement from one of the story's items (so conflicting statements from other
 * stories and earlier days come along), and every claim on the same subject + metric as one of the
 * story's figures (earlier periods, for comparisons). Derived facts and deals: those from the story's items.
 */
export function buildBundle(
  story: Story,
  items: ItemRecord[],
  extractions: ReadonlyMap<string, ItemExtraction>,
  knowledge: KnowledgeSnapshot,
): Omit<StoryBundle, 'score' | 'section' | 'minor'> {
  const ids = new Set(items.map((i) => i.id));
  const figures: Record<string, Figure[]> = {};
  const entities: Record<string, EntityMention[]> = {};
  const subjectMetric = new Set<string>();
  for (const item of items) {
    const x = extractions.get(item.id);
    figures[item.id] = x?.figures ?? [];
    entities[item.id] = x?.entities ?? [];
    for (const f of x?.figures ?? []) {
      if (f.subject && f.metric) subjectMetric.add(`${f.subject}\u0000${f.metric}`);
    }
  }
  // A segment's claim ('云智能' revenue) reaches the digest only when its sources disagree: the digest words claims as
  // the whole subject's, and a segment's agreeing figures are already among the story's figures. A way of measuring the
  // whole (at constant exchange rates) is no segment: its claims come along, and the digest names the convention.
  const claims: Claim[] = knowledge.claims.filter(
    (c) =>
      (!c.scope || c.conflict || CONVENTION_SCOPES.has(c.scope)) &&
      (c.statements.some((s) => ids.has(s.itemId)) || subjectMetric.has(`${c.subject}\u0000${c.metric}`)),
  );
  return {
    story,
    items,
    // one fiscal calendar per story: a report's calendar quarter of a figure another report gives by its fiscal quarter
    figures: shareFiscalLabels(figures),
    entities,
    claims,
    derived: knowledge.derived.filter((d) => ids.has(d.itemId)),
    deals: knowledge.deals.filter((d) => ids.has(d.itemId)),
  };
}
