/** OPML subscription lists → the feed URLs they hold (nested outlines included, duplicates dropped, order kept). */

import { canonicalUrl } from '../normalize/url.js';
import type { Parsed } from './draft.js';
import { resolveLink } from './draft.js';
import { attr, child, list, parseXml, textOf, type XmlNode } from './feeds/xml.js';
import { type SourceHint, sourceName } from './options.js';

/**
 * Feed URLs of an OPML document: every `<outline xmlUrl="…">`, depth first, in document order.
 * @example parseOpml('<opml><body><outline xmlUrl="https://a.example/feed"/></body></opml>', {}).feeds → ['https://a.example/feed']
 */
export function parseOpml(text: string, hint: SourceHint): Parsed {
  const doc = parseXml(text, sourceName(hint), 'opml');
  const opml = child(doc, 'opml');
  const feeds: string[] = [];
  const seen = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const n of nodes) {
      const url = resolveLink(attr(n, 'xmlUrl') ?? attr(n, 'xmlurl') ?? (attr(n, 'type') === 'rss' ? attr(n, 'url') : null), hint.url);
      if (url) {
        const c = canonicalUrl(url);
        if (!seen.has(c)) {
          seen.add(c);
          feeds.push(c);
        }
      }
      if (n && typeof n === 'object') walk(list((n as XmlNode).outline));
    }
  };
  walk(list(child(opml, 'body').outline));
  return { title: textOf(child(opml, 'head').title) || null, items: [], feeds };
}
