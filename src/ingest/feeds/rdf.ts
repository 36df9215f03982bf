/** RDF Site Summary (RSS 0.90 / 1.0): items are siblings of the channel; Dublin Core carries date and creator. */
import type { FeedDoc } from './adapter.js';
import { attr, child, list, rawMarkup, textOf, type XmlNode } from './xml.js';

export interface RdfItem {
  about: string | null;
  title: string;
  link: string | null;
  description: string | null;
  contentEncoded: string | null;
  date: string | null;
  creator: string | null;
  subjects: string[];
}

export interface RdfFeed {
  title: string;
  link: string | null;
  language: string | null;
  items: RdfItem[];
}

/** The `<rdf:RDF>` of a parsed document. */
export function decodeRdf(doc: XmlNode): RdfFeed {
  const key = Object.keys(doc).find((k) => /(^|:)RDF$/i.test(k)) ?? 'rdf:RDF';
  const root = child(doc, key);
  const channel = child(root, 'channel');
  return {
    title: textOf(channel.title),
    link: textOf(channel.link) || null,
    language: textOf(channel['dc:language']) || null,
    items: list(root.item).map((raw) => {
      const it = (raw ?? {}) as XmlNode;
      return {
        about: attr(it, 'rdf:about'),
        title: textOf(it.title),
        link: textOf(it.link) || null,
        description: rawMarkup(it.description) || null,
        contentEncoded: rawMarkup(it['content:encoded']) || null,
        date: textOf(it['dc:date']) || null,
        creator: list(it['dc:creator']).map(textOf).filter(Boolean).join(', ') || null,
        subjects: list(it['dc:subject']).map(textOf).filter(Boolean),
      };
    }),
  };
}

/** RdfFeed → FeedDoc. */
export function rdfToFeed(feed: RdfFeed): FeedDoc {
  return {
    format: 'rdf',
    title: feed.title || null,
    home: feed.link,
    language: feed.language,
    entries: feed.items.map((it) => ({
      id: it.about,
      title: it.title,
      link: it.link ?? it.about,
      date: it.date,
      author: it.creator,
      html: it.contentEncoded ?? it.description,
      plain: null,
      summary: it.contentEncoded ? it.description : null,
      categories: it.subjects,
    })),
  };
}
