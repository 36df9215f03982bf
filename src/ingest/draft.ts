/** Building ItemDrafts with every field present, and the result shape every parser returns. */

import { canonicalUrl } from '../normalize/url.js';
import type { ItemDraft, ItemFormat, ItemKind } from '../types/index.js';

/** What one parser returns for one source. */
export interface Parsed {
  title: string | null;
  items: ItemDraft[];
  /** Feed URLs (OPML). */
  feeds?: string[];
}

/** A draft with defaults for the fields a parser leaves out; the URL is canonicalised. */
export function makeDraft(init: Partial<ItemDraft> & { kind: ItemKind; format: ItemFormat; title: string; text: string }): ItemDraft {
  return {
    kind: init.kind,
    format: init.format,
    title: init.title,
    url: init.url ? canonicalUrl(init.url) : null,
    date: init.date ?? null,
    author: init.author ?? null,
    raw: init.raw ?? init.text,
    text: init.text,
    meta: init.meta ?? {},
    pairs: init.pairs ?? [],
    links: [...new Set((init.links ?? []).map((l) => canonicalUrl(l)))],
    messages: init.messages ?? [],
  };
}

/** File name without folders and extension, for default titles: `/a/b/talk-2026.vtt` → `talk-2026`. */
export function baseTitle(name: string | undefined): string {
  if (!name) return 'Untitled';
  const base =
    name
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .filter(Boolean)
      .pop() ?? name;
  const stem = base.replace(/\.[A-Za-z0-9]{1,9}$/, '');
  return stem || base || 'Untitled';
}

/** Resolves a possibly relative link against a base URL; returns null for non-http(s) or unparsable links. */
export function resolveLink(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
