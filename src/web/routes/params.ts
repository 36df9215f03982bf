/** Query parameters shared by the facts page and the facts API. */
import type { FactFilter } from '../model/facts.js';

export function factFilterOf(q: Record<string, string>): FactFilter {
  const f: FactFilter = {};
  if (q.entity) f.entity = q.entity;
  if (q.metric) f.metric = q.metric;
  if (q.period) f.period = q.period;
  if (q.conflicts === '1' || q.conflicts === 'true') f.conflicts = true;
  return f;
}
