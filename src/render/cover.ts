/** The digest's cover card (1200×630, for Telegram and Open Graph): date, headline and its key figure, as SVG; PNG when resvg is installed. */
import type { Digest } from '../types/index.js';
import { escapeHtml } from './site/html-escape.js';

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 630;

/** CJK-capable system fonts first, generic last: no font file ships with factbrief. */
const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/** Rough advance of a character in ems: wide (CJK, full-width) 1, others 0.56. */
function advance(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  const wide =
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000;
  return wide ? 1 : 0.56;
}

/**
 * Wraps text into at most `maxLines` lines of `maxEms` width; Latin words are kept whole when they fit,
 * the last line ends with … when text is cut.
 * @example wrapText('OpenAI 完成 400 亿美元融资', 8, 2) // → ['OpenAI 完成', '400 亿美元融资']
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const tokens =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[A-Za-z0-9$%.,+-]+|\s|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    lines.push(line.trim());
    line = '';
    width = 0;
  };
  for (const tok of tokens) {
    const w = [...tok].reduce((s, ch) => s + advance(ch), 0);
    if (width + w > maxEms && line.trim() !== '') {
      push();
      if (tok === ' ') continue;
    }
    if (w > maxEms) {
      for (const ch of tok) {
        if (width + advance(ch) > maxEms) push();
        line += ch;
        width += advance(ch);
      }
      continue;
    }
    line += tok;
    width += w;
  }
  if (line.trim() !== '') push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] as string;
  while ([...last].reduce((s, ch) => s + advance(ch), 0) + 1 > maxEms && last.length > 0) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** The card as an SVG document (text set in system fonts). */
export function renderCoverSvg(d: Digest): string {
  const top = d.stories[0];
  const figure = top?.keyFigure?.text?.replace(/\*\*/g, '').trim() ?? '';
  const headline = top?.headline ?? d.title;
  const e = escapeHtml;
  const figureSize = 120;
  const headSize = 50;
  const headTop = figure ? 330 : 230;
  const headLines = wrapText(headline, Math.floor(1040 / headSize), figure ? 3 : 4);
  const tspans = headLines.map((l, i) => `<tspan x="80" y="${headTop + i * Math.round(headSize * 1.35)}">${e(l)}</tspan>`).join('');
  const more = d.stories.length + d.more.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}" role="img" aria-label="${e(`${d.category} ${d.date} ${headline}`)}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b1f3a"/><stop offset="1" stop-color="#163e73"/></linearGradient></defs>
<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="url(#bg)"/>
<rect x="80" y="70" width="8" height="44" fill="#4fb3ff"/>
<g font-family="${FONT_FAMILY}" fill="#ffffff">
<text x="104" y="104" font-size="36" font-weight="700">${e(d.category || 'AI 日报')}</text>
<text x="1120" y="104" font-size="32" text-anchor="end" fill="#b8cbe6">${e(d.date)}</text>
${figure ? `<text x="80" y="250" font-size="${figureSize}" font-weight="800" fill="#ffd166">${e(figure)}</text>` : ''}
<text font-size="${headSize}" font-weight="600">${tspans}</text>
<text x="80" y="580" font-size="26" fill="#b8cbe6">${e(more > 1 ? `今日共 ${more} 条动态` : '')}</text>
</g>
</svg>
`;
}

/** What the optional `@resvg/resvg-js` module offers (it is not a dependency). */
interface ResvgModule {
  Resvg: new (
    svg: string,
    opts?: { fitTo?: { mode: 'width'; value: number }; font?: { loadSystemFonts?: boolean; defaultFontFamily?: string } },
  ) => { render(): { asPng(): Uint8Array } };
}

/**
 * The cover card: always the SVG; also a PNG when `@resvg/resvg-js` can be imported (it uses system fonts,
 * so CJK text needs a CJK font installed on the machine).
 */
export async function renderCover(d: Digest): Promise<{ svg: string; png?: Uint8Array }> {
  const svg = renderCoverSvg(d);
  const moduleName = '@resvg/resvg-js';
  try {
    const { Resvg } = (await import(moduleName)) as ResvgModule;
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: COVER_WIDTH },
      font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    })
      .render()
      .asPng();
    return { svg, png };
  } catch {
    return { svg };
  }
}
