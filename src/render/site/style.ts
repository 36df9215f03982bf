/** The site's one stylesheet, inlined into every page (pages load no external assets). */
export const SITE_CSS = `
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #6e6e73; --bg: #fff; --accent: #0a5bd3; --rule: #e5e5ea; }
@media (prefers-color-scheme: dark) { :root { --fg: #f2f2f7; --muted: #a1a1a6; --bg: #111; --accent: #6aa8ff; --rule: #333; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.75 -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
main, header.site, footer.site { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
header.site { padding-top: 1.5rem; border-bottom: 1px solid var(--rule); }
header.site a { color: var(--fg); text-decoration: none; font-weight: 600; }
a { color: var(--accent); }
h1 { font-size: 1.7rem; line-height: 1.35; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
.meta, footer.site { color: var(--muted); font-size: .9rem; }
ul.digests { list-style: none; padding: 0; }
ul.digests > li { padding: 1rem 0; border-bottom: 1px solid var(--rule); }
ul.digests ul { color: var(--muted); font-size: .95rem; }
footer.site { padding: 2rem 1.25rem; }
`;
