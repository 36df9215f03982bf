/** The one adapter from any feed format's entries to ItemDrafts (Miniflux-style: formats decode to their own structs, then this maps them). */
import type { ItemDraft, ItemFormat } from '../../types/index.js';
import { toIsoDate } from '../dates.js';
import { makeDraft, resolveLink } from '../draft.js';
import { htmlToText } from '../html-text.js';
import { cleanParagraph, joinParagraphs, shortTitle } from '../paragraphs.js';

/** The common shape every format's decoder produces for one entry. */
export interface FeedEntry {
  id: string | null;
  title: string;
  /** Possibly relative link. */
  link: string | null;
  date: string | null;
  author: string | null;
  /** Body as HTML (content preferred over summary) … */
  html: string | null;
  /** … or as plain text (Atom `type="text"`, JSON Feed `content_text`). */
  plain: string | null;
  summary: string | null;
  categories: string[];
}

/** The common shape of a decoded feed. */
export interface FeedDoc {
  format: Extract<ItemFormat, 'rss' | 'atom' | 'rdf' | 'json-feed'>;
  title: string | null;
  /** Home page link of the feed, used to resolve relative entry links. */
  home: string | null;
  language: string | null;
  entries: FeedEntry[];
}

/** Maps one entry to an `article` draft: HTML body cleaned to text, link resolved and canonicalised, date to ISO. */
export function entryToDraft(entry: FeedEntry, feed: FeedDoc, feedUrl: string | null): ItemDraft {
  const base = resolveLink(feed.home, feedUrl) ?? feedUrl;
  const url = resolveLink(entry.link, base) ?? (entry.id && /^https?:\/\//.test(entry.id) ? entry.id : null);
  const body = entry.html ? htmlToText(entry.html) : entry.plain ? joinParagraphs(entry.plain.split(/\n\s*\n/)) : '';
  const summary = entry.summary ? htmlToText(entry.summary) : '';
  const title = cleanParagraph(entry.title.includes('<') ? htmlToText(entry.title) : entry.title);
  const text = body || summary || title;
  return makeDraft({
    kind: 'article',
    format: feed.format,
    title: title || shortTitle(text),
    text,
    raw: entry.html ?? entry.plain ?? entry.summary ?? '',
    url,
    date: toIsoDate(entry.date),
    author: entry.author ? cleanParagraph(entry.author) : null,
    links: url ? [url] : [],
    meta: {
      ...(feed.title ? { feedTitle: feed.title } : {}),
      ...(entry.id ? { guid: entry.id } : {}),
      ...(entry.categories.length ? { categories: entry.categories } : {}),
      ...(feed.language ? { language: feed.language } : {}),
      ...(summary && body && summary !== body ? { summary } : {}),
    },
  });
}
