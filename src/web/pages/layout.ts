/** The page shell of the web app: head (stylesheet and scripts as files, never inline), navigation, language switch. */
import { esc, href } from '../html.js';
import { type Key, type Lang, t } from '../i18n.js';

export interface Shell {
  lang: Lang;
  title: string;
  /** The current path and query without `lang`, for the language switch. */
  path: string;
  query?: Record<string, string | undefined>;
  /** Navigation entry to mark as current. */
  nav?: Key;
  /** Script files under /static/ the page needs (its interactive parts). */
  scripts?: string[];
  /** Value of the search box. */
  q?: string;
}

const NAV: { key: Key; path: string }[] = [
  { key: 'digest', path: '/' },
  { key: 'archive', path: '/archive' },
  { key: 'facts', path: '/facts' },
  { key: 'charts', path: '/charts' },
  { key: 'graph', path: '/graph' },
  { key: 'notes', path: '/notes' },
  { key: 'highlights', path: '/highlights' },
  { key: 'sources', path: '/sources' },
];

/** A whole HTML page around `body`. */
export function layout(s: Shell, body: string): string {
  const other: Lang = s.lang === 'en' ? 'zh' : 'en';
  const nav = NAV.map(
    (n) => `<a href="${href(n.path, s.lang)}"${n.key === s.nav ? ' aria-current="page"' : ''}>${esc(t(s.lang, n.key))}</a>`,
  ).join('');
  const scripts = (s.scripts ?? []).map((f) => `<script src="/static/${esc(f)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="${s.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)} · factbrief</title>
<link rel="stylesheet" href="/static/app.css">
${scripts}
</head>
<body>
<header class="top">
<a class="brand" href="${href('/', s.lang)}">factbrief</a>
<nav>${nav}</nav>
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${esc(s.q ?? '')}" placeholder="${esc(t(s.lang, 'searchPlaceholder'))}" aria-label="${esc(t(s.lang, 'search'))}">
${s.lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<button type="submit">${esc(t(s.lang, 'search'))}</button>
</form>
<a class="lang" href="${href(s.path, other, s.query)}" hreflang="${other === 'en' ? 'en' : 'zh-CN'}">${esc(t(s.lang, 'switchLang'))}</a>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A page that says what is missing (404) or wrong (400). */
export function messagePage(lang: Lang, key: Key, path: string): string {
  return layout({ lang, title: t(lang, key), path }, `<p class="empty">${esc(t(lang, key))}</p>`);
}
