/** What the publishability check traces against, built from the knowledge snapshot and the stored items (pure). */
import { type AllowedFigure, allowedFigures } from '../../enrich/numeric-guard/index.js';
import { companyNameZh } from '../../enrich/offline/names.js';
import { type Gazetteer, lookupEntry } from '../../extract/index.js';
import type { ItemExtraction, KnowledgeSnapshot } from '../../store/types.js';
import type { ItemRecord } from '../../types/index.js';
import type { CheckOptions } from './check.js';

/**
 * Check options from a store's content: every figure of every item, claim, deal and derived fact may be cited; a
 * subject goes by its gazetteer names (Hyperscalers: 四巨头, 四大云厂商, Big Four …).
 */
export function checkContext(
  items: readonly ItemRecord[],
  extractions: readonly ItemExtraction[],
  knowledge: KnowledgeSnapshot,
  gaz: Gazetteer,
): CheckOptions {
  const figures = Object.fromEntries(extractions.map((x) => [x.itemId, x.figures]));
  const allowed: AllowedFigure[] = allowedFigures({
    story: { id: 'st_check', title: '', date: null, items: items.map((i) => i.id) },
    items: [...items],
    figures,
    entities: {},
    claims: knowledge.claims,
    derived: knowledge.derived,
    deals: knowledge.deals,
    score: 0,
    section: '',
    minor: false,
  });
  // How the stored texts wrote each entity ('Lumora' for Lumora Silicon, '智元机器人' where the text gives AgiBot's
  // Chinese name): a name the gazetteer does not know still names its subject in a headline.
  const written = new Map<string, Set<string>>();
  for (const x of extractions)
    for (const m of x.entities) {
      if (!m.text || m.text === m.name) continue;
      let set = written.get(m.name);
      if (!set) written.set(m.name, (set = new Set()));
      set.add(m.text);
    }
  // A unit or product line the pipeline counts as its owner's (火山引擎 for ByteDance) names that owner too.
  const parts = new Map<string, string[]>();
  for (const e of gaz.entries) {
    const owner = e.unitOf ?? e.parent;
    if (owner) parts.set(owner, [...(parts.get(owner) ?? []), e.name, ...(e.zh ? [e.zh] : []), ...e.aliases]);
  }
  const names = (subject: string): string[] => {
    const e = lookupEntry(subject, gaz);
    const own = e ? [e.name, ...(e.zh ? [e.zh] : []), ...e.aliases] : [];
    // The Chinese name the digest writes for a well-known company (住友商事 for Sumitomo Corp.) names it too.
    const zh = companyNameZh(subject);
    return [subject, ...own, ...(zh ? [zh] : []), ...(written.get(subject) ?? []), ...(parts.get(e?.name ?? subject) ?? [])];
  };
  const isGroup = (subject: string) => (lookupEntry(subject, gaz)?.members?.length ?? 0) > 0;
  const sourceDates = new Map<string, string>();
  for (const i of items) if (i.url && i.date) sourceDates.set(i.url, i.date);
  const itemIdsByUrl = new Map<string, string[]>();
  for (const i of items) if (i.url) itemIdsByUrl.set(i.url, [...(itemIdsByUrl.get(i.url) ?? []), i.id]);
  // Stakes and investments into an entity: its holders (Meta and Blue Owl for their joint venture).
  const holderMap = new Map<string, Set<string>>();
  for (const d of knowledge.deals)
    if (d.kind === 'stake' || d.kind === 'invest') {
      let set = holderMap.get(d.to);
      if (!set) holderMap.set(d.to, (set = new Set()));
      set.add(d.from);
    }
  const holders = (subject: string): string[] => [...(holderMap.get(subject) ?? [])];
  // Each source's sentences in order: what a printed sentence leaning on the one before it is read against.
  const sourceSentences = new Map<string, string[]>();
  for (const i of items)
    if (i.url && !sourceSentences.has(i.url))
      sourceSentences.set(
        i.url,
        i.sentences.map((x) => x.text),
      );
  const sourceTitles = new Map<string, string>();
  for (const i of items) if (i.url && i.title && !sourceTitles.has(i.url)) sourceTitles.set(i.url, i.title);
  return {
    allowed,
    claims: knowledge.claims,
    names,
    isGroup,
    sourceDates,
    itemIdsByUrl,
    holders,
    sourceSentences,
    sourceTitles,
    deals: knowledge.deals,
  };
}

/**
 * The story headlines of the digests dated in the `days` days before `day`, from their Markdown (`## ` and `### `
 * headings, links unwrapped): what a follow-up must not print again.
 * @example earlierHeadlines(new Map([['2026-02-25', '## 英伟达营收681亿美元']]), '2026-02-26') // → ['英伟达营收681亿美元']
 */
export function earlierHeadlines(digests: ReadonlyMap<string, string>, day: string, days = 3): string[] {
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const out: string[] = [];
  for (const [d, md] of digests) {
    if (d >= day || d < from) continue;
    // Story headings: `### ` in the sections style, `## ` in the stories style (更多动态 aside).
    const heading = /^###\s/m.test(md) ? /^###\s+(.+)$/gm : /^##\s+(.+)$/gm;
    for (const m of md.matchAll(heading)) {
      const h = (m[1] as string).replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1').trim();
      if (h !== '更多动态') out.push(h);
    }
  }
  return out;
}

/**
 * The Markdown of the digests dated in the `days` days before `day`, oldest first: what a follow-up must not tell again
 * and what a value of today's may contradict.
 */
export function earlierDigests(digests: ReadonlyMap<string, string>, day: string, days = 3): string[] {
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  return [...digests]
    .filter(([d]) => d < day && d >= from)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, md]) => md);
}
