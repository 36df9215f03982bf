/**
 * `metric-twice` (decision 120): one line printing two different values for one measure of one company and one period
 * (`星桥第三季度营收**19亿美元**……营收**3亿美元**`): a figure of another measure (an acquisition price, a product's
 * recurring revenue) printed under the measure's word, so the line contradicts itself. A second value is the same
 * measure's when nothing before its word names another owner, part or period: only a period word, a pointer to the
 * company (公司, 其) or a connective stands there, and no estimate or comparison word (预期, 此前, 约合) marks it as
 * someone else's figure or another basis.
 */
import { extractFigures } from '../../extract/index.js';

/** The measure words the rule watches, each with the words that qualify it into another measure when right before it. */
const MEASURE = /(营收|营业收入|总收入)(?:[为达约了至到：:]|达到|约为|同比|环比|增至|升至|降至|录得|实现){0,3}\*\*([^*]+)\*\*/gu;

/** A period phrase (a year, a fiscal quarter, a half, a month, this quarter). */
const PERIOD =
  /(?:\d{4}\s*(?:财)?年(?:度)?)?(?:(?:第[一二三四1-4](?:财)?季度?|[一二三四1-4]季度|第[一二三四1-4]财季|Q[1-4]|[上下]半年|前三季度|全年|全财年|财年|\d{1,2}月(?:份)?)|\d{4}\s*(?:财)?年(?:度)?|本季度|当季|单季|该季度|本财季|同期)/gu;

/** Words that only point back or link: what stands before a second measure word without naming anything new. */
const LINKS = /(?:该公司|公司|其|此外|另外|同时|并且|并|且|而|但|其中|的|期内|当期|实现|录得|方面|，|,|\s)/gu;

/** A value that is someone's estimate, a comparison's base or a restatement in another currency, never a second claim. */
const OTHER_BASIS = /预期|预计|预测|指引|估计|此前|原先|去年|上年|上一|前一|较|高于|低于|超过|不及|约合|折合|相当于|区间|至/u;

interface Told {
  owner: string;
  period: string;
  value: number;
  currency: string;
  text: string;
}

/**
 * The first pair of different values a line prints for one bare measure word of one owner and period, as
 * `营收 X / Y`, or undefined.
 * @example measureTwice('星桥第三季度营收**19亿美元**，营收**3亿美元**。') // → '营收 19亿美元 / 3亿美元'
 */
export function measureTwice(line: string): string | undefined {
  const told: Told[] = [];
  let owner = '';
  let period = '';
  let from = 0;
  for (const m of line.matchAll(MEASURE)) {
    const at = m.index ?? 0;
    const before = line.slice(from, at);
    from = at + m[0].length;
    // The clause of this mention: back to the last stop or comma.
    const clause = before
      .slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1)
      .replace(/\*\*/g, '');
    if (OTHER_BASIS.test(clause)) continue;
    // A period said since the previous mention dates this one (`前三季度，公司营收…`), in its clause or before it.
    const periods = clause.match(PERIOD) ?? (before.replace(/\*\*[^*]*\*\*/g, '').match(PERIOD) ?? []).slice(-1);
    const rest = clause.replace(PERIOD, '').replace(LINKS, '');
    if (rest !== '') owner = rest;
    if (periods.length > 0) period = periods.join('');
    const fig = extractFigures(m[2] as string).find((f) => f.kind === 'money' && f.value !== undefined);
    if (!fig || fig.value === undefined) continue;
    const currency = fig.currency ?? '';
    const twin = told.find((t) => t.owner === owner && t.period === period && t.currency === currency);
    if (twin && Math.abs(twin.value - fig.value) > 0.01 * Math.max(twin.value, fig.value)) return `${m[1]} ${twin.text} / ${m[2]}`;
    if (!twin) told.push({ owner, period, value: fig.value, currency, text: m[2] as string });
  }
  return undefined;
}
