/** HTML pages → one article: main text Reader-View style (@mozilla/readability on a linkedom document), metadata from the head. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ItemDraft } from '../types/index.js';
import { toIsoDate } from './dates.js';
import { baseTitle, makeDraft, type Parsed, resolveLink } from './draft.js';
import { SourceError } from './errors.js';
import { flattenDeepHtml } from './html-depth.js';
import { DROPPED_TAGS, domToText, htmlToText } from './html-text.js';
import { type SourceHint, sourceName } from './options.js';
import { cleanParagraph } from './paragraphs.js';

/** Minimal element shape read from linkedom. */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
  attributes: ArrayLike<{ name: string }>;
  removeAttribute(name: string): void;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  title: string;
  body: unknown;
  documentElement: { outerHTML: string } | null;
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const el =
      doc.querySelector(`meta[property="${n}"]`) ?? doc.querySelector(`meta[name="${n}"]`) ?? doc.querySelector(`meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Removes everything that could run or style: script-like elements and `on*` / `javascript:` attributes. */
function disarm(doc: Doc): void {
  for (const tag of DROPPED_TAGS.filter((t) => t !== 'head')) {
    const found = doc.querySelectorAll(tag);
    for (let i = found.length - 1; i >= 0; i--) found[i]?.remove();
  }
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as El;
    const names = Array.from(el.attributes, (a) => a.name);
    for (const name of names) {
      const v = el.getAttribute(name) ?? '';
      if (/^on/i.test(name) || /^\s*javascript:/i.test(v)) el.removeAttribute(name);
    }
  }
}

function jsonLdDate(doc: Doc): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]?.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Feed links a page advertises (`<link rel="alternate" type="application/rss+xml">`). */
function feedLinks(doc: Doc, base: string | null): string[] {
  const out: string[] = [];
  const links = doc.querySelectorAll('link[rel="alternate"]');
  for (let i = 0; i < links.length; i++) {
    const type = links[i]?.getAttribute('type') ?? '';
    if (!/rss|atom|feed\+json/i.test(type)) continue;
    const href = resolveLink(links[i]?.getAttribute('href'), base);
    if (href) out.push(href);
  }
  return out;
}

/**
 * Parses an HTML page into one `article` draft with Reader-View main text.
 * Throws SourceError `no-text` when the page holds no readable text.
 */
export function parseHtml(raw: string, hint: SourceHint): Parsed {
  const html = flattenDeepHtml(raw);
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const base = hint.url ?? null;
  // Metadata that lives in scripts is read before the scripts are removed.
  const ldDate = jsonLdDate(doc);
  const canonical =
    resolveLink(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base) ?? resolveLink(meta(doc, 'og:url'), base);
  const date =
    toIsoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued')) ??
    toIsoDate(ldDate) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const headTitle = cleanParagraph(meta(doc, 'og:title') ?? doc.title ?? '');
  const feeds = feedLinks(doc, base);
  disarm(doc);

  // Readability mutates the document it gets, so it reads a copy.
  const copy = parseHTML(doc.documentElement?.outerHTML ?? html).document;
  // linkedom's Document is close enough to the DOM Readability walks; the types differ.
  const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  let text = article?.content ? htmlToText(article.content) : '';
  const fallback = domToText(doc.body as Parameters<typeof domToText>[0]);
  if (text.length < 200 && fallback.length > text.length) text = fallback;
  if (!text.trim()) {
    throw new SourceError({
      source: sourceName(hint),
      format: 'html',
      code: 'no-text',
      reason: 'no readable text in the page (empty, or built by scripts at run time)',
    });
  }
  const title = cleanParagraph(article?.title ?? '') || headTitle || baseTitle(hint.filename ?? hint.url);
  const author = cleanParagraph(article?.byline ?? meta(doc, 'author', 'article:author') ?? '') || null;
  const item: ItemDraft = makeDraft({
    kind: 'article',
    format: 'html',
    title,
    text,
    raw,
    url: canonical ?? hint.url ?? null,
    date,
    author,
    meta: {
      ...(article?.siteName ? { siteName: article.siteName } : {}),
      ...(article?.lang ? { lang: article.lang } : {}),
      ...(article?.excerpt ? { excerpt: cleanParagraph(article.excerpt) } : {}),
      ...(feeds.length ? { feedLinks: feeds } : {}),
    },
  });
  return { title, items: [item] };
}
