/**
 * Notes and highlights from the store: the bilingual note reader (Chinese / bilingual / English, glossary terms
 * explained on hover) and highlights with their insights. Server-rendered: the mode links work without scripts;
 * reader.js switches modes in place.
 */
import type { ItemRecord, UnitPair } from '../../types/index.js';
import { esc, href, seg } from '../html.js';
import { type Lang, t } from '../i18n.js';
import { layout } from './layout.js';

export type ReaderMode = 'zh' | 'bi' | 'en';

/** Escaped text with glossary terms wrapped in <abbr title="gloss"> (longest term first, each occurrence). */
export function withGlossary(text: string, glossary: Readonly<Record<string, string>>): string {
  const terms = Object.keys(glossary)
    .filter((k) => k.length > 1)
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return esc(text);
  const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Latin terms on word boundaries, case-sensitively (as the glossary says); Chinese terms anywhere.
  const re = new RegExp(
    terms.map((k) => (/^[\p{Script=Latin}\d]/u.test(k) ? `(?<![A-Za-z0-9])${escRe(k)}(?![A-Za-z0-9])` : escRe(k))).join('|'),
    'gu',
  );
  let out = '';
  let at = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    out += `${esc(text.slice(at, i))}<abbr class="term" title="${esc(glossary[m[0]] ?? '')}">${esc(m[0])}</abbr>`;
    at = i + m[0].length;
  }
  return out + esc(text.slice(at));
}

export function notesListPage(lang: Lang, notes: readonly ItemRecord[]): string {
  const list = notes
    .map(
      (n) =>
        `<li><a href="${href(`/notes/${seg(n.id)}`, lang)}">${esc(n.title)}</a> <span class="meta">${esc(n.date?.slice(0, 10) ?? '')}</span></li>`,
    )
    .join('');
  return layout(
    { lang, title: t(lang, 'notes'), path: '/notes', nav: 'notes' },
    `<h1>${esc(t(lang, 'notes'))}</h1>${list ? `<ul>${list}</ul>` : `<p class="empty">${esc(t(lang, 'noNotes'))}</p>`}`,
  );
}

/** The reader: units grouped under their sections; `mode` picks what shows (a class on the article). */
export function noteReaderPage(lang: Lang, note: ItemRecord, mode: ReaderMode, glossary: Readonly<Record<string, string>>): string {
  const pairs = note.pairs.filter((p): p is UnitPair => p.kind === 'zh-en');
  let section: string | undefined;
  const units: string[] = [];
  for (const p of pairs) {
    if (p.section && p.section !== section) {
      section = p.section;
      units.push(`<h2>${esc(p.section)}</h2>`);
    }
    units.push(
      `<div class="unit"><p class="zh" lang="zh-CN">${withGlossary(p.a, glossary)}</p><p class="en" lang="en">${withGlossary(p.b, glossary)}</p></div>`,
    );
  }
  const body = units.length
    ? units.join('\n')
    : note.text
        .split(/\n{2,}/)
        .map((x) => `<p>${esc(x)}</p>`)
        .join('\n');
  const modes = (['zh', 'bi', 'en'] as const)
    .map(
      (m) =>
        `<a href="${href(`/notes/${seg(note.id)}`, lang, { mode: m })}" data-mode="${m}" aria-current="${m === mode}">${esc(t(lang, m === 'zh' ? 'modeZh' : m === 'bi' ? 'modeBi' : 'modeEn'))}</a>`,
    )
    .join('');
  return layout(
    { lang, title: note.title, path: `/notes/${seg(note.id)}`, query: { mode }, nav: 'notes', scripts: ['reader.js'] },
    `<article class="reader mode-${mode}" id="reader">
<h1>${esc(note.title)}</h1>
<p class="meta">${esc(note.date?.slice(0, 10) ?? '')}${note.author ? ` · ${esc(note.author)}` : ''}</p>
<nav class="modes" aria-label="mode">${modes}</nav>
${body}
</article>`,
  );
}

export function highlightsPage(lang: Lang, items: readonly ItemRecord[]): string {
  const blocks = items
    .map((it) => {
      const pairs = it.pairs.filter((p) => p.kind === 'quote-insight');
      const quotes = pairs.length
        ? pairs
            .map(
              (p) =>
                `<blockquote>${esc(p.a)}</blockquote>${p.b ? `<p class="insight"><strong>${esc(t(lang, 'insight'))}：</strong>${esc(p.b)}</p>` : ''}`,
            )
            .join('\n')
        : `<blockquote>${esc(it.text)}</blockquote>`;
      return `<section><h2>${esc(it.title)}</h2><p class="meta">${esc(it.date?.slice(0, 10) ?? '')} · ${esc(it.format)}</p>${quotes}</section>`;
    })
    .join('\n');
  return layout(
    { lang, title: t(lang, 'highlights'), path: '/highlights', nav: 'highlights' },
    `<h1>${esc(t(lang, 'highlights'))}</h1>${blocks || `<p class="empty">${esc(t(lang, 'noHighlights'))}</p>`}`,
  );
}
