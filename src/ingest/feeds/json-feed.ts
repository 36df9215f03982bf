/** JSON Feed 1.0 / 1.1: decoded into its own struct, then mapped to the common FeedDoc. */
import { SourceError } from '../errors.js';
import type { FeedDoc } from './adapter.js';

export interface JsonFeedItem {
  id: string | null;
  url: string | null;
  externalUrl: string | null;
  title: string;
  contentHtml: string | null;
  contentText: string | null;
  summary: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  tags: string[];
}

export interface JsonFeed {
  version: string;
  title: string;
  homePageUrl: string | null;
  language: string | null;
  items: JsonFeedItem[];
}

function s(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Parses and checks a JSON Feed document; a JSON error or a missing `items` list is a SourceError. */
export function decodeJsonFeed(text: string, source: string): JsonFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SourceError({
      source,
      format: 'json-feed',
      code: 'malformed',
      reason: `malformed JSON (${(err as Error).message}); the feed looks truncated or broken — nothing was read from it`,
      cause: err,
    });
  }
  const root = obj(data);
  if (!s(root.version)?.includes('jsonfeed.org') || !Array.isArray(root.items)) {
    throw new SourceError({
      source,
      format: 'json-feed',
      code: 'not-a-feed',
      reason: 'not a JSON Feed (no jsonfeed.org version or no "items" list)',
    });
  }
  return {
    version: s(root.version) ?? '',
    title: s(root.title) ?? '',
    homePageUrl: s(root.home_page_url),
    language: s(root.language),
    items: root.items.map((raw) => {
      const it = obj(raw);
      const authors = Array.isArray(it.authors) ? it.authors.map((a) => s(obj(a).name)).filter((a): a is string => a !== null) : [];
      const legacy = s(obj(it.author).name);
      return {
        id: s(it.id),
        url: s(it.url),
        externalUrl: s(it.external_url),
        title: s(it.title) ?? '',
        contentHtml: s(it.content_html),
        contentText: s(it.content_text),
        summary: s(it.summary),
        datePublished: s(it.date_published),
        dateModified: s(it.date_modified),
        authors: authors.length ? authors : legacy ? [legacy] : [],
        tags: Array.isArray(it.tags) ? it.tags.map(s).filter((t): t is string => t !== null) : [],
      };
    }),
  };
}

/** JsonFeed → FeedDoc. */
export function jsonFeedToFeed(feed: JsonFeed): FeedDoc {
  return {
    format: 'json-feed',
    title: feed.title || null,
    home: feed.homePageUrl,
    language: feed.language,
    entries: feed.items.map((it) => ({
      id: it.id,
      title: it.title,
      link: it.url ?? it.externalUrl,
      date: it.datePublished ?? it.dateModified,
      author: it.authors.join(', ') || null,
      html: it.contentHtml,
      plain: it.contentHtml ? null : it.contentText,
      summary: it.summary,
      categories: it.tags,
    })),
  };
}
