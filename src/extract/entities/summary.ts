/** Entity summaries: mentions grouped by canonical name, the `entities --json` line shape. */
import type { EntityMention, EntitySummary } from '../../types/entity.js';
import type { Gazetteer } from './gazetteer.js';

/** One summary per canonical name, most mentioned first. Aliases are the gazetteer's, else the surface forms seen. */
export function summarizeEntities(mentions: EntityMention[], gaz: Gazetteer): EntitySummary[] {
  const groups = new Map<string, { first: EntityMention; count: number; surfaces: Set<string> }>();
  for (const m of mentions) {
    const g = groups.get(m.name);
    if (g) {
      g.count++;
      g.surfaces.add(m.text);
    } else groups.set(m.name, { first: m, count: 1, surfaces: new Set([m.text]) });
  }
  const out: EntitySummary[] = [];
  for (const [name, g] of groups) {
    const entry = gaz.byName.get(name.toLowerCase());
    const aliases = entry ? [...entry.aliases] : [...g.surfaces].filter((s) => s !== name);
    out.push({ name, type: entry?.type ?? g.first.type, aliases, mentions: g.count });
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
