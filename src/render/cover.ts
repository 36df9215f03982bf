/** The digest's cover card (1200×630, for Telegram and Open Graph): date, headline and its key figure, as SVG and as PNG (resvg + the shipped Noto Sans SC). */
import { formatFigureZh } from '../extract/index.js';
import type { Figure } from '../types/figure.js';
import type { Digest } from '../types/index.js';
import { maxOf, minOf } from '../util/arrays.js';
import { COVER_FONT_FAMILY, coverFontFiles, coverFontMetrics } from './cover-font.js';
import { escapeHtml } from './site/html-escape.js';

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 630;

/** The shipped face first (the PNG uses only it); CJK system fonts after it for viewers of the SVG file. */
const FONT_FAMILY = `'${COVER_FONT_FAMILY}', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif`;

const FOOTER = 'factbrief · 每个数字都有出处';
const MARGIN = 80;
const CONTENT_WIDTH = COVER_WIDTH - 2 * MARGIN;
/** The band between header and footer that figure and headline are centred in. */
const BAND_TOP = 140;
const BAND_BOTTOM = 525;
/** Ideographic box of the font, in ems above / below the baseline. */
const ASCENT = 0.88;
const DESCENT = 0.12;

/** Width of one character in ems. */
export type Measure = (ch: string) => number;

/** Rough advance of a character in ems when no font metrics are at hand: wide (CJK, full-width) 1, others 0.56. */
export function roughAdvance(ch: string): number {
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

/** The measure of the shipped face (bold or regular), falling back to {@link roughAdvance} per character. */
export function coverMeasure(weight: 'regular' | 'bold'): Measure {
  const m = coverFontMetrics(weight);
  if (!m) return roughAdvance;
  return (ch) => m.advance(ch.codePointAt(0) ?? 0) ?? roughAdvance(ch);
}

/** Width of a string in ems. */
export function textWidth(s: string, measure: Measure = roughAdvance): number {
  let w = 0;
  for (const ch of s) w += measure(ch);
  return w;
}

/** Characters that may not start a line (closing punctuation) or end one (opening punctuation). */
const NO_START = new Set([...'，。、：；！？）》」』】〕〉”’…—·%％,.;:!?)]}']);
const NO_END = new Set([...'（《「『【〔〈“‘([{']);
/** Punctuation dropped before an ellipsis. */
const TRAILING = /[\s，。、：；！？,.;:!?—·（《「『【〔〈“‘([{-]+$/u;

/**
 * Wraps text into at most `maxLines` lines of `maxEms` width (measured by `measure`): Latin words are kept whole
 * when they fit, closing punctuation never starts a line and opening punctuation never ends one; when text is
 * cut, the last line ends with ….
 * @example wrapText('OpenAI 完成 400 亿美元融资', 8, 2) // → ['OpenAI 完成', '400 亿美元融资']
 */
export function wrapText(text: string, maxEms: number, maxLines: number, measure: Measure = roughAdvance): string[] {
  const tokens =
    text
      .replace(/\s+/g, ' ')
      .trim()
      // A Latin run never starts with punctuation, so a closing ’ or , is its own token and obeys the line rules.
      .match(/[A-Za-z0-9$][A-Za-z0-9$%.,+'’_-]*|\s|./gsu) ?? [];
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  const push = () => {
    while (line.length > 0 && line[line.length - 1] === ' ') line.pop();
    if (line.length > 0) lines.push(line);
    line = [];
    width = 0;
  };
  const add = (tok: string) => {
    if (line.length === 0 && tok === ' ') return;
    line.push(tok);
    width += textWidth(tok, measure);
  };
  for (const tok of tokens) {
    const w = textWidth(tok, measure);
    if (width + w > maxEms && line.length > 0) {
      if (tok === ' ') {
        // Kept (and trimmed at the break) so the next token breaks the line too.
        add(tok);
        continue;
      }
      // Before a closing mark, carry the token it must follow (and any closing marks or space before that);
      // then carry opening marks that would end the line.
      let cut = line.length;
      if (NO_START.has(tok)) {
        cut--;
        while (cut > 0 && (NO_START.has(line[cut] as string) || line[cut] === ' ')) cut--;
      }
      // Opening marks (with any spaces between and after them: '《 《') never end a line.
      for (;;) {
        let k = cut;
        while (k > 0 && line[k - 1] === ' ') k--;
        if (k > 0 && NO_END.has(line[k - 1] as string)) cut = k - 1;
        else break;
      }
      const carry = line.slice(cut);
      if (cut > 0 && textWidth(carry.join('') + tok, measure) <= maxEms) {
        line = line.slice(0, cut);
        push();
        for (const c of carry) add(c);
      } else if (NO_START.has(tok)) {
        // Nothing can be carried: the closing mark hangs past the line end, with no space before it (a space would hang
        // too and widen the line past its hanging marks).
        while (line.length > 0 && line[line.length - 1] === ' ') width -= textWidth(line.pop() as string, measure);
        add(tok);
        continue;
      } else if (cut > 0 && cut < line.length) {
        // Opening marks never end a line: they go on with the token, which is then split to fit beside them.
        line = line.slice(0, cut);
        push();
        for (const c of carry) add(c);
      } else push();
    }
    if (w > maxEms || width + w > maxEms) {
      for (const ch of tok) {
        // A closing mark inside an over-long run ('NvidiaNvidia’') hangs past the line end rather than open a line.
        if (width + measure(ch) > maxEms && line.length > 0 && !NO_START.has(ch)) push();
        add(ch);
      }
      continue;
    }
    add(tok);
  }
  push();
  const out = lines.map((l) => l.join(''));
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines);
  const ellipsis = textWidth('…', measure);
  let last = kept[maxLines - 1] as string;
  while (last.length > 0 && textWidth(last, measure) + ellipsis > maxEms) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(TRAILING, '')}…`;
  return kept;
}

/**
 * The date as a Chinese reader writes it, with the weekday.
 * @example coverDate('2026-03-02') // → '2026年3月2日 星期一'
 */
export function coverDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, da)).getUTCDay();
  return `${y}年${mo}月${da}日 星期${'日一二三四五六'[day]}`;
}

/** The key figure as Chinese text (formatFigureZh), its surface text when formatting fails. */
function figureText(f: Figure | null | undefined): string {
  if (!f) return '';
  try {
    return formatFigureZh(f).trim();
  } catch {
    return f.text.replace(/\*\*/g, '').trim();
  }
}

/** Whether a break between `before` and `after` splits a run of ideographs (a word, likely) rather than falling at a space or punctuation. */
function hardBreak(before: string, after: string): boolean {
  const ideograph = /[\p{Script=Han}]/u;
  const a = [...before].pop() ?? '';
  const b = [...after][0] ?? '';
  return ideograph.test(a) && (ideograph.test(b) || NO_START.has(b));
}

/**
 * Re-wraps at narrower widths (down to 60%) keeping the same number of lines, and keeps the wrap with the most
 * even lines, a break inside a run of ideographs costing as much as 8 ems of unevenness: headlines come out as
 * balanced lines broken at punctuation instead of a full line and a stub.
 */
function balance(text: string, maxEms: number, lines: string[], measure: Measure): string[] {
  if (lines.length < 2) return lines;
  const cost = (ls: string[]): number => {
    const widths = ls.map((l) => textWidth(l, measure));
    let hard = 0;
    for (let i = 1; i < ls.length; i++) if (hardBreak(ls[i - 1] as string, ls[i] as string)) hard++;
    return maxOf(widths) - minOf(widths) + 8 * hard;
  };
  let best = lines;
  let bestCost = cost(lines);
  for (let w = maxEms - 0.5; w >= maxEms * 0.6; w -= 0.5) {
    const next = wrapText(text, w, Number.POSITIVE_INFINITY, measure);
    if (next.length !== lines.length) break;
    const c = cost(next);
    if (c < bestCost) {
      best = next;
      bestCost = c;
    }
  }
  return best;
}

/** Largest size from `sizes` at which the headline fits in `maxLines` lines (balanced); the smallest (cut with …) otherwise. */
function fitHeadline(headline: string, sizes: number[], maxLines: number, measure: Measure): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(headline, CONTENT_WIDTH / size, Number.POSITIVE_INFINITY, measure);
    if (lines.length <= maxLines) return { size, lines: balance(headline, CONTENT_WIDTH / size, lines, measure) };
  }
  const size = sizes[sizes.length - 1] as number;
  return { size, lines: wrapText(headline, CONTENT_WIDTH / size, maxLines, measure) };
}

/** The card as an SVG document, set in the shipped Noto Sans SC (system CJK fonts as fallbacks). */
export function renderCoverSvg(d: Digest): string {
  const e = escapeHtml;
  const bold = coverMeasure('bold');
  const top = d.stories[0];
  const headline = (top?.headline ?? d.title).replace(/\*\*|`/g, '').trim();
  let figure = figureText(top?.keyFigure);
  let figureSize = 0;
  if (figure) {
    figureSize = Math.max(72, Math.min(150, Math.floor(CONTENT_WIDTH / textWidth(figure, bold))));
    if (textWidth(figure, bold) * figureSize > CONTENT_WIDTH) figure = wrapText(figure, CONTENT_WIDTH / figureSize, 1, bold)[0] ?? '';
  }
  const head = figure ? fitHeadline(headline, [56, 50, 44], 3, bold) : fitHeadline(headline, [68, 60, 52], 4, bold);
  const lineHeight = Math.round(head.size * 1.4);
  const gap = figure ? 40 : 0;
  const figureBlock = figure ? figureSize * (ASCENT + DESCENT) : 0;
  const headBlock = (head.lines.length - 1) * lineHeight + head.size * (ASCENT + DESCENT);
  const blockTop = BAND_TOP + Math.max(0, (BAND_BOTTOM - BAND_TOP - figureBlock - gap - headBlock) / 2);
  const figureBase = Math.round(blockTop + figureSize * ASCENT);
  const headBase = Math.round(blockTop + figureBlock + gap + head.size * ASCENT);
  const tspans = head.lines.map((l, i) => `<tspan x="${MARGIN}" y="${headBase + i * lineHeight}">${e(l)}</tspan>`).join('');
  const more = d.stories.length + d.more.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}" role="img" aria-label="${e(`${d.category} ${d.date} ${headline}`)}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0a1a33"/><stop offset="1" stop-color="#15396b"/></linearGradient></defs>
<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="url(#bg)"/>
<circle cx="1110" cy="90" r="250" fill="none" stroke="#4fb3ff" stroke-opacity="0.08" stroke-width="60"/>
<rect x="${MARGIN}" y="64" width="8" height="42" rx="2" fill="#4fb3ff"/>
<g font-family="${FONT_FAMILY}" fill="#ffffff">
<text x="${MARGIN + 24}" y="98" font-size="34" font-weight="700">${e(d.category || 'AI 日报')}</text>
<text x="${COVER_WIDTH - MARGIN}" y="97" font-size="28" text-anchor="end" fill="#b8cbe6">${e(coverDate(d.date))}</text>
${figure ? `<text x="${MARGIN - 4}" y="${figureBase}" font-size="${figureSize}" font-weight="700" fill="#ffd166">${e(figure)}</text>\n` : ''}<text font-size="${head.size}" font-weight="700">${tspans}</text>
<rect x="${MARGIN}" y="545" width="${CONTENT_WIDTH}" height="1" fill="#ffffff" fill-opacity="0.18"/>
<text x="${MARGIN}" y="590" font-size="26" fill="#b8cbe6">${e(FOOTER)}</text>
${more > 1 ? `<text x="${COVER_WIDTH - MARGIN}" y="590" font-size="26" text-anchor="end" fill="#b8cbe6">${e(`今日共 ${more} 条动态`)}</text>\n` : ''}</g>
</svg>
`;
}

/**
 * The cover card: the SVG, and the PNG rendered by `@resvg/resvg-js` with the shipped font only (no system
 * fonts, so the output is the same on every machine). `png` is absent only when resvg cannot be loaded
 * (no prebuilt binary for the platform).
 */
export async function renderCover(d: Digest): Promise<{ svg: string; png?: Uint8Array }> {
  const svg = renderCoverSvg(d);
  let resvg: typeof import('@resvg/resvg-js');
  try {
    resvg = await import('@resvg/resvg-js');
  } catch {
    return { svg };
  }
  const fonts = coverFontFiles();
  const font = fonts
    ? { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: COVER_FONT_FAMILY }
    : { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' };
  const png = new resvg.Resvg(svg, { fitTo: { mode: 'width', value: COVER_WIDTH }, font }).render().asPng();
  return { svg, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
}
