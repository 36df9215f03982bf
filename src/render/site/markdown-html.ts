/** Markdown → safe HTML for the site and feeds: raw HTML shown as text, only http(s)/mailto/relative links, no remote images. */
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './html-escape.js';

/** An href the site may emit: http(s), mailto, or a relative path / fragment; else null. */
export function allowedHref(href: string): string | null {
  const h = href.trim();
  if (/^(https?:|mailto:)/i.test(h)) return h;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) || h.startsWith('//')) return null;
  return h;
}

/** The fold `renderDigest` writes around an English original: no tag inside its text (escaped). */
const ENGLISH_FOLD = /^<details>\n<summary>[^<>]*<\/summary>\n<p class="english-text">[^<>]*<\/p>\n<\/details>\s*$/;

function build(allowRawHtml: boolean): Marked {
  const m = new Marked({ gfm: true, async: false });
  m.use({
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        // The digest's own fold of an English original (its text HTML-escaped by the renderer) passes as HTML.
        if (ENGLISH_FOLD.test(token.text)) return token.text;
        return allowRawHtml ? token.text : escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        const inner = this.parser.parseInline(token.tokens);
        const href = allowedHref(token.href);
        if (href === null) return inner;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        const rel = /^https?:/i.test(href) ? ' rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(href)}"${title}${rel}>${inner}</a>`;
      },
      // Pages load no external assets: an image becomes a link to it.
      image(token: Tokens.Image): string {
        const href = allowedHref(token.href);
        const alt = escapeHtml(token.text || token.href);
        return href === null ? alt : `<a href="${escapeHtml(href)}">${alt}</a>`;
      },
    },
  });
  return m;
}

const safe = build(false);
const trusted = build(true);

/**
 * Renders Markdown to HTML. Raw HTML in the Markdown is escaped (scraped text must not inject markup)
 * unless `trustedHtml` is set, which only the user's own footer template gets.
 * @example markdownToHtml('**8 亿美元** <b>x</b>') // → '<p><strong>8 亿美元</strong> &lt;b&gt;x&lt;/b&gt;</p>\n'
 */
export function markdownToHtml(md: string, opts: { trustedHtml?: boolean } = {}): string {
  return (opts.trustedHtml ? trusted : safe).parse(md) as string;
}

/** Splits a digest file into its front matter text and its body. */
export function splitFrontMatter(md: string): { front: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(md);
  return m ? { front: m[1] as string, body: m[2] as string } : { front: null, body: md };
}
