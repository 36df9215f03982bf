/**
 * Chinese punctuation in Chinese text: half-width `, ; : ! ? ( ) "` next to Chinese characters become full-width
 * (`(周四),` → `（周四），`); half-width stays inside numbers (`1,200`, `10:30`, `1.5`), code and English text.
 */
import { HAN_RANGES, HAN as HAN_RE } from '../../util/han.js';

const HAN = HAN_RANGES;
/** A Chinese character or full-width punctuation: what makes a neighbour "Chinese". */
const ZH_CHAR = new RegExp(`[${HAN}\\u3000-\\u303f\\uff01-\\uff5e“”‘’…—]`);

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/** Markdown spans never touched: link targets, inline code, autolinks, HTML tags. */
const PROTECTED = /(\]\([^)]*\)|`[^`]*`|<[^>\n]+>|https?:\/\/[^\s)）]+)/;

function convertPlain(s: string): string {
  let out = s;
  // Parentheses whose content or outside neighbours are Chinese: （周四）, 英伟达（Nvidia）.
  // A space between the bracket and its Chinese neighbour (`台积电 (TSMC) 宣布`) is no Chinese spacing: it goes too.
  out = out.replace(
    /(.?)([ \t]*)\(([^()\n]*)\)([ \t]*)(.?)/gu,
    (m, before: string, sb: string, inner: string, sa: string, after: string) => {
      const zh = HAN_RE.test(inner) || ZH_CHAR.test(before) || ZH_CHAR.test(after);
      if (!zh) return m;
      // A Latin word outside keeps its space from the full-width bracket only when nothing Chinese is on that side.
      const left = ZH_CHAR.test(before) || before === '' ? before : `${before}${sb}`;
      const right = ZH_CHAR.test(after) || after === '' ? after : `${sa}${after}`;
      return `${left}（${inner.trim()}）${right}`;
    },
  );
  // A lone half-width bracket beside a Chinese character (a cut aside: `营收 (同比增长`) is written full-width.
  out = out
    .replace(new RegExp(`([${HAN}])[ \\t]*\\((?=[^()\\n]*$)`, 'gmu'), '$1（')
    .replace(new RegExp(`(?<=^[^()\\n]*)\\)[ \\t]*(?=[${HAN}])`, 'gmu'), '）');
  // Straight double quotes around Chinese text: "囤卡" → “囤卡”.
  out = out.replace(/"([^"\n]*)"/g, (m, inner: string) => (HAN_RE.test(inner) ? `“${inner}”` : m));
  // , ; : ! ? after or before a Chinese character (not between digits: 1,200 and 10:30 stay).
  out = out.replace(/(.)[ \t]*([,;:!?])[ \t]*(.?)/gu, (m, before: string, p: string, after: string) => {
    if (/\d/.test(before) && /\d/.test(after)) return m;
    const zhBefore = ZH_CHAR.test(before);
    const zhAfter = HAN_RE.test(after);
    if (!zhBefore && !zhAfter) return m;
    // English text before and after (`Nvidia, Inc.`) stays; a Chinese character on either side makes it Chinese.
    return `${before}${FULL[p]}${after}`;
  });
  // A full stop closing a Chinese sentence: 公司.  → 公司。
  out = out.replace(new RegExp(`([${HAN}）”])\\.(?=\\s|$|[${HAN}])`, 'gu'), '$1。');
  // No spaces around full-width punctuation.
  out = out.replace(/[ \t]+([，。；：！？、）」』”])/g, '$1').replace(/([，。；：！？、（「『“])[ \t]+/g, '$1');
  return out;
}

/**
 * Full-width punctuation between Chinese characters, everywhere in a Markdown text except link targets, code and tags.
 * @example fullWidthPunctuation('英伟达(周四)宣布,将投资') // → '英伟达（周四）宣布，将投资'
 */
export function fullWidthPunctuation(text: string): string {
  if (!HAN_RE.test(text)) return text;
  return onPlainText(text, convertPlain);
}

/** Applies `fn` to the parts of a Markdown text outside link targets, inline code, autolinks and HTML tags. */
export function onPlainText(text: string, fn: (plain: string) => string): string {
  return text
    .split(PROTECTED)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** Half-width punctuation standing between Chinese characters (for the publishability check). */
export const HALF_WIDTH_BETWEEN_CHINESE = new RegExp(
  `[${HAN}][ \\t]*[,;:!?()][ \\t]*[${HAN}]|[${HAN}]\\([^()\\n]*\\)|\\([^()\\n]*\\)[${HAN}]`,
  'u',
);
