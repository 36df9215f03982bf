/** The capital-flow graph: Cytoscape.js draws /api/graph; a table of the flows and cycles works without scripts. */
import { formatChineseAmount } from '../../extract/index.js';
import { esc, href, seg, sourceName } from '../html.js';
import { type Lang, t } from '../i18n.js';
import type { GraphData } from '../model/graph.js';
import { layout } from './layout.js';

export function graphPage(lang: Lang, g: GraphData): string {
  const ent = (n: string) => `<a href="${href(`/entity/${seg(n)}`, lang)}">${esc(n)}</a>`;
  const rows = g.edges
    .map(
      (e) =>
        `<tr${e.cycle ? ' class="conflict"' : ''}><td>${ent(e.from)}</td><td>${ent(e.to)}</td><td>${esc(e.kind)}${e.cycle ? ` <span class="badge conflict">${esc(t(lang, 'cycle'))}</span>` : ''}</td><td>${e.amount !== null ? esc(formatChineseAmount(e.amount, e.currency ?? undefined)) : ''}</td><td>${e.sources.map((s) => `<div class="sentence">${esc(s.sentence)} <span class="meta">${esc(sourceName(s.file))}${s.line ? `:${s.line}` : ''}</span></div>`).join('')}</td></tr>`,
    )
    .join('\n');
  const cycles = g.cycles.map((c) => `<li class="cycle-edge">${[...c, c[0] ?? ''].map(esc).join(' → ')}</li>`).join('');
  return layout(
    { lang, title: t(lang, 'graph'), path: '/graph', nav: 'graph', scripts: ['vendor/cytoscape.min.js', 'graph.js'] },
    `<h1>${esc(t(lang, 'graph'))}</h1>
<div class="graph-wrap">
<div id="graph" data-api="/api/graph" data-lang="${lang}" role="img" aria-label="${esc(t(lang, 'graph'))}"></div>
<aside id="edge-panel" aria-live="polite"><p class="hint">${esc(t(lang, 'clickEdge'))}</p></aside>
</div>
<h2>${esc(t(lang, 'cycles'))}</h2>
${cycles ? `<ul>${cycles}</ul>` : `<p class="empty">${esc(t(lang, 'noResults'))}</p>`}
<details><summary>${esc(t(lang, 'dataTable'))}</summary>
<table><thead><tr><th>${esc(t(lang, 'from'))}</th><th>${esc(t(lang, 'to'))}</th><th>${esc(t(lang, 'kind'))}</th><th>${esc(t(lang, 'amount'))}</th><th>${esc(t(lang, 'source'))}</th></tr></thead><tbody>${rows}</tbody></table>
</details>`,
  );
}
