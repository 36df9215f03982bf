/** Atom 1.0: decoded into its own struct (text constructs keep their type), then mapped to the common FeedDoc. */
import type { FeedDoc } from './adapter.js';
import { attr, child, list, rawMarkup, textOf, type XmlNode } from './xml.js';

/** An Atom text construct: `type` is text, html or xhtml; `value` is markup for html/xhtml. */
export interface AtomText {
  type: 'text' | 'html' | 'xhtml';
  value: string;
}

export interface AtomEntry {
  id: string | null;
  title: string;
  link: string | null;
  published: string | null;
  updated: string | null;
  summary: AtomText | null;
  content: AtomText | null;
  authors: string[];
  categories: string[];
}

export interface AtomFeed {
  title: string;
  link: string | null;
  updated: string | null;
  lang: string | null;
  entries: AtomEntry[];
}

function alternate(links: unknown): string | null {
  const all = list(links);
  const alt = all.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
  return attr(alt, 'href');
}

function textConstruct(v: unknown): AtomText | null {
  if (v === undefined) return null;
  const t = (attr(v, 'type') ?? 'text').toLowerCase();
  const type = t === 'html' || t === 'text/html' ? 'html' : t === 'xhtml' || t === 'application/xhtml+xml' ? 'xhtml' : 'text';
  const value = rawMarkup(v, type !== 'xhtml');
  return value ? { type, value } : null;
}

/** The `<feed>` of a parsed Atom document (any namespace prefix). */
export function decodeAtom(doc: XmlNode): AtomFeed {
  const key = Object.keys(doc).find((k) => k === 'feed' || k.endsWith(':feed')) ?? 'feed';
  const feed = child(doc, key);
  return {
    title: textOf(feed.title),
    link: alternate(feed.link),
    updated: textOf(feed.updated) || null,
    lang: attr(feed, 'xml:lang'),
    entries: list(feed.entry).map((raw) => {
      const e = (raw ?? {}) as XmlNode;
      return {
        id: textOf(e.id) || null,
        title: textOf(e.title),
        link: alternate(e.link),
        published: textOf(e.published) || textOf(e.issued) || null,
        updated: textOf(e.updated) || textOf(e.modified) || null,
        summary: textConstruct(e.summary),
        content: textConstruct(e.content),
        authors: list(e.author)
          .map((a) => textOf(child({ a }, 'a').name))
          .filter(Boolean),
        categories: list(e.category)
          .map((c) => attr(c, 'term') ?? textOf(c))
          .filter(Boolean),
      };
    }),
  };
}

function asHtml(t: AtomText | null): string | null {
  if (!t) return null;
  return t.type === 'text' ? null : t.value;
}

/** AtomFeed → FeedDoc: content preferred over summary; text-typed bodies stay plain text. */
export function atomToFeed(feed: AtomFeed): FeedDoc {
  return {
    format: 'atom',
    title: feed.title || null,
    home: feed.link,
    language: feed.lang,
    entries: feed.entries.map((e) => {
      const body = e.content ?? e.summary;
      return {
        id: e.id,
        title: e.title,
        link: e.link,
        date: e.published ?? e.updated,
        author: e.authors.join(', ') || null,
        html: asHtml(body),
        plain: body?.type === 'text' ? body.value : null,
        summary: e.content && e.summary ? e.summary.value : null,
        categories: e.categories,
      };
    }),
  };
}
