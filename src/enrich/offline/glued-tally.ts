/**
 * Glued background of a deal story (decision 160): a broker's estimate of a market's size, a year-to-date count of
 * listings or rounds, a company's monthly revenue report. In a story whose head tells a deal (a round, a subscription, a
 * listing, a loan) and not a market or a company's sales, such a sentence tells none of the deal: printed after the
 * news it reads as the story's, the editor's "glued on". It goes from the lead. The shapes are read from
 * data/glued-tally.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import { marketOverview } from './background.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  $comment: z.string().optional(),
  dealWords: z.array(z.string()),
  marketHead: z.array(z.string()),
  estimators: z.array(z.string()),
  spans: z.array(z.string()),
  tallied: z.array(z.string()),
  resultWords: z.array(z.string()),
  monthly: z.array(z.string()),
  records: z.array(z.string()),
  investorVerbs: z.array(z.string()),
  passiveMarks: z.array(z.string()),
  investorStops: z.array(z.string()),
  statementMetrics: z.array(z.string()),
  nameSuffixes: z.array(z.string()),
});
type Table = z.infer<typeof schema>;

let loaded: Table | undefined;
const table = (): Table => {
  loaded ??= loadDataTable('glued-tally.json', schema);
  return loaded;
};

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const has = (text: string, words: readonly string[]) => words.some((w) => text.toLowerCase().includes(w.toLowerCase()));

/** A sentence opening on the company it speaks of (公司 / 该公司 / 其 / 管理层): its own figure, never a tally. */
const OWN_OPENING = /^(?:该公司|公司|其|管理层|集团)/u;

/**
 * Whether a sentence is a tally: a broker's or an analyst's estimate of a market's size (`据一家券商测算，…市场规模约680亿元`)
 * or a count of firms or deals over a period (`今年以来，已有32家AI企业在港递表`).
 * @example tallySentence('据一家券商测算，2026年国内智算租赁市场规模约680亿元。') // → true
 * @example tallySentence('今年以来，港股已有18家AI企业上市，合计募资逾600亿港元。') // → true
 * @example tallySentence('星衡今年前九个月向澜芯采购加速卡约32亿元。') // → false
 */
export function tallySentence(text: string): boolean {
  const t = table();
  const s = dropOutletTag(text).trim();
  if (OWN_OPENING.test(s)) return false;
  const head = s.slice(0, 16);
  if (t.estimators.some((w) => head.includes(w)) && marketOverview(s)) return true;
  const counted = new RegExp(
    `(?:\\d+|[一二三四五六七八九十百]+)\\s*(?:家|只|笔|起|宗)[^，。；,]{0,6}?(?:${t.tallied.map(esc).join('|')})`,
    'u',
  );
  const span = t.spans.find((w) => s.includes(w));
  // The span opens the sentence (its first clause): a tally, not a company's `年内已签约3家客户` clause.
  return span !== undefined && s.indexOf(span) <= 4 && counted.test(s);
}

/**
 * Whether a sentence reports a company's monthly sales or revenue (`纬创9月营收新台币2186亿元，环比增长12.4%`): the month's
 * report stands right after the company's name (at most 12 characters before it).
 * @example monthlyReport('纬创9月营收新台币2186亿元，环比增长12.4%。') // → true
 * @example monthlyReport('星衍此次IPO募资上限约62亿港元。') // → false
 * A month's report telling a record (`…9月营收创历史新高`) is the company's news, no background: not one.
 */
export function monthlyReport(text: string): boolean {
  const s = dropOutletTag(text).trim();
  if (table().records.some((w) => s.toLowerCase().includes(w))) return false;
  return table().monthly.some((w) => {
    const at = s.indexOf(w);
    return at >= 0 && at <= 12 && !/[，,。]/u.test(s.slice(0, at));
  });
}

/** Whether a head tells a deal and neither a market's tally nor a company's sales (then a tally or a month's sales is background). */
export function dealOnlyHead(head: string): boolean {
  const t = table();
  return has(head, t.dealWords) && !has(head, t.marketHead) && !has(head, t.resultWords);
}

/** The parties of a head in which its first name invests in another: `寒武纪拟6000万美元基石认购星衍智能` → 寒武纪, 星衍智能. */
export interface InvestingHead {
  investor: string;
  /** The name invested in, when the head's clause gives it (after 向 or after the verb). */
  investee?: string;
}

const NAME_END = /[\d，,。；;：:（(\s]/u;

/**
 * The investor and the invested-in of a head whose first clause has its first name invest (认购 / 投资 / 领投 …), not be
 * invested in (获 / 获得 before the verb): else undefined.
 * @example investingHead('寒武纪拟6000万美元基石认购星衍智能') // → { investor: '寒武纪', investee: '星衍智能' }
 * @example investingHead('星衡智算获澜芯科技8亿元投资') // → undefined
 */
export function investingHead(head: string): InvestingHead | undefined {
  const t = table();
  const clause = head.split(/[，,；;：:]/u)[0] ?? '';
  // A verb followed by 者 / 人 / 方 is a noun (投资者, 投资方): no investing.
  const verbs = [...clause.matchAll(new RegExp(`(?:${t.investorVerbs.map(esc).join('|')})(?![者人方])`, 'gu'))];
  const verbAt = Math.min(...verbs.map((m) => m.index).filter((i) => i > 0));
  if (!Number.isFinite(verbAt)) return undefined;
  if (t.passiveMarks.some((w) => clause.slice(0, verbAt).includes(w))) return undefined;
  const ends = [...t.investorStops.map((w) => clause.indexOf(w)), clause.search(NAME_END), verbAt].filter((i) => i >= 2);
  const investor = clause.slice(0, Math.min(...ends));
  if (investor.length < 2 || investor.length > 12) return undefined;
  const to = clause.indexOf('向');
  const after = clause.slice(verbAt).replace(new RegExp(`^(?:${t.investorVerbs.map(esc).join('|')})+`, 'u'), '');
  const end = after.search(NAME_END);
  const investee =
    to > 0 && to < verbAt ? clause.slice(to + 1, verbAt) : (end < 0 ? after : after.slice(0, end)).replace(/(?:的|股份|IPO)+$/u, '');
  return investee.length >= 2 ? { investor, investee } : { investor };
}

/** A sentence's opening period clause (`截至6月末，` / `2026年上半年，`), dropped to read whose figure it gives. */
const PERIOD_OPENING = /^(?:截至|截止|\d{4}年|今年|去年|上半年|前三季度|报告期|第[一二三四]季度)[^，,。]{0,14}[，,]/u;

/**
 * Whether a sentence gives a head's investor's own statement figure (its revenue, its contract liabilities: `截至6月末，
 * 公司合同负债为12.1亿元`): it names a results or balance-sheet line (data `statementMetrics`) and opens, after a period
 * clause, on the investor's name (or its short name, type words dropped), or on 公司 / 该公司 / 其 in a paragraph of the source opening on the investor; it names
 * neither the invested-in nor a deal. Such a figure tells nothing of the investment: glued background (decision 176).
 * @example investorStatement('截至6月末，公司合同负债为12.1亿元。', '寒武纪自身业绩延续高增长。…', { investor: '寒武纪', investee: '星衍智能' }) // → true
 */
export function investorStatement(text: string, paragraph: string, head: InvestingHead): boolean {
  const t = table();
  const s = dropOutletTag(text).trim();
  if (!has(s, t.statementMetrics) || has(s, t.dealWords)) return false;
  if (head.investee !== undefined && s.includes(head.investee.slice(0, 2))) return false;
  // The investor's short name drops its type words (澜芯科技 → 澜芯); a name of none is read whole (中国移动, never 中国).
  const suffix = t.nameSuffixes.find((w) => head.investor.endsWith(w) && head.investor.length - w.length >= 2);
  const short = suffix === undefined ? head.investor : head.investor.slice(0, -suffix.length);
  const rest = s.replace(PERIOD_OPENING, '');
  if (rest.startsWith(short)) return true;
  return /^(?:公司|该公司|其)/u.test(rest) && paragraph.trim().startsWith(short);
}

/** The paragraph of the source a sentence stands in, up to the sentence. */
const paragraphOf = (s: SourceSentence): string => {
  // A hand-made sentence may come without its item's text (tests): then no paragraph.
  const text = (s.item.text as string | undefined)?.slice(0, s.sentence.start) ?? '';
  return text.slice(text.lastIndexOf('\n') + 1);
};

/**
 * The lead of a deal story without its glued tallies and monthly reports: such a sentence after the first goes, unless
 * it backs the head's clause (`keep`) or the next sentence of the lead is its source's next, leaning on it (`leans`).
 * Under any other head the lead is returned as it is.
 * @example withoutGluedTally([ipo, tally], '星衡智算招股…', leans, keep) // → [ipo]
 */
export function withoutGluedTally(
  lead: readonly SourceSentence[],
  head: string,
  leans: (text: string) => boolean,
  keep: (s: SourceSentence) => boolean,
): SourceSentence[] {
  if (!dealOnlyHead(head)) return [...lead];
  const investing = investingHead(head);
  return lead.filter((s, i) => {
    const text = s.sentence.text;
    const glued =
      tallySentence(text) || monthlyReport(text) || (investing !== undefined && investorStatement(text, paragraphOf(s), investing));
    if (i === 0 || keep(s) || !glued) return true;
    const next = lead[i + 1];
    return next !== undefined && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1 && leans(next.sentence.text);
  });
}

/**
 * Where a source's own tie sentence goes in the lead (`基石投资者之一澜芯科技同时是星衡智算的最大供应商`): before the first
 * sentence after the lead's first that names a party of the tie no earlier sentence names — the tie then says who that
 * party is before it is leaned on (`向澜芯采购…`) — else right after `after` (decision 148's place).
 * @example tieAt([{ names: ['X'] }, { names: ['X', 'L'] }], ['X', 'L'], 1) // → 1 (before the sentence first naming L)
 */
export function tieAt(lead: readonly { names: readonly string[] }[], parties: readonly string[], after: number): number {
  const seen = new Set(lead[0]?.names ?? []);
  for (let i = 1; i <= after && i < lead.length; i++) {
    const s = lead[i] as { names: readonly string[] };
    if (parties.some((p) => s.names.includes(p) && !seen.has(p))) return i;
    for (const n of s.names) seen.add(n);
  }
  return after + 1;
}
