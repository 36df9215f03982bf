/** What the pages and the API read: the store (through the Store interface) and the digests of out/digests. */
import { loadGlossary } from '../enrich/data-files.js';
import { type Gazetteer, lookupEntry } from '../extract/index.js';
import { type ArchivedDigest, readDigestArchive } from '../publish/digest-archive.js';
import { defaultOutlets, itemOutlet } from '../select/index.js';
import type { KnowledgeSnapshot, Store } from '../store/index.js';
import type { Story } from '../types/index.js';
import { sourceName } from './html.js';
import { sectionLinks } from './model/digest.js';

export interface WebSources {
  store: Store;
  /** The output folder (out/): digests are read from out/digests. */
  out: string;
  gazetteer: Gazetteer;
  /** Digest footer (config), kept as trusted HTML by the digest renderer. */
  footer?: string | null;
  maxDigests?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WebData {
  constructor(readonly src: WebSources) {}

  get store(): Store {
    return this.src.store;
  }

  /** Every digest, newest first. */
  digests(): ArchivedDigest[] {
    return readDigestArchive(`${this.src.out}/digests`, { max: this.src.maxDigests ?? 365, footer: this.src.footer ?? null }).digests;
  }

  /** The digest of a day (or the newest), its neighbours and its sections linked to stories. */
  async digest(date?: string) {
    const all = this.digests();
    if (date !== undefined && !DATE.test(date)) return null;
    const i = date ? all.findIndex((d) => d.slug === date) : 0;
    const entry = all[i] ?? null;
    if (date && !entry) return null;
    const items = entry ? await this.store.listItems({ withSentences: false }) : [];
    return {
      entry,
      sections: entry ? sectionLinks(entry.markdown, items) : [],
      older: all[i + 1]?.slug ?? null,
      newer: i > 0 ? (all[i - 1]?.slug ?? null) : null,
    };
  }

  knowledge(): Promise<KnowledgeSnapshot> {
    return this.store.getKnowledge();
  }

  async story(id: string) {
    const story = (await this.store.listStories()).find((s) => s.id === id);
    if (!story) return null;
    const items = await this.store.listItems({ ids: story.items, withSentences: false });
    const ids = new Set(story.items);
    const claims = (await this.knowledge()).claims.filter((c) => c.statements.some((s) => ids.has(s.itemId)));
    return { story, items, claims };
  }

  /** Canonical name, type and aliases of an entity from the gazetteer (the name as given when unknown). */
  entityInfo(name: string): { name: string; type: string | null; aliases: string[] } {
    const e = lookupEntry(name, this.src.gazetteer);
    return e ? { name: e.name, type: e.type, aliases: e.aliases } : { name, type: null, aliases: [] };
  }

  /** Stories with an item that mentions the entity. */
  async storiesMentioning(name: string): Promise<Story[]> {
    const withIt = new Set((await this.store.getExtractions()).filter((x) => x.entities.some((m) => m.name === name)).map((x) => x.itemId));
    return (await this.store.listStories()).filter((s) => s.items.some((i) => withIt.has(i)));
  }

  /** Known entity names (claims, flows, mentions) matching a query as a substring, case-insensitively. */
  async entitiesMatching(q: string, limit = 10): Promise<string[]> {
    const needle = q.trim().toLowerCase();
    if (!needle) return [];
    const k = await this.knowledge();
    const names = new Set<string>([...k.claims.map((c) => c.subject), ...k.deals.flatMap((d) => [d.from, d.to])]);
    const out: string[] = [];
    for (const n of [...names].sort()) {
      const info = this.entityInfo(n);
      if ([n, ...info.aliases].some((a) => a.toLowerCase().includes(needle))) out.push(n);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** What a reader calls each item's source: its outlet (财新, 路透社) when known, else its host or file name. */
  async outlets(itemIds: Iterable<string>): Promise<(itemId: string, source: string) => string> {
    const table = defaultOutlets();
    const names = new Map<string, string>();
    const ids = [...new Set(itemIds)];
    for (const it of ids.length ? await this.store.listItems({ ids, withSentences: false }) : [])
      names.set(it.id, itemOutlet(it, table) ?? sourceName(it.url ?? it.source));
    return (itemId, source) => names.get(itemId) ?? sourceName(source);
  }

  glossary(): Record<string, string> {
    return loadGlossary();
  }
}
