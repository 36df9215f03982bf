/** RSS 2.0, Atom 1.0 and JSON Feed 1 of digests, built with the `feed` package. */
import { Feed } from 'feed';
import type { Digest } from '../types/index.js';
import { htmlText, plainText } from './safe-text.js';
import { digestBodyHtml } from './site/digest-html.js';

export interface SiteInfo {
  title: string;
  /** Absolute base URL of the site, e.g. https://example.com/ai-daily/ */
  url: string;
  description: string;
  /** Default zh-CN. */
  language?: string;
  /** Shown as the feed author. */
  author?: string;
}

export interface FeedEntry {
  digest: Digest;
  /** The rendered digest file (front matter + body). */
  markdown: string;
  /** Absolute URL of the digest page. */
  url: string;
}

/** Publication instant of a digest: 08:00 in China (00:00 UTC) on its date, so feeds do not depend on the clock. */
function published(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`[render] [feeds] bad digest date "${date}"`);
  return d;
}

function feedUrl(base: string, file: string): string {
  return new URL(file, base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * Builds the three feeds, newest digest first. `updated` is the newest digest's date (deterministic output).
 * @example renderFeeds([{ digest, markdown, url: 'https://x.com/digests/2026-03-02.html' }], { title: 'AI 日报', url: 'https://x.com/', description: '…' }).rss
 */
export function renderFeeds(entries: readonly FeedEntry[], site: SiteInfo): { rss: string; atom: string; json: string } {
  const sorted = [...entries].sort((a, b) => (a.digest.date < b.digest.date ? 1 : a.digest.date > b.digest.date ? -1 : 0));
  const updated = sorted[0] ? published(sorted[0].digest.date) : new Date(0);
  const feed = new Feed({
    id: site.url,
    title: site.title,
    description: site.description,
    link: site.url,
    language: site.language ?? 'zh-CN',
    updated,
    generator: 'factbrief',
    copyright: '',
    feedLinks: {
      rss: feedUrl(site.url, 'feeds/rss.xml'),
      atom: feedUrl(site.url, 'feeds/atom.xml'),
      json: feedUrl(site.url, 'feeds/feed.json'),
    },
    ...(site.author ? { author: { name: site.author } } : {}),
  });
  for (const { digest, markdown, url } of sorted) {
    const date = published(digest.date);
    feed.addItem({
      title: plainText(digest.title),
      id: url,
      link: url,
      date,
      published: date,
      // RSS description and Atom summary are HTML fields: source text goes in as escaped text.
      description: htmlText(digest.summary.join('\n')),
      content: digestBodyHtml(digest, markdown),
      category: digest.tags.map((name) => ({ name })),
      ...(/^https?:\/\//.test(digest.coverImage) ? { image: digest.coverImage } : {}),
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1(), json: feed.json1() };
}
