/** Feeds: RSS 2.0, Atom, RDF and JSON Feed → `article` drafts, one per entry. */
import type { Parsed } from '../draft.js';
import { type SourceHint, sourceName } from '../options.js';
import { entryToDraft, type FeedDoc } from './adapter.js';
import { atomToFeed, decodeAtom } from './atom.js';
import { decodeJsonFeed, jsonFeedToFeed } from './json-feed.js';
import { decodeRdf, rdfToFeed } from './rdf.js';
import { decodeRss, rssToFeed } from './rss.js';
import { parseXml } from './xml.js';

export type FeedFormat = FeedDoc['format'];

/** Decodes a feed document of a known format into its FeedDoc (throws SourceError on malformed input). */
export function decodeFeed(text: string, format: FeedFormat, hint: SourceHint): FeedDoc {
  const source = sourceName(hint);
  if (format === 'json-feed') return jsonFeedToFeed(decodeJsonFeed(text, source));
  const doc = parseXml(text, source, format);
  if (format === 'atom') return atomToFeed(decodeAtom(doc));
  if (format === 'rdf') return rdfToFeed(decodeRdf(doc));
  return rssToFeed(decodeRss(doc));
}

/**
 * Parses a feed into one `article` draft per entry, entry HTML cleaned to text.
 * @example parseFeed(rssXml, 'rss', { url: 'https://example.com/feed' }).items[0].format === 'rss'
 */
export function parseFeed(text: string, format: FeedFormat, hint: SourceHint): Parsed {
  const feed = decodeFeed(text, format, hint);
  const items = feed.entries.map((e) => entryToDraft(e, feed, hint.url ?? null));
  return { title: feed.title, items };
}
