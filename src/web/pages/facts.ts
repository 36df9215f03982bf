/** The facts table: claims filtered by entity / metric / period, conflicts marked with every value and its source. */
import { esc, href, seg, sourceName } from '../html.js';
import { type Lang, t } from '../i18n.js';
import type { FactFilter, FactRow, FactSort } from '../model/facts.js';
import { layout } from './layout.js';

export interface FactsView {
  lang: Lang;
  /** The rows shown (at most a page of them). */
  rows: FactRow[];
  /** How many rows match the filter. */
  total?: number;
  filter: FactFilter;
  sort: FactSort | undefined;
  desc: boolean;
  choices: { entities: string[]; metrics: string[]; periods: string[] };
  /** A source's name for readers (outlet, host or file). */
  outletOf?: (itemId: string, source: string) => string;
}

function select(name: string, label: string, options: string[], value: string | undefined, lang: Lang): string {
  const opts = [
    `<option value="">${esc(t(lang, 'all'))}</option>`,
    ...options.map((o) => `<option${o === value ? ' selected' : ''}>${esc(o)}</option>`),
  ];
  return `<label>${esc(label)}<select name="${name}">${opts.join('')}</select></label>`;
}

function filterParams(f: FactFilter): Record<string, string | undefined> {
  return { entity: f.entity, metric: f.metric, period: f.period, conflicts: f.conflicts ? '1' : undefined };
}

/** The page: a GET form (works without scripts), the table (facts.js adds click-to-sort), a CSV link with the same filters. */
export function factsPage(v: FactsView): string {
  const { lang, filter: f } = v;
  const params = filterParams(f);
  const total = v.total ?? v.rows.length;
  const sortLink = (col: FactSort, label: string) => {
    const desc = v.sort === col ? !v.desc : false;
    const aria = v.sort === col ? ` aria-sort="${v.desc ? 'descending' : 'ascending'}"` : '';
    return `<th data-sort="${col}"${aria}><a href="${href('/facts', lang, { ...params, sort: col, desc: desc ? '1' : undefined })}">${esc(label)}</a></th>`;
  };
  const body = v.rows
    .map((r) => {
      const values = r.values
        .map(
          (x) =>
            `<li><strong>${esc(x.text)}</strong> — <a href="${href(`/item/${seg(x.itemId)}`, lang)}">${esc(v.outletOf ? v.outletOf(x.itemId, x.source) : sourceName(x.source))}</a> <span class="meta">${esc(t(lang, 'line'))} ${x.line}</span><div class="sentence">${esc(x.sentence)}</div></li>`,
        )
        .join('');
      return `<tr${r.conflict ? ' class="conflict"' : ''} data-subject="${esc(r.subject)}" data-metric="${esc(r.metric)}" data-period="${esc(r.period)}" data-value="${Number.isFinite(r.value) ? r.value : ''}" data-sources="${r.values.length}">
<td><a href="${href(`/entity/${seg(r.subject)}`, lang)}">${esc(r.subject)}</a>${r.counterparty ? ` → ${esc(r.counterparty)}` : ''}</td><td>${esc(r.metric)}</td><td>${esc(r.period)}</td>
<td>${r.conflict ? `<span class="badge conflict">${esc(t(lang, 'conflict'))}</span>` : ''}<ul class="values">${values}</ul></td><td>${r.values.length}</td></tr>`;
    })
    .join('\n');
  const csv = href('/api/facts.csv', 'zh', params);
  return layout(
    {
      lang,
      title: t(lang, 'facts'),
      path: '/facts',
      query: { ...params, sort: v.sort, desc: v.desc ? '1' : undefined },
      nav: 'facts',
      scripts: ['facts.js'],
    },
    `<h1>${esc(t(lang, 'facts'))}</h1>
<form class="filters" method="get" action="/facts">
${select('entity', t(lang, 'entity'), v.choices.entities, f.entity, lang)}
${select('metric', t(lang, 'metric'), v.choices.metrics, f.metric, lang)}
${select('period', t(lang, 'period'), v.choices.periods, f.period, lang)}
<label class="check"><span><input type="checkbox" name="conflicts" value="1"${f.conflicts ? ' checked' : ''}> ${esc(t(lang, 'onlyConflicts'))}</span></label>
${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<button type="submit">${esc(t(lang, 'filter'))}</button>
<a href="${csv}" download="facts.csv">${esc(t(lang, 'exportCsv'))}</a>
</form>
<p class="meta" id="fact-count">${total} ${esc(t(lang, 'results'))}${total > v.rows.length ? ` · ${esc(lang === 'en' ? `showing the first ${v.rows.length}; filter, or export the CSV for all` : `显示前 ${v.rows.length} 条；可筛选，或导出 CSV 查看全部`)}` : ''}</p>
<table class="facts"><thead><tr>${sortLink('subject', t(lang, 'subject'))}${sortLink('metric', t(lang, 'metric'))}${sortLink('period', t(lang, 'period'))}${sortLink('value', t(lang, 'values'))}${sortLink('sources', t(lang, 'source'))}</tr></thead>
<tbody>${body}</tbody></table>`,
  );
}
