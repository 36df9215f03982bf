/**
 * News against colour (pure over data/news-colour.json): a sentence of a market value, a year-to-date move, a share
 * price, an industry voice or a wire's phrase, with no event, deal term, result, guidance, loss or impairment in it, is
 * colour. When a story's sentences are picked, news comes first.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

const schema = z.object({
  colour: z.array(z.string()),
  news: z.array(z.string()),
  market: z.array(z.string()),
  results: z.array(z.string()),
  reports: z.array(z.string()),
  secondary: z.array(z.string()),
});

interface Words {
  colour: RegExp;
  news: RegExp;
  market: RegExp;
  results: RegExp;
  reports: RegExp;
  secondary: RegExp;
}
let words: Words | undefined;

function table(): Words {
  if (!words) {
    const t = loadDataTable('news-colour.json', schema);
    const re = (xs: readonly string[]) => new RegExp(xs.map(escapeRegExp).join('|'), 'u');
    words = {
      colour: re(t.colour),
      news: re(t.news),
      market: re(t.market),
      results: re(t.results),
      reports: re(t.reports),
      secondary: re(t.secondary),
    };
  }
  return words;
}

/**
 * Whether a sentence is colour, not news.
 * @example colour('截至发稿，该公司总市值约为3200亿元，年内累计上涨120%。') // → true
 * @example colour('星河半导体第三季度实现营收18.6亿元，同比增长42%。') // → false
 */
export function colour(text: string): boolean {
  const t = table();
  return t.colour.test(text) && !t.news.test(text);
}

/**
 * Colour as a story headed by `headline` reads it: under a headline whose news is the market's move (`…板块全线走强`,
 * `…股价大涨`), no sentence is colour.
 * @example colourUnder('A股算力芯片板块全线走强')('个股方面，某芯收涨12.4%，总市值重回6000亿元上方。') // → false
 */
export function colourUnder(headline: string): (text: string) => boolean {
  return table().market.test(headline) ? () => false : colour;
}

/**
 * A results story's news order: a sentence of the headline measures (营收, 净利润) before a neutral one, and one of R&D,
 * dividends or buy-backs (研发投入, 分红, 派息, 回购) without them after: 0, 1 or 2.
 * @example resultsOrder('全年研发投入12.3亿元。') // → 2
 * @example resultsOrder('全年营收86.5亿元，同比增长31%。') // → 0
 */
export function resultsOrder(text: string): number {
  const t = table();
  if (t.results.test(text)) return 0;
  return t.secondary.test(text) ? 2 : 1;
}

/**
 * Whether a headline heads a results story (a report, a results measure): only there do revenue and profit come before
 * R&D and the dividend (a funding story's revenue line is background).
 * @example reportHeadline('澜舟微电子发布2026年年报') // → true
 * @example reportHeadline('月之暗面完成约20亿美元新一轮融资') // → false
 */
export function reportHeadline(headline: string): boolean {
  return table().reports.test(headline);
}
