/** Descriptive references: noun phrases that name a known entry ("the four largest US cloud companies") and "<product> maker" → the product's owner. */
import type { EntityMention, GazetteerEntry } from '../../types/entity.js';
import type { EntityRules } from './rules.js';

interface CompiledDescriptions {
  phrases: { re: RegExp; name: string }[];
  /** 'the South Korean chipmaker', '这家日本公司': group 1 (or 2) the nationality word. */
  national?: RegExp;
  /** Nationality word (lower case) → gazetteer country tag. */
  countryOf: Map<string, string>;
  ownerEn?: RegExp;
  ownerZh?: RegExp;
}

const compiled = new WeakMap<EntityRules, CompiledDescriptions>();

function compile(rules: EntityRules): CompiledDescriptions {
  let c = compiled.get(rules);
  if (!c) {
    const countryOf = new Map<string, string>();
    for (const [tag, words] of Object.entries(rules.nationalities?.words ?? {})) for (const w of words) countryOf.set(w.toLowerCase(), tag);
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const byLength = (xs: Iterable<string>) =>
      [...xs]
        .sort((a, b) => b.length - a.length)
        .map(esc)
        .join('|');
    const en = [...countryOf.keys()].filter((w) => /^[a-z]/.test(w));
    const zh = [...countryOf.keys()].filter((w) => !/^[a-z]/.test(w));
    const nouns = rules.nationalities;
    c = {
      countryOf,
      ...(nouns && en.length && zh.length
        ? {
            national: new RegExp(
              `\\bthe\\s+(${byLength(en)})\\s+(?:[a-z][a-z-]*\\s+){0,2}?(?:${byLength(nouns.en)})\\b|(?:该|这家|此家)(${byLength(zh)})(?:[\\u4e00-\\u9fff]{0,4}?)(?:${byLength(nouns.zh)})`,
              'gi',
            ),
          }
        : {}),
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
  if (c.national) out = nationalReferences(text, out, c, lookup);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 'after U.S. rival Micron … the South Korean chipmaker had secured …': a definite description naming a nationality
 * refers to the nearest earlier organisation (within about three sentences) whose gazetteer entry carries that country;
 * with none, the phrase stays unresolved.
 */
function nationalReferences(
  text: string,
  found: EntityMention[],
  c: CompiledDescriptions,
  lookup: (name: string) => GazetteerEntry | undefined,
): EntityMention[] {
  const re = c.national!;
  re.lastIndex = 0;
  let out = found;
  for (const x of text.matchAll(re)) {
    const start = x.index;
    const end = start + x[0].length;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    const country = c.countryOf.get((x[1] ?? x[2] ?? '').toLowerCase());
    if (!country) continue;
    const ref = [...out]
      .filter((m) => m.end <= start && start - m.end < 600 && m.type === 'org')
      .reverse()
      .find((m) => lookup(m.name)?.tags?.includes(country));
    if (!ref) continue;
    out = [...out, { name: ref.name, type: ref.type, start, end, text: x[0], match: 'alias' }];
  }
  return out;
}
