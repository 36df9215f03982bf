/**
 * A built headline (one the offline engine writes from facts, never a source's title) said as a Chinese financial
 * editor says it: the period short — a quarter or a half without its year (`英伟达第三财季营收570亿美元`, `腾讯一季度营收
 * 2034亿元`), the year and full period staying in the lead — instead of the table row `X 2026财年第三财季营收N`.
 * Pure string functions (a feature title's words from data/feature-titles.json).
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

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

/** A headline's follow-up marker (templates.ts `followUp`): it stays, the headline before it is what is cut. */
const FOLLOW_UP_MARK = /（续报）$/u;

/**
 * A built headline past the length goal said shorter, nothing of its news lost: the period short (headlinePeriod),
 * then without a year at all (the lead says it). A follow-up's marker (`（续报）`) is kept and counted. Whole clauses are
 * cut later, after the mainland wording (assemble/tidy.ts withinLength). Unchanged when it fits.
 * @example fitHeadline('星河智芯科技2026年第三季度数据中心业务营收同比增长35%（续报）', 30) // → '星河智芯科技三季度数据中心业务营收同比增长35%（续报）'
 */
export function fitHeadline(headline: string, max: number): string {
  const len = (s: string) => [...s].length;
  if (len(headline) <= max) return headline;
  const mark = FOLLOW_UP_MARK.exec(headline)?.[0] ?? '';
  const budget = max - len(mark);
  let h = headline.slice(0, headline.length - mark.length);
  const steps: ((s: string) => string)[] = [
    headlinePeriod,
    // A year (2026年, 2026财年) before a measure: the lead keeps it. A span of years (2025至2029年) is one figure.
    (s) => s.replace(/(?<![至\d])\d{4}(?:财年|年)(?!至)/gu, '').replace(/([A-Za-z0-9.])\s+(?=\p{Script=Han})/gu, '$1'),
  ];
  for (const step of steps) {
    if (len(h) <= budget) break;
    h = step(h);
  }
  return `${h}${mark}`;
}

/** A question word of a title (`拿到多大份额`, `为何押注`, `谁在买单`, `还能涨吗`): a hook, not a statement of news. */
const QUESTION = /[？?]|多大|多少|几何|为何|为什么|凭什么|怎么|怎样|谁(?!家)|哪些|哪家|哪里|何在|何去何从|吗$|呢$/u;

const tableSchema = z
  .object({
    $comment: z.string().optional(),
    hook: z.array(z.string()),
    feature: z.array(z.string()),
    englishOpening: z.array(z.string()),
    englishPhrase: z.array(z.string()),
  })
  .strict();
let table: { hook: RegExp; feature: RegExp; englishOpening: RegExp; englishPhrase: RegExp } | undefined;
/**
 * data/feature-titles.json: a title's question hooks (能走多远) and a feature's framing phrases (…背后, …之战); an English
 * title's opening words (How, Why, Inside…) and framing phrases (what's behind, the race to), at word edges.
 */
function featureWords(): { hook: RegExp; feature: RegExp; englishOpening: RegExp; englishPhrase: RegExp } {
  table ??= (() => {
    const t = loadDataTable('feature-titles.json', tableSchema);
    const re = (xs: readonly string[]) => new RegExp(xs.map(escapeRegExp).join('|'), 'u');
    const words = (xs: readonly string[]) => xs.map((x) => `${escapeRegExp(x)}(?![A-Za-z])`).join('|');
    return {
      hook: re(t.hook),
      feature: re(t.feature),
      englishOpening: new RegExp(`^(?:${words(t.englishOpening)})`, 'iu'),
      englishPhrase: new RegExp(`(?<![A-Za-z])(?:${words(t.englishPhrase)})`, 'iu'),
    };
  })();
  return table;
}

/**
 * Whether an English title is a feature's or a question's (`How far can…`, `Inside X's bet on…`, `Analysis: …`): it
 * opens on a question's or a feature's word, or carries a feature's frame. A Chinese title is never read by it.
 * @example englishFeature('Inside Northwind’s bet on custom silicon') // → true
 * @example englishFeature('Northwind raises $2 billion in Series C') // → false
 */
export function englishFeature(title: string): boolean {
  const t = title.trim();
  if (/\p{Script=Han}/u.test(t) || !/^[A-Za-z"'“‘]/u.test(t)) return false;
  const w = featureWords();
  return w.englishOpening.test(t.replace(/^["'“‘]+/u, '')) || w.englishPhrase.test(t);
}

/**
 * Whether a title asks a question rather than telling news (`…还能走多远`, `…能否守住`).
 * @example asksQuestion('国产GPU的性价比优势还能走多远') // → true
 */
export function asksQuestion(title: string): boolean {
  return QUESTION.test(title.trim()) || featureWords().hook.test(title.trim()) || englishFeature(title);
}

/**
 * An outlet's column or feature mark in a title: a column name before a bar (`科技观察｜…`, `深度丨…`), a named column
 * (`…专栏`), a regular report (`周报`, `早报`), a feature (`特写`, `对话…`), a title in book quotes (`《…》`), a research
 * report's label (`<X>点评报告：`, `事件：`).
 */
const COLUMN_MARK =
  /[｜丨|]|专栏|栏目|周报|月报|早报|晨报|夜报|午报|特写|^对话|^深度[：:]|^独家[：:]|^《[^》]+》$|(?:点评|深度|跟踪|首次覆盖)报告[：:]|季报点评[：:]|^事件[：:]/u;

/**
 * Whether a title is an outlet's feature, column or question title rather than a news headline (who did what): it asks,
 * or it carries a column mark. Such a title never heads a story as is.
 * @example featureTitle('算力观察｜国产GPU拿到多大份额') // → true
 * @example featureTitle('某芯科技完成20亿元B轮融资') // → false
 * @example featureTitle('借道合资公司发债：300亿美元表外融资背后的算力账') // → true
 * @example featureTitle('国产GPU厂商的“底气”') // → true
 */
export function featureTitle(title: string): boolean {
  return asksQuestion(title) || COLUMN_MARK.test(title.trim()) || featureWords().feature.test(unquoted(title));
}

/** A title without its quotation marks, so a framing phrase reads through them (`的“现金流焦虑”` is `的现金流焦虑`). */
function unquoted(title: string): string {
  return title.trim().replace(/[“”‘’「」『』"']/gu, '');
}

/**
 * A feature title whose framing phrase closes its part before the colon (`寒武纪扭亏背后：净利18.6亿元，存货攀升`): the
 * news it frames, that part without the phrase and the rest after a comma (`寒武纪扭亏，净利18.6亿元，存货攀升`).
 * Undefined for a title of another shape, or when what remains is still a feature's or a question's title.
 * @example unframed('寒武纪扭亏背后：净利18.6亿元，存货攀升') // → '寒武纪扭亏，净利18.6亿元，存货攀升'
 */
export function unframed(title: string): string | undefined {
  const m = /^([^：:]+?)[：:]\s*(.+)$/u.exec(title.trim());
  if (!m) return undefined;
  const first = m[1] as string;
  const head = first.replace(new RegExp(`(?:${featureWords().feature.source})$`, 'u'), '').replace(/的$/u, '');
  if (head === first || [...head].length < 2) return undefined;
  const out = `${head}，${m[2] as string}`;
  return featureTitle(out) ? undefined : out;
}

/**
 * A feature title whose frame follows its colon (`Meta借道合资公司发债：250亿美元表外融资背后的算力账`, `某芯科技冲刺IPO：国产GPU
 * 还能涨多久`): the news before the colon, a clause of its own (`Meta借道合资公司发债`). Undefined when the part after the
 * colon neither frames nor asks, when the part before it is itself a feature's or a question's, or shorter than a head.
 * @example newsBeforeFrame('Meta借道合资公司发债：250亿美元表外融资背后的算力账') // → 'Meta借道合资公司发债'
 */
export function newsBeforeFrame(title: string): string | undefined {
  const m = /^([^：:]+?)[：:]\s*(.+)$/u.exec(title.trim());
  if (!m) return undefined;
  const news = (m[1] as string).trim();
  const frame = m[2] as string;
  if (!(asksQuestion(frame) || featureWords().feature.test(unquoted(frame)))) return undefined;
  if ([...news].length < 6 || featureTitle(news) || /[，,]$/u.test(news)) return undefined;
  return news;
}
