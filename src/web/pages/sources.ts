/** Source health: each source's last success, last error and items per fetch (store.listSources). */
import type { SourceRecord } from '../../types/index.js';
import { esc } from '../html.js';
import { type Lang, t } from '../i18n.js';
import { layout } from './layout.js';

export function sourcesPage(lang: Lang, sources: readonly SourceRecord[]): string {
  const never = esc(t(lang, 'never'));
  const rows = sources
    .map((s) => {
      const failing = s.lastErrorAt !== null && (s.lastSuccessAt === null || s.lastErrorAt > s.lastSuccessAt);
      return `<tr${failing ? ' class="conflict"' : ''}><td>${esc(s.title ?? '')}<div class="meta">${esc(s.locator)}</div></td><td>${esc(s.kind)}</td><td>${s.lastSuccessAt ? esc(s.lastSuccessAt) : never}</td><td>${s.lastError ? `<span class="warn">${esc(s.lastError)}</span><div class="meta">${esc(s.lastErrorAt ?? '')}</div>` : '—'}</td><td>${s.itemsLastFetch ?? '—'}</td></tr>`;
    })
    .join('\n');
  return layout(
    { lang, title: t(lang, 'sources'), path: '/sources', nav: 'sources' },
    `<h1>${esc(t(lang, 'sources'))}</h1>
<table><thead><tr><th>${esc(t(lang, 'source'))}</th><th>${esc(t(lang, 'kind'))}</th><th>${esc(t(lang, 'lastSuccess'))}</th><th>${esc(t(lang, 'lastError'))}</th><th>${esc(t(lang, 'itemsPerFetch'))}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}
