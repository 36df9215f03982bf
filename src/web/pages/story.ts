/** The story view (all items of a cluster, their figures side by side, conflicts highlighted) and the item view. */
import type { Claim, ItemRecord, Story } from '../../types/index.js';
import { esc, extLink, href, seg, sourceName } from '../html.js';
import { type Lang, t } from '../i18n.js';
import { sanitize } from '../sanitize.js';
import { layout } from './layout.js';

export interface StoryView {
  lang: Lang;
  story: Story;
  items: ItemRecord[];
  /** Claims with at least one statement from the story's items. */
  claims: Claim[];
  outletOf?: (itemId: string, source: string) => string;
}

/** The story page: its items (each one click from its original), then a table of figures by item. */
export function storyPage(v: StoryView): string {
  const { lang, story, items, claims } = v;
  const name = (itemId: string, source: string) => (v.outletOf ? v.outletOf(itemId, source) : sourceName(source));
  const itemLabel = (it: ItemRecord) => name(it.id, it.url ?? it.source);
  const ids = new Set(items.map((i) => i.id));
  const list = items
    .map(
      (it) =>
        `<li><a href="${href(`/item/${seg(it.id)}`, lang)}">${esc(it.title)}</a> <span class="meta">${esc(itemLabel(it))} · ${esc(it.date?.slice(0, 10) ?? '')}</span>` +
        (it.url ? ` · ${extLink(it.url, t(lang, 'original'))}` : '') +
        '</li>',
    )
    .join('\n');
  const head = items.map((it) => `<th>${esc(itemLabel(it))}</th>`).join('');
  const rows = claims
    .map((c) => {
      const cells = items
        .map((it) => {
          const own = c.statements.filter((s) => s.itemId === it.id);
          return `<td>${own.map((s) => `<span title="${esc(s.sentence)}">${esc(s.figure.text)}</span>`).join('<br>')}</td>`;
        })
        .join('');
      const others = c.statements.filter((s) => !ids.has(s.itemId));
      const elsewhere = others.map((s) => `${esc(s.figure.text)} <span class="meta">${esc(name(s.itemId, s.source))}</span>`).join('<br>');
      return `<tr${c.conflict ? ' class="conflict"' : ''}><th scope="row"><a href="${href(`/entity/${seg(c.subject)}`, lang)}">${esc(c.subject)}</a> · ${esc(c.metric)} · ${esc(c.period)}${c.conflict ? ` <span class="badge conflict">${esc(t(lang, 'conflict'))}</span>` : ''}</th>${cells}<td>${elsewhere}</td></tr>`;
    })
    .join('\n');
  return layout(
    { lang, title: story.title, path: `/story/${seg(story.id)}`, nav: 'digest' },
    `<h1>${esc(story.title)}</h1>
<p class="meta">${esc(t(lang, 'story'))} ${esc(story.id)}${story.date ? ` · ${esc(story.date)}` : ''}</p>
<h2>${esc(t(lang, 'items'))}</h2>
<ul class="story-items">${list}</ul>
<h2>${esc(t(lang, 'figuresSideBySide'))}</h2>
${claims.length ? `<div class="scroll"><table class="side-by-side"><thead><tr><th></th>${head}<th>${lang === 'en' ? 'Other sources' : '其他来源'}</th></tr></thead><tbody>${rows}</tbody></table></div>` : `<p class="empty">${esc(t(lang, 'noResults'))}</p>`}`,
  );
}

/** One stored item: its text (escaped), where it came from, and an HTML original only as sanitized markup. */
export function itemPage(lang: Lang, it: ItemRecord): string {
  const paras = it.text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const original =
    it.format === 'html' && it.raw
      ? `<details><summary>${esc(t(lang, 'sanitizedOriginal'))}</summary><div class="sanitized">${sanitize(it.raw)}</div></details>`
      : '';
  return layout(
    { lang, title: it.title, path: `/item/${seg(it.id)}` },
    `<article class="digest">
<h1>${esc(it.title)}</h1>
<p class="meta">${esc(it.kind)} · ${esc(it.date?.slice(0, 10) ?? '')} · ${it.url ? extLink(it.url, sourceName(it.url)) : esc(it.source)}${it.story ? ` · <a href="${href(`/story/${seg(it.story)}`, lang)}">${esc(t(lang, 'story'))}</a>` : ''}</p>
${paras}
${original}
</article>`,
  );
}
