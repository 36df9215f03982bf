/**
 * The gazetteer: the shipped entity table (data/gazetteer.json) merged with user files, plus its lookup indexes.
 *
 * User files extend it. Each is either
 *   - JSON: an array of entries, or an object `{ "entries": [...] }`, or
 *   - YAML (`.yaml` / `.yml`): a list of entries, or a mapping with an `entries` list.
 * An entry is a GazetteerEntry (src/types/entity.ts):
 *   { "name": "Figure AI", "type": "org", "aliases": ["Figure", "Figure机器人"], "tags": ["robotics"], "members": [...], "parent": "..." }
 * `name` is the canonical name; `type` is org | person | product | media | place; `members` (groups only) lists
 * canonical names; `parent` (products) names the owner figures are attributed to. The shipped table and user files
 * share one schema, `gazetteerFileSchema` (src/extract/data-tables.ts). Entries are merged by name (case-insensitive):
 * aliases, tags and members are unioned, a user's `type` replaces the shipped one. A user alias that another entry
 * already owns moves to the user's entry.
 */
import type { GazetteerEntry } from '../../types/entity.js';
import { readTable } from '../../util/data-table.js';
import { gazetteerFileSchema, gazetteerTable } from '../data-tables.js';
import { type AliasIndex, buildAliasIndex } from './alias-index.js';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy-index.js';
import { type EntityRules, loadEntityRules } from './rules.js';

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Lowercased canonical name → entry. */
  byName: Map<string, GazetteerEntry>;
  /** Lowercased alias or name → entry. */
  byAlias: Map<string, GazetteerEntry>;
  /** Trie over all aliases for exact matching (built on first use). */
  readonly aliases: AliasIndex;
  /** Alias keys for speech-recognition (fuzzy) matching (built on first use). */
  readonly fuzzy: FuzzyIndex;
  /** The matching rules (data/entity-rules.json unless given; read on first use). */
  readonly rules: EntityRules;
}

const union = (a: string[] | undefined, b: string[] | undefined): string[] => [...new Set([...(a ?? []), ...(b ?? [])])];

/** Merges entry lists by name (later lists extend / override earlier ones). */
export function mergeEntries(base: GazetteerEntry[], extra: GazetteerEntry[]): GazetteerEntry[] {
  const out = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const byName = new Map(out.map((e) => [e.name.toLowerCase(), e]));
  for (const e of extra) {
    const known = byName.get(e.name.toLowerCase());
    // A user alias wins: take it away from any other entry that owned it.
    const taken = new Set([e.name, ...e.aliases].map((a) => a.toLowerCase()));
    for (const other of out) if (other !== known) other.aliases = other.aliases.filter((a) => !taken.has(a.toLowerCase()));
    if (known) {
      known.type = e.type;
      known.aliases = union(known.aliases, e.aliases);
      if (e.members) known.members = union(known.members, e.members);
      if (e.tags) known.tags = union(known.tags, e.tags);
      if (e.parent) known.parent = e.parent;
    } else {
      const copy = { ...e, aliases: [...e.aliases] };
      out.push(copy);
      byName.set(e.name.toLowerCase(), copy);
    }
  }
  return out;
}

/**
 * Builds the lookups over a list of entries (use for tests or custom tables). The name maps are built at once; the
 * alias trie, the fuzzy index and the rules table on first use, since many commands only look names up (claims,
 * graph, digest) and only transcripts match fuzzily.
 */
export function buildGazetteer(entries: GazetteerEntry[], rules?: EntityRules): Gazetteer {
  const byName = new Map<string, GazetteerEntry>();
  const byAlias = new Map<string, GazetteerEntry>();
  for (const e of entries) byName.set(e.name.toLowerCase(), e);
  for (const e of entries) {
    for (const a of e.aliases) if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), e);
  }
  // Canonical names win over aliases of other entries.
  for (const e of entries) byAlias.set(e.name.toLowerCase(), e);
  let table = rules;
  let aliases: AliasIndex | undefined;
  let fuzzy: FuzzyIndex | undefined;
  const theRules = (): EntityRules => (table ??= loadEntityRules());
  return {
    entries,
    byName,
    byAlias,
    get aliases() {
      aliases ??= buildAliasIndex(entries, theRules());
      return aliases;
    },
    get fuzzy() {
      fuzzy ??= buildFuzzyIndex(entries, new Set(theRules().fuzzy.skipNames));
      return fuzzy;
    },
    get rules() {
      return theRules();
    },
  };
}

const cache = new Map<string, Gazetteer>();

/** data/gazetteer.json merged with the user's files (JSON or YAML, merged by name); cached per file list. */
export function loadGazetteer(extraFiles: string[] = []): Gazetteer {
  const key = extraFiles.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  let entries = gazetteerTable();
  for (const f of extraFiles) entries = mergeEntries(entries, readTable(f, gazetteerFileSchema));
  const gaz = buildGazetteer(entries);
  cache.set(key, gaz);
  return gaz;
}

/** The entry a name or alias refers to (case-insensitive), if any. */
export function lookupEntry(name: string, gaz: Gazetteer): GazetteerEntry | undefined {
  return gaz.byAlias.get(name.trim().toLowerCase());
}

/**
 * The company that owns a product or a business unit, for deals and counterparties: Azure → Microsoft, AWS → Amazon,
 * GB300 → Nvidia; undefined for a company of its own. A unit's own figures keep the unit as subject (Azure's growth).
 */
export function ownerOf(name: string, gaz: Gazetteer): string | undefined {
  const e = lookupEntry(name, gaz);
  return e?.parent ?? e?.unitOf;
}

/**
 * The company a unit or a product belongs to (`unitOf`, a product's `parent`): a listed subsidiary or an affiliate (an
 * org's `parent`) is a company of its own and has none. Example: '阿里云' → 'Alibaba', '平头哥' → undefined.
 */
export function unitOwnerOf(name: string, gaz: Gazetteer): string | undefined {
  const e = lookupEntry(name, gaz);
  return e?.unitOf ?? (e?.type === 'product' ? e.parent : undefined);
}

/**
 * The party a deal's money reaches for a name: its owner as `ownerOf` tells, except for a joint venture (tagged `jv`),
 * which has several parents and takes money as a party of its own (SoftBank's equity in Stargate is not paid to OpenAI).
 */
export function dealOwnerOf(name: string, gaz: Gazetteer): string | undefined {
  const e = lookupEntry(name, gaz);
  if (e?.tags?.includes('jv')) return undefined;
  return e?.parent ?? e?.unitOf;
}

/** Canonical name for an alias; unknown names come back unchanged. Example: 'Alphabet' → 'Google', '谷歌' → 'Google'. */
export function canonicalSubject(name: string, gaz: Gazetteer): string {
  return lookupEntry(name, gaz)?.name ?? name;
}

/** Members of a group entry. Example: '四巨头' → ['Microsoft', 'Google', 'Amazon', 'Meta']; non-groups → undefined. */
export function groupMembers(name: string, gaz: Gazetteer): string[] | undefined {
  const m = lookupEntry(name, gaz)?.members;
  return m ? [...m] : undefined;
}
