/** An entity's page: aliases, figures (claims about it), capital flows in and out, and the stories that mention it. */
import { formatChineseAmount } from '../../extract/index.js';
import type { Story } from '../../types/index.js';
import { esc, href, seg, sourceName } from '../html.js';
import { type Lang, t } from '../i18n.js';
import type { FactRow } from '../model/facts.js';
import type { GraphEdge } from '../model/graph.js';
import { layout } from './layout.js';

export interface EntityView {
  lang: Lang;
  name: string;
  type: string | null;
  aliases: string[];
  facts: FactRow[];
  flows: GraphEdge[];
  stories: Story[];
}

export function entityPage(v: EntityView): string {
  const { lang } = v;
  const facts = v.facts
    .map(
      (r) =>
        `<tr${r.conflict ? ' class="conflict"' : ''}><td>${esc(r.metric)}</td><td>${esc(r.period)}</td><td>${r.conflict ? `<span class="badge conflict">${esc(t(lang, 'conflict'))}</span> ` : ''}${r.values.map((x) => `${esc(x.text)} <span class="meta">${esc(sourceName(x.source))}</span>`).join('；')}</td></tr>`,
    )
    .join('');
  const flows = v.flows
    .map(
      (e) =>
        `<li${e.cycle ? ' class="cycle-edge"' : ''}><a href="${href(`/entity/${seg(e.from)}`, lang)}">${esc(e.from)}</a> → <a href="${href(`/entity/${seg(e.to)}`, lang)}">${esc(e.to)}</a> · ${esc(e.kind)}${e.amount !== null ? ` · ${esc(formatChineseAmount(e.amount, e.currency ?? undefined))}` : ''}${e.status ? ` · <span class="badge tentative">${esc(t(lang, e.status))}</span>` : ''}</li>`,
    )
    .join('');
  const stories = v.stories
    .map(
      (s) => `<li><a href="${href(`/story/${seg(s.id)}`, lang)}">${esc(s.title)}</a> <span class="meta">${esc(s.date ?? '')}</span></li>`,
    )
    .join('');
  const empty = `<p class="empty">${esc(t(lang, 'noResults'))}</p>`;
  return layout(
    { lang, title: v.name, path: `/entity/${seg(v.name)}` },
    `<h1>${esc(v.name)}</h1>
<p class="meta">${v.type ? `${esc(t(lang, 'type'))}：${esc(v.type)} · ` : ''}${esc(t(lang, 'aliases'))}：${v.aliases.length ? v.aliases.map(esc).join('、') : '—'}
· <a href="${href('/facts', lang, { entity: v.name })}">${esc(t(lang, 'facts'))}</a> · <a href="${href('/charts', lang, { entity: v.name })}">${esc(t(lang, 'charts'))}</a></p>
<h2>${esc(t(lang, 'figures'))}</h2>
${facts ? `<table><thead><tr><th>${esc(t(lang, 'metric'))}</th><th>${esc(t(lang, 'period'))}</th><th>${esc(t(lang, 'values'))}</th></tr></thead><tbody>${facts}</tbody></table>` : empty}
<h2>${esc(t(lang, 'deals'))}</h2>
${flows ? `<ul>${flows}</ul>` : empty}
<h2>${esc(t(lang, 'stories'))}</h2>
${stories ? `<ul>${stories}</ul>` : empty}`,
  );
}
