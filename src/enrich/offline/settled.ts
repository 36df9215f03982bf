/**
 * Which of two disputed values the company's own statement or the deal's own arithmetic settles (decision 094): two
 * outlets' values are no dispute to set side by side when the company announced one of them (`寒武纪10月19日晚间公告，…
 * 6000万美元`), or when the offer's terms stated in a source give one of them (1.2亿股 × 每股48.5港元 ≈ 约58亿港元, not
 * 62亿港元). Pure: the caller passes the statements of each value and the sentences of their items.
 */

import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure, Statement } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { renderFigureZh } from './figure-zh.js';

/**
 * How a value is settled: by the company's statement, by shares × price per share stated in a source, or by the
 * company's reply to the other value's rumour (decision 102: `reply` is the Chinese of the answer, 回应称相关报道不准确).
 */
export type Settlement =
  | { by: 'statement'; winner: number }
  | { by: 'arithmetic'; winner: number; shares: string; price: string }
  | { by: 'reply'; winner: number; reply: string };

const schema = z
  .object({
    statement: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    per_share: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    relayed: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    reply: z.array(z.object({ re: z.string().min(1), zh: z.string().min(1) })).min(1),
    report: z.string().min(1),
    speaker: z.string().min(1),
    reconcile: z.string().min(1),
    reply_object: z.array(z.object({ measure: z.string().min(1), re: z.string().min(1), metrics: z.array(z.string()) })).default([]),
  })
  .passthrough();
interface Words {
  statementZh: RegExp;
  statementEn: RegExp;
  perShare: RegExp;
  relayed: RegExp[];
  reply: { re: RegExp; zh: string }[];
  report: RegExp;
  speaker: RegExp;
  reconcile: RegExp;
  replyObject: { measure: string; re: RegExp; metrics: readonly string[] }[];
}
let words: Words | undefined;
function settledWords(): Words {
  if (!words) {
    const t = loadDataTable('settled-by.json', schema);
    words = {
      statementZh: new RegExp(t.statement.zh, 'u'),
      statementEn: new RegExp(t.statement.en, 'i'),
      perShare: new RegExp(`${t.per_share.zh}|\\b(?:${t.per_share.en})\\b`, 'iu'),
      relayed: [new RegExp(t.relayed.zh, 'u'), new RegExp(t.relayed.en, 'i')],
      reply: t.reply.map((r) => ({ re: new RegExp(r.re, 'iu'), zh: r.zh })),
      report: new RegExp(t.report, 'iu'),
      speaker: new RegExp(t.speaker, 'iu'),
      reconcile: new RegExp(t.reconcile, 'iu'),
      replyObject: t.reply_object.map((o) => ({ measure: o.measure, re: new RegExp(o.re, 'iu'), metrics: o.metrics })),
    };
  }
  return words;
}

/**
 * Whether a statement's sentence gives its figure as the company's own word: one of the company's names opens the
 * clause before the figure and an announcement verb follows it (`寒武纪10月19日晚间公告，…`, `Northwind said in a
 * statement that …`). An outlet citing a document (`据招股文件`) is not the company speaking.
 * @example companyStated('寒武纪10月19日晚间公告，子公司拟以6000万美元认购。', '6000万美元', ['寒武纪']) // → true
 */
export function companyStated(sentence: string, text: string, names: readonly string[]): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const w = settledWords();
  // An outlet's compilation or a source's word (据华尔街见闻整理，博通披露…; people familiar said): the outlet's telling.
  if (relayedBefore(sentence, text)) return false;
  for (const name of names) {
    if (!name) continue;
    const i = before.indexOf(name);
    // The company opens the sentence (or a clause of it): it is the speaker, not an object of another's report.
    if (i < 0 || (i > 0 && !/[，,；;。：:\s]$/u.test(before.slice(0, i)))) continue;
    const rest = before.slice(i + name.length);
    if (w.statementZh.test(rest) || w.statementEn.test(rest)) return true;
  }
  return false;
}

/**
 * Whether a figure's sentence tells it on an outlet's compilation or a source's word: 据…报道 / 整理 / 援引, 知情人士,
 * 分析师 before the figure; according to, people familiar, analysts anywhere (an English wire names its source after the
 * figure as often as before it).
 */
function relayedBefore(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  const [zh, en] = settledWords().relayed as [RegExp, RegExp];
  return zh.test(at < 0 ? sentence : sentence.slice(0, at)) || en.test(sentence);
}

/** An amount within 2% of a product of shares and price agrees with it (约58亿 against 1.2亿 × 48.5 = 58.2亿). */
function near(value: number, product: number): boolean {
  return product > 0 && Math.abs(value - product) / product <= 0.02;
}

/** A money figure's single value (its ceiling when it is one: 最多62亿港元). */
function pointOf(f: Figure): number | undefined {
  return f.value ?? (f.low === undefined ? f.high : undefined);
}

interface OfferTerms {
  shares: Figure;
  price: Figure;
  products: { value: number; price: number }[];
}

/** The offers' terms stated in one sentence: a count of shares and a price per share in the amount's currency. */
function termsIn(sentence: string, currency: string | undefined): OfferTerms[] {
  const figs = extractFigures(sentence);
  const shares = figs.filter((f) => f.kind === 'count' && f.unit === 'shares' && f.value !== undefined);
  const prices = figs.filter(
    (f) =>
      f.kind === 'money' &&
      (!currency || !f.currency || f.currency === currency) &&
      Math.max(f.value ?? 0, f.high ?? 0) > 0 &&
      Math.max(f.value ?? 0, f.high ?? 0) < 1e5 &&
      settledWords().perShare.test(sentence),
  );
  const out: OfferTerms[] = [];
  for (const s of shares)
    for (const p of prices) {
      const each = [p.value, p.low, p.high].filter((x): x is number => x !== undefined);
      out.push({ shares: s, price: p, products: each.map((x) => ({ value: (s.value as number) * x, price: x })) });
    }
  return out;
}

/**
 * Which of two groups of statements (each one value) is settled, and how: by the company's own statement (one group's,
 * never both), else by the offer's arithmetic stated in any of the sentences given (one group's value is shares × a
 * price per share, the other's is none of them). Undefined when nothing settles them.
 * @param names the company's names (Chinese and English) as a sentence may open with them
 * @param sentences the sentences of the items stating the values (the offer's terms may sit next to the amount)
 */
export function settle(
  groups: readonly (readonly Statement[])[],
  names: readonly string[],
  sentences: readonly string[],
): Settlement | undefined {
  if (groups.length !== 2) return undefined;
  const stated = groups.map((g) => g.some((s) => companyStated(s.sentence, s.figure.text, names)));
  const values = groups.map((g) => (g[0] ? pointOf(g[0].figure) : undefined));
  const currency = groups[0]?.[0]?.figure.currency;
  const seen = new Set<string>();
  const terms = [...groups.flat().map((s) => s.sentence), ...sentences]
    .filter((s) => !seen.has(s) && seen.add(s))
    .flatMap((s) => termsIn(s, currency));
  for (const t of terms) {
    const hits = values.map((v) => (v === undefined ? undefined : t.products.find((p) => near(v, p.value))));
    const winners = hits.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
    const winner = winners[0];
    const hit = winner === undefined ? undefined : hits[winner];
    if (winners.length === 1 && winner !== undefined && hit) {
      const price = renderFigureZh({
        kind: 'money',
        value: hit.price,
        qualifier: 'exact',
        text: String(hit.price),
        ...(t.price.currency ? { currency: t.price.currency } : {}),
      });
      // Arithmetic overrules a document an outlet cites; a company's statement against it is left as it is.
      if (stated[1 - winner]) return undefined;
      return { by: 'arithmetic', winner, shares: renderFigureZh(t.shares), price };
    }
  }
  if (stated[0] === stated[1]) return undefined;
  const winner = stated[0] ? 0 : 1;
  // The other value is an outlet's telling the company's word overrules: a source's word or an outlet's compilation
  // (relayed), or a report older than the company's statement. Two same-day reports of the company's results (公布…
  // 营业利润) are both its word as far as the text tells: left as a dispute.
  const other = groups[1 - winner] ?? [];
  const own = groups[winner] ?? [];
  const latestOwn = own.reduce((d, x) => (x.date && x.date > d ? x.date : d), '');
  const older = other.every((x) => x.date != null && x.date < latestOwn);
  return older || other.some((x) => relayedBefore(x.sentence, x.figure.text)) ? { by: 'statement', winner } : undefined;
}

/** Whom and what a reply answers (decision 108): the measure of the claim it may settle, the story's other parties. */
export interface ReplyScope {
  /** The disputed claim's metric (valuation, funding, investment …): a reply naming another measure does not settle it. */
  metric?: string;
  /** Names of the story's other parties: a clause naming one of them and none of the company's is that party's reply. */
  others?: readonly string[];
}

/**
 * The measures a reply's clause names as what it answers (`有关估值的报道不准确` → valuation; `reports of the round size`
 * → round size); none when it answers the report as a whole (`相关报道不准确`, `denied the reports`).
 * @example replyMeasures('北风系统回应称此前有关估值的报道不准确') // → ['valuation']
 */
export function replyMeasures(clause: string): string[] {
  return settledWords()
    .replyObject.filter((o) => o.re.test(clause))
    .map((o) => o.measure);
}

/** The claim metrics a reply measure answers (`valuation` → valuation …), as data/settled-by.json reply_object lists them. */
export function replyMetrics(measure: string): readonly string[] {
  return settledWords().replyObject.find((o) => o.measure === measure)?.metrics ?? [];
}

/** Whether a reply clause answers the claim's measure: it names no measure (the whole report), or one the metric is of. */
function answersMeasure(clause: string, metric: string | undefined): boolean {
  const named = settledWords().replyObject.filter((o) => o.re.test(clause));
  if (named.length === 0 || metric === undefined) return true;
  return named.some((o) => o.metrics.includes(metric));
}

/**
 * The company's reply to a report, as the Chinese a line prints (回应称相关报道不准确), when a sentence is one: a word
 * of denial (inaccurate, 不实, denied), a word naming what it answers as a report or rumour (此前报道, 传闻, reports),
 * and the company as the speaker (one of its names, or 公司 / the company / a spokesperson when no other party of the
 * story is named there). `declined to comment` is no reply. A reply naming the measure it answers (the valuation, the
 * round size, the timing) answers only that measure: with `scope.metric` another measure's reply is none (decision 108).
 * Undefined otherwise.
 * @example companyReply('对此，启元回应称此前有关融资金额的报道不准确。', ['启元']) // → '回应称相关报道不准确'
 * @example companyReply('启元回应称有关估值的报道不准确。', ['启元'], { metric: 'funding' }) // → undefined
 */
export function companyReply(sentence: string, names: readonly string[], scope: ReplyScope = {}): string | undefined {
  const w = settledWords();
  if (!w.report.test(sentence)) return undefined;
  // The clause saying the denial names its speaker: in `X declined to comment, while Y said the reports were
  // inaccurate` the reply is Y's, never X's; a clause where the company declined to comment holds no reply of its.
  const others = (scope.others ?? []).filter((o) => o.length > 1 && !names.includes(o));
  for (const clause of replyClauses(sentence)) {
    const reply = w.reply.find((r) => r.re.test(clause));
    if (!reply || NO_COMMENT.test(clause)) continue;
    // The clause's speaker is the first party it names: the company (one of its names), another party of the story
    // (the start-up's `月之暗面公司回应称有关港湾资本…` is no reply of its investor's), else a generic speaker word
    // (公司, a spokesperson) stands for the company.
    const first = (list: readonly string[]) =>
      Math.min(...list.filter((n) => n.length > 1).map((n) => (clause.includes(n) ? clause.indexOf(n) : Number.POSITIVE_INFINITY)));
    const own = first(names);
    const other = first(others);
    if (other < own) continue;
    if (own === Number.POSITIVE_INFINITY && !w.speaker.test(clause)) continue;
    // What the reply answers is read from its clause: a denial of the valuation settles no round size (decision 108).
    if (!answersMeasure(clause, scope.metric)) continue;
    return reply.zh;
  }
  return undefined;
}

/** A sentence's clauses as a speaker owns them: split at ；/; and at a turn to another speaker (，而 / while / but / whereas). */
function replyClauses(sentence: string): string[] {
  return sentence.split(/[；;]|，(?:而|但|不过)|,?\s+(?:while|whereas|but)\s+/u).filter((c) => c.trim() !== '');
}

/** No comment is no reply: 不予置评, 拒绝置评, 未予回应, declined to comment. */
const NO_COMMENT =
  /不予置评|不予置評|拒绝置评|拒絕置評|未予置评|未予回应|未作回应|没有回应|未回应|\bdeclined to comment\b|\bdid not (?:immediately )?respond\b|\bno comment\b|\bwould not comment\b/iu;

/**
 * A value on a source's word (people familiar, 据…援引) against a value no source's word carries, settled by the
 * company's reply to the rumour: the reply stands in the relayed value's own item, or the relayed value is the earlier
 * and the reply stands in the other value's item (the later report tells the company called the rumour inaccurate).
 * Both values relayed (two rumours, one answered) settle nothing: the dispute stays.
 * @param texts the sentences of each item, by item id (the story's items; a value from an item outside it has none)
 */
export function settleByReply(
  groups: readonly (readonly Statement[])[],
  names: readonly string[],
  texts: ReadonlyMap<string, readonly string[]>,
  scope: ReplyScope = {},
): Settlement | undefined {
  if (groups.length !== 2) return undefined;
  const relayed = groups.map((g) => g.length > 0 && g.every((s) => relayedBefore(s.sentence, s.figure.text)));
  if (relayed[0] === relayed[1]) return undefined;
  const loser = relayed[0] ? 0 : 1;
  const winner = 1 - loser;
  const lose = groups[loser] ?? [];
  const win = groups[winner] ?? [];
  const replyIn = (g: readonly Statement[]) => {
    for (const id of new Set(g.map((s) => s.itemId)))
      for (const sentence of texts.get(id) ?? []) {
        const r = companyReply(sentence, names, scope);
        if (r) return r;
      }
    return undefined;
  };
  const latest = (g: readonly Statement[]) => g.reduce((d, x) => (x.date && x.date > d ? x.date : d), '');
  const earlier = latest(lose) !== '' && latest(lose) < latest(win);
  const reply = replyIn(lose) ?? (earlier ? replyIn(win) : undefined);
  return reply ? { by: 'reply', winner, reply } : undefined;
}

/**
 * Whether two values are different measures the sources' own arithmetic reconciles: a sentence stating one value also
 * states another amount of the same currency that, added to or taken from it, gives the other value within 2% (cash
 * price plus earn-out = the total another outlet reports; gross less fees = net; pre-money plus the new money =
 * post-money). Such values are no dispute: no comparison line is drawn between them.
 * @param sentences the sentences where the sources may reconcile them (the values' own and the story's items')
 */
export function reconciled(groups: readonly (readonly Statement[])[], sentences: readonly string[]): boolean {
  if (groups.length !== 2) return false;
  const values = groups.map((g) => (g[0] ? pointOf(g[0].figure) : undefined));
  const [a, b] = values;
  if (a === undefined || b === undefined || a <= 0 || b <= 0 || a === b) return false;
  const currency = groups[0]?.[0]?.figure.currency;
  const seen = new Set<string>();
  for (const s of [...groups.flat().map((x) => x.sentence), ...sentences]) {
    if (seen.has(s)) continue;
    seen.add(s);
    const money = extractFigures(s)
      .filter((f) => f.kind === 'money' && (!currency || !f.currency || f.currency === currency))
      .map((f) => ({ f, v: pointOf(f) }))
      .filter((x): x is { f: Figure; v: number } => x.v !== undefined && x.v > 0);
    // The words between two amounts of the sentence join them as parts of one measure (plus, including, 另加, 扣除).
    const joined = (x: Figure, y: Figure) => {
      const [lo, hi] = x.start <= y.start ? [x, y] : [y, x];
      // …or right after the second, in its own clause (`$300 million in earn-out payments`; never `，其中…` of the next).
      const after = s.slice(hi.end, hi.end + 24).split(/[，,；;。]/u)[0] ?? '';
      return settledWords().reconcile.test(s.slice(lo.end, hi.start)) || settledWords().reconcile.test(after);
    };
    for (const [mine, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const gap = Math.abs(other - mine);
      for (const m of money.filter((x) => Math.abs(x.v - mine) / mine <= 0.005))
        if (money.some((p) => Math.abs(p.v - mine) / mine > 0.02 && Math.abs(p.v - gap) <= 0.02 * other && joined(m.f, p.f))) return true;
    }
  }
  return false;
}
