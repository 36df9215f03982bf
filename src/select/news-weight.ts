/**
 * Whether a top story is lesser news than a same-day event told in full (decision 090): a market wrap, a release whose
 * own date is days before the item's, an event still in talks, a story with no AI / tech angle. Words in
 * data/news-weight.json; pure functions of the story's items, entities and headline.
 */
import { z } from 'zod';
import { loadGazetteer, lookupEntry } from '../extract/entities/gazetteer.js';
import type { EntityMention, ItemRecord } from '../types/index.js';
import { loadDataTable } from '../util/data-table.js';
import { escapeRegExp } from '../util/regexp.js';

const words = z.array(z.string()).default([]);
const tableSchema = z.object({
  marketWrap: words,
  talks: words,
  talksDone: words,
  techTags: words,
  techWords: words,
  releaseVerbs: words,
  localFacility: words,
  marketReaction: words,
});
type Table = z.output<typeof tableSchema>;

/** Why a story is lesser news: it opens the day only when no fuller event of the day does. */
export type LesserNews = 'wrap' | 'stale' | 'talks' | 'off-topic' | 'local' | 'monthly' | 'reaction';

/** What the signals read of an item. */
export type WeighedItem = Pick<ItemRecord, 'id' | 'title' | 'text' | 'date'>;

/** How far into an item's text its lead is read (the opening sentences, where a report says when its news came). */
const LEAD_CHARS = 300;
/** A release this many days before the item's own date is not the item's news of the day. */
const STALE_DAYS = 2;

const LATIN = /[A-Za-z]/;

/** One matcher for a list of cues: Latin cues on word boundaries, case-insensitive; Chinese ones as substrings. */
export function cueMatcher(cues: readonly string[]): (text: string) => boolean {
  const latin = cues.filter((c) => LATIN.test(c)).map(escapeRegExp);
  const han = cues.filter((c) => !LATIN.test(c));
  const re = latin.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${latin.join('|')})(?![A-Za-z0-9])`, 'iu') : null;
  return (text) => han.some((c) => text.includes(c)) || (re?.test(text) ?? false);
}

interface Matchers {
  wrap: (t: string) => boolean;
  /** Still in talks: a talks cue, and no word saying the talks ended or reached a deal (谈判破裂, 达成协议). */
  talks: (t: string) => boolean;
  tech: (t: string) => boolean;
  /** A local or regional facility (a service centre, a regional HQ, an industrial park): decision 103. */
  local: (t: string) => boolean;
  /** A market's reaction: a sector, a concept stock group or an index moving on news (decision 121). */
  reaction: (t: string) => boolean;
  techTags: Set<string>;
  release: RegExp;
  releaseWeekday: RegExp;
}

/** The part of a day a release may be dated with (5日晚间公告). */
const WHEN = '(?:晚间|晚|早间|早|盘后|盘前|下午|上午|凌晨|中午)?';
/** Chinese weekday numerals, Monday first. */
const ZH_WEEKDAYS = '一二三四五六日';

let matchers: Matchers | undefined;
function load(): Matchers {
  if (matchers) return matchers;
  const t: Table = loadDataTable('news-weight.json', tableSchema);
  const verbs = t.releaseVerbs.map(escapeRegExp).join('|');
  matchers = {
    wrap: cueMatcher(t.marketWrap),
    talks: (
      (inTalks, done) => (text: string) =>
        inTalks(text) && !done(text)
    )(cueMatcher(t.talks), cueMatcher(t.talksDone)),
    tech: cueMatcher(t.techWords),
    local: cueMatcher(t.localFacility),
    reaction: cueMatcher(t.marketReaction),
    techTags: new Set(t.techTags),
    // 5日公布, 3月10日晚间公告, 10月19日盘后披露: the day the item's news was released.
    release: new RegExp(`(?:(\\d{1,2})月)?(\\d{1,2})日${WHEN}(?:${verbs})`, 'gu'),
    // 上周五公布, 周一晚间公告: a weekday (of last week with 上).
    releaseWeekday: new RegExp(`(上)?(?:周|週|星期)([一二三四五六日天])${WHEN}(?:${verbs})`, 'gu'),
  };
  return matchers;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** An English report's release day: `said on Monday`, `reported on March 10`, `released on the 10th`. */
const EN_RELEASE = new RegExp(
  `\\b(?:said|announced|reported|released|posted|published|disclosed|unveiled)\\b[^.]{0,40}?\\bon (?:(${WEEKDAYS.join('|')})|(${MONTHS.join('|')}) (\\d{1,2})|the (\\d{1,2})(?:st|nd|rd|th))\\b`,
  'giu',
);

const DAY_MS = 86_400_000;

/** The UTC midnight of a YYYY-MM-DD day. */
function dayMs(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

/** The UTC midnight of an item's own day (its date's leading YYYY-MM-DD), or undefined. */
function itemDay(date: string | null | undefined): { y: number; m: number; today: number } | undefined {
  const at = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!at) return undefined;
  const [y, m, d] = [Number(at[1]), Number(at[2]), Number(at[3])];
  return { y, m, today: dayMs(y, m, d) };
}

/**
 * The days its lead says an item's news was released, as UTC midnights, resolved against the item's own date (a day
 * of the month or a weekday after it is the last one before).
 */
export function releaseDays(item: Pick<WeighedItem, 'text' | 'date'>): number[] {
  const own = itemDay(item.date);
  if (!own) return [];
  const { y, m, today } = own;
  const lead = item.text.slice(0, LEAD_CHARS);
  // A day of the month: this month's when not after today, else last month's; a month and day: this year's, else last.
  const ofMonth = (month: number | undefined, day: number): number | undefined => {
    if (day < 1 || day > 31) return undefined;
    if (month !== undefined) {
      if (month < 1 || month > 12) return undefined;
      const t = dayMs(y, month, day);
      return t <= today ? t : dayMs(y - 1, month, day);
    }
    const t = dayMs(y, m, day);
    return t <= today ? t : dayMs(y, m - 1, day);
  };
  const out: number[] = [];
  for (const x of lead.matchAll(load().release)) {
    const t = ofMonth(x[1] ? Number(x[1]) : undefined, Number(x[2]));
    if (t !== undefined) out.push(t);
  }
  // Monday 0 … Sunday 6.
  const todayIdx = (new Date(today).getUTCDay() + 6) % 7;
  for (const x of lead.matchAll(load().releaseWeekday)) {
    const wd = ZH_WEEKDAYS.indexOf(x[2] === '天' ? '日' : (x[2] ?? ''));
    if (wd < 0) continue;
    // 上周五: that day of the week before this one; 周五: the last Friday up to today.
    out.push(today - (x[1] ? todayIdx + 7 - wd : (todayIdx - wd + 7) % 7) * DAY_MS);
  }
  for (const x of lead.matchAll(EN_RELEASE)) {
    if (x[1]) {
      const back = (new Date(today).getUTCDay() - WEEKDAYS.indexOf(x[1].toLowerCase()) + 7) % 7;
      out.push(today - back * DAY_MS);
      continue;
    }
    const t = ofMonth(x[2] ? MONTHS.indexOf(x[2].toLowerCase()) + 1 : undefined, Number(x[3] ?? x[4]));
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** An item whose lead dates its news days before the item's own date (the 10th's monthly sales read on the 14th). */
export function staleItem(item: Pick<WeighedItem, 'text' | 'date'>): boolean {
  const days = releaseDays(item);
  const own = itemDay(item.date);
  if (days.length === 0 || !own) return false;
  return Math.max(...days) <= own.today - STALE_DAYS * DAY_MS;
}

/** Whether most of the titles (at least half) say so. */
function mostTitles(items: readonly WeighedItem[], test: (t: string) => boolean): boolean {
  return items.length > 0 && items.filter((i) => test(i.title)).length * 2 >= items.length;
}

/** Whether a title is a market wrap or roundup (收评, 早餐, stocks closed): it tells the market's moves, not one event. */
export function marketWrapTitle(title: string): boolean {
  return load().wrap(title);
}

/** Whether a story has an AI / chip / cloud / data-centre / tech angle: a tech company named, or tech words in its leads. */
export function hasTechAngle(items: readonly WeighedItem[], entities: Readonly<Record<string, readonly EntityMention[]>>): boolean {
  const m = load();
  const gaz = loadGazetteer();
  for (const i of items) {
    for (const e of entities[i.id] ?? []) {
      if (e.type === 'media' || e.type === 'place' || e.type === 'person') continue;
      if (lookupEntry(e.name, gaz)?.tags?.some((t) => m.techTags.has(t))) return true;
    }
    if (m.tech(`${i.title}\n${i.text.slice(0, LEAD_CHARS)}`)) return true;
  }
  return false;
}

/**
 * Whether a story tells a market's reaction (decision 121): its headline or most titles say a sector, a concept stock
 * group or an index moved on news (Kimi概念股集体走强, 算力芯片板块全线走强; data/news-weight.json `marketReaction`). Such a
 * story is lesser news beside the same-day story of the event that caused it (enrich/reaction-order.ts).
 * @example marketReaction([], '月之暗面融资落地，Kimi概念股集体走强') // → true
 */
export function marketReaction(items: readonly WeighedItem[], headline = ''): boolean {
  const m = load();
  return m.reaction(headline) || mostTitles(items, m.reaction);
}

/**
 * Why a story is lesser news than a same-day event told in full, if it is: most of its titles are a market wrap (收评,
 * 三大指数, stocks closed); every item's lead dates its release days before the item (monthly sales of the 10th read on
 * the 14th); its headline or most titles say the event is still in talks (正洽谈, in talks); its headline or most titles
 * tell a local or regional facility (a service centre, a regional HQ, an industrial park: decision 103); it names no
 * tech company and says no AI / tech word. (A market's reaction is lesser only beside its event: `marketReaction`.)
 */
export function lesserNews(
  items: readonly WeighedItem[],
  entities: Readonly<Record<string, readonly EntityMention[]>>,
  headline = '',
): LesserNews | undefined {
  if (items.length === 0) return undefined;
  const m = load();
  if (mostTitles(items, m.wrap)) return 'wrap';
  if (items.every(staleItem)) return 'stale';
  if (m.talks(headline) || mostTitles(items, m.talks)) return 'talks';
  if (m.local(headline) || mostTitles(items, m.local)) return 'local';
  if (!hasTechAngle(items, entities)) return 'off-topic';
  return undefined;
}
