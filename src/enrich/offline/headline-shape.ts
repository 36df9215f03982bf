/**
 * A built headline (one the offline engine writes from facts, never a source's title) said as a Chinese financial
 * editor says it: the period short — a quarter or a half without its year (`英伟达第三财季营收570亿美元`, `腾讯一季度营收
 * 2034亿元`), the year and full period staying in the lead — instead of the table row `X 2026财年第三财季营收N`.
 * Pure string functions.
 */

/** A year before a quarter, a half or the first quarters of a year: the headline keeps what follows it. */
const YEAR_BEFORE_PART = /\d{4}(?:财年|年)(?=第[一二三四]财?季度?|[一二三四]季度|[上下]半年|前[二三]季度)/gu;

/**
 * A built headline with its period as an editor heads it: the year before a quarter or a half dropped (the lead says
 * it), a calendar quarter said 一季度 rather than 第一季度; an annual period (2026年, 2026财年) stays, it is the news.
 * @example headlinePeriod('CoreWeave 2026年第一季度营收23.1亿美元') // → 'CoreWeave一季度营收23.1亿美元'
 * @example headlinePeriod('博通预计2026财年第二财季营收约205亿美元') // → '博通预计第二财季营收约205亿美元'
 * @example headlinePeriod('中信证券2025年净利润283亿元') // → unchanged
 */
export function headlinePeriod(headline: string): string {
  return (
    headline
      .replace(YEAR_BEFORE_PART, '')
      .replace(/第([一二三四])季度/gu, '$1季度')
      // A Latin name before the period was spaced off its digits (`CoreWeave 2026年`): before Chinese it is not.
      .replace(/([A-Za-z0-9.])\s+(?=\p{Script=Han})/gu, '$1')
  );
}
