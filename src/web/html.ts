/** Small HTML builders for the web pages: every value from the store goes through `esc` (or `marked`) before display. */
import { escapeHtml } from '../render/index.js';
import { matchRanges } from '../store/snippet.js';
import type { Lang } from './i18n.js';

export const esc = escapeHtml;

/** A local link that keeps the UI language: `href('/facts', 'en', { entity: 'Nvidia' })` → '/facts?entity=Nvidia&amp;lang=en'. */
export function href(path: string, lang: Lang, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  if (lang === 'en') q.set('lang', 'en');
  const s = q.toString();
  return esc(s ? `${path}?${s}` : path);
}

/** Path segment for an entity or id: `/entity/${seg('Meta Platforms')}`. */
export function seg(s: string): string {
  return encodeURIComponent(s);
}

/** An external link (http/https only), opened without referrer; anything else becomes plain text. */
export function extLink(url: string | null | undefined, text: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return esc(text);
  return `<a href="${esc(url)}" rel="noopener noreferrer nofollow">${esc(text)}</a>`;
}

/** `text` escaped with the query's matches in <mark>. @example highlight('谷歌与微软', '微软') // → '谷歌与<mark>微软</mark>' */
export function highlight(text: string, query: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of matchRanges(text, query)) {
    out += `${esc(text.slice(at, s))}<mark>${esc(text.slice(s, e))}</mark>`;
    at = e;
  }
  return out + esc(text.slice(at));
}

/** The host of a URL, or the file name of a path: what a reader knows a source by. */
export function sourceName(locator: string): string {
  if (!/^https?:\/\//i.test(locator)) return locator.split(/[\\/]/).pop() ?? locator;
  try {
    const u = new URL(locator);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.replace(/^www\./, '');
  } catch {
    // not a URL: a file path
  }
  return locator.split(/[\\/]/).pop() ?? locator;
}
