/** Today's digest (or a day's) and the archive by date: the Markdown digests of out/digests rendered by render/site. */

import type { ArchivedDigest } from '../../publish/digest-archive.js';
import { digestBodyHtml, MORE_HEADING } from '../../render/index.js';
import { esc, href } from '../html.js';
import { type Lang, t } from '../i18n.js';
import { afterHeadings, type SectionLink } from '../model/digest.js';
import { layout } from './layout.js';

export interface DigestView {
  lang: Lang;
  entry: ArchivedDigest | null;
  sections: SectionLink[];
  /** Dates of the neighbouring digests (older, newer). */
  older: string | null;
  newer: string | null;
  path: string;
}

/** The digest page: the rendered Markdown, each story's heading followed by a link to its story view and sources. */
export function digestPage(v: DigestView): string {
  const { lang, entry } = v;
  if (!entry)
    return layout({ lang, title: t(lang, 'digest'), path: v.path, nav: 'digest' }, `<p class="empty">${esc(t(lang, 'noDigest'))}</p>`);
  const d = entry.digest;
  const body = afterHeadings(digestBodyHtml(d, entry.markdown), (n) => {
    const s = v.sections[n];
    if (!s?.storyId || s.heading === MORE_HEADING) return '';
    return `<p class="story-link"><a href="${href(`/story/${encodeURIComponent(s.storyId)}`, lang)}">${esc(t(lang, 'storyDetails'))}（${s.itemIds.length} ${esc(t(lang, 'sourcesCount'))}）→</a></p>`;
  });
  const pager = [
    v.older ? `<a rel="prev" href="${href(`/digest/${v.older}`, lang)}">← ${esc(v.older)}</a>` : '',
    `<a href="${href('/archive', lang)}">${esc(t(lang, 'archive'))}</a>`,
    v.newer ? `<a rel="next" href="${href(`/digest/${v.newer}`, lang)}">${esc(v.newer)} →</a>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return layout(
    { lang, title: d.title, path: v.path, nav: 'digest' },
    `<article class="digest">
<p class="meta"><time datetime="${esc(d.date)}">${esc(d.date)}</time> · ${esc(d.category)}</p>
<h1>${esc(d.title)}</h1>
${body}
<p class="meta">${pager}</p>
</article>`,
  );
}

/** The archive: every digest by date, newest first, with its summary lines. */
export function archivePage(lang: Lang, entries: readonly ArchivedDigest[]): string {
  const list = entries
    .map(
      (e) =>
        `<li><p class="meta"><time datetime="${esc(e.digest.date)}">${esc(e.digest.date)}</time></p>` +
        `<h2><a href="${href(`/digest/${e.slug}`, lang)}">${esc(e.digest.title)}</a></h2>` +
        (e.digest.summary.length ? `<ul>${e.digest.summary.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '') +
        '</li>',
    )
    .join('\n');
  return layout(
    { lang, title: t(lang, 'archive'), path: '/archive', nav: 'archive' },
    `<h1>${esc(t(lang, 'archive'))}</h1>${entries.length ? `<ul class="archive">${list}</ul>` : `<p class="empty">${esc(t(lang, 'noDigest'))}</p>`}`,
  );
}
