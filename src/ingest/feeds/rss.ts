/** RSS 2.0 (and 0.9x): decoded into its own struct, then mapped to the common FeedDoc. */
import type { FeedDoc } from './adapter.js';
import { child, list, rawMarkup, textOf, type XmlNode } from './xml.js';

export interface RssItem {
  title: string;
  link: string | null;
  guid: string | null;
  pubDate: string | null;
  description: string | null;
  contentEncoded: string | null;
  author: string | null;
  categories: string[];
}

export interface RssFeed {
  title: string;
  link: string | null;
  description: string;
  language: string | null;
  items: RssItem[];
}

/** The channel of a parsed `<rss>` document. */
export function decodeRss(doc: XmlNode): RssFeed {
  const channel = child(child(doc, 'rss'), 'channel');
  // A few publishers put <item> next to <channel> instead of inside it.
  const items = [...list(channel.item), ...list(child(doc, 'rss').item)];
  const links = list(channel.link).map(textOf).filter(Boolean);
  return {
    title: textOf(channel.title),
    link: links[0] ?? null,
    description: textOf(channel.description),
    language: textOf(channel.language) || null,
    items: items.map((raw) => {
      const it = (raw ?? {}) as XmlNode;
      const itemLinks = list(it.link).map(textOf).filter(Boolean);
      return {
        title: textOf(it.title),
        link: itemLinks[0] ?? null,
        guid: textOf(it.guid) || null,
        pubDate: textOf(it.pubDate) || textOf(it['dc:date']) || null,
        description: rawMarkup(it.description) || null,
        contentEncoded: rawMarkup(it['content:encoded']) || null,
        author: textOf(it.author) || list(it['dc:creator']).map(textOf).filter(Boolean).join(', ') || null,
        categories: list(it.category).map(textOf).filter(Boolean),
      };
    }),
  };
}

/** RssFeed → FeedDoc: `content:encoded` is the body when present, `description` otherwise. */
export function rssToFeed(feed: RssFeed): FeedDoc {
  return {
    format: 'rss',
    title: feed.title || null,
    home: feed.link,
    language: feed.language,
    entries: feed.items.map((it) => ({
      id: it.guid,
      title: it.title,
      link: it.link,
      date: it.pubDate,
      author: it.author,
      html: it.contentEncoded ?? it.description,
      plain: null,
      summary: it.contentEncoded ? it.description : null,
      categories: it.categories,
    })),
  };
}
