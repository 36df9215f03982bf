/**
 * The lead of a story with Chinese sources: the best source's news sentence first (what happened), then its
 * sentences with the figures the knowledge layer holds; background figures of earlier years never lead.
 */
import type { Figure, ItemRecord } from '../../types/index.js';
import {
  bareSubject,
  dated,
  dropOutletTag,
  isChinese,
  leansOn,
  newsSentence,
  sceneSetting,
  unattributedQuote,
  wholeSentence,
} from '../assemble/sentence-shape.js';
import { colour as colourOf, resultsOrder } from './colour.js';
import { withContinuations } from './continuation.js';
import { sameNumber } from './facts.js';
import { background } from './key-figure.js';
import { changeSentence, eventWords, secondaryHeadline, secondaryOpening } from './news-first.js';
import { namedSameTime } from './same-time.js';
import type { SourceSentence } from './sentences.js';

export interface LeadOptions {
  maxSentences: number;
  maxChars: number;
  /**
   * A follow-up day: whether a sentence states something that did not run on an earlier day. The news sentence is then
   * the first of the first two paragraphs that does, when one does.
   */
  fresh?: (s: SourceSentence) => boolean;
  /**
   * Whether a sentence only retells figures an earlier day's digest printed. Such a sentence is never added to the lead
   * after its news sentence (the reader has it from the day before), and opens it only when no other news sentence can.
   */
  stale?: (s: SourceSentence) => boolean;
  /**
   * A follow-up day: whether a sentence gives a value of a measure another value of which ran before (the day's figure in
   * dispute with the one printed: 财联社's 412亿 net profit after CNBC's 385亿). A retold clause closed by ； carries such a
   * clause after it (decision 133).
   */
  disputes?: (s: SourceSentence) => boolean;
  /** Whether a figure is one the digest leads with (held by a claim, current). */
  isKey(f: Figure, item: ItemRecord): boolean;
  /**
   * Whether a sentence tells the headline's news: it names a company the headline names or gives a headline figure.
   * The lead opens on such a news sentence of the first two paragraphs before any other (subject + event + figure, never
   * the industry's commentary before it).
   */
  heads?: (s: SourceSentence) => boolean;
  /** Whether a sentence is colour under the story's headline (default `colour`: a market headline's are news). */
  colour?: (text: string) => boolean;
  /**
   * Whether a sentence is about a company the headline does not name (the first company it names is another's: a peer, a
   * supplier, a fund). A sentence leaning on it (`公司…`, `其…`, a measure with no subject) would read as that company's:
   * it is never printed right after it (owner drift).
   */
  foreign?: (s: SourceSentence | undefined) => boolean;
  /**
   * Whether a clause opens on a company its item names and the headline does not, a company no table knows included
   * (engine.ts `opensOnOther`): a `；` clause so opening is never told after its sentence (decision 156, at the merge).
   */
  another?: (s: SourceSentence) => boolean;
  /**
   * The headline's company as the digest names it: a sentence of `公司同时…` whose sentence before only retells (`stale`)
   * is printed with this name and without 同时 (decision 140).
   */
  ownName?: string;
  /**
   * Whether a sentence printed right after another would read as that one's company (engine.driftsAfter: a clause on a
   * bare 公司 / 其, naming no company, after a sentence naming only others): it is not printed there.
   */
  drifts?: (prev: SourceSentence, s: SourceSentence) => boolean;
  /**
   * Whom a sentence is about under the headline (engine.aboutWhom): a key-figure sentence standing alone after the news
   * is the story's when it names a headline company, or names none and continues the sentence chosen right before it
   * (`调整后，…`) — never an industry statistic, a peer's close or another company's result glued in.
   */
  whom?: (s: SourceSentence, printed?: string) => 'own' | 'other' | 'none';
  /** A results story (reportHeadline): its lead takes revenue and profit before R&D and the dividend (resultsOrder). */
  results?: boolean;
  /**
   * The story's headline (decision 086): a margin, a price range or a share move opens the lead only under a headline
   * about it, never while a sentence of the event can.
   */
  headline?: string;
}

/**
 * A ratio of a base (a payout ratio, a share of net profit: 分红比例, 派息率, 占归母净利润的35%) reads only beside that
 * base: the sentence is printed when it, or a sentence printed with it, gives the profit figure.
 */
const RATIO_OF_PROFIT =
  /分红比例|派息比例|派息率|股息支付率|分红率|现金分红比例|占[^，。；]{0,6}净利润?的?(?:比例|比重)?(?:为|达|约|超)?\d/u;
/** A profit figure: 净利润 / 归母净利润 / 净利 followed by an amount. */
const PROFIT_FIGURE = /净利润?[^，。；\d]{0,8}\d[\d.,]*\s*(?:万亿|亿|万)?(?:元|美元|港元)/u;

/**
 * Whether a sentence gives a ratio of the profit that neither it nor the texts printed with it give.
 * @example ratioWithoutBase('公司拟每10股派发现金红利5元，分红比例为35%。', []) // → true
 * @example ratioWithoutBase('公司拟每10股派发现金红利5元，分红比例为35%。', ['全年归母净利润12.6亿元。']) // → false
 */
export function ratioWithoutBase(text: string, printed: readonly string[]): boolean {
  return RATIO_OF_PROFIT.test(text) && ![text, ...printed].some((t) => PROFIT_FIGURE.test(t));
}

/**
 * A usable Chinese sentence of the pool: whole, with the outlet tag of an opening sentence dropped. A clause closed
 * by `；` counts when the paragraph goes on after it (prose, not a list item).
 */
export function usable(s: SourceSentence): boolean {
  if (s.lang !== 'zh' || !isChinese(s.sentence.text)) return false;
  const text = dropOutletTag(s.sentence.text);
  if (wholeSentence(text)) return true;
  const next = s.item.sentences[s.sentence.index + 1];
  return /；$/.test(text.trim()) && next?.para === s.sentence.para && wholeSentence(`${text.trim().slice(0, -1)}。`);
}

/**
 * A list item of the pool (`- Azure收入同比增长39%；` ending its paragraph) whole as a sentence once closed by `。`:
 * not lead prose (`usable` keeps it out), but the one sentence giving a head's figure may bring it (decision 143).
 * @example listItem(s) // s = `云收入同比增长39%，按固定汇率计算增长38%；`, the next sentence in another paragraph → true
 */
export function listItem(s: SourceSentence): boolean {
  if (s.lang !== 'zh' || !isChinese(s.sentence.text)) return false;
  const text = dropOutletTag(s.sentence.text).trim();
  if (!/；$/u.test(text)) return false;
  const next = s.item.sentences[s.sentence.index + 1];
  return next?.para !== s.sentence.para && wholeSentence(`${text.slice(0, -1)}。`);
}

/** Titles that introduce a person (公司创始人兼CEO张三, 首席财务官李四). */
const PERSON_TITLE = /CEO|CFO|CTO|COO|首席[^，。；]{0,4}官|创始人|董事长|总裁|总经理|负责人|合伙人|主席|分析师|发言人/u;
/** A sentence opening on a short name and a verb of saying (`张三表示，…`). */
const BARE_SPEAKER = /^([\p{Script=Han}]{2,3})(?:表示|称|说|指出|认为|透露|坦言|介绍|强调|直言|预计)/u;

/**
 * Whether a sentence opens on a person by their bare name whom an earlier sentence of its item introduced with a title
 * (`公司创始人兼CEO张三…` … `张三表示，…`): read alone, the reader does not know who is speaking.
 * @example introducedEarlier(s) // s = `张三表示，明年将扩建两座数据中心。` after `公司创始人兼CEO张三透露…`
 */
export function introducedEarlier(s: Pick<SourceSentence, 'item' | 'sentence'>): boolean {
  const earlier = s.item.text.slice(0, s.sentence.start);
  if (acronymIntroducedEarlier(s.sentence.text, earlier)) return true;
  const m = BARE_SPEAKER.exec(dropOutletTag(s.sentence.text.trim()));
  if (!m) return false;
  const name = m[1] as string;
  const at = earlier.indexOf(name);
  return at >= 0 && PERSON_TITLE.test(earlier.slice(Math.max(0, at - 12), at));
}

/** An acronym in a sentence (`ARC`, `TSMC`): two to six capitals, not inside a longer Latin word. */
const ACRONYM = /(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])/gu;

/**
 * Whether a sentence names something by an acronym its source introduced earlier with the full name before it in
 * brackets (`先进研究联盟（ARC）` … `ARC预计…`), the sentence not giving the full name itself: read alone, the reader
 * meets an acronym never introduced.
 * @example acronymIntroducedEarlier('ARC预计明年装机翻倍。', '先进研究联盟（ARC）今日发布报告。') // → true
 */
export function acronymIntroducedEarlier(text: string, earlier: string): boolean {
  for (const m of text.matchAll(ACRONYM)) {
    const a = m[0];
    if (new RegExp(`[（(]\\s*${a}\\s*[）)]`, 'u').test(text)) continue;
    if (new RegExp(`[^\\s（(，。]{2,}\\s*[（(]\\s*${a}\\s*[）)]`, 'u').test(earlier)) return true;
  }
  return false;
}

/**
 * Whether every figure of a sentence is background (an earlier year than the item's). A year the item's title names
 * (`中信证券2025年净利润同比增逾三成`, published in March) is what the item reports, not its background.
 */
export function onlyBackground(s: Pick<SourceSentence, 'figures' | 'item'>): boolean {
  return s.figures.length > 0 && s.figures.every((f) => background(f, s.item));
}

/** The first person of a source's author (a broker's note: 我们预计, 我们将…上调). */
export const FIRST_PERSON = /我们|我方|笔者/u;

/**
 * The lead sentences of `item`, in source order: its first news sentence (from the first two paragraphs, not
 * background only), then the best sentences holding key figures, within the limits.
 */
export function chineseLead(pool: readonly SourceSentence[], item: ItemRecord, opts: LeadOptions): SourceSentence[] {
  const colour = opts.colour ?? colourOf;
  // A broker's or an author's own voice (我们将…预测上调) is theirs, not the digest's.
  const own = pool
    .filter((s) => s.item.id === item.id && usable(s) && !FIRST_PERSON.test(s.sentence.text))
    .sort((a, b) => a.sentence.index - b.sentence.index);
  if (own.length === 0) return [];
  // The lead opens on a sentence that stands alone (never 另一…, 此外…, 该公司…, a pronoun subject).
  // A clause after a `；` of its paragraph (`…高于市场预期；净利润达到412亿美元…`) continues its sentence's subject.
  const continues = (s: SourceSentence) => {
    const prev = s.item.sentences[s.sentence.index - 1];
    return prev !== undefined && prev.para === s.sentence.para && /；\s*$/.test(prev.text);
  };
  // Nor on a sentence whose demonstrative (本轮, 这笔资金, 这份合同) points at a referent it does not name.
  // Nor on a person by the bare name an earlier sentence introduced (张三表示，… after 公司创始人兼CEO张三…).
  const alone = (s: SourceSentence) => !leansOn(s.sentence.text) && !continues(s) && !introducedEarlier(s);
  // A feature's scene (在宁夏中卫，一座智算中心正在…; 记者走访…) is not the news, nor a framing sentence naming no money and
  // no news word (最受关注的是两家公司的关系。): the news sentence after it leads.
  const told = (s: SourceSentence) => !sceneSetting(s.sentence.text);
  const fresh = opts.fresh;
  // With no news sentence standing alone in the first two paragraphs (a scene, a byline paragraph `文｜36氪 科技组`, a
  // sentence leaning on another), the first of the first three paragraphs holding a usable sentence leads.
  const paras = [...new Set(own.map((s) => s.sentence.para))];
  const early = (s: SourceSentence) => s.sentence.para <= 1;
  const first =
    (fresh ? own.find((s) => early(s) && alone(s) && !onlyBackground(s) && told(s) && fresh(s)) : undefined) ??
    (fresh ? own.find((s) => early(s) && alone(s) && !onlyBackground(s) && fresh(s)) : undefined) ??
    // A news sentence that only retells an earlier day's figures (a market story's 融资…的消息持续发酵) yields to one
    // that does not; a sentence of no figure (the company and its event) is no retelling.
    // The news of the headline (its company, its figure) before commentary; news before colour (a market value, a
    // year-to-date move, 截至发稿…).
    own.find(
      (s) =>
        early(s) &&
        alone(s) &&
        !onlyBackground(s) &&
        newsSentence(s.sentence.text) &&
        !opts.stale?.(s) &&
        !colour(s.sentence.text) &&
        opts.heads?.(s) === true,
    ) ??
    own.find(
      (s) => early(s) && alone(s) && !onlyBackground(s) && newsSentence(s.sentence.text) && !opts.stale?.(s) && !colour(s.sentence.text),
    ) ??
    own.find((s) => early(s) && alone(s) && !onlyBackground(s) && newsSentence(s.sentence.text) && !opts.stale?.(s)) ??
    own.find((s) => early(s) && alone(s) && !onlyBackground(s) && newsSentence(s.sentence.text)) ??
    own.find((s) => paras.slice(0, 3).includes(s.sentence.para) && alone(s) && !onlyBackground(s) && newsSentence(s.sentence.text)) ??
    own.find((s) => early(s) && alone(s) && !onlyBackground(s) && told(s)) ??
    own.find((s) => early(s) && alone(s) && !onlyBackground(s)) ??
    own.find((s) => alone(s) && !onlyBackground(s)) ??
    own.find(alone) ??
    (own[0] as SourceSentence);
  const news = newsFirst(first, own, opts, (s) => alone(s) && !onlyBackground(s) && told(s) && !opts.stale?.(s), colour);
  const chosen: SourceSentence[] = [news];
  // A lead chosen past its item's opening (for the headline's figure, news before colour) keeps the day and the cause the
  // opening told: a market wrap's `7月14日，受…影响，A股三大指数集体收跌。` before its index figures. An event sentence with
  // no figure is news, not colour.
  // A wire's dateline (财联社7月17日电) is no day its sentence says, and a flash repeating the news sentence is no opener.
  const day = (s: SourceSentence) => dated(dropOutletTag(s.sentence.text));
  const same = (a: SourceSentence, b: SourceSentence) => {
    const [x, y] = [dropOutletTag(a.sentence.text), dropOutletTag(b.sentence.text)].map((t) =>
      t.replace(/[，。；、\s]/gu, '').slice(0, 20),
    );
    return x === y;
  };
  const opener = day(news)
    ? undefined
    : own.find(
        (s) =>
          s.sentence.index < news.sentence.index &&
          early(s) &&
          alone(s) &&
          day(s) &&
          !same(s, news) &&
          told(s) &&
          newsSentence(s.sentence.text) &&
          !onlyBackground(s) &&
          !opts.stale?.(s),
      );
  if (opener) chosen.unshift(opener);
  const newsChange = changeSentence(news.sentence.text);
  let chars = chosen.reduce((n, s) => n + s.sentence.text.length, 0);
  const withKey = own
    .filter((s) => s !== news && !onlyBackground(s) && told(s) && s.figures.some((f) => opts.isKey(f, s.item)))
    // News before colour, a results measure before R&D or a dividend (resultsOrder), then by score.
    .sort(
      (a, b) =>
        Number(colour(a.sentence.text)) - Number(colour(b.sentence.text)) ||
        // A figure's change (a guidance cut or raise) before levels, when the news sentence tells none (decision 086).
        (newsChange ? 0 : Number(changeSentence(b.sentence.text)) - Number(changeSentence(a.sentence.text))) ||
        (opts.results ? resultsOrder(a.sentence.text) - resultsOrder(b.sentence.text) : 0) ||
        b.score - a.score ||
        a.sentence.index - b.sentence.index,
    );
  // A clause closed by ； whose figures ran carries the clause after it when that one holds a key figure that did not
  // (`…高于市场预期；净利润达到412亿美元…` after a day that printed the revenue and another outlet's profit): the second
  // clause cannot stand without the first, and its figure is the day's news (decision 133). The pair counts as one.
  const carried = new Set<SourceSentence>();
  const carries = (s: SourceSentence) => (opts.stale && opts.disputes ? continuationCarried(s, own, opts.stale, opts.disputes) : undefined);
  for (const k of withKey) {
    if (carried.has(k)) continue;
    // The release's next news on a bare 公司 and 同时 after a sentence that only retells (the day before printed it) is
    // said with the company's name: it no longer leans on what the lead leaves out (decision 140).
    const before = own.find((x) => x.sentence.index === k.sentence.index - 1);
    const renamed =
      opts.ownName &&
      opts.stale &&
      before &&
      !alone(k) &&
      k.sentence.index > news.sentence.index &&
      opts.stale(before) &&
      !chosen.includes(before)
        ? namedSameTime(k, opts.ownName)
        : undefined;
    const s = renamed && !leansOn(renamed.sentence.text) ? renamed : k;
    // A figure's change taken first (decision 086) is told on top of the sentences the lead would tell without it: it
    // never cuts off the quarter's measures (`收入2648亿元，同比增长8%；经调整EBITA为389亿元…`). The length bounds it.
    // One change, when the news sentence tells none.
    const onTop = newsChange ? undefined : chosen.find((c) => c !== news && changeSentence(c.sentence.text));
    const counted = chosen.filter((c) => c !== onTop && !carried.has(c)).length;
    const free =
      !changeSentence(news.sentence.text) &&
      onTop === undefined &&
      s.sentence.index > news.sentence.index &&
      changeSentence(s.sentence.text);
    if (counted >= opts.maxSentences && !free) continue;
    if (chars + s.sentence.text.length > opts.maxChars) continue;
    // Before the news sentence only a sentence that stands alone; after it, a dependent one only right after the one
    // it leans on.
    if (!alone(s) && (s.sentence.index < news.sentence.index || !chosen.some((c) => c.sentence.index === s.sentence.index - 1))) continue;
    // A sentence standing alone that names none of the headline's companies is filler or another company's news.
    // Another company's sentence (none the headline or the chosen sentences name) is glued in without a connector.
    if (alone(s) && opts.whom?.(s, chosen.map((c) => c.sentence.text).join('')) === 'other') continue;
    // …and never after a sentence about another company: its 公司 / 其 / bare measure would read as that company's.
    if (bareSubject(s.sentence.text) && opts.foreign?.(chosen.find((c) => c.sentence.index === s.sentence.index - 1))) continue;
    // …nor a clause on a bare 公司 naming no company printed after the chosen sentence before it, if that names others.
    const printedBefore = chosen
      .filter((c) => c.item.id === s.item.id && c.sentence.index < s.sentence.index)
      .sort((a, b) => b.sentence.index - a.sentence.index)[0];
    if (printedBefore && opts.drifts?.(printedBefore, s)) continue;
    // A payout ratio without the profit it is a ratio of says nothing.
    if (
      ratioWithoutBase(
        s.sentence.text,
        chosen.map((c) => c.sentence.text),
      )
    )
      continue;
    // A quotation whose speaker its sentence does not name leans forward, on the sentence naming the speaker: it is no
    // lead material even right after the news sentence.
    if (unattributedQuote(s.sentence.text)) continue;
    const next = carries(s);
    if (next !== undefined) {
      if (chosen.includes(next) || chars + s.sentence.text.length + next.sentence.text.length > opts.maxChars) continue;
      chosen.push(s, next);
      carried.add(next);
      chars += s.sentence.text.length + next.sentence.text.length;
      continue;
    }
    if (opts.stale?.(s)) continue;
    chosen.push(s);
    chars += s.sentence.text.length;
  }
  // The clause after a chosen sentence's `；` (the period's profit, its loss narrowing, its record) is told right after it
  // when the length left allows: added after the selection, it takes no chosen sentence's place (decision 156). Only in a
  // results story: elsewhere the clause is the company's background (its monthly sales under a deal's lead).
  const continued = withContinuations(chosen, own, (next, after, sofar) => {
    if (!opts.results) return false;
    if (chars + next.sentence.text.length > opts.maxChars) return false;
    if (onlyBackground(next) || !told(next) || colour(next.sentence.text) || unattributedQuote(next.sentence.text)) return false;
    if (opts.stale?.(next) || !next.figures.some((f) => opts.isKey(f, next.item))) return false;
    // …and the clause is the story's own: never one opening on another company (`沐川智能则公告称…`).
    if (opts.drifts?.(after, next) || opts.foreign?.(next) || opts.another?.(next)) return false;
    if (
      ratioWithoutBase(
        next.sentence.text,
        sofar.map((c) => c.sentence.text),
      )
    )
      return false;
    chars += next.sentence.text.length;
    return true;
  });
  chosen.splice(0, chosen.length, ...continued);
  chosen.sort((a, b) => a.sentence.index - b.sentence.index);
  // The news sentence chosen over an earlier level or margin (decision 086) opens the lead (after its day's opener):
  // source order would put the secondary figure first again.
  if (news === first) return chosen;
  const rest = chosen.filter((s) => s !== news && s !== opener);
  return [...(opener ? [opener] : []), news, ...rest];
}

/**
 * The clause a retold clause carries (decision 133): `s` only retells (`stale`) and ends on ；, and the clause after it in
 * its paragraph gives a figure in dispute with one that ran (`disputes`) and does not only retell. Undefined otherwise: a
 * retold sentence is never printed after the news sentence, and one whose second half is only unprinted detail (a
 * segment split) stays out with it.
 * @example continuationCarried(first, own, stale, disputes) // first = `当季营收681.3亿美元…高于市场预期；` → `净利润达到412亿美元…。`
 */
export function continuationCarried(
  s: SourceSentence,
  own: readonly SourceSentence[],
  stale: (s: SourceSentence) => boolean,
  disputes: (s: SourceSentence) => boolean,
): SourceSentence | undefined {
  if (!/；\s*$/u.test(s.sentence.text) || !stale(s)) return undefined;
  const next = own.find((x) => x.sentence.index === s.sentence.index + 1 && x.sentence.para === s.sentence.para);
  if (next === undefined || stale(next) || !disputes(next)) return undefined;
  return next;
}

/**
 * The news sentence the lead opens on, its event before a secondary figure (decision 086): a sentence telling the change
 * of a figure the chosen one states only as a level (a forecast cut printed as the new forecast) opens it instead; and a
 * chosen sentence opening on a margin, a price range or a share move yields to the first sentence of the first two
 * paragraphs that tells an event, under a headline not about that measure.
 */
function newsFirst(
  chosen: SourceSentence,
  own: readonly SourceSentence[],
  opts: LeadOptions,
  stands: (s: SourceSentence) => boolean,
  colour: (text: string) => boolean,
): SourceSentence {
  let news = chosen;
  const event = eventWords();
  const near = (s: SourceSentence) => s.sentence.para <= news.sentence.para + 1;
  if (!changeSentence(news.sentence.text)) {
    const change = own.find(
      (s) =>
        s !== news &&
        near(s) &&
        stands(s) &&
        changeSentence(s.sentence.text) &&
        s.figures.some((f) => news.figures.some((g) => sameNumber(f, g))),
    );
    if (change) news = change;
  }
  if (opts.headline !== undefined && !secondaryHeadline(opts.headline) && secondaryOpening(news.sentence.text, event)) {
    const told = own.find(
      (s) =>
        s.sentence.para <= 1 &&
        stands(s) &&
        newsSentence(s.sentence.text) &&
        !colour(s.sentence.text) &&
        !secondaryOpening(s.sentence.text, event) &&
        event.test(s.sentence.text),
    );
    if (told) news = told;
  }
  return news;
}

/**
 * The opening a lead was given out of source order (its news sentence chosen over an earlier level or margin, with its
 * day's opener): the sentences up to the first one followed by an earlier sentence of its item; none when in order.
 */
export function promotedOpening(lead: readonly SourceSentence[]): SourceSentence[] {
  const at = lead.findIndex((s, i) => {
    const next = lead[i + 1];
    return next !== undefined && next.item.id === s.item.id && next.sentence.index < s.sentence.index;
  });
  return at < 0 ? [] : lead.slice(0, at + 1);
}

/** A lead in source order, its promoted opening (promotedOpening) first. */
export function inLeadOrder(lead: SourceSentence[], opening: readonly SourceSentence[]): SourceSentence[] {
  lead.sort((a, b) => a.sentence.index - b.sentence.index);
  const rest = lead.filter((s) => !opening.includes(s));
  lead.splice(0, lead.length, ...opening.filter((s) => lead.includes(s)), ...rest);
  return lead;
}
