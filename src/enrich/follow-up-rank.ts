/**
 * A foreign follow-up gives way to a same-day domestic market event (decision 134). A story is a follow-up when what it
 * tells ran before: its own reports of an earlier day were printed by an earlier digest (`StoryBundle.earlier`), or the
 * previous digest's head or brief named one of its head parties for news of the same kind (a placement launched
 * yesterday, upsized today). A story is domestic when a head party is a CN / HK / TW company (gazetteer tags), its
 * headline or lead names a domestic market or state investor (科创板, 港股, 大基金…) or its lead figure is in yuan, HK or
 * NT dollars (data/domestic-markets.json). Readers of a Chinese digest weigh a same-day domestic market event (an AI-chip
 * debut, a listing, a state fund's anchor) above a foreign company's second step: ranked above such an event of an event
 * kind and of comparable weight (`comparable` × its weight), the follow-up steps below it. A penalty in order only: the
 * follow-up stays a top story. Pure: reads stories, their standing, the gazetteer and the data table.
 */

import { z } from 'zod';
import { loadGazetteer, lookupEntry } from '../extract/entities/gazetteer.js';
import { cueMatcher } from '../select/news-weight.js';
import { eventKind, storyKind } from '../select/story-weight.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { loadDataTable } from '../util/data-table.js';
import type { StoryStanding } from './digest.js';
import { sentenceCount } from './offline/engine.js';
import { fitToOpen } from './weight-order.js';

const tableSchema = z.object({
  domesticTags: z.array(z.string()).default([]),
  foreignTags: z.array(z.string()).default([]),
  domesticCurrencies: z.array(z.string()).default([]),
  markers: z.array(z.string()).default([]),
  comparable: z.number().positive().max(1).default(0.5),
  followUpDays: z.number().int().min(1).default(1),
});

interface Table {
  domesticTags: ReadonlySet<string>;
  foreignTags: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  marker: (text: string) => boolean;
  comparable: number;
  followUpDays: number;
}

let table: Table | undefined;
function load(): Table {
  if (table) return table;
  const t = loadDataTable('domestic-markets.json', tableSchema);
  table = {
    domesticTags: new Set(t.domesticTags),
    foreignTags: new Set(t.foreignTags),
    currencies: new Set(t.domesticCurrencies),
    marker: t.markers.length > 0 ? cueMatcher(t.markers) : () => false,
    comparable: t.comparable,
    followUpDays: t.followUpDays,
  };
  return table;
}

/**
 * The heads an earlier digest printed (its Markdown): each `## ` story head and each 更多动态 line's text before its
 * source. The front matter and the `# ` title are no head of their own.
 * @example printedHeads('## 甲公司配售\n\n正文\n\n## 更多动态\n\n- 乙公司融资1亿美元。来源：[x](https://x)') // → ['甲公司配售', '乙公司融资1亿美元。']
 */
export function printedHeads(md: string): string[] {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let more = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('## ')) {
      more = line.includes('更多动态');
      if (!more) out.push(line.slice(3).trim());
    } else if (more && line.startsWith('- ')) {
      out.push(
        line
          .slice(2)
          .replace(/[（(]?来源[:：][\s\S]*$/u, '')
          .trim(),
      );
    }
  }
  return out.filter((h) => h.length > 0);
}

/** A digest of an earlier day: its date (YYYY-MM-DD) and its Markdown. */
export interface DatedDigest {
  date: string;
  md: string;
}

/** Whole calendar days from one YYYY-MM-DD date to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The heads the earlier digests printed that a story of today may follow up (data/domestic-markets.json, decision 141):
 * the previous digest's, however long ago it ran (decision 134), and every digest's of the last `followUpDays` calendar
 * days — a story headed two days ago and back today is a follow-up as much as one headed yesterday; one of a week ago,
 * with digests between, is news again. Digests of the day itself or later are no earlier digests.
 * @example recentHeads([{ date: '2026-02-20', md: '## 乙公司融资' }, { date: '2026-03-02', md: '## 甲公司配售' }, { date: '2026-03-03', md: '## 丙公司财报' }], '2026-03-04') // → ['甲公司配售', '丙公司财报']
 */
export function recentHeads(digests: readonly DatedDigest[], date: string, days = load().followUpDays): string[] {
  return recentDigests(digests, date, days).flatMap((d) => printedHeads(d.md));
}

/**
 * The earlier digests `recentHeads` reads: the previous one, however long ago it ran, and every one of the last `days`
 * calendar days (a tie one of them said is not said again: decision 148).
 * @example recentDigests([{ date: '2026-02-20', md: 'a' }, { date: '2026-03-03', md: 'b' }], '2026-03-04') // → [{ date: '2026-03-03', md: 'b' }]
 */
export function recentDigests(digests: readonly DatedDigest[], date: string, days = load().followUpDays): DatedDigest[] {
  const earlier = digests.filter((d) => daysBetween(d.date, date) >= 1).sort((a, b) => a.date.localeCompare(b.date));
  const last = earlier[earlier.length - 1];
  return earlier.filter((d) => d === last || daysBetween(d.date, date) <= days);
}

/** The shortest name two heads may share at their start to name one party (`AMD`, `英伟达`, `Harbourline…`). */
const SHARED_LEAD = 3;

/**
 * The letters and Han characters two heads open with in common, up to the first other character: the party both name
 * first when neither head's party is a known entity (`Harbourline数据中心信托拟配售…`, `Harbourline数据中心信托上调…`).
 * @example sharedLead('芯朗科技拟科创板上市', '芯朗科技上市首日大涨') // → '芯朗科技'
 */
export function sharedLead(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && x[n] === y[n] && /[\p{L}\p{N}]/u.test(x[n] as string)) n++;
  return x.slice(0, n).join('');
}

/**
 * Whether a story is a follow-up of news an earlier digest printed: its own reports of an earlier day ran (the bundle's
 * `earlier`, printed items only when the digests are at hand), or one of `heads` (the recent digests', `recentHeads`) is news of the
 * same kind naming a party its headline names (`names`: the surface forms of its head parties, or the name both heads
 * open with).
 */
export function isFollowUp(
  bundle: Pick<StoryBundle, 'earlier'>,
  kind: string | undefined,
  names: readonly string[],
  heads: readonly string[] = [],
  headline = '',
): boolean {
  if ((bundle.earlier ?? []).some((d) => d.items.length > 0)) return true;
  if (kind === undefined || !eventKind(kind)) return false;
  const party = (h: string) => names.some((n) => h.includes(n)) || [...sharedLead(h, headline)].length >= SHARED_LEAD;
  return heads.some((h) => party(h) && storyKind(h).kind === kind);
}

/**
 * Whether a story is domestic news for a Chinese digest: a head party the gazetteer tags as a CN / HK / TW company, a
 * domestic market or state investor named in its headline or lead, or a lead figure in a domestic currency — unless its
 * head parties are tagged foreign only.
 */
export function isDomestic(
  bundle: Pick<StoryBundle, 'entities'>,
  story: Pick<DigestStory, 'headline' | 'paragraphs' | 'keyFigure'>,
  names: readonly string[],
): boolean {
  const t = load();
  const gaz = loadGazetteer();
  const parties = Object.values(bundle.entities)
    .flat()
    .filter((m) => m.type !== 'media' && m.type !== 'place' && m.type !== 'person' && names.includes(m.text));
  // A head name the day wrote in Chinese for an English report's party (`dayNames`) is read by the gazetteer's aliases.
  const tags = [...parties.map((m) => m.name), ...names].map((n) => lookupEntry(n, gaz)?.tags ?? []);
  if (tags.some((ts) => ts.some((x) => t.domesticTags.has(x)))) return true;
  const text = `${story.headline}\n${story.paragraphs[0] ?? ''}`.replace(/\*\*/g, '');
  if (t.marker(text)) return true;
  if (tags.some((ts) => ts.some((x) => t.foreignTags.has(x)))) return false;
  return t.currencies.has(story.keyFigure?.currency ?? '');
}

/**
 * Whether a follow-up tells a foreign company's news again (decision 141): the party its headline names first is tagged
 * foreign and not domestic. Domestic parties reacting in it (a US maker's guidance of yesterday's results, its Taiwan
 * assemblers' shares today) make it no domestic event: the news it follows is the foreign company's, and it gives way to
 * a same-day domestic event as any foreign follow-up does.
 * @example followsForeign('惠普指引保守，仁宝股价走弱', ['仁宝', '惠普']) // → true (惠普 tagged us)
 */
export function followsForeign(headline: string, names: readonly string[]): boolean {
  const t = load();
  const gaz = loadGazetteer();
  const first = names
    .filter((n) => headline.includes(n))
    .sort((a, b) => headline.indexOf(a) - headline.indexOf(b) || b.length - a.length)[0];
  if (first === undefined) return false;
  const tags = lookupEntry(first, gaz)?.tags ?? [];
  return tags.some((x) => t.foreignTags.has(x)) && !tags.some((x) => t.domesticTags.has(x));
}

/** A head that opens with a name in Latin letters (`Harbourline数据中心信托…`): a party no Chinese name is known for. */
const LATIN_LEAD = /^(?:传|据悉)?[A-Za-z][A-Za-z0-9&.'’-]{2,}/u;

/**
 * Whether a story that is not domestic is foreign news: a head party the gazetteer tags foreign, a lead figure in a
 * currency other than the domestic ones (S$, US$, €), or a head that opens with a Latin name no table gives in
 * Chinese. A Chinese-named party with no marker either way (a Hong Kong debutant's margin-loan oversubscription) is
 * neither: it never gives way.
 */
export function isForeign(story: Pick<DigestStory, 'headline' | 'keyFigure'>, names: readonly string[]): boolean {
  const t = load();
  const gaz = loadGazetteer();
  const tags = names.map((n) => lookupEntry(n, gaz)?.tags ?? []);
  if (tags.some((ts) => ts.some((x) => t.foreignTags.has(x)))) return true;
  const currency = story.keyFigure?.currency;
  if (currency !== undefined && !t.currencies.has(currency)) return true;
  return LATIN_LEAD.test(story.headline.replace(/\*\*/g, ''));
}

/** The opening rank (digest.ts `openingRank`) of today's news: a story ranked above may give way, an event below may pass. */
const TODAYS_NEWS = 1;

/** A foreign follow-up of today's ranks: it gives way to a same-day domestic event below it. */
function yields(st: StoryStanding | undefined, rank: number): boolean {
  if (st?.followUp !== true || rank > TODAYS_NEWS) return false;
  // A foreign company's news told again yields though domestic parties react in it (decision 141).
  return (st.foreign === true && st.domestic !== true) || st.followsForeign === true;
}

/** A same-day domestic market event told as a story, fit to stand where the follow-up stood. */
function passes(s: DigestStory, st: StoryStanding | undefined, rank: number, opens: boolean): boolean {
  if (!st || rank > TODAYS_NEWS || st.domestic !== true || st.followUp === true || st.repeat || st.reaction) return false;
  if (st.kind === undefined || !eventKind(st.kind) || st.lesser !== undefined || st.view || st.gate !== undefined) return false;
  if (s.brief || s.thin || (st.figures ?? 0) < 2 || sentenceCount(s.paragraphs) < 2) return false;
  // The story that opens the day is vetted as any promoted opener (weight-order.ts `fitToOpen`).
  return !opens || fitToOpen(s, st);
}

/**
 * The top stories in opening order (with their `ranks`) with each foreign follow-up moved below the first same-day
 * domestic event after it that weighs at least `comparable` × its weight (data/domestic-markets.json).
 */
export function followUpsYield<T extends { s: DigestStory; rank: number }>(
  ordered: readonly T[],
  standing: ReadonlyMap<string, StoryStanding>,
): T[] {
  const out = [...ordered];
  const { comparable } = load();
  const weight = (s: DigestStory) => standing.get(s.storyId)?.weight ?? 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i] as T;
    if (!yields(standing.get(f.s.storyId), f.rank)) continue;
    const j = out.findIndex(
      (o, k) => k > i && passes(o.s, standing.get(o.s.storyId), o.rank, i === 0) && weight(o.s) >= comparable * weight(f.s),
    );
    if (j > i) out.splice(i, 0, ...out.splice(j, 1));
  }
  return out;
}
