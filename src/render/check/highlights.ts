/**
 * The publishability check in highlights mode (pure): quotes stay in their own language, so only the insight lines
 * are held to the digest's rules — Chinese, full-width punctuation, no file name or bare domain as a source, and
 * every figure traceable (not only bold ones: an insight line has no other numbers). A pair printed twice is refused.
 */
import { HALF_WIDTH_BETWEEN_CHINESE } from '../../enrich/assemble/punctuation.js';
import { type AllowedFigure, isCalendarYear, traceFigure } from '../../enrich/numeric-guard/index.js';
import { extractFigures } from '../../extract/index.js';
import { countHan } from '../../util/han.js';
import { type CheckProblem, type CheckRule, englishProse } from './check.js';

/** A file name or a bare domain cited as who said it. */
const CITED_FILE = /(?:^|[^\w/.-])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|md|txt|html?|csv)(?=称|报道|表示|援引|）|\)|，|。)/i;

/**
 * Checks a highlights file (front matter, then blocks of a quote line and an insight line). Empty list: publishable.
 * @example checkHighlights('---\ntitle: x\n---\n\n"Capex hit $400 billion."\n超过4000亿美元的资本开支没有其他来源印证。\n', { allowed }) // → []
 */
export function checkHighlights(
  markdown: string,
  opts: {
    /** Figures any insight of the file may cite. */
    allowed?: readonly AllowedFigure[];
    /** Figures the insight of one quote may cite, by the quote as printed (stricter, and linear in the file's size). */
    allowedByQuote?: ReadonlyMap<string, readonly AllowedFigure[]>;
  } = {},
): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const add = (rule: CheckRule, line: number, text: string, message: string) => problems.push({ rule, line, text: text.trim(), message });
  const lines = markdown.split('\n');
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++);
    i++;
  }
  const seen = new Map<string, number>();
  while (i < lines.length) {
    while (i < lines.length && (lines[i] as string).trim() === '') i++;
    if (i >= lines.length) break;
    const start = i;
    const block: string[] = [];
    while (i < lines.length && (lines[i] as string).trim() !== '') block.push(lines[i++] as string);
    const [quote, insight, ...rest] = block;
    const quoteLine = start + 1;
    const insightLine = start + 2;
    if (quote === undefined) continue;
    if (insight === undefined || countHan(insight) === 0) {
      add('missing-insight', quoteLine, quote, 'a quote without a Chinese insight line under it');
      continue;
    }
    if (rest.length > 0) add('missing-insight', insightLine + 1, rest.join(' '), 'more than one insight line under a quote');
    const key = `${quote.trim()}\u0000${insight.trim()}`;
    const first = seen.get(key);
    if (first !== undefined) add('repeated-pair', quoteLine, quote, `the same quote and insight as line ${first}`);
    else seen.set(key, quoteLine);
    if (englishProse(insight)) add('english-paragraph', insightLine, insight, 'an insight in English: write it in Chinese');
    const unlinked = insight.replace(/https?:\/\/\S+/g, '').replace(/`[^`]*`/g, '');
    if (HALF_WIDTH_BETWEEN_CHINESE.test(unlinked))
      add('half-width-punctuation', insightLine, insight, 'half-width punctuation between Chinese characters');
    if (CITED_FILE.test(unlinked)) add('source-name', insightLine, insight, 'a file name or a domain cited as a source');
    const allowed = opts.allowedByQuote?.get(quote.trim()) ?? opts.allowed;
    if (allowed) {
      const bad = extractFigures(insight.replace(/\*\*/g, ''))
        .filter((f) => !isCalendarYear(f))
        .filter((f) => traceFigure(f, allowed as AllowedFigure[]) === undefined);
      if (bad.length > 0)
        add('figure-untraced', insightLine, insight, `a figure no source or computation states: ${bad.map((f) => f.text).join('、')}`);
    }
  }
  return problems;
}
