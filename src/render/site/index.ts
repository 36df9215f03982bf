/** The static HTML site of digests: an index page and one page per digest, self-contained (no external assets). */
import type { Digest } from '../../types/index.js';
import type { SiteInfo } from '../feeds.js';
import { digestBodyHtml } from './digest-html.js';
import { escapeHtml } from './html-escape.js';
import { page } from './page.js';

export interface SiteEntry {
  digest: Digest;
  markdown: string;
  /** File name stem of the digest page, e.g. 2026-03-02 → digests/2026-03-02.html. */
  slug: string;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Builds the site's files (paths relative to the site root), newest digest first on the index.
 * @example renderSite([{ digest, markdown, slug: '2026-03-02' }], site) // → [{ path: 'index.html', … }, { path: 'digests/2026-03-02.html', … }]
 */
export function renderSite(entries: readonly SiteEntry[], site: SiteInfo): { path: string; content: string }[] {
  const lang = site.language ?? 'zh-CN';
  const sorted = [...entries].sort((a, b) => (a.digest.date < b.digest.date ? 1 : a.digest.date > b.digest.date ? -1 : 0));
  const seen = new Set<string>();
  const files: { path: string; content: string }[] = [];
  const list: string[] = [];
  for (const { digest, markdown, slug } of sorted) {
    if (!SLUG.test(slug) || slug.includes('..')) throw new Error(`[render] [site] unsafe page slug "${slug}"`);
    if (seen.has(slug)) throw new Error(`[render] [site] two digests share the slug "${slug}"`);
    seen.add(slug);
    const href = `digests/${slug}.html`;
    const summary = digest.summary.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
    list.push(
      `<li><p class="meta"><time datetime="${escapeHtml(digest.date)}">${escapeHtml(digest.date)}</time> · ${escapeHtml(digest.category)}</p>` +
        `<h2><a href="${escapeHtml(href)}">${escapeHtml(digest.title)}</a></h2>${summary ? `<ul>${summary}</ul>` : ''}</li>`,
    );
    const content = `<article>
<p class="meta"><time datetime="${escapeHtml(digest.date)}">${escapeHtml(digest.date)}</time> · ${escapeHtml(digest.category)}</p>
<h1>${escapeHtml(digest.title)}</h1>
${digestBodyHtml(digest, markdown)}</article>`;
    files.push({
      path: href,
      content: page(
        {
          title: digest.title,
          description: digest.summary.join(' '),
          ...(/^https?:\/\//.test(digest.coverImage) ? { image: digest.coverImage } : {}),
          root: '../',
          siteTitle: site.title,
          lang,
        },
        content,
      ),
    });
  }
  const index = `<h1>${escapeHtml(site.title)}</h1>
<p>${escapeHtml(site.description)}</p>
${list.length > 0 ? `<ul class="digests">\n${list.join('\n')}\n</ul>` : '<p>还没有日报。</p>'}`;
  files.unshift({
    path: 'index.html',
    content: page({ title: site.title, description: site.description, root: '', siteTitle: site.title, lang }, index),
  });
  return files;
}

export { digestBodyHtml } from './digest-html.js';
export { escapeHtml } from './html-escape.js';
export { markdownToHtml, splitFrontMatter } from './markdown-html.js';
