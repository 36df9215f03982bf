/** The capex / investment chart of one company: ECharts draws /api/chart; a table of the same points works without scripts. */
import { formatChineseAmount } from '../../extract/index.js';
import { esc, href, seg } from '../html.js';
import { type Lang, t } from '../i18n.js';
import type { ChartData } from '../model/chart.js';
import { layout } from './layout.js';

export function chartsPage(lang: Lang, entities: string[], data: ChartData | null): string {
  const links = entities
    .map((e) => `<a href="${href('/charts', lang, { entity: e })}"${e === data?.entity ? ' aria-current="page"' : ''}>${esc(e)}</a>`)
    .join(' · ');
  const rows = (data?.points ?? [])
    .map(
      (p) =>
        `<tr><td>${esc(p.period)}</td><td>${esc(p.metric)}</td><td>${esc(formatChineseAmount(p.value, p.currency))}</td><td>${esc(p.text)}</td><td><a href="${href(`/item/${seg(p.itemId)}`, lang)}">${esc(p.outlet)}</a></td></tr>`,
    )
    .join('');
  const api = data ? `/api/chart?entity=${encodeURIComponent(data.entity)}` : '';
  return layout(
    {
      lang,
      title: t(lang, 'charts'),
      path: '/charts',
      query: { entity: data?.entity },
      nav: 'charts',
      scripts: ['vendor/echarts.min.js', 'chart.js'],
    },
    `<h1>${esc(t(lang, 'capexChart'))}${data ? ` · ${esc(data.entity)}` : ''}</h1>
<p class="meta">${links}</p>
<p class="hint">${esc(t(lang, 'chartHint'))}</p>
${data ? `<div id="chart" data-api="${esc(api)}" data-lang="${lang}" role="img" aria-label="${esc(t(lang, 'capexChart'))}"></div>` : `<p class="empty">${esc(t(lang, 'noResults'))}</p>`}
<details${data ? '' : ' open'}><summary>${esc(t(lang, 'dataTable'))}</summary>
<table><thead><tr><th>${esc(t(lang, 'period'))}</th><th>${esc(t(lang, 'metric'))}</th><th>${esc(t(lang, 'value'))}</th><th>${esc(t(lang, 'original'))}</th><th>${esc(t(lang, 'source'))}</th></tr></thead><tbody>${rows}</tbody></table>
</details>`,
  );
}
