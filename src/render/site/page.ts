/** The HTML page shell shared by the site's index and digest pages. */
import { escapeHtml } from './html-escape.js';
import { SITE_CSS } from './style.js';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute image URL for Open Graph / Twitter cards (a meta tag, not a loaded asset). */
  image?: string;
  /** Relative prefix to the site root ('' on the index, '../' on digest pages). */
  root: string;
  siteTitle: string;
  lang: string;
}

/** Content-Security-Policy: nothing external may load; inline styles only, no scripts. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** Wraps page content in the shell: head with meta, feeds and inline CSS; site header and footer. */
export function page(meta: PageMeta, content: string): string {
  const e = escapeHtml;
  const og = [
    `<meta property="og:title" content="${e(meta.title)}">`,
    `<meta property="og:description" content="${e(meta.description)}">`,
    `<meta property="og:type" content="article">`,
    ...(meta.image
      ? [`<meta property="og:image" content="${e(meta.image)}">`, `<meta name="twitter:card" content="summary_large_image">`]
      : []),
  ];
  return `<!doctype html>
<html lang="${e(meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${e(meta.title)}</title>
<meta name="description" content="${e(meta.description)}">
${og.join('\n')}
<link rel="alternate" type="application/rss+xml" title="${e(meta.siteTitle)}" href="${meta.root}feeds/rss.xml">
<link rel="alternate" type="application/atom+xml" title="${e(meta.siteTitle)}" href="${meta.root}feeds/atom.xml">
<link rel="alternate" type="application/feed+json" title="${e(meta.siteTitle)}" href="${meta.root}feeds/feed.json">
<style>${SITE_CSS}</style>
</head>
<body>
<header class="site"><p><a href="${meta.root}index.html">${e(meta.siteTitle)}</a></p></header>
<main>
${content}
</main>
<footer class="site">${e(meta.siteTitle)} · <a href="${meta.root}feeds/rss.xml">RSS</a> · <a href="${meta.root}feeds/atom.xml">Atom</a> · <a href="${meta.root}feeds/feed.json">JSON Feed</a></footer>
</body>
</html>
`;
}
