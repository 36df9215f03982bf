/** Search results: store.search hits with the query's matches marked here (the store returns plain snippets). */
import type { SearchHit } from '../../store/index.js';
import { esc, highlight, href, seg } from '../html.js';
import { type Lang, t } from '../i18n.js';
import { layout } from './layout.js';

export function searchPage(lang: Lang, q: string, hits: readonly SearchHit[], entities: readonly string[]): string {
  const list = hits
    .map(
      (h) =>
        `<li><a href="${href(`/item/${seg(h.itemId)}`, lang)}">${highlight(h.title, q)}</a><div class="snippet">${highlight(h.snippet, q)}</div></li>`,
    )
    .join('\n');
  const ents = entities.map((e) => `<a href="${href(`/entity/${seg(e)}`, lang)}">${highlight(e, q)}</a>`).join(' · ');
  return layout(
    { lang, title: q ? `${t(lang, 'search')}：${q}` : t(lang, 'search'), path: '/search', query: { q }, q },
    `<h1>${esc(t(lang, 'search'))}${q ? `：${esc(q)}` : ''}</h1>
${ents ? `<p>${esc(t(lang, 'matchingEntities'))}：${ents}</p>` : ''}
${q ? `<p class="meta">${hits.length} ${esc(t(lang, 'results'))}</p>` : ''}
${hits.length ? `<ol class="hits">${list}</ol>` : q ? `<p class="empty">${esc(t(lang, 'noResults'))}</p>` : ''}`,
  );
}
