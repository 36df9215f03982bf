/** Descriptive references: noun phrases that name a known entry ("the four largest US cloud companies") and "<product> maker" → the product's owner. */
import type { EntityMention, GazetteerEntry } from '../../types/entity.js';
import type { EntityRules } from './rules.js';

interface CompiledDescriptions {
  phrases: { re: RegExp; name: string }[];
  ownerEn?: RegExp;
  ownerZh?: RegExp;
}

const compiled = new WeakMap<EntityRules, CompiledDescriptions>();

function compile(rules: EntityRules): CompiledDescriptions {
  let c = compiled.get(rules);
  if (!c) {
    c = {
      phrases: (rules.descriptions ?? []).map((d) => ({ re: new RegExp(d.pattern, 'gi'), name: d.name })),
      ...(rules.ownerSuffixes?.en ? { ownerEn: new RegExp(rules.ownerSuffixes.en, 'i') } : {}),
      ...(rules.ownerSuffixes?.zh ? { ownerZh: new RegExp(rules.ownerSuffixes.zh) } : {}),
    };
    compiled.set(rules, c);
  }
  return c;
}

/**
 * Rewrites `found` (sorted, non-overlapping mentions) with descriptive references: a description phrase replaces the
 * mentions inside it by one mention of the entry it names, and a product followed by an owner word becomes a mention
 * of the product's parent. Example: "the ChatGPT maker" → OpenAI (org) over "ChatGPT maker";
 * "The four largest US cloud and internet companies" → Hyperscalers.
 */
export function applyDescriptions(
  text: string,
  found: EntityMention[],
  rules: EntityRules,
  lookup: (name: string) => GazetteerEntry | undefined,
): EntityMention[] {
  const c = compile(rules);
  let out = found;
  if (c.ownerEn || c.ownerZh) {
    out = out.map((m) => {
      if (m.type !== 'product') return m;
      const parent = lookup(m.name)?.parent;
      const owner = parent ? lookup(parent) : undefined;
      if (!owner) return m;
      const rest = text.slice(m.end, m.end + 16);
      const hit = c.ownerEn?.exec(rest) ?? c.ownerZh?.exec(rest);
      if (!hit) return m;
      const end = m.end + hit[0].length;
      return { name: owner.name, type: owner.type, start: m.start, end, text: text.slice(m.start, end), match: m.match };
    });
  }
  for (const { re, name } of c.phrases) {
    const entry = lookup(name);
    if (!entry) continue;
    re.lastIndex = 0;
    for (const x of text.matchAll(re)) {
      const start = x.index;
      const end = start + x[0].length;
      // A longer mention already covering the phrase wins; mentions inside the phrase give way.
      if (out.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end))) continue;
      out = out.filter((m) => m.end <= start || m.start >= end);
      out.push({ name: entry.name, type: entry.type, start, end, text: x[0], match: 'alias' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
